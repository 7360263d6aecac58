//! Which members hold secrets: they are `sensitive` (shown as `<redacted>` in `Debug`, and
//! so never in logs or errors), by the words of their wire name.
//!
//! A wire name is read as words, split at case boundaries (`SecretAccessKey`, `APIKey`),
//! underscores and digits (`U2FToken` is `u f token`), compared without case. Two rules,
//! both decided by the one table `RULES`:
//!
//! - **The secret is the name's head**, its last words: `SessionToken` is a token, but
//!   `TokenId`, `TokenCount`, `TokenExpireTime`, `PasswordStrength`, `PasswordLength`,
//!   `SecretId`, `SecretName` and `KeyPairId` are an id, a count, a time, a strength, a
//!   length, a name: facts about a secret that carry none. Of the entries that end a name,
//!   the longest decides, so `ClientToken` (an idempotency token) overrides `Token`.
//! - **A name led by a predicate is a flag or an event** (`IsSetPassword`, `NeedPassword`,
//!   `HasPwd`, `SkipValidatePassword`): a boolean or a code about a secret, never one.
//!
//! `codegen/tests/secret_members.rs` applies the rule to every member name of the
//! catalogue and compares the matches with the reviewed list `codegen/secret-members.txt`.

/// Whether the words of an entry make a name secret, and where in the name they stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decides {
    /// The name ends with the words and is a secret.
    EndsSecret,
    /// The name ends with the words and is not a secret (a longer match than a secret one).
    EndsNotSecret,
    /// The name begins with the word, a predicate: a flag or an event, not a secret.
    LeadsFlag,
}

use Decides::{EndsNotSecret, EndsSecret, LeadsFlag};

/// The reviewed table: words (lowercase, separated by spaces), what they decide, and why.
const RULES: &[(&str, Decides, &str)] = &[
    // Secrets, by the name's last words.
    ("password", EndsSecret, "a password: Password, NewPassword, AdminPassword, GitTokenOrPassword"),
    ("passwords", EndsSecret, "a list of passwords"),
    ("password new", EndsSecret, "a new password, its adjective after it: PasswordNew (ckafka)"),
    ("pass word", EndsSecret, "a password spelled as two words: PassWord (cdwdoris)"),
    ("pass words", EndsSecret, "passwords spelled as two words: PassWords (domain transfer codes)"),
    ("passwd", EndsSecret, "a password, abbreviated"),
    ("pwd", EndsSecret, "a password, abbreviated: Pwd, DbPwd, OldPwd"),
    ("passphrase", EndsSecret, "a passphrase: Passphrase (mdc SRT)"),
    ("secret", EndsSecret, "a shared secret: Secret, AppSecret, ClientSecret, AccessKeySecret, ApiAppSecret"),
    ("secret key", EndsSecret, "the secret half of a key pair: SecretKey, TmpSecretKey, S3SecretKey"),
    ("secret access key", EndsSecret, "the secret half of an access key: SecretAccessKey (cam, mdl, teo, vod)"),
    ("secret string", EndsSecret, "a secret's value as text: SecretString (ssm)"),
    ("secret binary", EndsSecret, "a secret's value as bytes: SecretBinary (ssm)"),
    ("private key", EndsSecret, "a private key: PrivateKey, DevicePrivateKey, CertificatePrivateKey"),
    ("cert key", EndsSecret, "a certificate's private key in PEM: CertKey (clb)"),
    ("certificate key", EndsSecret, "a certificate's private key: CertificateKey (gaap)"),
    ("aes key", EndsSecret, "a symmetric key: AesKey (csip)"),
    ("encrypt key", EndsSecret, "a white-box key (kms) or an app's key (captcha): EncryptKey"),
    ("plaintext", EndsSecret, "data kms decrypts, encrypts or generates in the clear: Plaintext"),
    ("play key", EndsSecret, "the key that signs playback URLs: PlayKey (vod)"),
    ("api key", EndsSecret, "an API key (sk-...): ApiKey, APIKey (tokenhub, trtc, ccc)"),
    ("api keys", EndsSecret, "API keys: APIKeys (vod)"),
    ("auth key", EndsSecret, "a key that signs URLs or a peering: AuthKey, MasterAuthKey (live, mdl, dc)"),
    ("pre share key", EndsSecret, "a VPN's pre-shared key: PreShareKey (vpc)"),
    ("psk", EndsSecret, "a device's pre-shared key: DevicePsk, DefinedPsk"),
    ("sign key", EndsSecret, "a key that signs event callbacks: SignKey (vod)"),
    ("signature key", EndsSecret, "a key that signs webhooks: SignatureKey (faceid)"),
    ("callback key", EndsSecret, "a key that signs callbacks: CallbackKey (lcic, tiw)"),
    ("notify key", EndsSecret, "a key that signs notifications: NotifyKey (mps, mdl)"),
    ("decrypt key", EndsSecret, "a key that decrypts backups: DecryptKey (redis, kms)"),
    ("decryption key", EndsSecret, "a key that decrypts backups: DecryptionKey (cdb)"),
    ("token", EndsSecret, "a bearer, session or access token: Token, SessionToken, AccessToken"),
    ("api tokens", EndsSecret, "API tokens: ApiTokens (vod)"),
    ("credential", EndsSecret, "a credential: Credential (tke, a cluster's token)"),
    ("credentials", EndsSecret, "a set of keys: Credentials (sts, vod temporary keys)"),
    ("token code", EndsSecret, "a one-time code of an MFA device: TokenCode (sts)"),
    ("verify code", EndsSecret, "a code sent to a person to prove a phone or mail: VerifyCode"),
    ("verification code", EndsSecret, "a code sent to a person to prove a phone or mail"),
    // Not secrets, though they end as one does.
    ("client token", EndsNotSecret, "the idempotency token, an identifier the client makes up"),
    ("idempotency token", EndsNotSecret, "an idempotency token, an identifier"),
    ("creation token", EndsNotSecret, "cfs's idempotency token for a file system"),
    ("next token", EndsNotSecret, "a paging cursor"),
    ("page token", EndsNotSecret, "a paging cursor: PageToken, NextPageToken"),
    ("pagination token", EndsNotSecret, "a paging cursor"),
    ("continue token", EndsNotSecret, "a paging cursor"),
    ("scroll token", EndsNotSecret, "a paging cursor"),
    ("lifecycle action token", EndsNotSecret, "names a pending scaling lifecycle action (as), an id"),
    ("total token", EndsNotSecret, "a count of language-model tokens: TotalToken, InputTotalToken"),
    ("credit or token", EndsNotSecret, "an amount of credit or language-model tokens bought (tokenhub)"),
    ("multi token", EndsNotSecret, "SingleUserMultiToken: whether a user may hold several tokens, a flag"),
    ("u f token", EndsNotSecret, "U2FToken: whether a U2F device is used to log in, a flag"),
    ("weak password", EndsNotSecret, "a count of weak-password risks, or a known weak password of a scan list"),
    ("image pull secret", EndsNotSecret, "the names of Kubernetes secrets to pull images with, not their data"),
    ("version credential", EndsNotSecret, "the format version of a verifiable credential (tdid)"),
    ("encrypt password", EndsNotSecret, "EncryptPassword (redis): whether the password is sent encrypted, a flag"),
    ("scim credentials", EndsNotSecret, "SCIM credentials by id, status and dates (organization), no secret"),
    ("dv auth key", EndsNotSecret, "a domain-validation record, published in DNS (ssl)"),
    ("validate auth key", EndsNotSecret, "a domain-validation record, published in DNS (ssl)"),
    ("input token", EndsNotSecret, "InputToken (tokenhub, adp): a count of language-model tokens read"),
    ("output token", EndsNotSecret, "OutputToken (tokenhub, adp): a count of language-model tokens written"),
    ("cache token", EndsNotSecret, "CacheToken (tokenhub): a count of language-model tokens served from cache"),
    ("use token", EndsNotSecret, "UseToken (waf): how many language-model tokens a package used, a count"),
    ("public encrypt key", EndsNotSecret, "PublicEncryptKey (ioa): the public half of a key pair, published"),
    ("param token", EndsNotSecret, "ParamToken (rum): stands for a saved filter form of a query, not a credential"),
    ("miss password", EndsNotSecret, "MissPassword (waf): the password parameter an API-security event found missing"),
    // Predicates: a name they lead is a flag or an event about a secret.
    ("is", LeadsFlag, "IsSetPassword: a flag"),
    ("has", LeadsFlag, "HasPwd: a flag"),
    ("need", LeadsFlag, "NeedPassword, NeedResetPassword: a flag"),
    ("enable", LeadsFlag, "EnablePassword: a flag"),
    ("skip", LeadsFlag, "SkipValidatePassword: a flag"),
    ("support", LeadsFlag, "SupportToken: a flag"),
    ("send", LeadsFlag, "SendPassword (ccc): whether to send one, a flag"),
    ("sync", LeadsFlag, "SyncPwd (emr): whether to sync it, a flag"),
    ("auto", LeadsFlag, "AutoGeneratePassword (lighthouse): YES or NO"),
    ("force", LeadsFlag, "ForceResetPassWord (bi): a flag"),
    ("modify", LeadsFlag, "ModifyPassword (rce): an event that a password changed, with its reason"),
    ("include", LeadsFlag, "IncludeCredentials (iotexplorer): whether CORS requests carry credentials, a flag"),
    ("max", LeadsFlag, "MaxInputToken, MaxOutputToken (tcb): a limit on language-model tokens, a number"),
    ("no", LeadsFlag, "NoSecret (tione): whether a code repository has no Git credential, a flag"),
    ("allow", LeadsFlag, "AllowAccessCredential (bh, dasb): whether access strings may be used, a flag"),
    ("bound", LeadsFlag, "BoundPassword, BoundPrivateKey (bh, dasb): whether one is held for an account, a flag"),
    ("delete", LeadsFlag, "DeleteBoundApiKeys (dlc): whether to delete an inference service's API keys too, a flag"),
];

/// The words of a wire name, in order: split at a lowercase letter followed by an uppercase
/// one (`dbPwd`), before the last capital of a run followed by a lowercase letter (`APIKey`),
/// and at anything not a letter (`_`, digits).
fn words(wire: &str) -> Vec<&str> {
    let bytes = wire.as_bytes();
    let mut words = Vec::new();
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        if !b.is_ascii_alphabetic() {
            if let Some(s) = start.take() {
                words.push(&wire[s..i]);
            }
            continue;
        }
        if let Some(s) = start {
            let prev = bytes[i - 1];
            let next_lower = bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase);
            let boundary =
                b.is_ascii_uppercase() && (prev.is_ascii_lowercase() || (prev.is_ascii_uppercase() && next_lower));
            if boundary {
                words.push(&wire[s..i]);
                start = Some(i);
            }
        } else {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        words.push(&wire[s..]);
    }
    words
}

/// Whether `names` (words of a wire name) end with the words of `entry`; compared from the
/// end, without allocating, as the emulator asks for every member it shows.
fn ends_with(names: &[&str], entry: &str) -> bool {
    let mut names = names.iter().rev();
    entry.rsplit(' ').all(|word| names.next().is_some_and(|name| name.eq_ignore_ascii_case(word)))
}

/// Whether a member of this wire name holds a secret, by the module's one table of rules.
pub fn is_secret(wire: &str) -> bool {
    let names = words(wire);
    let Some(first) = names.first() else { return false };
    let mut longest: Option<(usize, Decides)> = None;
    for &(entry, decides, _) in RULES {
        match decides {
            LeadsFlag if first.eq_ignore_ascii_case(entry) => return false,
            LeadsFlag => {}
            EndsSecret | EndsNotSecret if ends_with(&names, entry) => {
                let len = entry.split(' ').count();
                if longest.is_none_or(|(best, _)| len > best) {
                    longest = Some((len, decides));
                }
            }
            EndsSecret | EndsNotSecret => {}
        }
    }
    longest.is_some_and(|(_, decides)| decides == EndsSecret)
}

#[cfg(test)]
mod tests {
    use super::{Decides, RULES, is_secret, words};

    #[test]
    fn names_are_split_into_words_at_case_underscores_and_digits() {
        assert_eq!(words("SecretAccessKey"), ["Secret", "Access", "Key"]);
        assert_eq!(words("APIKey"), ["API", "Key"]);
        assert_eq!(words("db_pwd"), ["db", "pwd"]);
        assert_eq!(words("U2FToken"), ["U", "F", "Token"]);
        assert_eq!(words("S3SecretKey"), ["S", "Secret", "Key"]);
        assert_eq!(words("passWord"), ["pass", "Word"]);
        assert_eq!(words("PASSWORD"), ["PASSWORD"]);
        assert!(words("_2_").is_empty());
    }

    #[test]
    fn secrets_are_known_by_the_words_their_name_ends_with() {
        // Named in the hardening issue as missed by the rule before this one.
        let missed = "SecretString SecretBinary SecretAccessKey AccessKeySecret ApiAppSecret ClientSecret PassWord \
                      password passwd DbPwd Passphrase Secret";
        let caught = "Password LoginPassword SecretKey Token SessionToken PrivateKey VerifyCode VerificationCode \
                      Credentials GitTokenOrPassword";
        let any_case = "SECRET_KEY secret_access_key db_pwd newPassword PASS_WORD";
        for wire in [missed, caught, any_case].iter().flat_map(|names| names.split_whitespace()) {
            assert!(is_secret(wire), "{wire} is a secret");
        }
    }

    #[test]
    fn ids_counts_times_flags_and_cursors_are_not_secrets() {
        let ids = "ClientToken IdempotencyToken InstanceId SecretId SecretID SecretName KeyId KeyPairId TokenId";
        let counts_and_times = "TokenCount TotalToken TotalTokens TokenExpireTime PasswordUpdateTime WeakPassword";
        let facts_and_flags = "PasswordStrength PasswordLength IsSetPassword NeedPassword HasPwd U2FToken";
        let others = "NextToken NextPageToken PublicKey PublicEncryptKey ParamToken MissPassword Key Name _";
        let mainland = "InputToken OutputToken CacheToken UseToken NoSecret BoundPrivateKey DeleteBoundApiKeys";
        let names = [ids, counts_and_times, facts_and_flags, others, mainland];
        for wire in names.iter().flat_map(|names| names.split_whitespace()).chain([""]) {
            assert!(!is_secret(wire), "{wire} is not a secret");
        }
    }

    #[test]
    fn the_table_is_well_formed() {
        for (i, &(entry, decides, why)) in RULES.iter().enumerate() {
            assert!(!why.is_empty() && !entry.is_empty(), "entry {i}");
            assert_eq!(entry, entry.to_ascii_lowercase(), "entries are lowercase: {entry}");
            assert!(entry.split(' ').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic())), "{entry}");
            assert!(decides != Decides::LeadsFlag || !entry.contains(' '), "a predicate is one word: {entry}");
            assert!(RULES[..i].iter().all(|&(other, ..)| other != entry), "{entry} twice");
        }
    }
}
