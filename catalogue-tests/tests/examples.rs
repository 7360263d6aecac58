//! Every documented example of every service of the catalogue, tried against its typed
//! requests and responses (tc3_codegen::examples says how).

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

#[test]
fn every_documented_example_round_trips() {
    tc3_codegen::examples::run(CATALOGUE);
}
