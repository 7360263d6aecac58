//! The official Python SDK, which tests use as an independent client: where its Python and
//! the mainland package are. `scripts/test.sh` installs both in the workspace's `.venv` and
//! sets `$TC3_PYTHON`; without them the tests that need them fail, never skip.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The Python with the international SDK: `$TC3_PYTHON`, or the workspace's
/// `.venv/bin/python`.
pub fn python() -> PathBuf {
    if let Some(python) = std::env::var_os("TC3_PYTHON") {
        return PathBuf::from(python);
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.venv/bin/python");
    assert!(
        venv.exists(),
        "the official Python SDK is needed: run scripts/test.sh (it creates .venv) or set TC3_PYTHON"
    );
    venv
}

/// The mainland SDK's packages (`tencentcloud-sdk-python`, apart from the international one,
/// whose module names are the same): `$TC3_MAINLAND_PACKAGES`, or `mainland` beside the
/// venv of [`python`].
pub fn mainland_packages() -> PathBuf {
    if let Some(packages) = std::env::var_os("TC3_MAINLAND_PACKAGES") {
        return PathBuf::from(packages);
    }
    let python = python();
    let venv = python.parent().and_then(Path::parent).unwrap_or(Path::new("."));
    let packages = venv.join("mainland");
    assert!(packages.join("tencentcloud").is_dir(), "no mainland SDK in {}: run scripts/test.sh", packages.display());
    packages
}

/// A command of [`python`]; with `mainland`, the mainland SDK comes first on its path.
pub fn command(mainland: bool) -> Command {
    let mut command = Command::new(python());
    if mainland {
        command.env("PYTHONPATH", mainland_packages());
    }
    command
}
