//! The site tccli is set to: its profile's `~/.tccli/<profile>.configure` keeps one endpoint per
//! service (`"cvm": {"endpoint": "cvm.intl.tencentcloudapi.com", ...}`), which
//! `tccli configure set-root-domain internal.tencentcloudapi.com` rewrites for every service.

use std::path::Path;

use super::site::Site;
use crate::Result;
use crate::credentials::{home_dir, read_if_exists};

/// The site and root domain a tccli configuration file holds, read from its cvm endpoint (or,
/// without one, its first service's): `None` when the file or an endpoint is missing.
pub(super) fn from_file(path: &Path) -> Result<Option<(Site, String)>> {
    let Some(text) = read_if_exists(path)? else { return Ok(None) };
    let Ok(serde_json::Value::Object(services)) = serde_json::from_str::<serde_json::Value>(&text) else {
        return Ok(None);
    };
    let endpoint_of = |(name, entry): (&String, &serde_json::Value)| {
        let endpoint = entry.get("endpoint")?.as_str()?;
        // Auto Scaling is `autoscaling` in tccli and `as` in its host.
        let label = if name == "autoscaling" { "as" } else { name.as_str() };
        endpoint.strip_prefix(label)?.strip_prefix('.').map(str::to_owned)
    };
    let cvm = services.get_key_value("cvm").and_then(endpoint_of);
    let Some(root) = cvm.or_else(|| services.iter().find_map(endpoint_of)) else { return Ok(None) };
    let site = if root.ends_with("intl.tencentcloudapi.com") { Site::International } else { Site::Mainland };
    Ok(Some((site, root)))
}

/// [`from_file`] for the tccli profile `name` under `$HOME`.
pub(super) fn from_profile(name: &str) -> Result<Option<(Site, String)>> {
    match home_dir() {
        Some(home) => from_file(&home.join(".tccli").join(format!("{name}.configure"))),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(Site, String)> {
        let dir = std::env::temp_dir().join(format!("tc3-tccli-site-{}-{}", std::process::id(), text.len()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("default.configure");
        std::fs::write(&path, text).unwrap();
        let read = from_file(&path).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        read
    }

    #[test]
    fn the_site_follows_the_endpoints_tccli_keeps() {
        let intl = r#"{"_sys_param": {"region": "ap-singapore"}, "cvm": {"endpoint": "cvm.intl.tencentcloudapi.com"}}"#;
        assert_eq!(read(intl), Some((Site::International, "intl.tencentcloudapi.com".into())));
        let internal = r#"{"autoscaling": {"endpoint": "as.internal.tencentcloudapi.com", "version": "2018-04-19"}}"#;
        assert_eq!(read(internal), Some((Site::Mainland, "internal.tencentcloudapi.com".into())));
        let mainland =
            r#"{"vpc": {"endpoint": "vpc.tencentcloudapi.com"}, "cvm": {"endpoint": "cvm.tencentcloudapi.com"}}"#;
        assert_eq!(read(mainland), Some((Site::Mainland, "tencentcloudapi.com".into())));
    }

    #[test]
    fn no_file_or_no_endpoint_says_nothing() {
        assert_eq!(from_file(Path::new("/nonexistent/tc3/default.configure")).unwrap(), None);
        assert_eq!(read(r#"{"_sys_param": {"region": "ap-guangzhou"}}"#), None);
        assert_eq!(read("not json"), None);
    }
}
