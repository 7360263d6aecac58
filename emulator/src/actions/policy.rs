//! The products a commission policy covers: `StandardPolicy<year>` for each year up to the
//! current one, each a seed-chosen part of a fixed catalog of billing components.

use serde_json::{Map, Value, json};

use tc3::intlpartnersmgt::v20220928::QueryPolicyProductListByCode;

use super::{Answer, Ctx};
use crate::clock::month;
use crate::envelope::ApiError;
use crate::random::hash;

/// (product code, name, sub-product code, name, [(component type code, name, component code, name)]).
type Entry = (&'static str, &'static str, &'static str, &'static str, &'static [(&'static str, &'static str)]);

const CATALOG: &[Entry] = &[
    ("p_cvm", "Cloud Virtual Machine(CVM)", "sp_cvm_s5", "CVM Standard S5", &[("cpu", "CPU"), ("mem", "Memory")]),
    (
        "p_cvm",
        "Cloud Virtual Machine(CVM)",
        "sp_cvm_oc3",
        "CVM Offline Computing OC3",
        &[("cpu", "CPU"), ("mem", "Memory")],
    ),
    (
        "p_cvm",
        "Cloud Virtual Machine(CVM)",
        "sp_cvm_m5",
        "CVM Memory Optimized M5",
        &[("cpu", "CPU"), ("mem", "Memory")],
    ),
    ("p_cbs", "Cloud Block Storage(CBS)", "sp_cbs_premium", "Premium cloud block storage", &[("size", "volume size")]),
    ("p_cbs", "Cloud Block Storage(CBS)", "sp_cbs_ssd", "SSD cloud block storage", &[("size", "volume size")]),
    (
        "p_cos",
        "Cloud Object Storage(COS)",
        "sp_cos_standard",
        "COS Standard storage",
        &[("storage", "storage"), ("request", "requests")],
    ),
    ("p_cdn", "Content Delivery Network(CDN)", "sp_cdn_traffic", "CDN traffic", &[("traffic", "traffic")]),
    (
        "p_cdb",
        "TencentDB for MySQL",
        "sp_cdb_ha",
        "MySQL two-node",
        &[("cpu", "CPU"), ("mem", "Memory"), ("disk", "disk")],
    ),
];

/// The rows of policy `code`, or none for a code that is not a policy.
fn products(seed: u64, code: &str, now: u64) -> Vec<Value> {
    let year = code.strip_prefix("StandardPolicy").filter(|y| y.len() == 4).and_then(|y| y.parse::<u32>().ok());
    let current: u32 = month(now)[..4].parse().unwrap_or(0);
    let Some(year) = year.filter(|y| (2020..=current).contains(y)) else { return Vec::new() };
    CATALOG
        .iter()
        .flat_map(|(product, product_name, sub, sub_name, components)| {
            components.iter().map(move |(component, component_name)| {
                json!({
                    "PolicyCode": code, "ProductCode": product, "ProductName": product_name,
                    "SubProductCode": sub, "SubProductName": sub_name,
                    "ComponentTypeCode": format!("v_{component}"), "ComponentTypeName": component_name,
                    "ComponentCode": format!("sv_{}_{component}", &sub[3..]),
                    "ComponentName": format!("{sub_name}-{component_name}"),
                    "StartDate": format!("{year}-01-01 00:00:00"), "EndDate": format!("{year}-12-31 00:00:00"),
                })
            })
        })
        .filter(|row| hash(seed, &format!("{code}/{}", row["ComponentCode"])) % 4 != 0)
        .collect()
}

pub(crate) fn query_policy_product_list_by_code(r: QueryPolicyProductListByCode, cx: &mut Ctx<'_>) -> Answer {
    let (page, size) = (r.page.unwrap_or(1), r.page_size.unwrap_or(200));
    if page < 1 || !(1..=200).contains(&size) {
        return Err(ApiError::new("InvalidParameterValue", "Page must be at least 1 and PageSize 1 to 200."));
    }
    // Codes match exactly, names in part and in any case; absent or empty, everything.
    let is = |wanted: &Option<String>, field: &str, row: &Value| {
        wanted.as_deref().is_none_or(|w| w.is_empty() || row[field] == w)
    };
    let contains = |wanted: &Option<String>, field: &str, row: &Value| {
        let wanted = wanted.as_deref().unwrap_or_default().to_lowercase();
        row[field].as_str().is_some_and(|v| v.to_lowercase().contains(&wanted))
    };
    let rows: Vec<Value> = products(cx.state.seed, &r.policy_code, cx.now)
        .into_iter()
        .filter(|row| is(&r.product_code, "ProductCode", row) && is(&r.sub_product_code, "SubProductCode", row))
        .filter(|row| {
            contains(&r.product_name, "ProductName", row) && contains(&r.sub_product_name, "SubProductName", row)
        })
        .collect();
    let total = rows.len();
    let mut out = Map::new();
    out.insert("ProductList".into(), Value::Array(super::page(r.page, r.page_size, 200, rows)));
    out.insert("Total".into(), json!(total));
    Ok(out)
}
