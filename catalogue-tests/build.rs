//! Generates the dispatch from every documented example of the catalogue to its typed code,
//! and a call of one action of each service.

fn main() {
    tc3_codegen::build_catalogue_tests();
}
