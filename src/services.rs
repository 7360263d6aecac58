// The services of the catalogue, each behind the cargo feature named as it (included by
// lib.rs). Written by tools/gen_catalogue.py.

#[cfg(feature = "billing")]
#[doc(inline)]
pub use tc3_billing as billing;

#[cfg(feature = "cam")]
#[doc(inline)]
pub use tc3_cam as cam;

#[cfg(feature = "csip")]
#[doc(inline)]
pub use tc3_csip as csip;

#[cfg(feature = "cvm")]
#[doc(inline)]
pub use tc3_cvm as cvm;

#[cfg(feature = "dnspod")]
#[doc(inline)]
pub use tc3_dnspod as dnspod;

#[cfg(feature = "tts")]
#[doc(inline)]
pub use tc3_tts as tts;

#[cfg(feature = "vpc")]
#[doc(inline)]
pub use tc3_vpc as vpc;
