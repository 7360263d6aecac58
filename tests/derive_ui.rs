//! Compile-time diagnostics of the derives and of `request!`: each file under `tests/ui`
//! holds one mistake, and its `.stderr` the exact errors rustc prints for it.
//!
//! Regenerate deliberately with `TRYBUILD=overwrite cargo test -p tc3 --test derive_ui`,
//! then read the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*/*.rs");
}
