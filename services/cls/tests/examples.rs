//! Every documented example of this service, tried against its typed requests and responses.

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

#[test]
fn every_documented_example_round_trips() {
    tc3_codegen::examples::run(&EXAMPLES, try_example);
}
