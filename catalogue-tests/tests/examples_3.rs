//! Every documented example of share 3 of the catalogue's services, tried against its typed
//! requests and responses (tc3_codegen::examples says how). The catalogue is split in
//! `tc3_codegen::EXAMPLE_SHARDS` test binaries of about as many actions each, so that no
//! compiler process needs more than 12 GB; `examples_<n>.rs` tries share n.

include!(concat!(env!("OUT_DIR"), "/examples_3.rs"));

#[test]
fn every_documented_example_round_trips() {
    tc3_codegen::examples::run(CATALOGUE);
}
