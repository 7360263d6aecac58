//! Every stage of the signer against vectors from the official SDK and the public documentation.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tc3_runtime::{Credentials, sign};

/// One vector folder: `input.json`, `body`, and one file per stage.
struct Vector {
    dir: PathBuf,
    input: Value,
    body: Vec<u8>,
}

impl Vector {
    fn load(dir: PathBuf) -> Self {
        let input = serde_json::from_str(&fs::read_to_string(dir.join("input.json")).unwrap()).unwrap();
        let body = fs::read(dir.join("body")).unwrap();
        Vector { dir, input, body }
    }

    fn all() -> Vec<Vector> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
        let mut dirs: Vec<PathBuf> =
            fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.join("input.json").exists()).collect();
        dirs.sort();
        dirs.into_iter().map(Vector::load).collect()
    }

    fn name(&self) -> String {
        self.dir.file_name().unwrap().to_string_lossy().into_owned()
    }

    fn text(&self, key: &str) -> &str {
        self.input[key].as_str().unwrap_or_else(|| panic!("{key} in {}", self.dir.display()))
    }

    fn stage(&self, name: &str) -> String {
        fs::read_to_string(self.dir.join(format!("{name}.txt"))).unwrap()
    }

    fn credentials(&self) -> Credentials {
        let creds = Credentials::new(self.text("secret_id"), self.text("secret_key"));
        match self.input["token"].as_str() {
            Some(token) => creds.with_token(token),
            None => creds,
        }
    }

    fn request(&self) -> sign::Request<'_> {
        sign::Request {
            method: self.text("method"),
            query: self.text("query"),
            service: self.text("service"),
            host: self.text("host"),
            content_type: self.text("content_type"),
            payload: &self.body,
            timestamp: self.input["timestamp"].as_u64().unwrap(),
        }
    }
}

#[test]
fn every_vector_matches_stage_by_stage() {
    let vectors = Vector::all();
    assert!(vectors.len() >= 10, "expected the 10 vectors, found {}", vectors.len());
    for v in &vectors {
        let (creds, case) = (v.credentials(), v.name());
        let got = sign::stages(&creds, &v.request());
        assert_eq!(got.canonical_request, v.stage("canonical_request"), "canonical request of {case}");
        assert_eq!(got.string_to_sign, v.stage("string_to_sign"), "string to sign of {case}");
        assert_eq!(got.signature, v.stage("signature"), "signature of {case}");
        assert_eq!(got.authorization, v.stage("authorization"), "authorization of {case}");
        // The fast path, which never builds the intermediate strings, agrees with the stages.
        assert_eq!(sign::sign(&creds, &v.request()), got.authorization, "fast path of {case}");
    }
}

#[test]
fn authorization_helper_signs_the_content_type_it_is_given() {
    let v = Vector::all().into_iter().find(|v| v.name() == "doc-example-international").unwrap();
    let r = v.request();
    let got = sign::authorization(&v.credentials(), r.service, r.host, r.timestamp, r.content_type, r.payload);
    assert_eq!(got, v.stage("authorization"));
}

#[test]
fn one_credentials_value_signs_across_days_and_services() {
    // The derived key is cached inside the credentials: a stale entry would break these.
    let vectors: Vec<Vector> =
        Vector::all().into_iter().filter(|v| v.text("secret_key") == "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE").collect();
    let creds = Credentials::new(vectors[0].text("secret_id"), "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
    let mut checked = 0;
    for v in vectors.iter().filter(|v| v.text("secret_id") == creds.secret_id()) {
        assert_eq!(sign::sign(&creds, &v.request()), v.stage("authorization"), "{}", v.name());
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} vectors share one key pair");
}
