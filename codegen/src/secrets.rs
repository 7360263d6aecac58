//! Which members hold secrets: they are `sensitive` (shown as `<redacted>` in `Debug`, and
//! so never in logs or errors), by a word in their wire name.

/// Words of a wire name that mark a secret (passwords, keys, tokens, codes sent to people).
const SECRET_WORDS: &[&str] =
    &["Password", "Passwd", "SecretKey", "PrivateKey", "Token", "VerifyCode", "VerificationCode", "Credential"];

/// Names with a secret word that are not secrets: the idempotency token is an identifier.
const NOT_SECRETS: &[&str] = &["ClientToken"];

/// Whether a member of this wire name holds a secret.
pub fn is_secret(wire: &str) -> bool {
    !NOT_SECRETS.contains(&wire) && SECRET_WORDS.iter().any(|word| wire.contains(word))
}

#[cfg(test)]
mod tests {
    use super::is_secret;

    #[test]
    fn secrets_are_known_by_name() {
        for wire in ["Password", "LoginPassword", "SecretKey", "Token", "SessionToken", "PrivateKey", "VerifyCode"] {
            assert!(is_secret(wire), "{wire}");
        }
        for wire in ["ClientToken", "InstanceId", "SecretId", "KeyId", "Name"] {
            assert!(!is_secret(wire), "{wire}");
        }
    }
}
