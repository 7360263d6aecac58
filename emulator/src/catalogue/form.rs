//! Calls sent as `multipart/form-data`: the actions with `binary` members (cii
//! `DescribeQualityScore`, `UploadMedicalFile`), as the official SDKs send them, every member a
//! part named as it. Read back here into the parameters the spec's checks take: a text part as
//! its text, a file part (one with a `filename`) as a note of its length, since the answer
//! never depends on the bytes. The signature covers the body as sent.

use serde_json::{Map, Value};

/// The content type such calls are sent with (then `; boundary=..`).
const CONTENT_TYPE: &str = "multipart/form-data";

/// When `content_type` is a form's and `action` of `service` at `version` has a binary member:
/// its parameters, one per part; `None` for any other call, or a body that is not a form.
pub(crate) fn params(
    service: &str,
    version: Option<&str>,
    action: &str,
    content_type: &str,
    body: &[u8],
) -> Option<Value> {
    let boundary = content_type.strip_prefix(CONTENT_TYPE)?.trim_start().strip_prefix(';')?.trim();
    let boundary = boundary.strip_prefix("boundary=")?.trim_matches('"');
    let request = super::version(service, version?)?.facts.objects.get(&format!("{action}Request"))?;
    if !request.members().iter().any(|member| member.item() == "binary") {
        return None;
    }
    parts(body, boundary).map(Value::Object)
}

/// The parts of `body`: `--boundary`, then for each part its headers, a blank line, its value
/// and a line break before the next `--boundary`; `--boundary--` last. An empty body has none.
fn parts(body: &[u8], boundary: &str) -> Option<Map<String, Value>> {
    let mut out = Map::new();
    if body.is_empty() {
        return Some(out);
    }
    let delimiter = format!("--{boundary}");
    let mut rest = body.strip_prefix(delimiter.as_bytes())?;
    let next = format!("\r\n--{boundary}");
    loop {
        if rest.starts_with(b"--") {
            return Some(out);
        }
        rest = rest.strip_prefix(b"\r\n")?;
        let head_end = find(rest, b"\r\n\r\n")?;
        let head = std::str::from_utf8(&rest[..head_end]).ok()?;
        let value_start = head_end + 4;
        let value_len = find(&rest[value_start..], next.as_bytes())?;
        let value = &rest[value_start..value_start + value_len];
        let disposition = head.lines().find(|line| line.to_ascii_lowercase().starts_with("content-disposition:"))?;
        let name = quoted(disposition, "name=")?;
        let value = if quoted(disposition, "filename=").is_some() {
            Value::String(format!("<{} bytes>", value.len()))
        } else {
            Value::String(String::from_utf8_lossy(value).into_owned())
        };
        out.insert(name.to_owned(), value);
        rest = &rest[value_start + value_len + next.len()..];
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// The quoted value of `key` (`name=`) among the `; `-separated parameters of a header line.
fn quoted<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    line.split(';').map(str::trim).find_map(|param| param.strip_prefix(key))?.strip_prefix('"')?.strip_suffix('"')
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &[u8] =
        b"--b0\r\nContent-Disposition: form-data; name=\"File\"; filename=\"File\"\r\n\r\n\x89PNG\r\n--b0\r\n\
        Content-Disposition: form-data; name=\"FileURL\"\r\n\r\nhttps://x/y\r\n--b0--\r\n";

    #[test]
    fn a_form_of_an_action_with_a_binary_member_is_read_part_by_part() {
        let read = params("cii", Some("2021-04-08"), "UploadMedicalFile", "multipart/form-data; boundary=b0", BODY);
        assert_eq!(read, Some(serde_json::json!({"File": "<4 bytes>", "FileURL": "https://x/y"})));
        let empty = params("cii", Some("2021-04-08"), "UploadMedicalFile", "multipart/form-data; boundary=b0", b"");
        assert_eq!(empty, Some(serde_json::json!({})));
    }

    #[test]
    fn other_calls_and_broken_forms_are_not_forms() {
        let form = "multipart/form-data; boundary=b0";
        assert_eq!(params("cii", Some("2021-04-08"), "DescribeReportClassify", form, BODY), None);
        assert_eq!(params("cii", Some("2021-04-08"), "UploadMedicalFile", "application/json", BODY), None);
        assert_eq!(params("cii", Some("2021-04-08"), "UploadMedicalFile", form, &BODY[..40]), None);
    }
}
