//! Reference data the service serves as is: country codes and industries.

use serde_json::{Map, Value, json};

use super::Answer;

/// (calling code, ISO 3166 alpha-2, alpha-3, English name).
pub(crate) const COUNTRIES: &[(&str, &str, &str, &str)] = &[
    ("852", "HK", "HKG", "Hong Kong, China"),
    ("853", "MO", "MAC", "Macao, China"),
    ("886", "TW", "TWN", "Taiwan, China"),
    ("86", "CN", "CHN", "Chinese Mainland"),
    ("65", "SG", "SGP", "Singapore"),
    ("60", "MY", "MYS", "Malaysia"),
    ("62", "ID", "IDN", "Indonesia"),
    ("63", "PH", "PHL", "Philippines"),
    ("66", "TH", "THA", "Thailand"),
    ("84", "VN", "VNM", "Vietnam"),
    ("81", "JP", "JPN", "Japan"),
    ("82", "KR", "KOR", "South Korea"),
    ("91", "IN", "IND", "India"),
    ("971", "AE", "ARE", "United Arab Emirates"),
    ("966", "SA", "SAU", "Saudi Arabia"),
    ("61", "AU", "AUS", "Australia"),
    ("64", "NZ", "NZL", "New Zealand"),
    ("1", "US", "USA", "United States"),
    ("44", "GB", "GBR", "United Kingdom"),
    ("49", "DE", "DEU", "Germany"),
    ("33", "FR", "FRA", "France"),
    ("55", "BR", "BRA", "Brazil"),
    ("52", "MX", "MEX", "Mexico"),
    ("7", "RU", "RUS", "Russia"),
    ("380", "UA", "UKR", "Ukraine"),
    ("355", "AL", "ALB", "Albania"),
];

/// Calling codes the partner API refuses for new accounts.
pub(crate) const UNSUPPORTED_COUNTRY_CODES: &[&str] = &["7", "380", "86"];

/// (id, name) of an industry.
type Trade = (&'static str, &'static str);

/// Industries and their sub-industries.
pub(crate) const TRADES: &[(&str, &str, &[Trade])] = &[
    ("kghy_01", "Agriculture", &[("kghy_0101", "Farming"), ("kghy_0102", "Fishery")]),
    ("kghy_02", "Retail", &[("kghy_0201", "E-commerce"), ("kghy_0202", "Stores")]),
    ("kghy_03", "Games", &[("kghy_0301", "Mobile games"), ("kghy_0302", "PC games")]),
    ("kghy_04", "Finance", &[("kghy_0401", "Banking"), ("kghy_0402", "Insurance")]),
    ("kghy_05", "Education", &[("kghy_0501", "Online courses")]),
];

pub(crate) fn get_country_codes() -> Answer {
    let data: Vec<Value> = COUNTRIES
        .iter()
        .map(|(code, ios2, ios3, name)| json!({"EnName": name, "Name": name, "IOS2": ios2, "IOS3": ios3, "Code": code}))
        .collect();
    let mut out = Map::new();
    out.insert("Data".into(), Value::Array(data));
    Ok(out)
}

pub(crate) fn get_trade_config_list() -> Answer {
    let list: Vec<Value> = TRADES
        .iter()
        .map(|(id, name, children)| {
            let children: Vec<Value> =
                children.iter().map(|(cid, cname)| json!({"Id": cid, "Name": cname, "TradeInfo": cid})).collect();
            json!({"Id": id, "Name": name, "Children": children})
        })
        .collect();
    let mut out = Map::new();
    out.insert("TradeList".into(), Value::Array(list));
    Ok(out)
}

/// The ISO code of a calling code the list knows.
pub(crate) fn area_of(country_code: &str) -> Option<&'static str> {
    COUNTRIES.iter().find(|c| c.0 == country_code).map(|c| c.1)
}

/// Whether `two` is a sub-industry of `one`.
pub(crate) fn is_trade_pair(one: &str, two: &str) -> bool {
    TRADES.iter().any(|(id, _, children)| *id == one && children.iter().any(|c| c.0 == two))
}
