//! `multipart/form-data` bodies, written byte for byte as the official SDKs write them (the
//! Python SDK's `_get_multipart_body`), for the actions with binary members (cii
//! `DescribeQualityScore`, `UploadMedicalFile`): every member a part named as the member, a
//! binary one with `filename` set to that name too, and the closing boundary only after a part.

use std::fmt;

use crate::Payload;

/// A `multipart/form-data` body being written; [`into_payload`](Form::into_payload) ends it.
/// The derive writes one for a request with a `file` member.
#[derive(Clone)]
pub struct Form {
    boundary: String,
    body: Vec<u8>,
}

impl Form {
    /// An empty form with a fresh random boundary: 32 lowercase hex digits, as the official
    /// SDKs make it (a UUID's hex).
    pub fn new() -> Self {
        Form::with_boundary(format!("{:032x}", fastrand::u128(..)))
    }

    /// An empty form with `boundary`, which must not occur in any part.
    pub fn with_boundary(boundary: impl Into<String>) -> Self {
        Form { boundary: boundary.into(), body: Vec::new() }
    }

    /// Adds the text part `name`.
    #[must_use]
    pub fn text(self, name: &str, value: &str) -> Self {
        self.part(name, false, value.as_bytes())
    }

    /// Adds the file part `name` (its `filename` is `name` too, as the official SDKs send it).
    #[must_use]
    pub fn file(self, name: &str, bytes: &[u8]) -> Self {
        self.part(name, true, bytes)
    }

    fn part(mut self, name: &str, file: bool, value: &[u8]) -> Self {
        let head = if file {
            format!(
                "--{}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{name}\"\r\n\r\n",
                self.boundary
            )
        } else {
            format!("--{}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n", self.boundary)
        };
        self.body.reserve(head.len() + value.len() + 2);
        self.body.extend_from_slice(head.as_bytes());
        self.body.extend_from_slice(value);
        self.body.extend_from_slice(b"\r\n");
        self
    }

    /// The body, `Content-Type: multipart/form-data; boundary=<boundary>`; an empty form is
    /// an empty body.
    pub fn into_payload(mut self) -> Payload {
        if !self.body.is_empty() {
            self.body.extend_from_slice(format!("--{}--\r\n", self.boundary).as_bytes());
        }
        Payload::with_content_type(format!("multipart/form-data; boundary={}", self.boundary), self.body)
    }
}

impl Default for Form {
    fn default() -> Self {
        Form::new()
    }
}

/// Shows the boundary and the body's length, not its parts.
impl fmt::Debug for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Form").field("boundary", &self.boundary).field("len", &self.body.len()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::Form;

    #[test]
    fn parts_are_written_as_the_official_sdks_write_them() {
        let payload = Form::with_boundary("b0").file("File", b"\x89PNG").text("FileURL", "https://x/y").into_payload();
        assert_eq!(payload.content_type(), "multipart/form-data; boundary=b0");
        let expected = "--b0\r\nContent-Disposition: form-data; name=\"File\"; filename=\"File\"\r\n\r\n\u{89}PNG\r\n\
                        --b0\r\nContent-Disposition: form-data; name=\"FileURL\"\r\n\r\nhttps://x/y\r\n--b0--\r\n";
        let expected: Vec<u8> =
            expected.chars().map(|c| u8::try_from(u32::from(c)).expect("one byte per char")).collect();
        assert_eq!(payload.bytes(), expected);
    }

    #[test]
    fn an_empty_form_is_an_empty_body() {
        assert!(Form::with_boundary("b0").into_payload().bytes().is_empty());
        let boundary = Form::new().boundary;
        assert!(boundary.len() == 32 && boundary.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    }
}
