// The services of the catalogue, each behind the cargo feature named as it (included by
// lib.rs). Written by tools/gen_catalogue.py.

#[cfg(feature = "as")]
#[doc(inline)]
pub use tc3_as as r#as;

#[cfg(feature = "billing")]
#[doc(inline)]
pub use tc3_billing as billing;

#[cfg(feature = "cam")]
#[doc(inline)]
pub use tc3_cam as cam;

#[cfg(feature = "cbs")]
#[doc(inline)]
pub use tc3_cbs as cbs;

#[cfg(feature = "cdb")]
#[doc(inline)]
pub use tc3_cdb as cdb;

#[cfg(feature = "clb")]
#[doc(inline)]
pub use tc3_clb as clb;

#[cfg(feature = "cls")]
#[doc(inline)]
pub use tc3_cls as cls;

#[cfg(feature = "csip")]
#[doc(inline)]
pub use tc3_csip as csip;

#[cfg(feature = "cvm")]
#[doc(inline)]
pub use tc3_cvm as cvm;

#[cfg(feature = "dnspod")]
#[doc(inline)]
pub use tc3_dnspod as dnspod;

#[cfg(feature = "lighthouse")]
#[doc(inline)]
pub use tc3_lighthouse as lighthouse;

#[cfg(feature = "monitor")]
#[doc(inline)]
pub use tc3_monitor as monitor;

#[cfg(feature = "organization")]
#[doc(inline)]
pub use tc3_organization as organization;

#[cfg(feature = "scf")]
#[doc(inline)]
pub use tc3_scf as scf;

#[cfg(feature = "ssl")]
#[doc(inline)]
pub use tc3_ssl as ssl;

#[cfg(feature = "sts")]
#[doc(inline)]
pub use tc3_sts as sts;

#[cfg(feature = "tag")]
#[doc(inline)]
pub use tc3_tag as tag;

#[cfg(feature = "tke")]
#[doc(inline)]
pub use tc3_tke as tke;

#[cfg(feature = "tts")]
#[doc(inline)]
pub use tc3_tts as tts;

#[cfg(feature = "vpc")]
#[doc(inline)]
pub use tc3_vpc as vpc;
