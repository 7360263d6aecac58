//! The HTTP client calls go through: built from the connect timeout, proxy and extra root
//! certificates, or brought by the user.

use std::fmt;
use std::time::Duration;

use super::builder::DEFAULT_CONNECT_TIMEOUT;
use crate::{Error, Result};

/// How to make the HTTP client.
#[derive(Debug)]
pub(super) struct Transport {
    pub(super) connect_timeout: Duration,
    pub(super) proxy: Option<ProxyUrl>,
    pub(super) root_certificates: Vec<Vec<u8>>,
    pub(super) own: Option<HttpClient>,
}

impl Default for Transport {
    fn default() -> Self {
        Transport { connect_timeout: DEFAULT_CONNECT_TIMEOUT, proxy: None, root_certificates: Vec::new(), own: None }
    }
}

impl Transport {
    /// The client; `loopback` says whether every call goes to a loopback endpoint, which the
    /// environment's proxy settings never apply to.
    pub(super) fn build(self, loopback: bool) -> Result<HttpClient> {
        if let Some(own) = self.own {
            if self.proxy.is_some() || !self.root_certificates.is_empty() {
                return Err(Error::config(
                    "a client of one's own (http_client) brings its own proxy and certificates; \
                     set them on it, not on the builder",
                ));
            }
            return Ok(own);
        }
        if self.connect_timeout.is_zero() {
            return Err(Error::config("connect timeout must be longer than zero"));
        }
        let mut http = reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .user_agent(super::USER_AGENT)
            .redirect(reqwest::redirect::Policy::none());
        match &self.proxy {
            Some(url) => {
                let invalid = || Error::config(format!("invalid proxy URL `{url:?}`: expected http:// or https://"));
                if !(url.0.starts_with("http://") || url.0.starts_with("https://")) {
                    return Err(invalid());
                }
                let proxy = reqwest::Proxy::all(url.0.as_str()).map_err(|_| invalid())?;
                http = http.proxy(proxy.no_proxy(reqwest::NoProxy::from_env()));
            }
            None if loopback => http = http.no_proxy(),
            None => {}
        }
        for (i, pem) in self.root_certificates.iter().enumerate() {
            let not_pem = || Error::config(format!("root certificate {} is not a PEM certificate", i + 1));
            let certificates = reqwest::Certificate::from_pem_bundle(pem).map_err(|e| not_pem().with_source(e))?;
            if certificates.is_empty() {
                return Err(not_pem());
            }
            for certificate in certificates {
                http = http.add_root_certificate(certificate);
            }
        }
        http.build().map(HttpClient).map_err(|e| Error::config("cannot build the HTTP client").with_source(e))
    }
}

/// A proxy URL, whose password never shows: `Debug` writes `<redacted>` in its place.
pub(super) struct ProxyUrl(pub(super) String);

impl fmt::Debug for ProxyUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match reqwest::Url::parse(&self.0) {
            Ok(mut url) if url.password().is_some() => {
                let _ = url.set_password(Some("REDACTED"));
                f.write_str(&url.as_str().replacen(":REDACTED@", ":<redacted>@", 1))
            }
            Ok(url) => f.write_str(url.as_str()),
            Err(_) => f.write_str("<unparsable proxy URL>"),
        }
    }
}

/// The HTTP client, shown in `Debug` by name only (its own `Debug` lists its proxies).
#[derive(Clone)]
pub(super) struct HttpClient(pub(super) reqwest::Client);

impl fmt::Debug for HttpClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("reqwest::Client")
    }
}
