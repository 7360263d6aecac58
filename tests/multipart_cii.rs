//! Requests with binary members (`#[tc3(file)]`), sent as `multipart/form-data` as the official
//! Python SDK sends cii's `DescribeQualityScore` and `UploadMedicalFile` (mainland): the same
//! body, Content-Type and Authorization, byte for byte, for the same boundary and time. The
//! types are written here as a user would, since the catalogue leaves the two actions out.
//! Needs the official Python SDK (see `capture`).

#[path = "capture/mod.rs"]
mod capture;

/// What the two actions return: the request id is all these tests read.
#[derive(tc3::Object, Clone, PartialEq)]
pub struct Answer {
    /// Id of the request.
    pub request_id: String,
}

/// cii's image quality score: one required image.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "cii", version = "2021-04-08", site = "mainland", response = Answer)]
pub struct DescribeQualityScore {
    /// The image.
    #[tc3(file)]
    pub file: Vec<u8>,
}

/// cii's medical file upload: a file or its URL.
#[derive(tc3::Action, Clone, PartialEq)]
#[tc3(service = "cii", version = "2021-04-08", site = "mainland", response = Answer)]
pub struct UploadMedicalFile {
    /// The file.
    #[tc3(file)]
    pub file: Option<Vec<u8>>,
    /// Where the file is.
    #[tc3(rename = "FileURL")]
    pub file_url: Option<String>,
}

/// A PNG's first bytes, a CR LF and a zero: bytes a text part would not keep.
const IMAGE: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR--";

const SIGNED: [&str; 7] =
    ["authorization", "content-type", "host", "x-tc-action", "x-tc-version", "x-tc-timestamp", "x-tc-region"];

async fn compare<A: tc3::Action>(request: A, file: Option<&[u8]>, file_url: Option<&str>) {
    let credentials = tc3::Credentials::new("AKIDform000000000000000000000000000", "f0rm/+=");
    let action = A::ACTION;
    let (tc3, host) = capture::sent_by_tc3(tc3::Site::Mainland, credentials.clone(), request).await;
    let content_type = &tc3.headers["content-type"];
    let boundary = content_type.strip_prefix("multipart/form-data; boundary=").expect("a form").to_owned();
    assert!(boundary.len() == 32 && boundary.bytes().all(|b| b.is_ascii_hexdigit()), "{boundary}");
    let case = serde_json::json!({
        "secret_id": credentials.secret_id(),
        "secret_key": "f0rm/+=",
        "host": host,
        "region": "ap-guangzhou",
        "timestamp": tc3.headers["x-tc-timestamp"].parse::<u64>().unwrap(),
        "action": action,
        "boundary": boundary,
        "file": file.map(capture::hex),
        "file_url": file_url,
    });
    let sdk = capture::sent_by_official_sdk("multipart.py", &case, true);
    capture::assert_same(&tc3, &sdk, &SIGNED, action);
}

#[tokio::test]
async fn describe_quality_score_is_the_official_sdks_form() {
    let request = tc3::request!(DescribeQualityScore { file: IMAGE.to_vec() });
    compare(request, Some(IMAGE), None).await;
}

#[tokio::test]
async fn upload_medical_file_is_the_official_sdks_form_with_either_member_or_both() {
    let url = "https://example.com/scan.png?a=1&b=2";
    let both = tc3::request!(UploadMedicalFile { file: IMAGE.to_vec(), file_url: url });
    compare(both, Some(IMAGE), Some(url)).await;
    compare(tc3::request!(UploadMedicalFile { file_url: url }), None, Some(url)).await;
    compare(tc3::request!(UploadMedicalFile { file: Vec::new() }), Some(b""), None).await;
}

#[test]
fn files_are_no_json_members_and_show_by_their_length() {
    let request = tc3::request!(UploadMedicalFile { file: IMAGE.to_vec(), file_url: "u" });
    assert_eq!(serde_json::to_value(&request).unwrap(), serde_json::json!({"FileURL": "u"}));
    let shown = format!("{request:?}");
    assert!(shown.contains("file: Some(<18 bytes>)"), "{shown}");
}
