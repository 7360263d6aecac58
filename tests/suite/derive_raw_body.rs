//! Requests sent as raw bytes (`#[tc3(body)]`) with members in headers (`#[tc3(header)]`), as
//! cls `UploadLog` is: what the client sends, what JSON and `Debug` show, and the header rule.

use tc3::Action as _;

/// A request of one's own in UploadLog's shape.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "cls", version = "2020-10-16", response = serde_json::Value)]
pub struct UploadLog {
    /// A header, always sent.
    #[tc3(header = "X-CLS-TopicId")]
    pub topic_id: String,
    /// A header, sent when set.
    #[tc3(header = "X-CLS-CompressType")]
    pub compress_type: Option<String>,
    /// The bytes, sent as they are.
    #[tc3(body)]
    pub body: Vec<u8>,
}

/// The same with a `bytes::Bytes` body and no optional member.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "cls", version = "2020-10-16", action = "UploadLog", response = serde_json::Value)]
pub struct UploadShared {
    /// A header.
    #[tc3(header = "X-CLS-TopicId")]
    pub topic_id: String,
    /// The bytes.
    #[tc3(body)]
    pub data: tc3::__private::bytes::Bytes,
}

fn upload(compress_type: Option<&str>) -> UploadLog {
    UploadLog {
        topic_id: "5cd3a17e-fb0b-418c-afd7-77b365397426".into(),
        compress_type: compress_type.map(str::to_owned),
        body: vec![0x0a, 0x03, 0xff, 0x00, b'\n'],
    }
}

#[test]
fn the_body_is_sent_raw_with_members_in_headers() {
    let payload = upload(Some("lz4")).into_payload().unwrap();
    assert_eq!(payload.content_type(), "application/octet-stream");
    assert_eq!(payload.bytes(), [0x0a, 0x03, 0xff, 0x00, b'\n']);
    let headers: Vec<_> = payload.headers().collect();
    assert_eq!(headers, [("X-CLS-TopicId", "5cd3a17e-fb0b-418c-afd7-77b365397426"), ("X-CLS-CompressType", "lz4")]);
}

#[test]
fn an_unset_header_member_is_left_out() {
    let payload = upload(None).into_payload().unwrap();
    let names: Vec<_> = payload.headers().map(|(name, _)| name).collect();
    assert_eq!(names, ["X-CLS-TopicId"]);
}

#[test]
fn a_bytes_body_is_sent_as_it_is() {
    let data = tc3::__private::bytes::Bytes::from_static(b"\x0a\x00raw");
    let payload = UploadShared { topic_id: "t".into(), data: data.clone() }.into_payload().unwrap();
    assert_eq!(payload.bytes(), &data[..]);
    assert_eq!(payload.bytes().as_ptr(), data.as_ptr(), "the body was copied");
}

#[test]
fn json_shows_the_members_but_never_the_body() {
    let request = upload(Some("zstd"));
    let json = serde_json::to_value(&request).unwrap();
    assert_eq!(json, serde_json::json!({"TopicId": "5cd3a17e-fb0b-418c-afd7-77b365397426", "CompressType": "zstd"}));
    let decoded: UploadLog = serde_json::from_value(json).unwrap();
    assert_eq!(decoded, UploadLog { body: Vec::new(), ..request });
}

#[test]
fn debug_shows_the_body_by_its_length() {
    let shown = format!("{:?}", upload(None));
    assert!(shown.contains("body: <5 bytes>"), "{shown}");
}

#[test]
fn a_member_a_header_cannot_carry_is_refused_before_signing() {
    let mut request = upload(Some("lz4\r\nX-Injected: 1"));
    request.topic_id = "主题".into();
    let violations = request.violations();
    let fields: Vec<_> = violations.iter().map(|v| (v.field(), v.rule())).collect();
    assert_eq!(fields, [("TopicId", "header"), ("CompressType", "header")]);
    assert!(upload(Some("lz4")).violations().is_empty());
}
