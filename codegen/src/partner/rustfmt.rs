//! Formatting by `rustfmt`, as `cargo fmt` would format the checked-in files: the generated
//! text is kept simple and rustfmt decides its layout (line breaks of long attributes and
//! docs), so the files need no formatting after they are written.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// `text` formatted by `rustfmt` (`$RUSTFMT` when set) with the configuration at `config`,
/// edition 2024.
pub(super) fn format(text: &str, config: &Path) -> String {
    let mut child = Command::new(std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into()))
        .args(["--edition", "2024", "--emit", "stdout", "--config-path"])
        .arg(config)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("rustfmt could not start: {e}"));
    let mut stdin = child.stdin.take().expect("rustfmt's stdin");
    let input = text.to_owned();
    // Written from a thread: rustfmt may fill its stdout before it has read all of stdin.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("rustfmt: {e}"));
    writer.join().expect("the writer thread").unwrap_or_else(|e| panic!("rustfmt's stdin: {e}"));
    assert!(output.status.success(), "rustfmt failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("rustfmt writes UTF-8")
}
