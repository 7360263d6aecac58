//! Where a call goes: the default host of a service, or an explicit override.

use crate::{Error, Result};

/// A checked endpoint: the URL to POST to and the Host header that is signed and sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Endpoint {
    pub(crate) url: reqwest::Url,
    pub(crate) host: String,
    pub(crate) is_loopback: bool,
}

impl Endpoint {
    /// `https://<service>.<root_domain>/`.
    pub(crate) fn for_service(service: &str, root_domain: &str) -> Result<Self> {
        Endpoint::for_host(format!("{service}.{root_domain}"))
    }

    /// `https://<host>/`.
    pub(crate) fn for_host(host: String) -> Result<Self> {
        let url = reqwest::Url::parse(&format!("https://{host}/"))
            .map_err(|e| Error::config(format!("`{host}` is not a host name: {e}")))?;
        Ok(Endpoint { url, host, is_loopback: false })
    }

    /// A full URL given by the user: HTTPS anywhere, plain HTTP only on loopback, path `/`.
    pub(crate) fn parse(text: &str) -> Result<Self> {
        let bad = |why: &str| Error::config(format!("invalid endpoint `{text}`: {why}"));
        let url = reqwest::Url::parse(text).map_err(|e| bad(&e.to_string()))?;
        let host_name = url.host_str().ok_or_else(|| bad("no host"))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(bad("credentials in the URL are not allowed"));
        }
        if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
            return Err(bad("expected no path, query or fragment (TC3 signs path `/`)"));
        }
        let is_loopback = is_loopback(host_name);
        match url.scheme() {
            "https" => {}
            "http" if is_loopback => {}
            "http" => return Err(bad("plain HTTP is only allowed to a loopback address; use https")),
            other => return Err(bad(&format!("unsupported scheme `{other}`"))),
        }
        let host = match url.port() {
            Some(port) => format!("{host_name}:{port}"),
            None => host_name.to_owned(),
        };
        Ok(Endpoint { url, host, is_loopback })
    }
}

fn is_loopback(host: &str) -> bool {
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn default_endpoint_is_the_international_site() {
        let e = Endpoint::for_service("intlpartnersmgt", crate::Site::default().root_domain()).unwrap();
        assert_eq!(e.url.as_str(), "https://intlpartnersmgt.intl.tencentcloudapi.com/");
        assert_eq!(e.host, "intlpartnersmgt.intl.tencentcloudapi.com");
        let e = Endpoint::for_service("cvm", crate::Site::Mainland.root_domain()).unwrap();
        assert_eq!((e.url.as_str(), e.host.as_str()), ("https://cvm.tencentcloudapi.com/", "cvm.tencentcloudapi.com"));
    }

    #[test]
    fn loopback_may_use_http_and_keeps_its_port_in_the_host() {
        let e = Endpoint::parse("http://127.0.0.1:8080").unwrap();
        assert_eq!((e.url.as_str(), e.host.as_str()), ("http://127.0.0.1:8080/", "127.0.0.1:8080"));
        assert_eq!(Endpoint::parse("http://[::1]:9000/").unwrap().host, "[::1]:9000");
        assert_eq!(Endpoint::parse("http://localhost:1/").unwrap().host, "localhost:1");
    }

    #[test]
    fn https_default_port_is_not_part_of_the_host() {
        assert_eq!(Endpoint::parse("https://example.com:443").unwrap().host, "example.com");
    }

    #[test]
    fn plain_http_elsewhere_paths_and_garbage_are_refused() {
        for bad in
            ["http://example.com", "https://example.com/v3", "ftp://127.0.0.1", "not a url", "https://u:p@example.com"]
        {
            assert_eq!(Endpoint::parse(bad).unwrap_err().kind(), ErrorKind::Config, "{bad}");
        }
    }
}
