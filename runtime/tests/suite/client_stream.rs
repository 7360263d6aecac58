//! `call_stream` against a real HTTP server on 127.0.0.1 that writes each streamed answer in
//! the pieces a test chooses: events, comments and multi-line data, events split across
//! reads, refusals, errors inside the stream, cuts, big events and early drops.

use std::pin::Pin;
use std::time::Duration;

use crate::support::actions::{Chat, ChatResponse};
use crate::support::events::{Connection, EventServer};
use futures_core::Stream;
use tc3_runtime::{Client, ErrorKind, Event, EventStream, Result};

fn client(server: &EventServer) -> Client {
    crate::support::client_builder(&server.url).build().unwrap()
}

fn chat() -> Chat {
    Chat { model: "hunyuan-turbo".into(), stream: None }
}

async fn next<S: Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    std::future::poll_fn(|cx| Pin::new(&mut *stream).poll_next(cx)).await
}

/// Opens a stream: the call and the server's side of it.
async fn open(server: &mut EventServer, client: &Client) -> (EventStream<ChatResponse>, Connection) {
    let call = tokio::spawn({
        let client = client.clone();
        async move { client.call_stream(chat()).await }
    });
    let mut connection = server.next().await;
    connection.start_events("req-stream").await;
    (call.await.unwrap().unwrap(), connection)
}

fn text(item: Option<Result<Event<ChatResponse>>>) -> String {
    item.expect("an item").expect("an event").into_data().text.expect("a text")
}

#[tokio::test]
async fn events_with_comments_and_multi_line_data_arrive_typed_in_order() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let (mut events, mut connection) = open(&mut server, &client).await;
    let request = connection.request.clone();
    connection
        .send(
            b": keep-alive\n\nevent: delta\nid: 1\ndata: {\"Id\":\"a\",\"Text\":\"Hel\"}\n\n\
              : thinking\ndata: {\"Id\":\"a\",\ndata:  \"Text\":\"lo\"}\nretry: 2500\n\n\
              id: 3\ndata: {\"Id\":\"a\",\"Text\":\"!\",\"Extra\":[1]}\n\n",
        )
        .await;
    connection.end().await;

    assert_eq!(events.request_id(), Some("req-stream"));
    let first = next(&mut events).await.unwrap().unwrap();
    assert_eq!((first.name(), first.id(), first.data().text.as_deref()), (Some("delta"), Some("1"), Some("Hel")));
    let second = next(&mut events).await.unwrap().unwrap();
    assert_eq!((second.data().text.as_deref(), second.retry()), (Some("lo"), Some(Duration::from_millis(2500))));
    let third = next(&mut events).await.unwrap().unwrap();
    assert_eq!(third.id(), Some("3"));
    assert_eq!(third.into_data().text.as_deref(), Some("!"));
    assert!(next(&mut events).await.is_none());
    assert!(next(&mut events).await.is_none(), "an ended stream stays ended");

    let body: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(body, serde_json::json!({"Model": "hunyuan-turbo", "Stream": true}), "call_stream asks for a stream");
    assert_eq!(request.headers.get("x-tc-action").map(String::as_str), Some("ChatCompletions"));
}

#[tokio::test]
async fn an_event_split_across_reads_arrives_whole() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let (mut events, mut connection) = open(&mut server, &client).await;
    connection.send(b"data: {\"Text\":\"one\"}\n\ndata: {\"Te").await;
    // The first event is out, so the client has read the half of the second that was sent
    // with it; the rest does not exist yet.
    assert_eq!(text(next(&mut events).await), "one");
    connection.send(b"xt\":\"t").await;
    connection.send(b"wo\"}\r").await;
    connection.send(b"\n\r\n").await;
    connection.end().await;
    assert_eq!(text(next(&mut events).await), "two");
    assert!(next(&mut events).await.is_none());
}

#[tokio::test]
async fn a_refusal_before_the_stream_is_the_usual_error_with_code_and_request_id() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let call = tokio::spawn(async move { client.call_stream(chat()).await });
    server
        .next()
        .await
        .json(r#"{"Response":{"Error":{"Code":"InvalidParameterValue.Model","Message":"no such model"},"RequestId":"req-no"}}"#)
        .await;
    let e = call.await.unwrap().unwrap_err();
    assert_eq!(
        (e.kind(), e.code(), e.message(), e.request_id()),
        (ErrorKind::Service, Some("InvalidParameterValue.Model"), "no such model", Some("req-no"))
    );
}

#[tokio::test]
async fn opening_the_stream_is_retried_as_any_call_is() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let call = tokio::spawn(async move { client.call_stream(chat()).await });
    server.next().await.answer(502, "text/html", "<html>bad gateway</html>").await;
    let mut connection = server.next().await;
    connection.start_events("req-second").await;
    connection.send(b"data: {\"Text\":\"a\"}\n\n").await;
    connection.end().await;
    let mut events = call.await.unwrap().unwrap();
    assert_eq!(events.request_id(), Some("req-second"));
    assert_eq!(text(next(&mut events).await), "a");
    assert!(next(&mut events).await.is_none());
}

#[tokio::test]
async fn a_json_answer_is_a_stream_of_one_event() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let call = tokio::spawn(async move { client.call_stream(chat()).await });
    server.next().await.json(r#"{"Response":{"Id":"a","Text":"all at once","RequestId":"req-json"}}"#).await;
    let mut events = call.await.unwrap().unwrap();
    assert_eq!(events.request_id(), Some("req-json"));
    let only = next(&mut events).await.unwrap().unwrap();
    assert_eq!((only.name(), only.data().text.as_deref()), (None, Some("all at once")));
    assert!(next(&mut events).await.is_none());
}

#[tokio::test]
async fn call_on_a_streamed_answer_says_to_use_call_stream_and_asks_once() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let call = tokio::spawn(async move { client.call(chat()).await });
    let mut connection = server.next().await;
    connection.start_events("req-streamed").await;
    connection.send(b"data: {\"Text\":\"a\"}\n\n").await;
    // The error comes while the stream is open: the answer's head says it all.
    let error = call.await.unwrap().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert!(error.to_string().contains("call_stream"), "{error}");
    assert_eq!(error.request_id(), Some("req-streamed"));
    connection.end().await;
    assert!(!server.another(), "not asked again");
}

#[tokio::test]
async fn an_error_inside_the_stream_is_an_error_item_and_reading_goes_on() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let (mut events, mut connection) = open(&mut server, &client).await;
    connection
        .send(
            b"data: {\"Text\":\"a\"}\n\n\
              data: {\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"model failed\"}}}\n\n\
              data: not json\n\n\
              data: {\"Text\":\"b\"}\n\n",
        )
        .await;
    connection.end().await;
    assert_eq!(text(next(&mut events).await), "a");
    let e = next(&mut events).await.unwrap().unwrap_err();
    assert_eq!(
        (e.kind(), e.code(), e.message(), e.request_id()),
        (ErrorKind::Service, Some("InternalError"), "model failed", Some("req-stream"))
    );
    let e = next(&mut events).await.unwrap().unwrap_err();
    assert_eq!((e.kind(), e.request_id()), (ErrorKind::Decode, Some("req-stream")));
    assert_eq!(text(next(&mut events).await), "b");
    assert!(next(&mut events).await.is_none());
}

#[tokio::test]
async fn the_done_marker_of_lkeaps_stream_is_no_item() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let (mut events, mut connection) = open(&mut server, &client).await;
    // As lkeap's documented ChatCompletions stream ends: no space after the colon.
    connection.send(b"data:{\"Text\":\"a\"}\n\ndata:[DONE]\n\n").await;
    connection.end().await;
    assert_eq!(text(next(&mut events).await), "a");
    assert!(next(&mut events).await.is_none(), "the marker is neither an event nor an error");
}

#[tokio::test]
async fn a_stream_cut_inside_an_event_is_an_error_then_the_end_and_never_asked_again() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let (mut events, mut connection) = open(&mut server, &client).await;
    connection.send(b"data: {\"Text\":\"a\"}\n\ndata: {\"Te").await;
    assert_eq!(text(next(&mut events).await), "a");
    connection.cut().await;
    let e = next(&mut events).await.unwrap().unwrap_err();
    assert_eq!((e.kind(), e.request_id()), (ErrorKind::Transport, Some("req-stream")), "{e}");
    assert!(next(&mut events).await.is_none());
    assert!(next(&mut events).await.is_none());
    assert!(!server.another(), "a stream once open is never retried");
}

#[tokio::test]
async fn a_stream_cut_between_events_is_an_error_then_the_end() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let (mut events, mut connection) = open(&mut server, &client).await;
    connection.send(b"data: {\"Text\":\"a\"}\n\n").await;
    connection.cut().await;
    assert_eq!(text(next(&mut events).await), "a");
    let e = next(&mut events).await.unwrap().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Transport, "{e}");
    assert!(next(&mut events).await.is_none());
}

#[tokio::test]
async fn a_body_ended_by_closing_is_cut_only_inside_an_event() {
    for (rest, cut) in [(&b""[..], false), (b": keep-alive\n", false), (b"data: {\"Te", true), (b"id: 2\n", true)] {
        let mut server = EventServer::start().await;
        let client = client(&server);
        let call = tokio::spawn(async move { client.call_stream(chat()).await });
        let mut connection = server.next().await;
        connection.start_events_until_close("req-close").await;
        connection.send_raw(b"data: {\"Text\":\"a\"}\n\n").await;
        connection.send_raw(rest).await;
        connection.cut().await;
        let mut events = call.await.unwrap().unwrap();
        assert_eq!(text(next(&mut events).await), "a");
        if cut {
            let e = next(&mut events).await.unwrap().unwrap_err();
            assert_eq!((e.kind(), e.request_id()), (ErrorKind::Transport, Some("req-close")), "{e}");
        }
        assert!(next(&mut events).await.is_none(), "after {rest:?}");
    }
}

#[tokio::test]
async fn a_4_mib_event_arrives_whole() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let (mut events, mut connection) = open(&mut server, &client).await;
    let big = "x".repeat(4 << 20);
    let event = format!("data: {{\"Text\":\"{big}\"}}\n\ndata: {{\"Text\":\"after\"}}\n\n");
    // Written while the client reads: the connection holds far less than 4 MiB.
    let writer = tokio::spawn(async move {
        for piece in event.as_bytes().chunks(64 << 10) {
            connection.send(piece).await;
        }
        connection.end().await;
    });
    assert!(text(next(&mut events).await) == big);
    writer.await.unwrap();
    assert_eq!(text(next(&mut events).await), "after");
    assert!(next(&mut events).await.is_none());
}

#[tokio::test]
async fn an_event_over_the_cap_is_an_error_then_the_end() {
    let mut server = EventServer::start().await;
    let client = crate::support::client_builder(&server.url).max_event_bytes(1 << 20).build().unwrap();
    let (mut events, mut connection) = open(&mut server, &client).await;
    let line = format!("data: {}\n", "x".repeat(64 << 10));
    let writer = tokio::spawn(async move {
        // Over the cap, in lines that each stay under it.
        for _ in 0..20 {
            if !connection.try_send(line.as_bytes()).await {
                break;
            }
        }
    });
    let e = next(&mut events).await.unwrap().unwrap_err();
    assert_eq!((e.kind(), e.request_id()), (ErrorKind::Decode, Some("req-stream")), "{e}");
    assert!(e.message().contains("1048576-byte limit"), "{e}");
    assert!(next(&mut events).await.is_none());
    writer.await.unwrap();
}

#[tokio::test]
async fn dropping_the_stream_early_closes_its_connection() {
    let mut server = EventServer::start().await;
    let client = client(&server);
    let (mut events, mut connection) = open(&mut server, &client).await;
    connection.send(b"data: {\"Text\":\"a\"}\n\n").await;
    assert_eq!(text(next(&mut events).await), "a");
    drop(events);
    // A guard against a hang, not a measure: the close is immediate.
    let closed = tokio::time::timeout(Duration::from_secs(30), connection.closed_by_client()).await;
    assert_eq!(closed.ok(), Some(0), "the client closed the connection and sent nothing more");
}

#[cfg(feature = "blocking")]
#[test]
fn the_blocking_client_iterates_the_same_items() {
    let server_runtime = tokio::runtime::Runtime::new().unwrap();
    let mut server = server_runtime.block_on(EventServer::start());
    let client = tc3_runtime::blocking::Client::builder()
        .credentials(tc3_runtime::Credentials::new("AKIDtest", "key"))
        .endpoint(&server.url)
        .build()
        .unwrap();
    let answered = server_runtime.spawn(async move {
        let mut connection = server.next().await;
        connection.start_events("req-blocking").await;
        connection
            .send(b"data: {\"Text\":\"a\"}\n\ndata: {\"Error\":{\"Code\":\"InternalError\",\"Message\":\"x\"}}\n\n")
            .await;
        connection.send(b"data: {\"Text\":\"b\"}\n\ndata: {\"Te").await;
        connection.cut().await;
    });
    let events = client.call_stream(chat()).unwrap();
    assert_eq!(events.request_id(), Some("req-blocking"));
    let items: Vec<_> = events.collect();
    assert_eq!(items.len(), 4, "{items:?}");
    assert_eq!(items[0].as_ref().unwrap().data().text.as_deref(), Some("a"));
    assert_eq!(items[1].as_ref().unwrap_err().code(), Some("InternalError"));
    assert_eq!(items[2].as_ref().unwrap().data().text.as_deref(), Some("b"));
    let cut = items[3].as_ref().unwrap_err();
    assert_eq!((cut.kind(), cut.request_id()), (ErrorKind::Transport, Some("req-blocking")));
    server_runtime.block_on(answered).unwrap();
}
