//! Work the size of the state is done outside its lock: a partner call is answered while
//! the page renders, or while a change is being saved. Each test holds the slow work on a
//! hook and waits for the call; the timeouts only keep a regression from hanging the run.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use serde_json::{Value, json};

use crate::faults::Decision;
use crate::gateway::tests::{PARTNER, signed};
use crate::gateway::{ApiRequest, answer};
use crate::shared::Shared;
use crate::{Builder, Clock, page, state};

/// Far longer than any of these steps takes; reaching it means a call waited for a lock.
const PATIENCE: Duration = Duration::from_secs(60);

/// A TC3-signed partner call of `action`.
fn request(shared: &Shared, credentials: &tc3::Credentials, action: &str, body: &Value) -> ApiRequest {
    signed(shared, credentials, PARTNER, action, "2022-09-28", body)
}

/// The `Response` to `request`, answered on this thread.
fn respond(shared: &Shared, request: ApiRequest) -> Value {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let answered = runtime.block_on(answer(shared, request, Decision::default()));
    let mut envelope: Value = serde_json::from_slice(&answered.body).unwrap();
    envelope["Response"].take()
}

/// The `Response` of a partner call of `action`, answered on a thread of its own.
fn call(shared: &Arc<Shared>, credentials: &tc3::Credentials, action: &str, body: &Value) -> Receiver<Value> {
    let request = request(shared, credentials, action, body);
    let (sender, answered) = channel();
    let shared = Arc::clone(shared);
    std::thread::spawn(move || {
        let _ = sender.send(respond(&shared, request));
    });
    answered
}

/// A hook that says it was reached, then waits to be let go (or for [`PATIENCE`]).
fn hold() -> (impl FnMut() + Send + 'static, Receiver<()>, Sender<()>) {
    let (reached, on_reach) = channel();
    let (let_go, on_let_go) = channel::<()>();
    let hook = move || {
        let _ = reached.send(());
        let _ = on_let_go.recv_timeout(PATIENCE);
    };
    (hook, on_reach, let_go)
}

fn code(response: &Value) -> &str {
    response["Error"]["Code"].as_str().unwrap_or("OK")
}

#[test]
fn a_partner_call_is_answered_while_the_page_renders() {
    let (shared, credentials) = Builder::default().clock(Clock::manual_now()).test_shared();
    let shared = Arc::new(shared);
    let (hook, reached, let_go) = hold();
    let rendering = {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || {
            page::tests::BEFORE_RENDER.set(Some(Box::new(hook)));
            page::current(&shared, "")
        })
    };
    reached.recv_timeout(PATIENCE).expect("the page starts rendering");
    let answered = call(&shared, &credentials, "GetCountryCodes", &json!({})).recv_timeout(PATIENCE);
    let _ = let_go.send(());
    let answered = answered.expect("a call is answered while the page renders");
    assert_eq!(code(&answered), "OK", "{answered}");
    assert!(rendering.join().unwrap().contains("Recent requests"));
}

#[test]
fn a_partner_call_is_answered_while_a_change_is_saved() {
    let dir = std::env::temp_dir().join(format!("tc3-emulator-saving-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("state.json");
    let (shared, credentials) = Builder::default().clock(Clock::manual_now()).state_file(&path).test_shared();
    let shared = Arc::new(shared);
    let (hook, reached, let_go) = hold();
    // The change is answered, and so saved, on a thread of its own: the hook is set there.
    let change =
        request(&shared, &credentials, "SendVerifyCode", &json!({"CountryCode": "65", "PhoneNum": "81234567"}));
    let changing = {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || {
            state::tests::BEFORE_WRITE.set(Some(Box::new(hook)));
            respond(&shared, change)
        })
    };
    reached.recv_timeout(PATIENCE).expect("the change starts being written");
    let answered = call(&shared, &credentials, "GetCountryCodes", &json!({})).recv_timeout(PATIENCE);
    let _ = let_go.send(());
    let answered = answered.expect("a call is answered while a change is saved");
    assert_eq!(code(&answered), "OK", "{answered}");
    let changed = changing.join().unwrap();
    assert_eq!(code(&changed), "OK", "{changed}");
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("81234567"), "the change is on disk");
    std::fs::remove_dir_all(&dir).unwrap();
}
