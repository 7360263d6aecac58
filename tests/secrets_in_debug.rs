//! A generated type shows a secret member as `<redacted>` in `Debug`, for names the
//! secret-member rule once missed (`SecretAccessKey`). Needs feature `cam`:
//! `cargo test -p tc3 --features cam --test secrets_in_debug`.
#![cfg(feature = "cam")]

#[test]
fn a_secret_access_key_is_redacted_in_debug() {
    let key = tc3::cam::AccessKeyDetail {
        access_key_id: Some("AKIDexample".into()),
        secret_access_key: Some("s3cr3t-Access-Key".into()),
        status: Some("Active".into()),
        create_time: None,
    };
    let shown = format!("{key:?}");
    assert!(!shown.contains("s3cr3t-Access-Key"), "{shown}");
    assert!(shown.contains("secret_access_key: <redacted>"), "{shown}");
    assert!(shown.contains("AKIDexample"), "the key's id is no secret: {shown}");
}
