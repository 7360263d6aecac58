//! Generates this crate's code from the facts in spec/.

fn main() {
    tc3_codegen::build();
}
