//! tc3's tests in one binary, each file a module, so that the crate and its dependencies are
//! linked once. Apart, each in a process of its own: `derive_lints.rs` (lints denied for its
//! whole crate), `derive_ui.rs` (trybuild), `catalogue.rs` (its own service features). The
//! modules are public, as the files were crates whose public types play users' own.

#[path = "../support/mod.rs"]
mod support;

pub mod blocking;
pub mod derive_action;
pub mod derive_raw_body;
pub mod derive_rules;
pub mod derive_wire;
pub mod intlpartnersmgt_calls;
pub mod intlpartnersmgt_paging;
pub mod intlpartnersmgt_rules;
pub mod intlpartnersmgt_wire;
pub mod validation_before_signing;
