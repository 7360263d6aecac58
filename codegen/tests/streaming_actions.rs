//! The reviewed list of streaming actions, `streaming-actions.txt`, compared with what the
//! official packages of both sites say: an action streams when its response's `RequestId`
//! is documented as a streaming response's ("As a streaming response API, ... the RequestId
//! will be placed in the Header \"X-TC-RequestId\"", "本接口为流式响应接口"), the mark the
//! official generators leave where they make the response an SSE one (the Go SDK's
//! `tchttp.BaseSSEResponse`). A change shows as a diff of the list, to be read before it is
//! accepted (`TC3_BLESS=1` rewrites it). Every entry must name an action of its spec.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tc3_codegen::examples::packages;
use tc3_codegen::spec::{Site, Spec};
use tc3_codegen::streaming;

const MARKS: [&str; 2] = ["As a streaming response API", "本接口为流式响应接口"];

const HEADER: &str = "\
# The actions whose answer is a stream of server-sent events (`text/event-stream`), one per
# line: `<service> <version> <Action> <sites>  # evidence`. tc3-codegen makes their requests
# implement `tc3::StreamingAction` (so `Client::call_stream` takes them, and no other action)
# and their responses' `request_id` an `Option` (a stream's events carry none; its id is the
# `X-TC-RequestId` header).
#
# The spec has no flag for them. The evidence is the official Python SDK of each site (the
# pinned tencentcloud-sdk-python-intl-en and tencentcloud-sdk-python): the `RequestId` of the
# action's response documented as a streaming response's, the mark the official generators
# leave where they make the response an SSE one. Some such actions answer JSON unless their
# `Stream` member is true, and some (hunyuan's thread and file actions) may never stream:
# the answer's Content-Type decides at run time, and `call` and `call_stream` take them both.
#
# Reviewed; `TC3_BLESS=1 cargo test -p tc3-codegen --test streaming_actions` rewrites it from
# the packages, then read the diff.
";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `(service, version, action)` of every response the packages document as streamed, with
/// the sites that do.
fn from_packages() -> BTreeMap<(String, String, String), Vec<Site>> {
    let mut found: BTreeMap<_, Vec<Site>> = BTreeMap::new();
    for site in [Site::International, Site::Mainland] {
        let sdk = packages(site).join("tencentcloud");
        let mut files = 0;
        for service in std::fs::read_dir(&sdk).unwrap_or_else(|e| panic!("{}: {e}", sdk.display())) {
            let service = service.expect("a directory entry").path();
            let Ok(versions) = std::fs::read_dir(&service) else { continue };
            for version in versions {
                let models = version.expect("a directory entry").path().join("models.py");
                let Ok(text) = std::fs::read_to_string(&models) else { continue };
                files += 1;
                let name = |p: &Path| p.file_name().and_then(|n| n.to_str()).expect("a UTF-8 name").to_owned();
                let dir = name(models.parent().expect("a version directory"));
                let Some(v) = dir.strip_prefix('v').filter(|v| v.len() == 8) else { continue };
                let version = format!("{}-{}-{}", &v[..4], &v[4..6], &v[6..]);
                for class in text.split("\nclass ").skip(1) {
                    let Some((class_name, body)) = class.split_once("(AbstractModel):") else { continue };
                    let Some(action) = class_name.strip_suffix("Response") else { continue };
                    if MARKS.iter().any(|mark| body.contains(mark)) {
                        let key = (name(&service), version.clone(), action.to_owned());
                        found.entry(key).or_default().push(site);
                    }
                }
            }
        }
        assert!(files > 100, "only {files} models.py under {}", sdk.display());
    }
    found
}

fn written(found: &BTreeMap<(String, String, String), Vec<Site>>) -> String {
    let mut out = HEADER.to_owned();
    for ((service, version, action), sites) in found {
        let names: Vec<&str> = sites.iter().map(|s| s.name()).collect();
        let module = format!("{service}/v{}/models.py", version.replace('-', ""));
        out.push_str(&format!(
            "{service} {version} {action} {}  # {action}Response.RequestId in {module} of {}\n",
            names.join(","),
            sites
                .iter()
                .map(|s| match s {
                    Site::International => "tencentcloud-sdk-python-intl-en",
                    Site::Mainland => "tencentcloud-sdk-python",
                })
                .collect::<Vec<_>>()
                .join(" and ")
        ));
    }
    out
}

#[test]
fn the_list_is_what_the_official_packages_document() {
    let path = root().join("codegen/streaming-actions.txt");
    let expected = written(&from_packages());
    if std::env::var_os("TC3_BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let listed = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(listed == expected, "{} is stale: rewrite it with TC3_BLESS=1, then read the diff", path.display());
}

#[test]
fn every_entry_is_an_action_of_its_spec_on_its_sites() {
    let entries: Vec<_> = streaming::entries().collect();
    assert!(entries.len() > 20, "{entries:?}");
    for entry in entries {
        let path = root().join(format!("services/{}/spec/{}.json", entry.service, entry.version));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let spec = Spec::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(spec.actions.iter().any(|(a, _)| a == entry.action), "{entry:?}: no such action in {}", path.display());
        for site in entry.sites {
            assert!(
                spec.action_only_on(entry.action).is_none_or(|only| only == *site),
                "{entry:?}: the spec has it on one other site only"
            );
        }
    }
}
