//! Every paging shape walked over real HTTP on 127.0.0.1: the pages asked for, in order, and
//! where each walk stops. No test depends on time: the server answers at once.

use crate::support;
use crate::support::{Reply, Server};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tc3_runtime::paging::{PageShape, Paged as _};
use tc3_runtime::{Action, Client, ErrorKind};

/// `impl Action` for a test request of the service `test`, answered by `$response`.
macro_rules! test_action {
    ($name:ident => $response:ident) => {
        impl Action for $name {
            type Response = $response;
            const SERVICE: &'static str = "test";
            const VERSION: &'static str = "2020-01-01";
            const ACTION: &'static str = stringify!($name);
            const IDEMPOTENT: bool = true;
        }
    };
}

/// A request paged by page number, and what it answers: items are numbers.
macro_rules! page_action {
    ($name:ident, $response:ident, base: $base:tt) => {
        #[derive(Debug, Clone, Default, Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct $name {
            #[serde(skip_serializing_if = "Option::is_none")]
            page_number: Option<u64>,
            #[serde(skip_serializing_if = "Option::is_none")]
            page_size: Option<u64>,
        }

        #[derive(Debug, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        struct $response {
            items: Option<Vec<u64>>,
            total_count: Option<u64>,
        }

        test_action!($name => $response);

        tc3_runtime::__private::paged!($name => items: u64, total: total_count, page: page_number = "PageNumber", size: page_size, base: $base, default_size: 10);
    };
}

page_action!(FromOne, FromOneResponse, base: 1);
page_action!(FromZero, FromZeroResponse, base: 0);
page_action!(FromCaller, FromCallerResponse, base: caller);

/// A request paged by a token; the answer's `IsTruncated` flag, when given, says whether more
/// follow.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
struct ByToken {
    #[serde(skip_serializing_if = "Option::is_none")]
    next_token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ByTokenResponse {
    items: Option<Vec<String>>,
    next_token: Option<String>,
    is_truncated: Option<bool>,
}

test_action!(ByToken => ByTokenResponse);

tc3_runtime::__private::paged!(ByToken => items: String, token: next_token => next_token, is_truncated: is_truncated);

/// The same answer, without the flag.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
struct ByBareToken {
    #[serde(skip_serializing_if = "Option::is_none")]
    next_token: Option<String>,
}

test_action!(ByBareToken => ByTokenResponse);

tc3_runtime::__private::paged!(ByBareToken => items: String, token: next_token => next_token);

fn client(server: &Server) -> Client {
    crate::support::client_builder(&server.url).build().unwrap()
}

fn body(request: &support::Received) -> Value {
    serde_json::from_slice(&request.body).unwrap()
}

fn answer(mut response: Value) -> Reply {
    response["RequestId"] = json!("r");
    Reply::json(&json!({ "Response": response }).to_string())
}

/// A list of `count` numbers, served `PageSize` at a time with its total; its first page is
/// numbered `base`.
async fn numbers(count: u64, base: u64) -> Server {
    Server::start(move |request| {
        let body = body(request);
        let page = body["PageNumber"].as_u64().expect("a page number is always sent");
        let size = body["PageSize"].as_u64().unwrap();
        let first = page.saturating_sub(base) * size;
        let items: Vec<u64> = (first..count.min(first + size)).collect();
        answer(json!({"Items": items, "TotalCount": count}))
    })
    .await
}

fn pages_asked(server: &Server) -> Vec<u64> {
    server.requests().iter().map(|r| body(r)["PageNumber"].as_u64().unwrap()).collect()
}

fn tokens_sent(server: &Server) -> Vec<Option<String>> {
    server.requests().iter().map(|r| body(r)["NextToken"].as_str().map(str::to_owned)).collect()
}

#[tokio::test]
async fn a_one_based_walk_starts_at_page_one_and_ends_at_the_total() {
    let server = numbers(25, 1).await;
    let items = FromOne::default().pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, (0..25).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), [1, 2, 3]);
    assert_eq!(FromOne::SHAPE, PageShape::PageNumber { base: Some(1) });
}

#[tokio::test]
async fn a_zero_based_walk_starts_at_page_zero_and_counts_the_pages_before_the_requests_own() {
    let server = numbers(20, 0).await;
    let items = FromZero::default().pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, (0..20).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), [0, 1], "the total is reached: no third, empty page");

    let server = numbers(25, 0).await;
    let request = FromZero { page_number: Some(1), page_size: Some(10) };
    let items = request.pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, (10..25).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), [1, 2]);
}

#[tokio::test]
async fn a_walk_of_unknown_base_refuses_to_start_without_a_page_and_sends_nothing() {
    let server = numbers(25, 0).await;
    let mut pages = FromCaller::default().pages(&client(&server));
    let error = pages.next().await.unwrap().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Validation);
    assert_eq!(error.violations()[0].field(), "PageNumber");
    assert!(error.to_string().contains("0 or 1"), "{error}");
    assert!(pages.next().await.is_none());
    assert!(server.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn a_walk_of_unknown_base_starts_at_the_callers_page_and_never_ends_early() {
    // Page 0 can only be the first page: the total counts from it.
    let server = numbers(25, 0).await;
    let items = FromCaller { page_number: Some(0), page_size: None }.pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, (0..25).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), [0, 1, 2]);
    // Page 1 of a service that counts from 1.
    let server = numbers(25, 1).await;
    let items = FromCaller { page_number: Some(1), page_size: None }.pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, (0..25).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), [1, 2, 3]);
    // Page 2 of a service that counts from 0 is items 20..25: counted as if from 1, the total
    // is not trusted to end the walk, and an empty page does.
    let server = numbers(25, 0).await;
    let items = FromCaller { page_number: Some(2), page_size: None }.pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, (20..25).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), [2, 3]);
}

#[tokio::test]
async fn a_service_that_repeats_its_last_page_ends_the_walk_without_repeating_items() {
    // No total, and every page past the end is the last one again.
    let server = Server::start(|request| {
        let page = body(request)["PageNumber"].as_u64().unwrap().min(2);
        answer(json!({"Items": [page * 10, page * 10 + 1]}))
    })
    .await;
    let items = FromOne { page_number: None, page_size: Some(2) }.pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, [10, 11, 20, 21]);
    assert_eq!(pages_asked(&server), [1, 2, 3]);
}

/// Pages of two items keyed by the token that asks for them; `last` is the answer to the
/// last page's token.
async fn tokens(last: Value) -> Server {
    Server::start(move |request| {
        let response = match body(request)["NextToken"].as_str() {
            None => json!({"Items": ["a", "b"], "NextToken": "t1", "IsTruncated": true}),
            Some("t1") => json!({"Items": ["c", "d"], "NextToken": "t2", "IsTruncated": true}),
            Some(_) => last.clone(),
        };
        answer(response)
    })
    .await
}

#[tokio::test]
async fn a_token_walk_with_a_flag_stops_where_the_flag_says_though_a_token_follows() {
    let server = tokens(json!({"Items": ["e"], "NextToken": "t3", "IsTruncated": false})).await;
    let items = ByToken::default().pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, ["a", "b", "c", "d", "e"]);
    assert_eq!(tokens_sent(&server), [None, Some("t1".to_owned()), Some("t2".to_owned())]);
    assert_eq!(ByToken::SHAPE, PageShape::Token);
}

#[tokio::test]
async fn a_token_walk_without_a_flag_stops_on_an_empty_null_or_absent_token() {
    for last in
        [json!({"Items": ["e"], "NextToken": ""}), json!({"Items": ["e"], "NextToken": null}), json!({"Items": ["e"]})]
    {
        let server = tokens(last.clone()).await;
        let items = ByBareToken::default().pages(&client(&server)).collect().await.unwrap();
        assert_eq!(items, ["a", "b", "c", "d", "e"], "last answer {last}");
        assert_eq!(server.requests().len(), 3, "last answer {last}");
    }
}

#[tokio::test]
async fn a_token_walk_stops_on_the_token_it_just_sent() {
    let server = tokens(json!({"Items": ["e"], "NextToken": "t2"})).await;
    let items = ByBareToken::default().pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, ["a", "b", "c", "d", "e"]);
    assert_eq!(server.requests().len(), 3);
    // A walk starts from the caller's own token, which counts as sent.
    let server = tokens(json!({"Items": ["e"], "NextToken": "t9"})).await;
    let request = ByBareToken { next_token: Some("t9".to_owned()) };
    assert_eq!(request.pages(&client(&server)).collect().await.unwrap(), ["e"]);
    assert_eq!(tokens_sent(&server), [Some("t9".to_owned())]);
}

#[tokio::test]
async fn a_page_number_walk_reads_by_page_and_by_item_and_honours_max_pages() {
    let server = numbers(25, 0).await;
    let mut pages = FromZero { page_number: None, page_size: Some(10) }.pages(&client(&server)).max_pages(2);
    assert_eq!(pages.next_page().await.unwrap().unwrap().len(), 10);
    assert_eq!(pages.next().await.unwrap().unwrap(), 10);
    assert_eq!(pages.next_page().await.unwrap().unwrap().len(), 9);
    assert!(pages.next().await.is_none());
    assert_eq!((pages.pages_fetched(), pages_asked(&server)), (2, vec![0, 1]));
}

/// A request paged by `Offset` and `Limit`, with the total in every answer.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
struct ByOffset {
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ByOffsetResponse {
    items: Option<Vec<u64>>,
    total_count: Option<u64>,
}

test_action!(ByOffset => ByOffsetResponse);

tc3_runtime::__private::paged!(ByOffset => items: u64, total: total_count, offset: offset, limit: limit, default_size: 20);

#[tokio::test]
async fn an_offset_walk_still_starts_at_its_own_offset_and_ends_at_the_total() {
    let server = Server::start(|request| {
        let body = body(request);
        let (offset, limit) = (body["Offset"].as_u64().unwrap(), body["Limit"].as_u64().unwrap());
        answer(json!({"Items": (offset..45.min(offset + limit)).collect::<Vec<_>>(), "TotalCount": 45}))
    })
    .await;
    let items = ByOffset { offset: Some(5), limit: None }.pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, (5..45).collect::<Vec<_>>());
    let asked: Vec<(u64, u64)> = server
        .requests()
        .iter()
        .map(|r| (body(r)["Offset"].as_u64().unwrap(), body(r)["Limit"].as_u64().unwrap()))
        .collect();
    assert_eq!(asked, [(5, 20), (25, 20)], "Limit unset is sent as 20; no empty page after the total");
    assert_eq!(ByOffset::SHAPE, PageShape::Offset);
}

/// The same request for a service whose answer has no total.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
struct ByBareOffset {
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u64>,
}

test_action!(ByBareOffset => ByOffsetResponse);

tc3_runtime::__private::paged!(ByBareOffset => items: u64, offset: offset, limit: limit, default_size: 20);

/// A list of `len` numbers, of which the service gives at most `cap` per page whatever the
/// `Limit` asked for, with its total when `total`.
async fn capped(len: u64, cap: u64, total: bool) -> Server {
    Server::start(move |request| {
        let body = body(request);
        let (offset, limit) = (body["Offset"].as_u64().unwrap(), body["Limit"].as_u64().unwrap());
        let items: Vec<u64> = (offset..len.min(offset + limit.min(cap))).collect();
        answer(if total { json!({"Items": items, "TotalCount": len}) } else { json!({"Items": items}) })
    })
    .await
}

fn offsets_asked(server: &Server) -> Vec<u64> {
    server.requests().iter().map(|r| body(r)["Offset"].as_u64().unwrap()).collect()
}

#[tokio::test]
async fn an_offset_walk_continues_after_the_items_a_capping_service_gave_and_loses_none() {
    let server = capped(30, 8, true).await;
    let items = ByOffset { offset: None, limit: Some(20) }.pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, (0..30).collect::<Vec<_>>());
    assert_eq!(offsets_asked(&server), [0, 8, 16, 24], "each page starts after the items received");
}

#[tokio::test]
async fn an_offset_walk_without_a_total_ends_on_an_empty_page_not_a_short_one() {
    let server = capped(30, 8, false).await;
    let items = ByBareOffset { offset: Some(3), limit: None }.pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, (3..30).collect::<Vec<_>>());
    assert_eq!(offsets_asked(&server), [3, 11, 19, 27, 30], "short pages go on; the empty one at 30 ends it");
    assert_eq!(ByBareOffset::SHAPE, PageShape::Offset);
}

#[tokio::test]
async fn an_offset_walk_over_a_service_that_ignores_the_offset_ends_at_the_repeated_page() {
    let server = Server::start(|_| answer(json!({"Items": [1, 2, 3]}))).await;
    let items = ByBareOffset::default().pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, [1, 2, 3], "the repeated page is not yielded again");
    assert_eq!(offsets_asked(&server), [0, 3]);
}

/// A request whose answer holds its items, token and flag in one object, as cdn's
/// SearchClsLog answers `{"Logs": {"Context", "Listover", "Results"}}`.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
struct ByInnerToken {
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ByInnerTokenResponse {
    logs: Option<Logs>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Logs {
    context: Option<String>,
    #[serde(rename = "Listover")]
    list_over: Option<bool>,
    results: Option<Vec<String>>,
}

test_action!(ByInnerToken => ByInnerTokenResponse);

tc3_runtime::__private::paged!(ByInnerToken => results: String, token: context => context, list_over: list_over; within logs);

#[tokio::test]
async fn a_token_one_object_down_walks_that_objects_items_to_its_flag() {
    let server = Server::start(|request| {
        answer(match body(request)["Context"].as_str() {
            None => json!({"Logs": {"Results": ["a", "b"], "Context": "c1", "Listover": false}}),
            Some("c1") => json!({"Logs": {"Results": ["c"], "Context": "c2", "Listover": true}}),
            Some(other) => panic!("asked for {other}"),
        })
    })
    .await;
    let items = ByInnerToken::default().pages(&client(&server)).collect().await.unwrap();
    assert_eq!(items, ["a", "b", "c"]);
    let sent: Vec<Option<String>> =
        server.requests().iter().map(|r| body(r)["Context"].as_str().map(str::to_owned)).collect();
    assert_eq!(sent, [None, Some("c1".to_owned())], "the flag ends the walk though a context follows");
}

#[tokio::test]
async fn a_token_walk_whose_answer_lacks_the_object_ends_with_no_items() {
    let server = Server::start(|_| answer(json!({}))).await;
    let items = ByInnerToken::default().pages(&client(&server)).collect().await.unwrap();
    assert!(items.is_empty());
    assert_eq!(server.requests().len(), 1);
}

/// An `Offset`/`Limit` request whose answer holds its items and total in one object, as
/// apigateway's DescribeAPIDocs answers `{"Result": {"TotalCount", "APIDocSet"}}`.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
struct ByInnerOffset {
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ByInnerOffsetResponse {
    result: Option<ByOffsetResponse>,
}

test_action!(ByInnerOffset => ByInnerOffsetResponse);

tc3_runtime::__private::paged!(ByInnerOffset => items: u64, total: total_count, offset: offset, limit: limit, default_size: 20; within result);

/// The same one object down, by page number.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
struct ByInnerPage {
    page_number: Option<u64>,
    page_size: Option<u64>,
}

test_action!(ByInnerPage => ByInnerOffsetResponse);

tc3_runtime::__private::paged!(ByInnerPage => items: u64, total: total_count, page: page_number = "PageNumber", size: page_size, base: 1, default_size: 10; within result);

#[tokio::test]
async fn items_one_object_down_walk_to_the_total_beside_them() {
    let server = Server::start(|request| {
        let body = body(request);
        let (first, size) = match body["Offset"].as_u64() {
            Some(offset) => (offset, body["Limit"].as_u64().unwrap()),
            None => {
                let size = body["PageSize"].as_u64().unwrap();
                ((body["PageNumber"].as_u64().unwrap() - 1) * size, size)
            }
        };
        answer(json!({"Result": {"Items": (first..25.min(first + size)).collect::<Vec<_>>(), "TotalCount": 25}}))
    })
    .await;
    let by_offset = ByInnerOffset::default().pages(&client(&server)).collect().await.unwrap();
    assert_eq!(by_offset, (0..25).collect::<Vec<_>>());
    assert_eq!(offsets_asked(&server), [0, 20], "the total in the object ends the walk");
    let by_page = ByInnerPage::default().pages(&client(&server)).collect().await.unwrap();
    assert_eq!(by_page, (0..25).collect::<Vec<_>>());
    assert_eq!(server.requests().len(), 5, "pages 1, 2 and 3 of 10");
    let lacking = Server::start(|_| answer(json!({}))).await;
    assert!(ByInnerOffset::default().pages(&client(&lacking)).collect().await.unwrap().is_empty());
    assert_eq!(lacking.requests().len(), 1, "an answer without the object is an empty page");
}

/// The iterator for synchronous code walks a token the same way.
#[cfg(feature = "blocking")]
#[test]
fn pages_blocking_walks_a_token_as_pages_does() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(tokens(json!({"Items": ["e"], "NextToken": "t3", "IsTruncated": false})));
    let client = crate::support::client_builder(&server.url).build_blocking().unwrap();
    let items: Vec<String> = ByToken::default().pages_blocking(&client).collect::<Result<_, _>>().unwrap();
    assert_eq!(items, ["a", "b", "c", "d", "e"]);
    assert_eq!(tokens_sent(&server), [None, Some("t1".to_owned()), Some("t2".to_owned())]);
}
