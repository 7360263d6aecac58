//! hunyuan's ChatCompletions through `call_stream`, against a server on 127.0.0.1 that
//! answers as the service does and against the emulator: the generated request asks for a
//! stream, and each event decodes as the generated response.

// ChatCompletions is deprecated in the pinned mainland catalogue, and still the stream users
// come for.
#![allow(deprecated)]

use tc3::hunyuan::{ChatCompletions, ChatCompletionsResponse, ChatTranslations, Message};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Accepts one connection, reads its request and answers it with `answer`; the request's
/// JSON body.
async fn serve_once(listener: TcpListener, answer: Vec<u8>) -> serde_json::Value {
    let (mut socket, _) = listener.accept().await.unwrap();
    let mut request = Vec::new();
    let mut chunk = [0u8; 4096];
    let body = loop {
        let n = socket.read(&mut chunk).await.unwrap();
        assert!(n > 0, "the client closed the connection before its request ended");
        request.extend_from_slice(&chunk[..n]);
        let Some(end) = request.windows(4).position(|w| w == b"\r\n\r\n") else { continue };
        let head = String::from_utf8_lossy(&request[..end]).to_ascii_lowercase();
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0);
        if request.len() >= end + 4 + length {
            break request[end + 4..end + 4 + length].to_vec();
        }
    };
    socket.write_all(&answer).await.unwrap();
    socket.shutdown().await.unwrap();
    serde_json::from_slice(&body).unwrap()
}

const EVENTS: &str = "data: {\"Note\":\"以上内容为AI生成\",\"Choices\":[{\"FinishReason\":\"\",\"Delta\":{\"Role\":\"assistant\",\"Content\":\"你好\"}}],\"Created\":1705634032,\"Id\":\"9c772634\",\"Usage\":{\"PromptTokens\":3,\"CompletionTokens\":1,\"TotalTokens\":4}}\n\n\
    data: {\"Note\":\"以上内容为AI生成\",\"Choices\":[{\"FinishReason\":\"stop\",\"Delta\":{\"Role\":\"assistant\",\"Content\":\"！\"}}],\"Created\":1705634032,\"Id\":\"9c772634\",\"Usage\":{\"PromptTokens\":3,\"CompletionTokens\":2,\"TotalTokens\":5}}\n\n";

fn content(event: &ChatCompletionsResponse) -> (&str, &str) {
    let choice = &event.choices.as_ref().unwrap()[0];
    let delta = choice.delta.as_ref().unwrap();
    (delta.content.as_deref().unwrap(), choice.finish_reason.as_deref().unwrap())
}

#[tokio::test]
async fn chat_completions_streams_typed_events_and_asks_for_a_stream() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let answer = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nX-TC-RequestId: req-hunyuan\r\nConnection: close\r\n\r\n{EVENTS}"
    );
    let server = tokio::spawn(serve_once(listener, answer.into_bytes()));
    let client = tc3::Client::builder()
        .site(tc3::Site::Mainland)
        .credentials(tc3::Credentials::new("AKIDtest", "key"))
        .endpoint(url)
        .build()
        .unwrap();
    let hello = Message::builder().role("user").content("你好").build();
    let request = tc3::request!(ChatCompletions { model: "hunyuan-turbos-latest", messages: vec![hello] });
    let mut events = client.call_stream(request).await.unwrap();
    assert_eq!(events.request_id(), Some("req-hunyuan"));
    let first = events.next_event().await.unwrap().unwrap();
    assert_eq!(content(first.data()), ("你好", ""));
    assert_eq!(first.data().request_id, None, "events carry no request id; the stream has it");
    let second = events.next_event().await.unwrap().unwrap().into_data();
    assert_eq!(content(&second), ("！", "stop"));
    assert_eq!(second.usage.and_then(|u| u.total_tokens), Some(5));
    assert!(events.next_event().await.is_none());

    let sent = server.await.unwrap();
    assert_eq!(sent["Stream"], serde_json::json!(true), "{sent}");
    assert_eq!(sent["Model"], serde_json::json!("hunyuan-turbos-latest"));
}

#[test]
fn the_listed_actions_stream_and_others_do_not() {
    fn streams<A: tc3::StreamingAction>() {}
    streams::<ChatCompletions>();
    streams::<ChatTranslations>();
    assert_eq!(tc3::hunyuan::STREAMING_ACTIONS.len(), 12, "{:?}", tc3::hunyuan::STREAMING_ACTIONS);
    assert!(!tc3::hunyuan::STREAMING_ACTIONS.contains(&"GetEmbedding"));
    // `GetEmbedding` is no StreamingAction: `client.call_stream(GetEmbedding)` does not
    // compile (the runtime's `call_stream` documentation shows it).
}

/// The emulator streams ChatCompletions as the service does, and the generated response type
/// decodes every event: the delta's pieces, a finish reason in the last event only.
#[tokio::test]
async fn the_emulator_streams_chat_completions_into_the_generated_types() {
    let emulator = tc3_emulator::Emulator::start().await.unwrap();
    let client = emulator.client_builder().site(tc3::Site::Mainland).build().unwrap();
    let hello = Message::builder().role("user").content("你好").build();
    let request = tc3::request!(ChatCompletions { model: "hunyuan-turbos-latest", messages: vec![hello] });
    let mut events = client.call_stream(request).await.unwrap();
    assert!(events.request_id().is_some());
    let mut pieces = Vec::new();
    while let Some(event) = events.next_event().await {
        let event = event.unwrap().into_data();
        assert!(event.request_id.is_none());
        pieces.push(content(&event).0.to_owned() + "|" + content(&event).1);
    }
    assert!(pieces.len() > 1, "{pieces:?}");
    let (last, before) = pieces.split_last().unwrap();
    assert!(last.ends_with("|stop") && before.iter().all(|p| p.ends_with('|')), "{pieces:?}");
}
