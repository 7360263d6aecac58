//! Streamed answers through tc3's `call_stream`: hunyuan's ChatCompletions, an action of the
//! reviewed list, streams typed events with the request id in the header; asked without a
//! stream it answers one envelope; a refusal comes before any stream; and the cut fault ends
//! a stream midway with one error, never a hang.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use tc3::{ErrorKind, Event, EventStream};
use tc3_emulator::{Emulator, Faults};

/// hunyuan's ChatCompletions, its members this test needs.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct ChatCompletions {
    #[serde(skip_serializing_if = "String::is_empty")]
    model: String,
    messages: Vec<Message>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stream: Option<bool>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Message {
    role: &'static str,
    content: &'static str,
}

/// One event of the stream, or the whole JSON answer.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ChatResponse {
    id: Option<String>,
    choices: Option<Vec<Choice>>,
    request_id: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Choice {
    finish_reason: Option<String>,
    delta: Option<Delta>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Delta {
    content: Option<String>,
}

impl tc3::Action for ChatCompletions {
    type Response = ChatResponse;
    const SERVICE: &'static str = "hunyuan";
    const VERSION: &'static str = "2023-09-01";
    const ACTION: &'static str = "ChatCompletions";
}

impl tc3::StreamingAction for ChatCompletions {
    fn request_stream(&mut self) {
        self.stream = Some(true);
    }
}

/// lkeap's ChatCompletions: the same members, another service.
#[derive(Debug, Serialize)]
#[serde(transparent)]
struct LkeapChatCompletions(ChatCompletions);

impl tc3::Action for LkeapChatCompletions {
    type Response = ChatResponse;
    const SERVICE: &'static str = "lkeap";
    const VERSION: &'static str = "2024-05-22";
    const ACTION: &'static str = "ChatCompletions";
}

impl tc3::StreamingAction for LkeapChatCompletions {
    fn request_stream(&mut self) {
        self.0.request_stream();
    }
}

/// es's ChatCompletions, with its `Stream` member left out.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct EsChatCompletions {
    model_name: &'static str,
    messages: Vec<Message>,
}

impl tc3::Action for EsChatCompletions {
    type Response = ChatResponse;
    const SERVICE: &'static str = "es";
    const VERSION: &'static str = "2025-01-01";
    const ACTION: &'static str = "ChatCompletions";
}

/// Leaves `Stream` out.
impl tc3::StreamingAction for EsChatCompletions {}

fn chat(stream: Option<bool>) -> ChatCompletions {
    let messages = vec![Message { role: "user", content: "你好" }];
    ChatCompletions { model: "hunyuan-turbos-latest".into(), messages, stream }
}

fn choice(response: &ChatResponse) -> &Choice {
    &response.choices.as_ref().expect("choices")[0]
}

fn content(response: &ChatResponse) -> &str {
    choice(response).delta.as_ref().and_then(|d| d.content.as_deref()).expect("a delta's content")
}

/// Every item of `events`; a stream that never ends fails the test rather than hanging it.
async fn items(events: &mut EventStream<ChatResponse>) -> Vec<tc3::Result<Event<ChatResponse>>> {
    let all = async {
        let mut all = Vec::new();
        while let Some(item) = events.next_event().await {
            all.push(item);
        }
        all
    };
    tokio::time::timeout(Duration::from_secs(120), all).await.expect("the stream ends")
}

#[tokio::test]
async fn a_chat_streams_typed_events_that_add_up_to_the_answer() {
    let e = Emulator::start().await.unwrap();
    let client = e.client().unwrap();
    let mut events = client.call_stream(chat(None)).await.unwrap();
    let request_id = events.request_id().expect("the stream's request id").to_owned();
    assert_eq!(request_id.len(), 36, "a UUID: {request_id}");
    let events: Vec<ChatResponse> = items(&mut events).await.into_iter().map(|i| i.unwrap().into_data()).collect();
    assert!(events.len() > 1, "{events:?}");
    let reasons: Vec<&str> = events.iter().map(|e| choice(e).finish_reason.as_deref().unwrap()).collect();
    let (last, before) = reasons.split_last().unwrap();
    assert!(before.iter().all(|r| r.is_empty()) && !last.is_empty(), "only the last event finishes: {reasons:?}");
    assert!(events.iter().all(|e| e.request_id.is_none() && e.id.is_some()), "{events:?}");

    // The same call without a stream: one envelope, whose text the events' pieces add up to.
    let whole = client.call(chat(Some(false))).await.unwrap();
    assert!(whole.request_id.as_deref().is_some_and(|id| id != request_id));
    let streamed: String = events.iter().map(content).collect();
    assert_eq!(streamed, content(&whole));
    assert!(!streamed.is_empty());
}

#[tokio::test]
async fn lkeaps_chat_ends_with_its_marker_which_is_no_item() {
    let e = Emulator::start().await.unwrap();
    let mut events = e.client().unwrap().call_stream(LkeapChatCompletions(chat(None))).await.unwrap();
    let items = items(&mut events).await;
    assert_eq!(items.len(), 4, "four events and no error for `data: [DONE]`: {items:?}");
    let last = items.into_iter().map(|i| i.unwrap().into_data()).next_back().unwrap();
    assert_eq!(choice(&last).finish_reason.as_deref(), Some("stop"));
}

#[tokio::test]
async fn es_chat_streams_with_stream_left_out_as_documented() {
    let e = Emulator::start().await.unwrap();
    let request =
        EsChatCompletions { model_name: "hunyuan-turbo", messages: vec![Message { role: "user", content: "hi" }] };
    let mut events = e.client_builder().site(tc3::Site::Mainland).build().unwrap().call_stream(request).await.unwrap();
    let items = items(&mut events).await;
    assert_eq!(items.len(), 4, "a stream, not one envelope: {items:?}");
    assert!(items.iter().all(Result::is_ok), "{items:?}");
}

#[tokio::test]
async fn a_chat_not_asking_for_a_stream_answers_one_envelope() {
    let e = Emulator::start().await.unwrap();
    let client = e.client().unwrap();
    for stream in [Some(false), None] {
        let answer = client.call(chat(stream)).await.unwrap();
        assert!(answer.request_id.is_some(), "{stream:?}: {answer:?}");
        assert_eq!(choice(&answer).finish_reason.as_deref(), Some("stop"));
    }
    let raw = client
        .call_json(
            "hunyuan",
            "2023-09-01",
            "ChatCompletions",
            serde_json::json!({"Model": "m", "Messages": [], "Stream": false}),
        )
        .await
        .unwrap();
    assert!(raw["RequestId"].is_string(), "{raw}");
}

#[tokio::test]
async fn a_refusal_comes_before_the_stream_with_its_code_and_request_id() {
    let e = Emulator::start().await.unwrap();
    let missing_model = ChatCompletions { model: String::new(), ..chat(None) };
    let refused = e.client().unwrap().call_stream(missing_model).await.unwrap_err();
    assert_eq!((refused.kind(), refused.code()), (ErrorKind::Service, Some("MissingParameter")), "{refused}");
    assert!(refused.request_id().is_some(), "{refused:?}");

    let stranger = tc3::Client::builder()
        .credentials(tc3::Credentials::new(tc3_emulator::DEMO_SECRET_ID, "not the key"))
        .endpoint(e.url())
        .build()
        .unwrap();
    let refused = stranger.call_stream(chat(None)).await.unwrap_err();
    assert_eq!(refused.code(), Some("AuthFailure.SignatureFailure"), "{refused}");
    assert!(refused.request_id().is_some(), "{refused:?}");
}

#[tokio::test]
async fn a_cut_stream_gives_its_first_events_then_one_error_then_ends() {
    let e = Emulator::builder().faults(Faults { cut_rate: 1.0, ..Faults::default() }).start().await.unwrap();
    let client = e.client().unwrap();
    let mut events = client.call_stream(chat(None)).await.unwrap();
    let request_id = events.request_id().map(str::to_owned);
    let mut items = items(&mut events).await;
    let error = items.pop().expect("an item").expect_err("the last item is the cut");
    assert_eq!(error.kind(), ErrorKind::Transport, "{error}");
    assert_eq!(error.request_id(), request_id.as_deref());
    assert_eq!(items.len(), 2, "half of the four events came before the cut: {items:?}");
    for item in items {
        let event = item.unwrap().into_data();
        assert_eq!(choice(&event).finish_reason.as_deref(), Some(""), "the stream did not finish: {event:?}");
    }
    assert!(events.next_event().await.is_none(), "a cut stream stays ended");

    // The emulator goes on serving; without the fault the stream finishes.
    e.set_faults(Faults::default());
    let mut events = client.call_stream(chat(None)).await.unwrap();
    let items = self::items(&mut events).await;
    assert_eq!(items.len(), 4);
    assert!(items.iter().all(Result::is_ok), "{items:?}");
}

#[tokio::test]
async fn latency_delays_each_event() {
    let e = Emulator::builder()
        .faults(Faults { latency_ms: 40, latency_rate: 1.0, ..Faults::default() })
        .start()
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut events = e.client().unwrap().call_stream(chat(None)).await.unwrap();
    let items = items(&mut events).await;
    assert_eq!(items.len(), 4);
    // 40 ms before the answer, then before each of the three further events.
    assert!(started.elapsed() >= Duration::from_millis(160), "{:?}", started.elapsed());
}

#[tokio::test]
async fn a_scripted_answer_is_streamed_and_a_scripted_error_refuses_the_stream() {
    use tc3_emulator::{Script, Step};
    let e = Emulator::start().await.unwrap();
    let said = serde_json::json!({"Choices": [{"Delta": {"Content": "scripted words"}}]});
    let script = Script::new("hunyuan", "ChatCompletions")
        .step(Step::error("LimitExceeded", "Too many tokens."))
        .step(Step::answer(said));
    e.set_script(script).unwrap();
    let client = e.client().unwrap();
    let refused = client.call_stream(chat(None)).await.unwrap_err();
    assert_eq!((refused.code(), refused.request_id().is_some()), (Some("LimitExceeded"), true), "{refused}");
    let mut events = client.call_stream(chat(None)).await.unwrap();
    let events: Vec<ChatResponse> = items(&mut events).await.into_iter().map(|i| i.unwrap().into_data()).collect();
    assert_eq!(events.iter().map(content).collect::<String>(), "scripted words");
    assert_eq!(choice(events.last().unwrap()).finish_reason.as_deref(), Some("stop"));
}
