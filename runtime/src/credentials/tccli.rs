//! Credentials tccli stores: `~/.tccli/<profile>.credential`, a JSON object.

use std::path::PathBuf;

use serde::Deserialize;

use super::{Credentials, CredentialsFuture, ProvideCredentials, home_dir, read_if_exists};
use crate::{Error, Result};

/// Reads the credential file of a tccli profile (default `default`).
#[derive(Debug, Clone)]
pub struct TccliProvider {
    path: Option<PathBuf>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TccliFile {
    secret_id: Option<String>,
    secret_key: Option<String>,
    token: Option<String>,
}

impl Default for TccliProvider {
    fn default() -> Self {
        Self::profile("default")
    }
}

impl TccliProvider {
    /// `~/.tccli/default.credential`.
    pub fn new() -> Self {
        Self::default()
    }

    /// `~/.tccli/<name>.credential`.
    pub fn profile(name: &str) -> Self {
        TccliProvider { path: home_dir().map(|home| home.join(".tccli").join(format!("{name}.credential"))) }
    }

    /// Read this file instead.
    #[must_use]
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    pub(crate) fn describe(&self) -> String {
        match &self.path {
            Some(p) => format!("tccli file {}", p.display()),
            None => "tccli file ~/.tccli/<profile>.credential (HOME is not set)".to_owned(),
        }
    }

    /// The credentials, `Ok(None)` when the file does not exist.
    pub(crate) fn load(&self) -> Result<Option<Credentials>> {
        let Some(path) = &self.path else { return Ok(None) };
        let Some(text) = read_if_exists(path)? else { return Ok(None) };
        let file: TccliFile = serde_json::from_str(&text)
            .map_err(|e| Error::credentials(format!("{} is not a tccli credential file: {e}", path.display())))?;
        let nonempty = |v: Option<String>| v.filter(|v| !v.is_empty());
        match (nonempty(file.secret_id), nonempty(file.secret_key)) {
            (Some(id), Some(key)) => Ok(Some(match nonempty(file.token) {
                Some(token) => Credentials::new(id, key).with_token(token),
                None => Credentials::new(id, key),
            })),
            _ => Err(Error::credentials(format!("{} has no secretId and secretKey", path.display()))),
        }
    }
}

impl ProvideCredentials for TccliProvider {
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
    fn reads_tccli_json_with_its_token_and_refuses_a_file_without_keys() {
        let dir = std::env::temp_dir().join(format!("tc3-tccli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("default.credential");
        std::fs::write(&good, r#"{"secretId": "AKIDtccli", "secretKey": "k", "token": "t"}"#).unwrap();
        let creds = TccliProvider::new().path(&good).load().unwrap().unwrap();
        assert_eq!((creds.secret_id(), creds.token()), ("AKIDtccli", Some("t")));

        let bad = dir.join("ops.credential");
        std::fs::write(&bad, r#"{"secretId": ""}"#).unwrap();
        assert!(TccliProvider::new().path(&bad).load().is_err());
        assert!(TccliProvider::new().path(dir.join("absent.credential")).load().unwrap().is_none());
    }
}
