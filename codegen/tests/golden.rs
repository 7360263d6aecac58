//! The code generated for one version, cvm 2017-03-12, kept in `golden/`: a change of the
//! generator shows as a diff of what users' types become, to be read before it is accepted
//! (`TC3_BLESS=1` rewrites the file).

use std::path::Path;

#[test]
fn cvm_2017_03_12_is_generated_as_the_golden_file_shows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec_path = root.join("../services/cvm/spec/2017-03-12.json");
    let text = std::fs::read_to_string(&spec_path).unwrap_or_else(|e| panic!("{}: {e}", spec_path.display()));
    let spec = tc3_codegen::spec::Spec::parse(&text).expect("cvm's spec parses");
    let code = tc3_codegen::version_code(&spec);
    let golden = root.join("golden/cvm-v20170312.rs");
    if std::env::var_os("TC3_BLESS").is_some() {
        std::fs::write(&golden, &code).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
    }
    let kept = std::fs::read_to_string(&golden).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
    if kept != code {
        let line = kept
            .lines()
            .zip(code.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(kept.lines().count().min(code.lines().count()));
        panic!(
            "the generated code of cvm 2017-03-12 differs from {} from line {}: review the change, then run with TC3_BLESS=1 to rewrite it",
            golden.display(),
            line + 1
        );
    }
}
