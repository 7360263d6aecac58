//! The wire: the HTTP client calls go through (built from the connect timeout, proxy and
//! extra root certificates, or brought by the user), the headers each request carries, the
//! answer's body read under its cap, and reqwest's failures as tc3's errors.

use std::fmt;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HOST, HeaderMap, HeaderName, HeaderValue};

use super::config::{DEFAULT_CONNECT_TIMEOUT, Language};
use crate::{Error, ErrorKind, Payload, Result};

/// `User-Agent` and `X-TC-RequestClient` of every request.
const USER_AGENT: &str = concat!("tc3/", env!("CARGO_PKG_VERSION"));

// Header names built once, not parsed for every request.
const X_TC_ACTION: HeaderName = HeaderName::from_static("x-tc-action");
const X_TC_VERSION: HeaderName = HeaderName::from_static("x-tc-version");
const X_TC_TIMESTAMP: HeaderName = HeaderName::from_static("x-tc-timestamp");
const X_TC_REQUEST_CLIENT: HeaderName = HeaderName::from_static("x-tc-requestclient");
const X_TC_LANGUAGE: HeaderName = HeaderName::from_static("x-tc-language");
const X_TC_REGION: HeaderName = HeaderName::from_static("x-tc-region");
const X_TC_TOKEN: HeaderName = HeaderName::from_static("x-tc-token");

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
            .user_agent(USER_AGENT)
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

/// What one request says in its headers: the `Host`, `Content-Type` and `X-TC-Timestamp` that
/// were signed, the action, the call's settings, the members the payload sends as headers, and
/// the signature itself.
pub(super) struct Headers<'a> {
    pub(super) host: &'a str,
    pub(super) payload: &'a Payload,
    pub(super) action: &'a str,
    pub(super) version: &'a str,
    pub(super) timestamp: u64,
    pub(super) language: Language,
    pub(super) region: Option<&'a str>,
    pub(super) token: Option<&'a str>,
    pub(super) authorization: &'a str,
}

impl Headers<'_> {
    /// Writes these headers into `headers`; the token and signature marked sensitive.
    pub(super) fn write(&self, headers: &mut HeaderMap) -> Result<()> {
        let value = |name: &str, v: &str| {
            HeaderValue::from_str(v)
                .map_err(|_| Error::config(format!("{name} contains characters not allowed in a header")))
        };
        headers.reserve(10);
        headers.insert(HOST, value("host", self.host)?);
        headers.insert(CONTENT_TYPE, value("content type", self.payload.content_type())?);
        headers.insert(X_TC_ACTION, value("action", self.action)?);
        headers.insert(X_TC_VERSION, value("version", self.version)?);
        headers.insert(X_TC_TIMESTAMP, HeaderValue::from(self.timestamp));
        headers.insert(X_TC_REQUEST_CLIENT, HeaderValue::from_static(USER_AGENT));
        headers.insert(X_TC_LANGUAGE, HeaderValue::from_static(self.language.as_str()));
        if let Some(region) = self.region {
            headers.insert(X_TC_REGION, value("region", region)?);
        }
        if let Some(token) = self.token {
            let mut token = value("token", token)?;
            token.set_sensitive(true);
            headers.insert(X_TC_TOKEN, token);
        }
        for (name, member) in self.payload.headers() {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| Error::config(format!("`{name}` is not a valid header name")))?;
            headers.append(name.clone(), value(name.as_str(), member)?);
        }
        let mut authorization = value("authorization", self.authorization)?;
        authorization.set_sensitive(true);
        headers.insert(AUTHORIZATION, authorization);
        Ok(())
    }
}

/// Reads the answer, refusing bodies over `cap` bytes.
pub(super) async fn read_body(mut response: reqwest::Response, cap: usize) -> Result<Vec<u8>> {
    let status = response.status().as_u16();
    let too_large =
        || Error::new(ErrorKind::Decode, format!("answer is larger than the {cap}-byte limit")).with_status(status);
    if response.content_length().is_some_and(|len| len > cap as u64) {
        return Err(too_large());
    }
    let mut body = Vec::with_capacity(response.content_length().map_or(1024, |l| l as usize));
    while let Some(chunk) = response.chunk().await.map_err(error)? {
        if body.len() + chunk.len() > cap {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A failure of the connection as tc3's error: not connected, timed out, or broken on the way.
pub(super) fn error(e: reqwest::Error) -> Error {
    let error = if e.is_connect() {
        Error::new(ErrorKind::Connect, "cannot connect to the endpoint")
    } else if e.is_timeout() {
        Error::new(ErrorKind::Timeout, "attempt timeout expired")
    } else {
        Error::new(ErrorKind::Transport, "the connection failed during the call")
    };
    error.with_source(e)
}
