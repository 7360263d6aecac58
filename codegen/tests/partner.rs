//! The partner API's checked-in code (`src/intlpartnersmgt/v20220928/`) is what tc3-codegen
//! writes from `spec/`: a change of the spec, the overlay or the generator must come with the
//! files it changes (`TC3_BLESS=1` rewrites them), so a reviewer reads both.

use std::path::Path;

#[test]
fn the_partner_api_is_generated_as_checked_in() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = root.join(tc3_codegen::partner::OUT_DIR);
    let bless = std::env::var_os("TC3_BLESS").is_some();
    let mut stale = Vec::new();
    for (name, code) in tc3_codegen::partner::files(&root) {
        let path = dir.join(&name);
        if bless {
            std::fs::write(&path, &code).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        let kept = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if kept != code {
            let (kept, code): (Vec<&str>, Vec<&str>) = (kept.lines().collect(), code.lines().collect());
            let line = kept.iter().zip(&code).position(|(a, b)| a != b).unwrap_or(kept.len().min(code.len()));
            let at = |lines: &[&str]| lines.get(line).map_or("(end of file)".to_owned(), |l| format!("{l:?}"));
            stale.push(format!("{name} line {}: checked in {}, generated {}", line + 1, at(&kept), at(&code)));
        }
    }
    assert!(
        stale.is_empty(),
        "the generated partner API differs from {}:\n{}\nreview the change, then run with TC3_BLESS=1 to rewrite it",
        dir.display(),
        stale.join("\n")
    );
}
