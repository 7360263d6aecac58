//! Credentials from the profile file `~/.tencentcloud/credentials`, or
//! `/etc/tencentcloud/credentials` when the first does not exist.
//!
//! ```ini
//! [default]
//! secret_id = AKID...
//! secret_key = ...
//! token = ...        ; optional
//! ```

use std::path::PathBuf;

use super::{Credentials, CredentialsFuture, ProvideCredentials};
use crate::{Error, Result};

/// Reads one section (default `default`) of the first INI credentials file that exists.
#[derive(Debug, Clone)]
pub struct ProfileProvider {
    paths: Vec<PathBuf>,
    profile: String,
}

/// The system-wide profile file, read when the user has none.
const SYSTEM_PATH: &str = "/etc/tencentcloud/credentials";

impl Default for ProfileProvider {
    fn default() -> Self {
        let home = super::home_dir().map(|home| home.join(".tencentcloud").join("credentials"));
        ProfileProvider {
            paths: home.into_iter().chain([PathBuf::from(SYSTEM_PATH)]).collect(),
            profile: "default".into(),
        }
    }
}

impl ProfileProvider {
    /// The `[default]` section of `~/.tencentcloud/credentials`, else of
    /// `/etc/tencentcloud/credentials`.
    pub fn new() -> Self {
        Self::default()
    }

    /// Read only `path`.
    #[must_use]
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.paths = vec![path.into()];
        self
    }

    /// Read section `[profile]` instead of `[default]`.
    #[must_use]
    pub fn profile(mut self, profile: impl Into<String>) -> Self {
        self.profile = profile.into();
        self
    }

    /// Where this provider looks, for error messages.
    pub(crate) fn describe(&self) -> String {
        let paths: Vec<String> = self.paths.iter().map(|p| p.display().to_string()).collect();
        format!("profile files {} [{}]", paths.join(", "), self.profile)
    }

    /// The credentials, `Ok(None)` when no file exists.
    pub(crate) fn load(&self) -> Result<Option<Credentials>> {
        let Some((path, text)) = self.paths.iter().find_map(|p| super::read_if_exists(p).transpose().map(|t| (p, t)))
        else {
            return Ok(None);
        };
        let text = text?;
        let section = parse_section(&text, &self.profile);
        let get = |key: &str| section.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        match (get("secret_id"), get("secret_key")) {
            (Some(id), Some(key)) => {
                let creds = Credentials::new(id, key);
                Ok(Some(match get("token") {
                    Some(token) => creds.with_token(token),
                    None => creds,
                }))
            }
            _ => Err(Error::credentials(format!(
                "{} has no secret_id and secret_key in section [{}]",
                path.display(),
                self.profile
            ))),
        }
    }
}

/// The non-empty `key = value` pairs of one INI section; `;` and `#` start comments.
fn parse_section(text: &str, wanted: &str) -> Vec<(String, String)> {
    let mut in_section = false;
    let mut pairs = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with(';') || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            in_section = name.trim() == wanted;
            continue;
        }
        if in_section {
            if let Some((k, v)) = line.split_once('=') {
                let v = v.trim();
                if !v.is_empty() {
                    pairs.push((k.trim().to_owned(), v.to_owned()));
                }
            }
        }
    }
    pairs
}

impl ProvideCredentials for ProfileProvider {
    fn credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(
            async move { self.load()?.ok_or_else(|| Error::credentials(format!("{} not found", self.describe()))) },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_named_section_only() {
        let text = "[other]\nsecret_id = AKIDother\nsecret_key = k1\n\n[default]\n; comment\nsecret_id = AKIDmain \nsecret_key=k2\n";
        let pairs = parse_section(text, "default");
        assert_eq!(pairs, vec![("secret_id".into(), "AKIDmain".into()), ("secret_key".into(), "k2".into())]);
    }

    #[test]
    fn the_system_file_is_read_when_the_user_has_none() {
        let dir = std::env::temp_dir().join(format!("tc3-profile-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let system = dir.join("system-credentials");
        std::fs::write(&system, "[ops]\nsecret_id = AKIDsystem\nsecret_key = k\n").unwrap();
        let provider = ProfileProvider { paths: vec![dir.join("missing"), system], profile: "ops".into() };
        assert_eq!(provider.load().unwrap().unwrap().secret_id(), "AKIDsystem");
    }
}
