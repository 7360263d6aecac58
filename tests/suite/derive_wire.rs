//! How derived types read and write JSON: the members a user would send or receive, and the
//! errors a malformed answer gets.

use serde_json::json;

/// An object with a required member, optional ones, a renamed one and a nested list.
#[derive(tc3::Object, Clone, PartialEq)]
pub struct Order {
    /// Required.
    pub order_id: String,
    /// Optional number.
    pub amount: Option<u32>,
    /// Renamed on the wire.
    #[tc3(rename = "UIN")]
    pub uin: Option<String>,
    /// Nested objects.
    pub lines: Option<Vec<Line>>,
}

/// A nested object.
#[derive(tc3::Object, Clone, PartialEq)]
pub struct Line {
    /// Required.
    pub sku: String,
}

/// A type whose name a generated impl could shadow with a type parameter.
#[derive(tc3::Object, Clone, PartialEq)]
pub struct A {
    /// Required.
    pub s: String,
}

/// Holds an `A`.
#[derive(tc3::Object, Clone, PartialEq)]
pub struct HoldsA {
    /// Required.
    pub a: A,
    /// Optional.
    pub b: Option<A>,
}

/// No members at all.
#[derive(tc3::Object, Clone, PartialEq)]
pub struct Nothing {}

/// Read leniently, as some services answer.
#[derive(tc3::Object, Clone, PartialEq)]
#[tc3(lenient)]
pub struct Loose {
    /// Required count.
    pub count: u64,
    /// Optional flag.
    pub ok: Option<bool>,
    /// Optional list of names.
    pub names: Option<Vec<String>>,
}

fn error<T: serde::de::DeserializeOwned>(json: &str) -> String {
    match serde_json::from_str::<T>(json) {
        Ok(_) => panic!("{json} was accepted"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn absent_optional_members_are_left_out_and_the_rest_round_trips() {
    let order = Order { order_id: "o-1".into(), amount: None, uin: Some("100".into()), lines: None };
    let json = serde_json::to_value(&order).unwrap();
    assert_eq!(json, json!({"OrderId": "o-1", "UIN": "100"}));
    assert!(serde_json::from_value::<Order>(json).unwrap() == order);
    let full = json!({"OrderId": "o-2", "Amount": 3, "UIN": "7", "Lines": [{"Sku": "a"}, {"Sku": "b"}]});
    let order: Order = serde_json::from_value(full.clone()).unwrap();
    assert_eq!(order.lines.as_ref().map(Vec::len), Some(2));
    assert_eq!(serde_json::to_value(&order).unwrap(), full);
    assert_eq!(serde_json::to_string(&Nothing {}).unwrap(), "{}");
    let held: HoldsA = serde_json::from_str(r#"{"A": {"S": "x"}}"#).unwrap();
    assert!(held == HoldsA { a: A { s: "x".into() }, b: None });
}

#[test]
fn unknown_members_are_skipped_and_null_is_none() {
    let json = r#"{"Extra": {"Deep": [1, {"x": null}]}, "OrderId": "o", "Amount": null, "Zzz": 1}"#;
    let order: Order = serde_json::from_str(json).unwrap();
    assert_eq!((order.order_id.as_str(), order.amount), ("o", None));
    assert!(serde_json::from_str::<Nothing>(r#"{"Any": [1, 2], "More": "x"}"#).is_ok());
}

#[test]
fn malformed_objects_name_the_member() {
    assert!(error::<Order>(r#"{"Amount": 1}"#).contains("missing field `OrderId`"));
    assert!(error::<Order>(r#"{"OrderId": "a", "OrderId": "b"}"#).contains("duplicate field `OrderId`"));
    assert!(error::<Order>(r#"{"OrderId": null}"#).contains("invalid type: null, expected a string"));
    assert!(error::<Order>(r#"{"OrderId": "o", "Amount": "x"}"#).contains("expected u32"));
    assert!(error::<Order>(r#"{"OrderId": "o", "Lines": [{}]}"#).contains("missing field `Sku`"));
    assert!(error::<Order>(r#"["o"]"#).contains("expected struct Order"));
    assert!(error::<Nothing>("7").contains("expected struct Nothing"));
}

#[test]
fn lenient_members_take_either_spelling() {
    let loose: Loose = serde_json::from_str(r#"{"Count": "12", "Ok": 1, "Names": [3, "b"]}"#).unwrap();
    assert!(loose == Loose { count: 12, ok: Some(true), names: Some(vec!["3".into(), "b".into()]) });
    let loose: Loose = serde_json::from_str(r#"{"Count": 4, "Ok": null}"#).unwrap();
    assert_eq!((loose.count, loose.ok, loose.names), (4, None, None));
    assert!(error::<Loose>("{}").contains("missing field `Count`"));
    assert!(error::<Loose>(r#"{"Count": "many"}"#).contains("\"many\""));
    // Booleans in any case, as services written in Python send them.
    let loose: Loose = serde_json::from_str(r#"{"Count": 1, "Ok": "False"}"#).unwrap();
    assert_eq!(loose.ok, Some(false));
    assert!(error::<Loose>(r#"{"Count": 1, "Ok": "yes"}"#).contains("\"yes\""));
}
