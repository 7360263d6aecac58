//! The structs: each action's request (`#[derive(Action)]`) and `<Action>Response`, and every
//! object they hold (`#[derive(Object)]`).

use std::fmt::Write;

use super::Module;
use super::docs::{self, code};
use super::sites;
use super::upload;
use crate::names;
use crate::secrets::is_secret;
use crate::spec::{Member, Object, Status};
use crate::streaming::is_streaming;
use crate::verbs::is_read_only;

/// Where a struct is used, which decides which members are `Option`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// An action's request: members the spec requires are required.
    Request,
    /// Read from answers only: every member may be missing.
    Answer,
    /// Sent in requests only: required members are required.
    Sent,
}

const CRATE: &str = "crate = \"::tc3_runtime\"";

/// The request struct of `action`; `paged`, how it pages when it implements `Paged`.
pub(super) fn request(m: &Module, action: &str, status: Status, paged: Option<&str>, out: &mut String) {
    let spec = m.spec;
    let object = m.object(&format!("{action}Request"));
    let token = object.members().iter().any(|member| member.wire() == "ClientToken");
    let read_only = is_read_only(action);
    let retries = if read_only {
        "Read-only (by its verb): retried on any failure."
    } else if token {
        "Changes state; its `ClientToken` is filled once per call, so retries cannot repeat it."
    } else {
        "Changes state: never repeated once it may have reached the service."
    };
    let site = spec.action_only_on(action);
    let mut lines = vec![format!("`{action}`, an action of {} {}.", spec.service, spec.version), String::new()];
    lines.extend(site.map(sites::action_line));
    let host = spec.action_host(action);
    lines.extend(host.map(|host| {
        format!("Sent to `{host}`, as the official SDKs do, unless the client sets an endpoint or another root domain.")
    }));
    lines.push(retries.to_owned());
    lines.extend(paged.map(str::to_owned));
    let streaming = is_streaming(&spec.service, &spec.version, action);
    let stream_member =
        object.members().iter().zip(names::fields(object.members())).find(|(member, _)| {
            member.wire() == "Stream" && m.types.value(&format!("{action}Request"), member) == "bool"
        });
    if streaming {
        lines.push(match stream_member {
            Some(_) => "Streams its answer as server-sent events when `Stream` is true: `Client::call_stream` sets it and reads them.",
            None => "Answers with a stream of server-sent events: `Client::call_stream` reads them.",
        }.to_owned());
    }
    lines.extend(upload::entry(spec, &format!("{action}Request")).map(|entry| upload::doc_line(&entry)));
    match status {
        Status::Online => {}
        Status::Deprecated => lines.push("Deprecated in the API description.".to_owned()),
        Status::Offline => {
            lines.push("Offline in the API description: the service may no longer answer it.".to_owned())
        }
    }
    lines.push(String::new());
    lines.push(format!("[API Explorer]({})", docs::explorer(&spec.service, &spec.version, action, site)));
    docs::write(out, "", &lines);
    match status {
        Status::Online => {}
        Status::Deprecated => out.push_str("#[deprecated = \"deprecated in the API description\"]\n"),
        Status::Offline => out.push_str("#[deprecated = \"offline in the API description\"]\n"),
    }
    let idempotent = if read_only { ", idempotent" } else { "" };
    let site = site.map(|site| format!(", site = \"{site}\"")).unwrap_or_default();
    let host = host.map(|host| format!(", host = \"{host}\"")).unwrap_or_default();
    let _ = writeln!(out, "#[derive(::tc3_macros::Action, Clone, PartialEq)]");
    let _ = writeln!(
        out,
        "#[tc3({CRATE}, service = \"{}\", version = \"{}\"{idempotent}{site}{host}, lenient)]",
        spec.service, spec.version
    );
    fields(m, action, &format!("{action}Request"), object, Role::Request, out);
    if streaming {
        if status != Status::Online {
            out.push_str("#[allow(deprecated)]\n");
        }
        let _ = match stream_member {
            Some((member, ident)) => {
                let value = if member.required() { "true" } else { "::core::option::Option::Some(true)" };
                writeln!(
                    out,
                    "impl ::tc3_runtime::StreamingAction for {action} {{\n    fn request_stream(&mut self) {{\n        self.{ident} = {value};\n    }}\n}}\n"
                )
            }
            None => writeln!(out, "impl ::tc3_runtime::StreamingAction for {action} {{}}\n"),
        };
    }
}

/// `<action>Response`.
pub(super) fn response(m: &Module, action: &str, out: &mut String) {
    let name = format!("{action}Response");
    docs::write(out, "", &[format!("What [`{action}`] returns.")]);
    object_struct(m, &name, &name, Role::Answer, out);
}

/// An object the actions share.
pub(super) fn object(m: &Module, api_name: &str, out: &mut String) {
    let object = m.object(api_name);
    let rust = &m.names[api_name];
    let (role, used) = match object.usage() {
        "in" => (Role::Sent, "sent in requests"),
        "out" => (Role::Answer, "read from answers"),
        _ => (Role::Answer, "sent in requests and read from answers"),
    };
    let mut lines = vec![format!("`{api_name}`, an object of {} {}: {used}.", m.spec.service, m.spec.version)];
    if rust != api_name {
        lines.push(format!("Named `{rust}` here: an action is named `{api_name}`."));
    }
    docs::write(out, "", &lines);
    object_struct(m, rust, api_name, role, out);
}

fn object_struct(m: &Module, rust: &str, api_name: &str, role: Role, out: &mut String) {
    let _ = writeln!(out, "#[derive(::tc3_macros::Object, Clone, PartialEq)]");
    // A response, or an object only read from answers, is never built by users.
    let decode_only = if role == Role::Answer && m.object(api_name).usage() != "both" { ", decode_only" } else { "" };
    let _ = writeln!(out, "#[tc3({CRATE}, lenient{decode_only})]");
    fields(m, rust, api_name, m.object(api_name), role, out);
}

fn fields(m: &Module, rust: &str, api_name: &str, object: &Object, role: Role, out: &mut String) {
    // Users build requests and objects with `request!` or the builder and read answers by
    // field, so a member that a re-pinned spec adds breaks no user's code.
    let _ = writeln!(out, "#[non_exhaustive]");
    let _ = writeln!(out, "pub struct {rust} {{");
    let upload = upload::entry(m.spec, api_name).filter(|_| role == Role::Request);
    let idents = names::fields(object.members());
    for (member, ident) in object.members().iter().zip(idents.iter().cloned()) {
        let value = m.types.value(api_name, member);
        let request_id = role == Role::Answer && member.wire() == "RequestId" && api_name.ends_with("Response");
        // A stream's events carry no request id: the stream has it, from a header.
        let streamed = request_id
            && api_name
                .strip_suffix("Response")
                .is_some_and(|action| is_streaming(&m.spec.service, &m.spec.version, action));
        let required = (request_id && !streamed) || (role != Role::Answer && member.required());
        let ty = if required { value } else { m.types.optional(&value) };
        docs::write(out, "    ", &member_doc(member, role, request_id, streamed));
        let mut keys = Vec::new();
        if names::default_wire(&ident) != member.wire() {
            keys.push(format!("rename = \"{}\"", member.wire()));
        }
        if is_secret(member.wire()) {
            keys.push("sensitive".to_owned());
        }
        if let Some(entry) = &upload {
            keys.push(upload::header_key(entry, member, &ty));
        }
        if member.item() == "binary" {
            assert!(role == Role::Request, "{api_name}.{}: a binary member outside a request", member.wire());
            // The request is then sent as `multipart/form-data`, as the official SDKs send it.
            keys.push("file".to_owned());
        }
        if role != Role::Answer {
            if let Some(site) = member.required_on().filter(|_| !required) {
                keys.push(format!("required_on = \"{site}\""));
            }
            if m.site_checked.contains(member.item()) {
                keys.push("nested".to_owned());
            }
        }
        if !keys.is_empty() {
            let _ = writeln!(out, "    #[tc3({})]", keys.join(", "));
        }
        let _ = writeln!(out, "    pub {ident}: {ty},");
    }
    if let Some(entry) = &upload {
        upload::body_field(entry, &idents, out);
    }
    out.push_str("}\n\n");
}

fn member_doc(member: &Member, role: Role, request_id: bool, streamed: bool) -> Vec<String> {
    if streamed {
        return vec![
            "Id of this request, for support tickets; `None` in a stream's events, whose request id is \
             `EventStream::request_id`."
                .to_owned(),
        ];
    }
    if request_id {
        return vec!["Id of this request, for support tickets.".to_owned()];
    }
    let sent = role != Role::Answer;
    let mut line = match role {
        Role::Request | Role::Sent if member.required() => "Required.".to_owned(),
        Role::Request | Role::Sent if member.required_on().is_some() => String::new(),
        Role::Request | Role::Sent => "Optional.".to_owned(),
        // An `Option` all the same: a gateway that leaves it out must not fail the whole answer.
        Role::Answer if member.always() => {
            "Every answer has it, by the API description; `None` if one does not.".to_owned()
        }
        Role::Answer => "Not always in answers.".to_owned(),
    };
    if let Some(sites) = sites::member_line(member, sent) {
        line = if line.is_empty() { sites } else { format!("{line} {sites}") };
    }
    if member.nullable() {
        line.push_str(" May be `null`.");
    }
    let mut push = |text: &str| {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(text);
    };
    if member.wire() != names::default_wire(&names::field(member.wire())) {
        push(&format!("`{}` on the wire.", member.wire()));
    }
    if let Some(format) = docs::format_of(member.item()) {
        push(format);
    }
    if member.item() == "binary" {
        push("Bytes, sent as a file of the request's `multipart/form-data` body.");
    }
    if member.one_or_many() {
        push("One site sends a single value: read as a list of one.");
    }
    if !member.example().is_empty() {
        push(&format!("Example: {}.", code(member.example())));
    }
    vec![line]
}
