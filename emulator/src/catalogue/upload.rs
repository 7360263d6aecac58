//! The actions whose body is raw bytes (codegen's reviewed list `upload-actions.txt`, the one
//! the generator reads): their members arrive as headers (`X-CLS-TopicId`), read back here
//! into the parameters the spec's checks take; the body itself is covered by the signature.

use http::HeaderMap;
use serde_json::{Map, Value};
use tc3_codegen::uploads;

/// The content type these actions are sent with.
pub(crate) const CONTENT_TYPE: &str = "application/octet-stream";

/// When `action` of `service` at `version` sends raw bytes: its parameters, each member of
/// its request found in the headers (HTTP header names compare without case).
pub(crate) fn params(service: &str, version: Option<&str>, action: &str, headers: &HeaderMap) -> Option<Value> {
    let version = version?;
    let entry = uploads::upload(service, version, action)?;
    let request = super::version(service, version)?.facts.objects.get(&format!("{action}Request"))?;
    let members: Map<String, Value> = request
        .members()
        .iter()
        .filter_map(|member| {
            let value = headers.get(entry.header(member.wire()))?.to_str().ok()?;
            Some((member.wire().to_owned(), Value::String(value.to_owned())))
        })
        .collect();
    Some(Value::Object(members))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upload_log_members_are_read_from_their_headers() {
        let mut headers = HeaderMap::new();
        headers.insert("x-cls-topicid", "topic-1".parse().unwrap());
        headers.insert("X-CLS-CompressType", "lz4".parse().unwrap());
        headers.insert("x-cls-unknown", "ignored".parse().unwrap());
        let read = params("cls", Some("2020-10-16"), "UploadLog", &headers);
        assert_eq!(read, Some(serde_json::json!({"TopicId": "topic-1", "CompressType": "lz4"})));
        assert_eq!(params("cls", Some("2020-10-16"), "DescribeTopics", &headers), None);
    }
}
