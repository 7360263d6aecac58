//! Signing cost next to its floor: the SHA-256 work no TC3 signer can avoid, measured in the
//! same run. Run with `cargo bench -p tc3-runtime --bench signing`.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use tc3_runtime::{Credentials, sign};

fn main() {
    divan::main();
}

const HOST: &str = "intlpartnersmgt.intl.tencentcloudapi.com";
const SMALL: &[u8] = br#"{"CountryCode": "852", "PhoneNum": "18888888888"}"#;

fn large() -> Vec<u8> {
    let mut body = br#"{"Remark":""#.to_vec();
    body.resize(64 * 1024 - 2, b'x');
    body.extend_from_slice(br#""}"#);
    body
}

fn credentials() -> Credentials {
    Credentials::new("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
}

/// The unavoidable work: hash the payload, hash a canonical request of the real size, and
/// one HMAC over a string to sign of the real size with an already derived key. The sizes
/// are those of this request's own stages, so the floor follows any change of the format.
fn floor(payload: &[u8], canonical_len: usize, string_to_sign_len: usize) -> [u8; 32] {
    let filler = [b'c'; 512];
    let payload_hash = Sha256::digest(payload);
    let mut h = Sha256::new();
    h.update(&filler[..canonical_len - 64]);
    h.update(payload_hash);
    h.update(payload_hash);
    let canonical_hash = h.finalize();
    let mut mac = Hmac::<Sha256>::new_from_slice(&canonical_hash).unwrap();
    mac.update(&filler[..string_to_sign_len]);
    mac.finalize().into_bytes().into()
}

/// Lengths of the canonical request and the string to sign of a POST of `payload`.
fn stage_lengths(payload: &[u8]) -> (usize, usize) {
    let stages =
        sign::stages(&credentials(), &sign::Request::post_json("intlpartnersmgt", HOST, 1_700_000_000, payload));
    (stages.canonical_request.len(), stages.string_to_sign.len())
}

// Many short samples: one signature is under a microsecond, near the timer's precision.
#[divan::bench(sample_count = 1000, sample_size = 20)]
fn floor_small(b: divan::Bencher) {
    let (canonical, string_to_sign) = stage_lengths(SMALL);
    b.bench(|| floor(divan::black_box(SMALL), canonical, string_to_sign));
}

#[divan::bench(sample_count = 1000, sample_size = 20)]
fn sign_small(b: divan::Bencher) {
    let creds = credentials();
    b.bench(|| {
        sign::sign(&creds, &sign::Request::post_json("intlpartnersmgt", HOST, 1_700_000_000, divan::black_box(SMALL)))
    });
}

#[divan::bench]
fn floor_64k(b: divan::Bencher) {
    let body = large();
    let (canonical, string_to_sign) = stage_lengths(&body);
    b.bench(|| floor(divan::black_box(&body), canonical, string_to_sign));
}

#[divan::bench]
fn sign_64k(b: divan::Bencher) {
    let (creds, body) = (credentials(), large());
    b.bench(|| {
        sign::sign(&creds, &sign::Request::post_json("intlpartnersmgt", HOST, 1_700_000_000, divan::black_box(&body)))
    });
}
