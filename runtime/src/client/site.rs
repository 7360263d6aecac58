//! The two sites of Tencent Cloud: one protocol, two defaults (the root domain of the hosts
//! and the language of the messages), as the official SDKs' two editions differ.

use super::config::Language;
use crate::{Error, Result};

/// A site of Tencent Cloud, whose defaults a client takes with
/// [`ClientBuilder::site`](crate::ClientBuilder::site).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Site {
    /// The international site: hosts `<service>.intl.tencentcloudapi.com`, messages in
    /// English. The default.
    #[default]
    International,
    /// The mainland (China) site: hosts `<service>.tencentcloudapi.com`, messages in
    /// Simplified Chinese.
    Mainland,
}

impl std::fmt::Display for Site {
    /// `international` or `mainland`, as [`Site::from_name`] reads it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Site::International => "international",
            Site::Mainland => "mainland",
        })
    }
}

impl Site {
    /// The root of the site's hosts: `intl.tencentcloudapi.com` or `tencentcloudapi.com`.
    pub fn root_domain(self) -> &'static str {
        match self {
            Site::International => "intl.tencentcloudapi.com",
            Site::Mainland => "tencentcloudapi.com",
        }
    }

    /// The language the site's official SDKs ask for by default.
    pub fn language(self) -> Language {
        match self {
            Site::International => Language::EnUs,
            Site::Mainland => Language::ZhCn,
        }
    }

    /// The site a name says: `international` (or `intl`) or `mainland` (or `cn`), in any case,
    /// as `TENCENTCLOUD_SITE` holds it.
    pub fn from_name(name: &str) -> Result<Site> {
        match name.trim().to_ascii_lowercase().as_str() {
            "international" | "intl" => Ok(Site::International),
            "mainland" | "cn" => Ok(Site::Mainland),
            _ => Err(Error::config(format!("unknown site `{name}`: expected `international` or `mainland`"))),
        }
    }
}

/// The refusal of an action the client's site lacks, before anything is sent: it names the
/// action and the sites that have it.
pub(super) fn check_action_site(service: &str, action: &str, version: &str, sites: &[Site], site: Site) -> Result<()> {
    if sites.contains(&site) {
        return Ok(());
    }
    let others: Vec<String> = sites.iter().map(|s| format!("the {s} site")).collect();
    let only = if others.is_empty() { "on no site".to_owned() } else { format!("only on {}", others.join(" and ")) };
    Err(Error::config(format!(
        "{service} {action} (version {version}) is {only}; this client calls the {site} site (ClientBuilder::site)"
    )))
}

/// Checks a root domain given by the user (`internal.tencentcloudapi.com`): a host name's
/// letters, digits, hyphens and dots, with no scheme, port or path.
pub(super) fn check_root_domain(root: &str) -> Result<()> {
    let labels_ok = root.split('.').all(|label| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    if root.len() > 253 || !labels_ok {
        return Err(Error::config(format!(
            "invalid root domain `{root}`: expected a host name such as `internal.tencentcloudapi.com`"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn each_site_has_the_official_defaults() {
        assert_eq!(Site::default(), Site::International);
        assert_eq!(
            (Site::International.root_domain(), Site::International.language()),
            ("intl.tencentcloudapi.com", Language::EnUs)
        );
        assert_eq!((Site::Mainland.root_domain(), Site::Mainland.language()), ("tencentcloudapi.com", Language::ZhCn));
    }

    #[test]
    fn sites_are_named_in_any_case() {
        assert_eq!(Site::from_name("Mainland").unwrap(), Site::Mainland);
        assert_eq!(Site::from_name(" intl ").unwrap(), Site::International);
        assert_eq!(Site::from_name("china").unwrap_err().kind(), ErrorKind::Config);
    }

    #[test]
    fn root_domains_are_host_names() {
        check_root_domain("internal.tencentcloudapi.com").unwrap();
        for bad in ["", "https://tencentcloudapi.com", "a..b", "tencentcloudapi.com/", "-x.com", "x.com:443"] {
            assert_eq!(check_root_domain(bad).unwrap_err().kind(), ErrorKind::Config, "{bad}");
        }
    }
}
