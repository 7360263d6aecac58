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

/// One mistake, one error, also in a crate of the user's own, outside this workspace: there
/// rustc writes a long type name to a file of its own for each report, so two reports of one
/// misspelling were not merged (trybuild's crate, inside the target directory, printed one).
/// The crate is made under `target/tests/outside`, builds with the workspace's lock file and
/// trybuild's target directory (its dependencies are checked there already), and is checked.
#[test]
fn a_misspelled_parameter_is_one_error_in_a_crate_outside_the_workspace() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = root.join("target");
    let dir = target.join("tests/outside");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"outside\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\ntc3 = {{ path = {:?} }}\n\n[workspace]\n",
        root.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let case = std::fs::read_to_string(root.join("tests/ui/call/unknown_parameter_of_a_service_type.rs")).unwrap();
    std::fs::write(dir.join("src/main.rs"), case).unwrap();
    let output = std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        // rustc's own rendering: the short one merges what the long one shows twice.
        .args(["check", "--offline", "--quiet", "--color=never"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", target.join("tests/trybuild"))
        .env_remove("CARGO_MAKEFLAGS")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the misspelling compiled:\n{stderr}");
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error[")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(errors[0].contains("no method named `phone`"), "{stderr}");
}
