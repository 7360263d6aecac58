//! Generates the dispatch from every documented example of the catalogue to its typed code.

fn main() {
    tc3_codegen::build_examples();
}
