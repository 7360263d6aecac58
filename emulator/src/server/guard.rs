//! The door, in front of every route: which requests the emulator answers at all.
//!
//! Anyone who can reach the emulator can sign for it (its demo key pair is published), and
//! when recording it re-signs calls with the user's real key. Listening on loopback keeps
//! other machines out, but not the user's own browser, which any web page can make send
//! requests to loopback. So the emulator refuses two things a browser does for a page:
//!
//! - **A foreign `Host`** (DNS rebinding: `attacker.example` made to resolve to 127.0.0.1,
//!   so that its pages can read the answers). Accepted: loopback names (`localhost`,
//!   `127.x.x.x`, `[::1]`), the address the emulator listens on (any address, when it
//!   listens on all of them), names ending in `.tencentcloudapi.com` (the service hosts it
//!   emulates; an attacker cannot make their pages live there), and the names given to
//!   `Builder::allow_host`; any port. A request without `Host` (not from a browser) passes.
//! - **A cross-site request.** When the request has an `Origin`, that page must be the
//!   emulator's own (`Origin` equals the `Host` it was sent to), on loopback, or on an
//!   allowed name; `null` (sandboxed or local-file pages) is refused. Without `Origin`
//!   (a browser's GET from `<img>`, `<script>`, a link), `Sec-Fetch-Site` decides:
//!   `cross-site` is refused, and `same-site` too unless the `Host` is on loopback (then
//!   the page is on this machine's loopback too; elsewhere a sibling subdomain could send
//!   it). One exception: a link followed to the page (`GET /_emulator/` as a top-level
//!   navigation) shows it, as the sender cannot read it. Older browsers send neither
//!   header on a GET; for them the `Host` check is what remains.
//!
//! API calls are refused in the API's envelope (`_emulator.HostNotAllowed`,
//! `_emulator.CrossSiteRequest`) with HTTP 403, the other routes with a 403 JSON error.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header::{CONTENT_TYPE, HOST, ORIGIN};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::envelope::{self, ApiError};
use crate::shared::Shared;

/// Whom the emulator answers, besides loopback and the service hosts.
#[derive(Debug)]
pub(crate) struct Guard {
    /// The address listened on; unspecified (`0.0.0.0`, `::`) for all of the machine's.
    listen: IpAddr,
    /// Names given to `Builder::allow_host`, as [`host_name`] writes them.
    allowed: Vec<String>,
    /// For the request ids of refused API calls.
    shared: Arc<Shared>,
}

/// Why a request is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    ForeignHost(String),
    CrossSite(String),
}

impl Guard {
    /// A guard for an emulator listening on `listen`, also answering the `allowed` names
    /// (each already checked with [`allowed_name`]).
    pub(crate) fn new(listen: IpAddr, allowed: Vec<String>, shared: Arc<Shared>) -> Self {
        Guard { listen, allowed, shared }
    }

    /// Why a request with these method, path and headers is refused, if it is; the rule is
    /// in the module's documentation.
    pub(crate) fn refusal(&self, method: &Method, path: &str, headers: &HeaderMap) -> Option<Refusal> {
        let host = match headers.get(HOST) {
            None => None,
            Some(value) => {
                let text = value.to_str().unwrap_or_default();
                match host_name(text).filter(|name| self.is_own_host(name)) {
                    Some(_) => Some(text),
                    None => return Some(Refusal::ForeignHost(text.to_owned())),
                }
            }
        };
        if let Some(origin) = headers.get(ORIGIN) {
            let origin = origin.to_str().unwrap_or_default();
            return (!self.is_trusted_origin(origin, host))
                .then(|| Refusal::CrossSite(format!("of another origin (`{origin}`)")));
        }
        let fetch = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let on_loopback = host.and_then(host_name).is_some_and(|name| is_loopback(&name));
        let refused = match fetch("sec-fetch-site") {
            "cross-site" => true,
            "same-site" => !on_loopback,
            _ => false,
        };
        let shows_the_page = method == Method::GET
            && matches!(path, "/_emulator" | "/_emulator/")
            && fetch("sec-fetch-mode") == "navigate"
            && fetch("sec-fetch-dest") == "document";
        (refused && !shows_the_page)
            .then(|| Refusal::CrossSite(format!("of another site (Sec-Fetch-Site: {})", fetch("sec-fetch-site"))))
    }

    fn is_own_host(&self, name: &str) -> bool {
        let ip = ip_of(name);
        is_loopback(name)
            || name.ends_with(".tencentcloudapi.com")
            || self.allowed.iter().any(|a| a == name)
            || ip.is_some_and(|ip| ip == self.listen || self.listen.is_unspecified())
    }

    /// Whether a page at `origin` may send requests: the emulator's own page (its origin is
    /// the `host` the request went to), or a page on loopback or on an allowed name.
    fn is_trusted_origin(&self, origin: &str, host: Option<&str>) -> bool {
        let Some((_scheme, authority)) = origin.split_once("://") else { return false };
        if host.is_some_and(|host| host.eq_ignore_ascii_case(authority)) {
            return true;
        }
        host_name(authority).is_some_and(|name| is_loopback(&name) || self.allowed.contains(&name))
    }

    fn refuse(&self, refusal: Refusal, path: &str) -> Response {
        let error = match refusal {
            Refusal::ForeignHost(host) => ApiError::new(
                "_emulator.HostNotAllowed",
                format!(
                    "The emulator does not answer requests for the host `{host}`, so that a web page cannot reach \
                     it by a name of its own (DNS rebinding). It answers localhost, 127.0.0.1, [::1], the address \
                     it listens on and *.tencentcloudapi.com; allow another name with --allow-host NAME \
                     (Builder::allow_host)."
                ),
            ),
            Refusal::CrossSite(page) => ApiError::new(
                "_emulator.CrossSiteRequest",
                format!(
                    "A browser sent this request for a page {page}. The emulator answers its own origin and pages \
                     on loopback only, as anyone may sign for it with the published demo key."
                ),
            ),
        };
        let body = if path == "/" {
            envelope::error_body(&error, &self.shared.next_request_id())
        } else {
            serde_json::to_vec(&json!({"error": error.message})).unwrap_or_default()
        };
        (StatusCode::FORBIDDEN, [(CONTENT_TYPE, "application/json")], body).into_response()
    }
}

/// The middleware: a refused request goes no further.
pub(crate) async fn check(State(guard): State<Arc<Guard>>, request: Request, next: Next) -> Response {
    match guard.refusal(request.method(), request.uri().path(), request.headers()) {
        Some(refusal) => guard.refuse(refusal, request.uri().path()),
        None => next.run(request).await,
    }
}

/// The name a name given to `Builder::allow_host` is matched as, or why it is not one.
pub(crate) fn allowed_name(name: &str) -> Result<String, String> {
    let has_port = if name.starts_with('[') { !name.ends_with(']') } else { name.contains(':') };
    host_name(name).filter(|_| !has_port).ok_or_else(|| {
        format!("cannot allow the host `{name}`: expected a name or an IP address, without scheme or port")
    })
}

/// The name in a `Host` header or an origin's authority (`name[:port]`, `[v6][:port]`),
/// lowercase and without a final dot; `None` when it is no host name.
fn host_name(authority: &str) -> Option<String> {
    let is_port = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = authority.strip_prefix('[') {
        let (v6, after) = rest.split_once(']')?;
        v6.parse::<Ipv6Addr>().ok()?;
        return (after.is_empty() || after.strip_prefix(':').is_some_and(is_port))
            .then(|| format!("[{}]", v6.to_ascii_lowercase()));
    }
    let name = match authority.rsplit_once(':') {
        Some((name, port)) if is_port(port) => name,
        Some(_) => return None,
        None => authority,
    };
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    let is_label = |l: &str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    name.split('.').all(is_label).then_some(name)
}

/// The address a host name is, when it is one.
fn ip_of(name: &str) -> Option<IpAddr> {
    match name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        Some(v6) => v6.parse::<Ipv6Addr>().ok().map(|ip| ip.to_canonical()),
        None => name.parse::<Ipv4Addr>().ok().map(IpAddr::V4),
    }
}

fn is_loopback(name: &str) -> bool {
    name == "localhost" || ip_of(name).is_some_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Builder;

    fn guard(listen: [u8; 4], allowed: &[&str]) -> Guard {
        let shared = Arc::new(Builder::default().test_shared().0);
        Guard::new(IpAddr::from(listen), allowed.iter().map(|a| allowed_name(a).unwrap()).collect(), shared)
    }

    fn refused(guard: &Guard, path: &str, headers: &[(&'static str, &str)]) -> Option<Refusal> {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.insert(*name, value.parse().unwrap());
        }
        guard.refusal(&Method::GET, path, &map)
    }

    #[test]
    fn host_names_are_read_as_browsers_send_them() {
        assert_eq!(host_name("LocalHost:8080").as_deref(), Some("localhost"));
        assert_eq!(host_name("cvm.tencentcloudapi.com.").as_deref(), Some("cvm.tencentcloudapi.com"));
        assert_eq!(host_name("[::1]:80").as_deref(), Some("[::1]"));
        assert_eq!(host_name("[::1]x"), None);
        assert_eq!(host_name("a b"), None);
        assert_eq!(host_name("evil.example:80:80"), None);
        assert_eq!(host_name("http://x"), None);
        assert!(is_loopback("[::ffff:127.0.0.1]") && is_loopback("127.9.9.9") && !is_loopback("127.0.0.1.nip.io"));
    }

    #[test]
    fn allowed_names_carry_no_scheme_or_port() {
        assert_eq!(allowed_name("Emulator.Internal.").as_deref(), Ok("emulator.internal"));
        assert_eq!(allowed_name("10.0.0.7").as_deref(), Ok("10.0.0.7"));
        assert!(allowed_name("emulator:8080").is_err());
        assert!(allowed_name("http://emulator").is_err());
        assert!(allowed_name("").is_err());
    }

    #[test]
    fn the_listen_address_is_a_host_and_all_addresses_are_when_listening_on_all() {
        let on_lan = guard([192, 168, 1, 5], &[]);
        assert_eq!(refused(&on_lan, "/", &[("host", "192.168.1.5:8080")]), None);
        assert!(refused(&on_lan, "/", &[("host", "192.168.1.6:8080")]).is_some());
        let everywhere = guard([0, 0, 0, 0], &[]);
        assert_eq!(refused(&everywhere, "/", &[("host", "192.168.1.6:8080")]), None);
        assert!(refused(&everywhere, "/", &[("host", "lan-name")]).is_some());
    }

    #[test]
    fn origin_decides_over_sec_fetch_site() {
        let g = guard([127, 0, 0, 1], &["emulator.test"]);
        let from = |origin, site| {
            refused(&g, "/", &[("host", "127.0.0.1:8080"), ("origin", origin), ("sec-fetch-site", site)])
        };
        // localhost and 127.0.0.1 are different sites to a browser, both loopback here.
        assert_eq!(from("http://localhost:3000", "cross-site"), None);
        assert_eq!(from("http://emulator.test", "cross-site"), None);
        assert!(from("http://evil.example", "same-origin").is_some(), "Origin is not the browser's to forge");
        let own = refused(&g, "/", &[("host", "emulator.test:9000"), ("origin", "http://emulator.test:9000")]);
        assert_eq!(own, None);
        assert!(refused(&g, "/", &[("host", "127.0.0.1"), ("sec-fetch-site", "cross-site")]).is_some());
        assert_eq!(refused(&g, "/", &[("host", "127.0.0.1"), ("sec-fetch-site", "none")]), None);
        assert_eq!(refused(&g, "/", &[]), None, "no Host, no browser");
    }
}
