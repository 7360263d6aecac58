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

/// One mistake, one error: every case outside `tests/ui/many` (whose files hold several
/// mistakes on purpose) expects exactly one, and none names a private item.
#[test]
fn each_mistake_gives_one_error() {
    let mut checked = 0;
    for dir in std::fs::read_dir("tests/ui").unwrap() {
        let dir = dir.unwrap().path();
        if dir.ends_with("many") {
            continue;
        }
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_none_or(|e| e != "stderr") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let errors = text.lines().filter(|l| l.starts_with("error:") || l.starts_with("error[")).count();
            let name = path.to_string_lossy().replace('\\', "/");
            assert_eq!(errors, 1, "{name}:\n{text}");
            // No message or suggestion names a private item (rustc's note on where a
            // constant's evaluation failed still does).
            let names_private =
                text.lines().any(|l| (l.starts_with("error") || l.contains("help:")) && l.contains("__tc3"));
            assert!(!names_private, "{name} names a private item:\n{text}");
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} cases found");
}
