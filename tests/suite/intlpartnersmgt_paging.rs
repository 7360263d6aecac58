//! Paginators walk every page once, in order, and stop on the last one.

use serde_json::{Value, json};
use tc3::intlpartnersmgt as api;
use tc3::paging::Paged as _;

use crate::support::loopback::Loopback;

/// A customer list of `count` entries, served `PageSize` at a time; `total` says whether
/// the answer carries `Total`.
async fn customers(count: u64, total: bool) -> Loopback {
    Loopback::start(move |_, body: &Value| {
        let page = body["Page"].as_u64().unwrap_or(1);
        let size = body["PageSize"].as_u64().unwrap_or(10);
        let first = (page - 1) * size;
        let data: Vec<Value> = (first..count.min(first + size))
            .map(|i| json!({"ClientUin": 100_000 + i, "Credit": format!("{i}.10"), "Name": format!("c{i}")}))
            .collect();
        let mut response = json!({"Data": data, "RequestId": format!("page-{page}")});
        if total {
            response["Total"] = json!(count);
        }
        response
    })
    .await
}

fn pages_asked(server: &Loopback) -> Vec<(u64, u64)> {
    server.bodies().iter().map(|b| (b["Page"].as_u64().unwrap(), b["PageSize"].as_u64().unwrap())).collect()
}

fn credit_query(page_size: i64) -> api::QueryCustomersCredit {
    tc3::request!(api::QueryCustomersCredit { page_size: page_size })
}

#[tokio::test]
async fn yields_every_item_across_pages_fetching_each_page_once() {
    let server = customers(25, true).await;
    let mut pages = credit_query(10).pages(&server.client());
    let mut uins = Vec::new();
    while let Some(item) = pages.next().await {
        uins.push(item.unwrap().client_uin.unwrap());
    }
    assert_eq!(uins, (100_000..100_025).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), [(1, 10), (2, 10), (3, 10)]);
    assert!(pages.next().await.is_none(), "nothing after the last page");
    assert_eq!(server.bodies().len(), 3);
}

#[tokio::test]
async fn a_full_last_page_ends_the_walk_when_the_total_is_reached() {
    let server = customers(20, true).await;
    let items = credit_query(10).pages(&server.client()).collect().await.unwrap();
    assert_eq!(items.len(), 20);
    assert_eq!(pages_asked(&server), [(1, 10), (2, 10)], "no third, empty page");
}

#[tokio::test]
async fn a_total_is_trusted_over_a_page_shorter_than_asked() {
    // A service that serves at most 7 items a page, whatever PageSize says, with the total.
    let server = Loopback::start(|_, body: &Value| {
        let first = (body["Page"].as_u64().unwrap() - 1) * 7;
        let data: Vec<Value> = (first..20.min(first + 7)).map(|i| json!({"ClientUin": i})).collect();
        json!({"Data": data, "Total": 20, "RequestId": "r"})
    })
    .await;
    let items = credit_query(10).pages(&server.client()).collect().await.unwrap();
    assert_eq!(items.iter().map(|i| i.client_uin.unwrap()).collect::<Vec<_>>(), (0..20).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), [(1, 10), (2, 10), (3, 10)]);
}

#[tokio::test]
async fn without_a_total_an_empty_page_ends_the_walk() {
    let server = customers(20, false).await;
    let items = credit_query(10).pages(&server.client()).collect().await.unwrap();
    assert_eq!(items.len(), 20);
    assert_eq!(pages_asked(&server), [(1, 10), (2, 10), (3, 10)]);
}

#[tokio::test]
async fn unset_page_size_uses_the_largest_allowed_and_the_walk_is_bounded() {
    let server = customers(1_000, true).await;
    let mut pages =
        api::QueryCustomersCredit { filter_type: None, filter: None, page: None, page_size: None, order: None }
            .pages(&server.client())
            .max_pages(2);
    let mut count = 0;
    while let Some(item) = pages.next().await {
        item.unwrap();
        count += 1;
    }
    assert_eq!(count, 200);
    assert_eq!(pages.pages_fetched(), 2);
    assert_eq!(pages_asked(&server), [(1, 100), (2, 100)]);
}

#[tokio::test]
async fn an_error_ends_the_walk_without_asking_again() {
    let server = Loopback::start(|_, body: &Value| {
        if body["Page"] == 2 {
            json!({"Error": {"Code": "UnauthorizedOperation.UinNoAuth", "Message": "no"}, "RequestId": "e"})
        } else {
            json!({"Data": [{"ClientUin": 1}, {"ClientUin": 2}], "Total": 10, "RequestId": "ok"})
        }
    })
    .await;
    let mut pages = credit_query(2).pages(&server.client());
    assert!(pages.next().await.unwrap().is_ok());
    assert!(pages.next().await.unwrap().is_ok());
    let error = pages.next().await.unwrap().unwrap_err();
    assert_eq!(error.code(), Some("UnauthorizedOperation.UinNoAuth"));
    assert!(pages.next().await.is_none());
    assert_eq!(pages_asked(&server), [(1, 2), (2, 2)]);
}

#[tokio::test]
async fn the_walk_starts_at_the_requests_own_page() {
    let server = customers(25, true).await;
    let request = tc3::request!(api::QueryPendingClientsV2 { page: 2, page_size: 10 });
    let mut pages = request.pages(&server.client());
    let page = pages.next_page().await.unwrap().unwrap();
    assert_eq!(page.len(), 10);
    assert_eq!(pages_asked(&server), [(2, 10)]);
}

#[tokio::test]
async fn the_paginator_is_a_stream_of_items() {
    use futures_core::Stream;
    use std::pin::Pin;

    let server = customers(7, true).await;
    let mut pages = credit_query(5).pages(&server.client());
    let mut uins = Vec::new();
    while let Some(item) = std::future::poll_fn(|cx| Pin::new(&mut pages).poll_next(cx)).await {
        uins.push(item.unwrap().client_uin.unwrap());
    }
    assert_eq!(uins, (100_000..100_007).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), [(1, 5), (2, 5)]);
}

#[tokio::test]
async fn a_cancelled_read_resumes_its_page_instead_of_asking_again() {
    let (server, mut gate) =
        Loopback::gated(|_, _| json!({"Data": [{"ClientUin": 1}], "Total": 1, "RequestId": "held"})).await;
    let mut pages = credit_query(10).pages(&server.client());
    // Give up on the first read once its request is at the server, its answer held back.
    tokio::select! {
        _ = pages.next() => panic!("the answer is held until released"),
        () = gate.arrived() => {}
    }
    gate.release(1);
    let item = pages.next().await.unwrap().unwrap();
    assert_eq!(item.client_uin, Some(1));
    assert!(pages.next().await.is_none());
    assert_eq!(server.bodies().len(), 1, "page 1 was asked for once");
}
