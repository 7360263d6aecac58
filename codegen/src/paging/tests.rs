use std::path::Path;

use super::{Flag, LeftOut, Overrides, Shape, detect};
use crate::spec::{Spec, Status};

/// The checked-in spec of `service` at `version`.
fn catalogue(service: &str, version: &str) -> Spec {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../services/{service}/spec/{version}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Spec::parse(&text).unwrap()
}

fn shape_of(spec: &Spec, action: &str) -> Option<Result<Shape, LeftOut>> {
    detect(spec, Overrides::reviewed(), action, Status::Online)
}

/// A spec of one action `A` with these request and answer members.
fn one_action(request: &str, response: &str) -> Spec {
    one_action_with(request, response, "")
}

/// [`one_action`], with more objects (`, "Name": ["out", [...]]`).
fn one_action_with(request: &str, response: &str, objects: &str) -> Spec {
    Spec::parse(&format!(
        r#"{{"service": "x", "version": "2020-01-01", "source": "p==1", "cli_dir": "x",
        "actions": [["A", "online"]], "errors": [],
        "objects": {{"ARequest": ["", [{request}]], "AResponse": ["", [{response}]], "Item": ["out", []]{objects}}}}}"#
    ))
    .unwrap()
}

#[test]
fn the_reviewed_table_parses_and_states_the_documented_bases() {
    let table = Overrides::reviewed();
    assert_eq!(table.base("ccc", "DescribeNumbers"), Some(0), "every ccc page counts from 0");
    assert_eq!(table.base("trtc", "DescribeRoomInfo"), Some(0));
    assert_eq!(table.base("trtc", "DescribePicture"), Some(1));
    assert_eq!(table.base("trtc", "DescribeAnythingElse"), None, "no service-wide base for trtc");
    assert!(table.is_not_token("emr", "ClientToken"));
    assert!(table.is_not_paged("dlc", "QueryResult"));
}

#[test]
fn page_numbers_take_their_base_from_the_table_or_from_the_caller() {
    let ccc = catalogue("ccc", "2020-02-10");
    let Some(Ok(Shape::PageNumber { base, total, .. })) = shape_of(&ccc, "DescribeNumbers") else { panic!() };
    assert_eq!((base, total.is_some()), (Some(0), true));
    let trtc = catalogue("trtc", "2019-07-22");
    assert!(matches!(shape_of(&trtc, "DescribeRoomInfo"), Some(Ok(Shape::PageNumber { base: Some(0), .. }))));
    assert!(matches!(shape_of(&trtc, "DescribePicture"), Some(Ok(Shape::PageNumber { base: Some(1), .. }))));
    // A page number the documentation gives no base for.
    let spec =
        one_action(r#"["PageNum", "int64", "", ""], ["PageSize", "uint64", "", ""]"#, r#"["List", "[Item]", "", ""]"#);
    assert_eq!(
        shape_of(&spec, "A"),
        Some(Ok(Shape::PageNumber { page: 0, size: 1, base: None, within: None, total: None, items: 0 }))
    );
}

#[test]
fn a_page_number_needs_a_size_member_and_one_list() {
    let no_size = one_action(r#"["PageNumber", "int64", "", ""]"#, r#"["List", "[Item]", "", ""]"#);
    assert_eq!(shape_of(&no_size, "A"), None);
    let limit = one_action(
        r#"["Page", "int64", "", ""], ["Limit", "int64", "", ""]"#,
        r#"["Total", "string", "", ""], ["List", "[Item]", "", ""]"#,
    );
    assert_eq!(
        shape_of(&limit, "A"),
        Some(Ok(Shape::PageNumber { page: 0, size: 1, base: None, within: None, total: Some(0), items: 1 }))
    );
    let two = one_action(
        r#"["PageNo", "int64", "", ""], ["PerPage", "int64", "", ""]"#,
        r#"["A", "[Item]", "", ""], ["B", "[string]", "", ""]"#,
    );
    assert_eq!(shape_of(&two, "A"), Some(Err(LeftOut::SeveralLists)));
    let none =
        one_action(r#"["PageIndex", "int64", "", ""], ["Size", "int64", "", ""]"#, r#"["Data", "Item", "", ""]"#);
    assert_eq!(shape_of(&none, "A"), Some(Err(LeftOut::NoList)));
}

#[test]
fn tokens_are_answered_under_their_name_or_next_name_with_a_flag_when_there_is_one() {
    let organization = catalogue("organization", "2021-03-31");
    let Some(Ok(Shape::Token { flag, .. })) = shape_of(&organization, "ListUsers") else { panic!() };
    assert_eq!(flag.map(|(flag, _)| flag), Some(Flag::IsTruncated));
    let tag = catalogue("tag", "2018-08-13");
    assert!(matches!(shape_of(&tag, "GetResources"), Some(Ok(Shape::Token { flag: None, .. }))));
    let marker = one_action(
        r#"["Marker", "string", "", ""]"#,
        r#"["NextMarker", "string", "", ""], ["Files", "[Item]", "", ""], ["ListOver", "bool", "", ""]"#,
    );
    assert_eq!(
        shape_of(&marker, "A"),
        Some(Ok(Shape::Token { token: 0, within: None, next: 0, flag: Some((Flag::ListOver, 2)), items: 1 }))
    );
    // An id echoed back is not a token: only names that end as tokens do.
    let id = one_action(
        r#"["InstanceId", "string", "", ""]"#,
        r#"["InstanceId", "string", "", ""], ["L", "[Item]", "", ""]"#,
    );
    assert_eq!(shape_of(&id, "A"), None);
}

#[test]
fn the_deny_list_and_not_paged_entries_win_over_the_shape() {
    let emr = catalogue("emr", "2019-01-03");
    assert_eq!(shape_of(&emr, "ScaleOutCluster"), None, "ClientToken is the idempotency token");
    let dlc = catalogue("dlc", "2021-01-25");
    assert_eq!(shape_of(&dlc, "QueryResult"), Some(Err(LeftOut::Reviewed)));
}

#[test]
fn offset_and_limit_keep_their_shape_and_deprecated_actions_are_left_out() {
    let cvm = catalogue("cvm", "2017-03-12");
    assert!(matches!(shape_of(&cvm, "DescribeInstances"), Some(Ok(Shape::Offset { .. }))));
    let spec =
        one_action(r#"["Offset", "int64", "", ""], ["Limit", "int64", "", ""]"#, r#"["List", "[Item]", "", ""]"#);
    assert_eq!(
        shape_of(&spec, "A"),
        Some(Ok(Shape::Offset { offset: 0, limit: 1, within: None, total: None, items: 0 })),
        "without a total, an empty page ends the walk"
    );
    let paged =
        one_action(r#"["Cursor", "string", "", ""]"#, r#"["Cursor", "string", "", ""], ["L", "[Item]", "", ""]"#);
    assert_eq!(detect(&paged, Overrides::reviewed(), "A", Status::Deprecated), Some(Err(LeftOut::NotOnline)));
}

#[test]
fn an_offset_the_table_says_is_a_page_number_pages_by_page_number() {
    let sqlserver = catalogue("sqlserver", "2018-03-28");
    let Some(Ok(Shape::PageNumber { page, base, total, .. })) = shape_of(&sqlserver, "DescribeDBInstances") else {
        panic!("sqlserver DescribeDBInstances: its Offset is a page number counted from 0")
    };
    let request = &sqlserver.objects["DescribeDBInstancesRequest"];
    assert_eq!((request.members()[page].wire(), base, total.is_some()), ("Offset", Some(0), true));
    let tcr = catalogue("tcr", "2019-09-24");
    assert!(matches!(shape_of(&tcr, "DescribeNamespaces"), Some(Ok(Shape::PageNumber { base: None, .. }))));
    let redis = catalogue("redis", "2018-04-12");
    assert!(
        matches!(shape_of(&redis, "DescribeInstances"), Some(Ok(Shape::Offset { .. }))),
        "redis documents Offset = Limit * (page - 1): an offset"
    );
}

/// Each `offset-is-page` entry names an action of its service with `Offset` and `Limit`, now
/// paged by page number or left out for another reason (no list or several): a misspelt name
/// would leave an offset walk that skips pages.
#[test]
fn every_offset_the_table_calls_a_page_names_a_paged_action() {
    let table = include_str!("../../paging-overrides.txt");
    let entries: Vec<(&str, &str)> = table
        .lines()
        .filter(|line| line.split_whitespace().nth(2) == Some("offset-is-page"))
        .map(|line| {
            let mut words = line.split_whitespace();
            (words.next().unwrap(), words.next().unwrap())
        })
        .collect();
    assert!(entries.len() > 50, "{} entries", entries.len());
    for (service, action) in entries {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../services/{service}/spec"));
        let named = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).any(|file| {
            let spec = Spec::parse(&std::fs::read_to_string(file.unwrap().path()).unwrap()).unwrap();
            matches!(shape_of(&spec, action), Some(Ok(Shape::PageNumber { .. }) | Err(_)))
        });
        assert!(named, "{service} {action}: no version has it, or pages it by offset");
    }
}

#[test]
fn items_one_object_down_page_with_the_total_beside_them() {
    let apigateway = catalogue("apigateway", "2018-08-08");
    let Some(Ok(Shape::Offset { within: Some(at), total: Some(total), items, .. })) =
        shape_of(&apigateway, "DescribeAPIDocs")
    else {
        panic!("apigateway DescribeAPIDocs: TotalCount and APIDocSet are in its answer's Result")
    };
    let response = &apigateway.objects["DescribeAPIDocsResponse"];
    assert_eq!(response.members()[at].wire(), "Result");
    let result = &apigateway.objects[response.members()[at].item()];
    assert_eq!([total, items].map(|i| result.members()[i].wire()), ["TotalCount", "APIDocSet"]);
    let paged = r#"["PageNumber", "int64", "", ""], ["PageSize", "int64", "", ""]"#;
    let page = r#", "Page": ["out", [["Total", "int64", "", ""], ["Rows", "[Item]", "", ""]]]"#;
    let one_down = one_action_with(paged, r#"["Data", "Page", "", ""], ["Note", "string", "", ""]"#, page);
    assert_eq!(
        shape_of(&one_down, "A"),
        Some(Ok(Shape::PageNumber { page: 0, size: 1, base: None, within: Some(0), total: Some(0), items: 1 }))
    );
    // Two objects with lists, or one with two, leave the items uncertain; none, absent.
    let two = one_action_with(paged, r#"["A", "Page", "", ""], ["B", "Page", "", ""]"#, page);
    assert_eq!(shape_of(&two, "A"), Some(Err(LeftOut::SeveralLists)));
    let lists = r#", "Page": ["out", [["Rows", "[Item]", "", ""], ["Tags", "[string]", "", ""]]]"#;
    assert_eq!(
        shape_of(&one_action_with(paged, r#"["Data", "Page", "", ""]"#, lists), "A"),
        Some(Err(LeftOut::SeveralLists))
    );
    let none = r#", "Page": ["out", [["Total", "int64", "", ""]]]"#;
    assert_eq!(shape_of(&one_action_with(paged, r#"["Data", "Page", "", ""]"#, none), "A"), Some(Err(LeftOut::NoList)));
}

#[test]
fn of_several_lists_the_one_not_disabled_holds_the_items() {
    let ccc = catalogue("ccc", "2020-02-10");
    let items = match shape_of(&ccc, "DescribeTelCdr") {
        Some(Ok(Shape::Offset { items, .. } | Shape::PageNumber { items, .. })) => items,
        other => panic!("ccc DescribeTelCdr: {other:?}"),
    };
    let response = &ccc.objects["DescribeTelCdrResponse"];
    assert_eq!(response.members()[items].wire(), "TelCdrList", "TelCdrs is disabled");
    let paged = r#"["Offset", "int64", "", ""], ["Limit", "int64", "", ""]"#;
    let one_live = one_action(paged, r#"["Old", "[Item]", "d", ""], ["New", "[Item]", "", ""]"#);
    assert!(matches!(shape_of(&one_live, "A"), Some(Ok(Shape::Offset { items: 1, .. }))));
    let two_live = one_action(paged, r#"["A", "[Item]", "", ""], ["B", "[Item]", "", ""], ["C", "[Item]", "d", ""]"#);
    assert_eq!(shape_of(&two_live, "A"), Some(Err(LeftOut::SeveralLists)));
}

#[test]
fn a_token_one_object_down_pages_that_objects_list_with_its_flag() {
    let cdn = catalogue("cdn", "2018-06-06");
    let Some(Ok(Shape::Token { within: Some(at), next, flag: Some((Flag::ListOver, flag)), items, .. })) =
        shape_of(&cdn, "SearchClsLog")
    else {
        panic!("cdn SearchClsLog: Context, Listover and Results are in its answer's Logs")
    };
    let response = &cdn.objects["SearchClsLogResponse"];
    assert_eq!(response.members()[at].wire(), "Logs");
    let logs = &cdn.objects[response.members()[at].item()];
    let wires: Vec<&str> = [next, flag, items].iter().map(|&i| logs.members()[i].wire()).collect();
    assert_eq!(wires, ["Context", "Listover", "Results"]);
    let databuddy = catalogue("databuddy", "2026-07-15");
    assert!(matches!(shape_of(&databuddy, "ListTables"), Some(Ok(Shape::Token { within: Some(_), .. }))));
    let dlc = catalogue("dlc", "2021-01-25");
    assert_eq!(shape_of(&dlc, "DescribeTaskResult"), Some(Err(LeftOut::Reviewed)), "its rows are a string");
}

#[test]
fn every_mistake_in_a_table_is_reported_with_its_line() {
    let errors = Overrides::parse(
        "# a comment\n\
         ccc * base 0\n\
         ccc * base 2 -- doc\n\
         ccc * page 0 -- doc\n\
         ccc * base 1 -- doc\n\
         ccc * base 0 -- doc\n\
         x A not-token Cursor -- doc\n\
         x * not-paged -- doc\n\
         x A base 1 --  \n",
    )
    .unwrap_err();
    assert_eq!(
        errors,
        [
            "line 2: expected `<service> <action> <rule> -- <evidence>`: no evidence",
            "line 3: base `2`: expected 0 or 1",
            "line 4: unknown rule in `ccc * page 0`: expected `base 0`, `base 1`, `not-token <Member>`, `not-paged` or \
             `offset-is-page [base 0|1]`",
            "line 6: a second entry for `ccc *`",
            "line 7: `not-token` applies to every action: `*`",
            "line 8: `not-paged` names one action",
            "line 9: the evidence is empty",
        ]
    );
}

#[test]
fn an_entry_for_an_action_wins_over_one_for_its_service() {
    let table = Overrides::parse("s * base 0 -- all of s\ns B base 1 -- B's own\n").unwrap();
    assert_eq!((table.base("s", "A"), table.base("s", "B"), table.base("t", "A")), (Some(0), Some(1), None));
    let denied = Overrides::parse("* * not-token ClientToken -- idempotency\n").unwrap();
    assert!(denied.is_not_token("any", "ClientToken") && !denied.is_not_token("any", "NextToken"));
}
