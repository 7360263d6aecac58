//! The reviewed list of raw-body actions, `upload-actions.txt`, compared with what the
//! official packages of both sites do: an action's method in `<service>_client.py` that sends
//! `self.call_octet_stream("<Action>", params, body)`, its members renamed to headers as
//! `{"<prefix>"+key: value ...}`. A change shows as a diff of the list, to be read before it is
//! accepted (`TC3_BLESS=1` rewrites it). Every entry must name an action of its spec whose
//! members are all text (headers carry text).

mod reviewed_list;

use std::collections::BTreeMap;

use tc3_codegen::spec::Site;
use tc3_codegen::uploads;

const CALL: &str = "self.call_octet_stream(\"";

const HEADER: &str = "\
# The actions whose request body is raw bytes sent as `application/octet-stream`, not a JSON
# object, one per line: `<service> <version> <Action> <sites> <header prefix>  # evidence`.
# Every member of the request travels as the header `<header prefix><member>`; the body is
# the request's `body` field (bytes the caller builds), which the TC3 signature hashes as sent.
# tc3-codegen gives these requests that field (`#[tc3(body)]`) and marks each member
# `#[tc3(header = \"..\")]`; the emulator reads the members back from the headers.
#
# The spec has no flag for them. The evidence is the official Python SDK of each site (the
# pinned tencentcloud-sdk-python-intl-en and tencentcloud-sdk-python): the action's method in
# `<service>_client.py` sends `call_octet_stream(..., body)` with the request's members as
# headers named `<header prefix>` + the member's name. `Content-Type: application/octet-stream`
# and the signed headers `content-type;host` come from that SDK's common client.
#
# Reviewed; `TC3_BLESS=1 cargo test -p tc3-codegen --test upload_actions` rewrites it from
# the packages, then read the diff.
";

type Key = (String, String, String);

/// `(service, version, action)` of every method the packages send as raw bytes, with the
/// sites that do and the header prefix of its members.
fn from_packages() -> BTreeMap<Key, (Vec<Site>, String)> {
    let mut found: BTreeMap<Key, (Vec<Site>, String)> = BTreeMap::new();
    reviewed_list::each_package_file(
        |service| format!("{service}_client.py"),
        |file| {
            for method in file.text.split("\n    def ").skip(1) {
                let Some(start) = method.find(CALL) else { continue };
                let action = &method[start + CALL.len()..];
                let action = &action[..action.find('"').expect("a quoted action")];
                let prefix = method
                    .split_once("{\"")
                    .and_then(|(_, rest)| rest.split_once("\"+key"))
                    .map(|(prefix, _)| prefix.to_owned())
                    .unwrap_or_else(|| {
                        panic!(
                            "{} {} ({}): {action} renames no members to headers",
                            file.service, file.version, file.site
                        )
                    });
                let key = (file.service.to_owned(), file.version.to_owned(), action.to_owned());
                let entry = found.entry(key).or_insert_with(|| (Vec::new(), prefix.clone()));
                assert_eq!(entry.1, prefix, "{action}: the sites' packages differ on the header prefix");
                entry.0.push(file.site);
            }
        },
    );
    found
}

fn written(found: &BTreeMap<Key, (Vec<Site>, String)>) -> String {
    let mut out = HEADER.to_owned();
    for ((service, version, action), (sites, prefix)) in found {
        let module = format!("{service}/v{}/{service}_client.py", version.replace('-', ""));
        let packages = reviewed_list::package_names(sites);
        let call = format!("call_octet_stream(\"{action}\", {{\"{prefix}\"+key: value}}, body)");
        let evidence = format!("{action} in {module} of {packages}: {call}");
        out.push_str(&reviewed_list::line(service, version, action, sites, &[prefix], &evidence));
    }
    out
}

#[test]
fn the_list_is_what_the_official_packages_do() {
    reviewed_list::check_or_bless("codegen/upload-actions.txt", &written(&from_packages()));
}

#[test]
fn every_entry_is_an_action_of_its_spec_with_text_members() {
    let entries: Vec<_> = uploads::entries().collect();
    assert!(entries.iter().any(|e| e.action == "UploadLog"), "{entries:?}");
    for entry in entries {
        let spec = reviewed_list::spec_of(&entry);
        let request = &spec.objects[&format!("{}Request", entry.action)];
        assert!(!request.members().is_empty(), "{entry:?}: no members to send as headers");
        for member in request.members() {
            assert!(member.item() == "string" && !member.is_list(), "{entry:?}: {} is not text", member.wire());
        }
        let code = tc3_codegen::version_code(&spec);
        let header = format!("header = \"{}\"", entry.header(request.members()[0].wire()));
        assert!(code.contains(&header) && code.contains("#[tc3(body)]"), "{entry:?}: not generated as an upload");
    }
}
