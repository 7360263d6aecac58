//! The reviewed list of streaming actions, `streaming-actions.txt`, compared with what the
//! official packages of both sites say: an action streams when its response's `RequestId`
//! is documented as a streaming response's ("As a streaming response API, ... the RequestId
//! will be placed in the Header \"X-TC-RequestId\"", "本接口为流式响应接口"), the mark the
//! official generators leave where they make the response an SSE one (the Go SDK's
//! `tchttp.BaseSSEResponse`). A change shows as a diff of the list, to be read before it is
//! accepted (`TC3_BLESS=1` rewrites it). Every entry must name an action of its spec.

mod reviewed_list;

use std::collections::BTreeMap;

use tc3_codegen::spec::Site;
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

/// `(service, version, action)` of every response the packages document as streamed, with
/// the sites that do.
fn from_packages() -> BTreeMap<(String, String, String), Vec<Site>> {
    let mut found: BTreeMap<_, Vec<Site>> = BTreeMap::new();
    reviewed_list::each_package_file(
        |_| "models.py".to_owned(),
        |file| {
            for class in file.text.split("\nclass ").skip(1) {
                let Some((class_name, body)) = class.split_once("(AbstractModel):") else { continue };
                let Some(action) = class_name.strip_suffix("Response") else { continue };
                if MARKS.iter().any(|mark| body.contains(mark)) {
                    let key = (file.service.to_owned(), file.version.to_owned(), action.to_owned());
                    found.entry(key).or_default().push(file.site);
                }
            }
        },
    );
    found
}

fn written(found: &BTreeMap<(String, String, String), Vec<Site>>) -> String {
    let mut out = HEADER.to_owned();
    for ((service, version, action), sites) in found {
        let module = format!("{service}/v{}/models.py", version.replace('-', ""));
        let packages = reviewed_list::package_names(sites);
        let evidence = format!("{action}Response.RequestId in {module} of {packages}");
        out.push_str(&reviewed_list::line(service, version, action, sites, &[], &evidence));
    }
    out
}

#[test]
fn the_list_is_what_the_official_packages_document() {
    reviewed_list::check_or_bless("codegen/streaming-actions.txt", &written(&from_packages()));
}

#[test]
fn every_entry_is_an_action_of_its_spec_on_its_sites() {
    let entries: Vec<_> = streaming::entries().collect();
    assert!(entries.len() > 20, "{entries:?}");
    for entry in entries {
        let spec = reviewed_list::spec_of(&entry);
        for site in entry.sites {
            assert!(
                spec.action_only_on(entry.action).is_none_or(|only| only == *site),
                "{entry:?}: the spec has it on one other site only"
            );
        }
    }
}
