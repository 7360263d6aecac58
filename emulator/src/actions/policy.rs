//! The products a commission policy covers: `StandardPolicy<year>` for each year up to the
//! current one, each a seed-chosen part of a fixed catalog of billing components.

use serde_json::{Map, Value, json};

use super::{Answer, Ctx, int_param, str_param};
use crate::clock::month;
use crate::envelope::ApiError;
use crate::state::random::hash;

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

pub(crate) fn query_policy_product_list_by_code(p: &Value, cx: &mut Ctx<'_>) -> Answer {
    let page = int_param(p, "Page").unwrap_or(1);
    let size = int_param(p, "PageSize").unwrap_or(200);
    if page < 1 || !(1..=200).contains(&size) {
        return Err(ApiError::new("InvalidParameterValue", "Page must be at least 1 and PageSize 1 to 200."));
    }
    let is = |field: &str, row: &Value| str_param(p, field).is_empty() || row[field] == str_param(p, field);
    let contains = |field: &str, row: &Value| {
        let wanted = str_param(p, field).to_lowercase();
        row[field].as_str().is_some_and(|v| v.to_lowercase().contains(&wanted))
    };
    let rows: Vec<Value> = products(cx.state.seed, str_param(p, "PolicyCode"), cx.now)
        .into_iter()
        .filter(|r| is("ProductCode", r) && is("SubProductCode", r))
        .filter(|r| contains("ProductName", r) && contains("SubProductName", r))
        .collect();
    let total = rows.len();
    let mut out = Map::new();
    out.insert("ProductList".into(), Value::Array(super::page(p, size, rows)));
    out.insert("Total".into(), json!(total));
    Ok(out)
}
