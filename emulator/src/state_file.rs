//! The state file's check before the emulator starts: that the state can be saved there.
//! Without it an emulator given a path it cannot write answered every change with success
//! and lost them all.

use std::io::{self, Write};
use std::path::Path;

/// Checks that the state can be saved to `path` the way it is saved after every change: a
/// temporary file created, written and flushed in the same directory (then removed), to be
/// renamed over `path`, which therefore must not be a directory.
pub(crate) fn check_writable(path: &Path) -> io::Result<()> {
    let cannot =
        |e: io::Error| io::Error::new(e.kind(), format!("cannot write the state file {}: {e}", path.display()));
    if path.is_dir() {
        return Err(cannot(io::Error::new(io::ErrorKind::IsADirectory, "it is a directory")));
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut probe = tempfile::NamedTempFile::new_in(dir).map_err(cannot)?;
    probe.write_all(b"{}\n").and_then(|()| probe.as_file().sync_all()).map_err(cannot)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_writable_directory_passes_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        check_writable(&dir.path().join("state.json")).unwrap();
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_missing_directory_or_a_directory_in_the_way_fails_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing").join("state.json");
        let error = check_writable(&missing).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
        assert!(error.to_string().contains(&missing.display().to_string()), "{error}");
        assert_eq!(check_writable(dir.path()).unwrap_err().kind(), io::ErrorKind::IsADirectory);
    }
}
