//! Every documented example of the second share of the catalogue's services, tried against its
//! typed requests and responses (tc3_codegen::examples says how). The catalogue is split in
//! `tc3_codegen::EXAMPLE_SHARDS` test binaries, so that no compiler process needs more than
//! 12 GB; `examples_1.rs` tries the first share.

include!(concat!(env!("OUT_DIR"), "/examples_2.rs"));

#[test]
fn every_documented_example_round_trips() {
    tc3_codegen::examples::run(CATALOGUE);
}
