//! What the tests of the reviewed lists of actions (`streaming-actions.txt`,
//! `upload-actions.txt`) share: the walk over the official packages they derive a list from,
//! the check of the list against what they derive (`TC3_BLESS=1` rewrites it instead), and the
//! spec an entry must name an action of.

use std::path::{Path, PathBuf};

use tc3_codegen::action_list::Entry;
use tc3_codegen::examples::packages;
use tc3_codegen::spec::{Site, Spec};

/// One file of a service version in a site's official package.
pub(crate) struct PackageFile<'a> {
    pub(crate) site: Site,
    /// The service, the package's directory name: `cls`.
    pub(crate) service: &'a str,
    /// The version, `2020-10-16`, from the directory `v20201016`.
    pub(crate) version: &'a str,
    pub(crate) text: &'a str,
}

/// The repository's root.
pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Visits the file `name(service)` (`models.py`, `cls_client.py`) of every service version of
/// the international package, then of the mainland one; fails when a site has 100 or fewer.
pub(crate) fn each_package_file(name: fn(&str) -> String, mut visit: impl FnMut(PackageFile<'_>)) {
    for site in [Site::International, Site::Mainland] {
        let sdk = packages(site).join("tencentcloud");
        let mut files = 0;
        for service in std::fs::read_dir(&sdk).unwrap_or_else(|e| panic!("{}: {e}", sdk.display())) {
            let service = service.expect("a directory entry").path();
            let service = service.file_name().and_then(|n| n.to_str()).expect("a UTF-8 name").to_owned();
            let Ok(versions) = std::fs::read_dir(sdk.join(&service)) else { continue };
            for version in versions {
                let version = version.expect("a directory entry").path();
                let path = version.join(name(&service));
                let Ok(text) = std::fs::read_to_string(&path) else { continue };
                files += 1;
                let dir = version.file_name().and_then(|n| n.to_str()).expect("a UTF-8 name");
                let Some(v) = dir.strip_prefix('v').filter(|v| v.len() == 8) else { continue };
                let version = format!("{}-{}-{}", &v[..4], &v[4..6], &v[6..]);
                visit(PackageFile { site, service: &service, version: &version, text: &text });
            }
        }
        assert!(files > 100, "only {files} files like {} under {}", name("<service>"), sdk.display());
    }
}

/// The official packages of `sites`, as the lists' evidence names them: `tencentcloud-sdk-python-intl-en
/// and tencentcloud-sdk-python`.
pub(crate) fn package_names(sites: &[Site]) -> String {
    let names: Vec<&str> = sites
        .iter()
        .map(|site| match site {
            Site::International => "tencentcloud-sdk-python-intl-en",
            Site::Mainland => "tencentcloud-sdk-python",
        })
        .collect();
    names.join(" and ")
}

/// One line of a list, as `tc3_codegen::action_list` reads it: the action, its sites, the
/// list's own `fields`, then `# evidence`.
pub(crate) fn line(
    service: &str,
    version: &str,
    action: &str,
    sites: &[Site],
    fields: &[&str],
    evidence: &str,
) -> String {
    let sites: Vec<&str> = sites.iter().map(|s| s.name()).collect();
    let fields: String = fields.iter().map(|field| format!(" {field}")).collect();
    format!("{service} {version} {action} {}{fields}  # {evidence}\n", sites.join(","))
}

/// Compares the list `list` (from the root, `codegen/upload-actions.txt`) with `expected`, what
/// the packages say it is; with `TC3_BLESS` set, writes `expected` there instead.
pub(crate) fn check_or_bless(list: &str, expected: &str) {
    let path = root().join(list);
    if std::env::var_os("TC3_BLESS").is_some() {
        std::fs::write(&path, expected).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let listed = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(listed == expected, "{} is stale: rewrite it with TC3_BLESS=1, then read the diff", path.display());
}

/// The checked-in spec of `entry`'s version; fails unless it has the entry's action.
pub(crate) fn spec_of<T: std::fmt::Debug>(entry: &Entry<T>) -> Spec {
    let path = root().join(format!("services/{}/spec/{}.json", entry.service, entry.version));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let spec = Spec::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(spec.actions.iter().any(|(a, _)| a == entry.action), "{entry:?}: no such action in {}", path.display());
    spec
}
