//! Scripted answers: a tc3 client sees a script's steps in order (states, errors it retries,
//! pages), from the library and over HTTP; bad requests are still refused first, malformed
//! scripts are refused with a 400 naming the problem, and clearing restores the spec's answers.

use std::time::Duration;

use serde_json::{Value, json};
use tc3::paging::Paged as _;
use tc3_emulator::{Emulator, Script, Step};

/// The client `builder` makes, retrying almost at once, `attempts` times at most.
fn retrying(builder: tc3::ClientBuilder, attempts: u32) -> tc3::Client {
    builder.backoff(Duration::from_millis(1), Duration::from_millis(2)).max_attempts(attempts).build().unwrap()
}

async fn describe(client: &tc3::Client, params: Value) -> tc3::Result<Value> {
    client.call_json("cvm", "2017-03-12", "DescribeInstances", params).await
}

fn state(answer: &Value) -> &str {
    answer["InstanceSet"][0]["InstanceState"].as_str().unwrap_or("none")
}

#[tokio::test]
async fn a_client_polling_a_scripted_action_sees_its_states_in_order_then_the_last_for_good() {
    let emulator = Emulator::start().await.unwrap();
    let instance = |state: &str| Step::answer(json!({"InstanceSet": [{"InstanceState": state}]}));
    emulator
        .set_script(
            Script::new("cvm", "DescribeInstances")
                .when("InstanceIds", json!(["ins-1"]))
                .step(instance("PENDING").times(2))
                .step(instance("RUNNING")),
        )
        .unwrap();
    let client = emulator.client().unwrap();
    let mine = json!({"InstanceIds": ["ins-1"]});
    let mut seen = Vec::new();
    for _ in 0..4 {
        let answer = describe(&client, mine.clone()).await.unwrap();
        seen.push(state(&answer).to_owned());
        // Members the script does not name keep the spec's example values.
        assert!(answer["InstanceSet"][0]["InstanceId"].as_str().is_some_and(|id| id.starts_with("ins-")), "{answer}");
        assert!(answer["TotalCount"].is_i64() && answer["RequestId"].is_string(), "{answer}");
    }
    assert_eq!(seen, ["PENDING", "PENDING", "RUNNING", "RUNNING"]);
    // Another instance is not scripted: the spec's example state, and the script does not move.
    let other = describe(&client, json!({"InstanceIds": ["ins-2"]})).await.unwrap();
    assert_eq!(state(&other), "RUNNING", "the spec's example: {other}");
    assert_eq!(emulator.scripts()[0].answered, 4);
}

#[tokio::test]
async fn an_error_three_times_then_an_answer_is_ridden_out_by_a_client_that_retries() {
    let emulator = Emulator::start().await.unwrap();
    let script = Script::new("cvm", "DescribeInstances")
        .step(Step::error("RequestLimitExceeded", "Too many requests.").times(3))
        .step(Step::answer(json!({"TotalCount": 7})));
    emulator.set_script(script.clone()).unwrap();
    let answer = describe(&retrying(emulator.client_builder(), 4), json!({})).await.unwrap();
    assert_eq!(answer["TotalCount"], 7, "{answer}");
    assert_eq!(emulator.scripts()[0].answered, 4, "three refusals, then the answer");

    // One attempt fewer, and the client gives up with the scripted error.
    emulator.set_script(script).unwrap();
    let refused = describe(&retrying(emulator.client_builder(), 3), json!({})).await.unwrap_err();
    assert_eq!(refused.code(), Some("RequestLimitExceeded"), "{refused}");
    assert_eq!(refused.message(), "Too many requests.");
    assert!(refused.request_id().is_some_and(|id| !id.is_empty()), "the emulator's envelope: {refused}");
}

#[tokio::test]
async fn a_bad_request_is_refused_before_the_script_answers() {
    let emulator = Emulator::start().await.unwrap();
    emulator.set_script(Script::new("cvm", "DescribeInstances").step(Step::answer(json!({"TotalCount": 7})))).unwrap();
    let unknown = describe(&emulator.client().unwrap(), json!({"Color": 1})).await.unwrap_err();
    assert_eq!(unknown.code(), Some("UnknownParameter"), "{unknown}");
    let stranger = tc3::Client::builder()
        .credentials(tc3::Credentials::new("AKIDsomeoneElse0000000000000000000000", "not-the-key"))
        .endpoint(emulator.url())
        .build()
        .unwrap();
    let refused = describe(&stranger, json!({})).await.unwrap_err();
    assert_eq!(refused.code(), Some("AuthFailure.SecretIdNotFound"), "{refused}");
    assert_eq!(emulator.scripts()[0].answered, 0, "neither took a step");
    let answer = describe(&emulator.client().unwrap(), json!({})).await.unwrap();
    assert_eq!(answer["TotalCount"], 7);
}

#[tokio::test]
async fn a_paginator_walks_scripted_pages_to_the_end_sending_each_token() {
    let emulator = Emulator::start().await.unwrap();
    let page = |ids: &[&str], next: &str| {
        let resources: Vec<Value> = ids.iter().map(|id| json!({"ResourceId": id})).collect();
        Step::answer(json!({"Resources": resources, "NextToken": next}))
    };
    let search = || Script::new("cloudrc", "SearchResources");
    // A page per token: a token the paginator failed to send back would get the first page again.
    emulator.set_script(search().step(page(&["vpc-1", "vpc-2"], "t2"))).unwrap();
    emulator.set_script(search().when("NextToken", json!("t2")).step(page(&["vpc-3", "vpc-4"], "t3"))).unwrap();
    let last = search().when("NextToken", json!("t3"));
    // The last page fails once first; a read is retried.
    emulator.set_script(last.step(Step::error("InternalError", "try again")).step(page(&["vpc-5"], ""))).unwrap();
    // cloudrc is a mainland service.
    let client = retrying(emulator.client_builder().site(tc3::Site::Mainland), 3);
    let request = tc3::request!(tc3::cloudrc::SearchResources { max_results: 2 });
    let mut pages = request.pages(&client);
    let mut ids = Vec::new();
    while let Some(item) = pages.next().await {
        ids.push(item.unwrap().resource_id.unwrap_or_default());
    }
    assert_eq!(ids, ["vpc-1", "vpc-2", "vpc-3", "vpc-4", "vpc-5"]);
    assert_eq!(pages.pages_fetched(), 3);
    let answered: Vec<u64> = emulator.scripts().iter().map(|s| s.answered).collect();
    assert_eq!(answered, [1, 1, 2], "each page once, the last after one retry");
}

#[tokio::test]
async fn a_paginator_walks_scripted_numbered_pages_to_the_total() {
    let emulator = Emulator::start().await.unwrap();
    let list = || Script::new("mall", "DescribeDrawResourceList");
    let page = |number: u64, ids: &[&str]| {
        let items: Vec<Value> = ids.iter().map(|id| json!({"ResourceId": id})).collect();
        let answer = Step::answer(json!({"ResourceDrawList": items, "TotalCount": 5}));
        list().when("PageNumber", json!(number)).step(answer)
    };
    emulator.set_script(page(1, &["r1", "r2"])).unwrap();
    emulator.set_script(page(2, &["r3", "r4"])).unwrap();
    emulator.set_script(page(3, &["r5"])).unwrap();
    // Any other page is an error: the walk must stop at the total, not ask for page 4.
    emulator.set_script(list().step(Step::error("InvalidParameterValue", "no such page"))).unwrap();
    let client = emulator.client_builder().site(tc3::Site::Mainland).build().unwrap();
    let request = tc3::request!(tc3::mall::DescribeDrawResourceList { page_number: 1, page_size: 2 });
    let items = request.pages(&client).collect().await.unwrap();
    let ids: Vec<String> = items.into_iter().filter_map(|item| item.resource_id).collect();
    assert_eq!(ids, ["r1", "r2", "r3", "r4", "r5"]);
    let answered: Vec<u64> = emulator.scripts().iter().map(|s| s.answered).collect();
    assert_eq!(answered, [1, 1, 1, 0]);
}

#[tokio::test]
async fn scripts_are_set_listed_and_cleared_over_http() {
    let emulator = Emulator::start().await.unwrap();
    let http = reqwest::Client::new();
    let url = format!("{}/_emulator/scripts", emulator.url());
    let script = json!({
        "service": "cvm", "action": "DescribeInstances",
        "steps": [{"error": {"code": "InternalError", "message": "scripted"}, "times": 2}, {"answer": {"TotalCount": 3}}]
    });
    let set = http.post(&url).json(&script).send().await.unwrap();
    assert_eq!(set.status().as_u16(), 200);
    let client = emulator.client().unwrap();
    let refused = describe(&client, json!({})).await.unwrap_err();
    assert_eq!((refused.code(), refused.message()), (Some("InternalError"), "scripted"));
    let listed: Value = http.get(&url).send().await.unwrap().json().await.unwrap();
    assert_eq!(listed["scripts"][0]["action"], "DescribeInstances", "{listed}");
    assert_eq!(listed["scripts"][0]["answered"], 1, "{listed}");
    assert_eq!(listed["scripts"][0]["steps"][0]["times"], 2, "{listed}");

    let cleared: Value = http.delete(&url).send().await.unwrap().json().await.unwrap();
    assert_eq!(cleared["cleared"], 1);
    assert!(emulator.scripts().is_empty());
    let answer = describe(&client, json!({})).await.unwrap();
    assert_eq!(answer["TotalCount"], 1, "the spec's example again: {answer}");
}

#[tokio::test]
async fn malformed_scripts_are_refused_over_http_with_a_400_naming_the_problem() {
    let emulator = Emulator::start().await.unwrap();
    let http = reqwest::Client::new();
    let url = format!("{}/_emulator/scripts", emulator.url());
    let cases = [
        (r#"{"service": "nosuch", "action": "X", "steps": [{"answer": {}}]}"#, "unknown service `nosuch`"),
        (
            r#"{"service": "cvm", "action": "DescribeUnicorns", "steps": [{"answer": {}}]}"#,
            "unknown action `DescribeUnicorns`",
        ),
        (
            r#"{"service": "cvm", "action": "DescribeInstances", "steps": [{"times": 1}]}"#,
            "step 1: expected an `answer` or an `error`",
        ),
        (
            r#"{"service": "cvm", "action": "DescribeInstances", "steps": [{"answer": {}, "times": 0}]}"#,
            "step 1: `times` is 0",
        ),
        (
            r#"{"service": "cvm", "action": "DescribeInstances", "steps": [{"answer": {}, "times": -1}]}"#,
            "expected a script as JSON",
        ),
        (r#"{"service": "cvm", "action": "DescribeInstances", "steps": [{"anwser": {}}]}"#, "unknown field `anwser`"),
        (r#"{"service": "cvm", "action": "DescribeInstances"}"#, "missing field `steps`"),
        ("not json", "expected a script as JSON"),
    ];
    for (body, expected) in cases {
        let response = http.post(&url).body(body).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 400, "{body}");
        let error: Value = response.json().await.unwrap();
        let message = error["error"].as_str().unwrap_or_default();
        assert!(message.contains(expected), "{body}: {message}");
    }
    let huge = format!(r#"{{"service": "cvm", "pad": "{}"}}"#, "x".repeat(2 * 1024 * 1024));
    assert_eq!(http.post(&url).body(huge).send().await.unwrap().status().as_u16(), 413);
    assert!(emulator.scripts().is_empty(), "nothing refused was set");
}

/// Any JSON value, sometimes of the shape a script member expects, from a seeded generator.
fn any_value(rng: &mut fastrand::Rng, depth: u32) -> Value {
    match rng.usize(..if depth > 2 { 8 } else { 10 }) {
        0 => Value::Null,
        1 => json!(rng.bool()),
        2 => json!([0, 1, 2, -1, 4_294_967_296_i64, i64::MIN][rng.usize(..6)]),
        3 => json!(1e300),
        4 => json!(["", "cvm", "DescribeInstances", "InternalError", "RUNNING", "备注🙂"][rng.usize(..6)]),
        5 => json!("x".repeat(rng.usize(..2000))),
        6 => json!({"InstanceSet": [{"InstanceState": "PENDING"}], "TotalCount": rng.u32(..)}),
        7 => json!({"code": "InternalError", "message": "m"}),
        8 => Value::Array((0..rng.usize(..4)).map(|_| any_value(rng, depth + 1)).collect()),
        _ => {
            let names = ["answer", "error", "times", "InstanceSet", "TotalCount", "code", "message", "Limit"];
            Value::Object(
                (0..rng.usize(..4)).map(|_| (names[rng.usize(..8)].into(), any_value(rng, depth + 1))).collect(),
            )
        }
    }
}

#[tokio::test]
async fn mangled_scripts_get_a_4xx_and_the_emulator_answers_on() {
    let emulator = Emulator::start().await.unwrap();
    let http = reqwest::Client::new();
    let url = format!("{}/_emulator/scripts", emulator.url());
    let client = emulator.client().unwrap();
    let mut rng = fastrand::Rng::with_seed(27);
    let (mut set, mut refused) = (0, 0);
    for case in 0..300 {
        let mut script = json!({"service": "cvm", "action": "DescribeInstances", "steps": [{"answer": {}}]});
        let members = ["service", "action", "when", "steps", "extra"];
        for _ in 0..rng.usize(..3) {
            let member = members[rng.usize(..members.len())];
            let value = if member == "steps" && rng.bool() {
                let step = |rng: &mut fastrand::Rng| match rng.usize(..4) {
                    0 => json!({"answer": any_value(rng, 1), "times": rng.u32(1..3)}),
                    1 => json!({"error": {"code": "InternalError"}, "times": any_value(rng, 2)}),
                    2 => json!({"answer": {"TotalCount": any_value(rng, 1)}}),
                    _ => any_value(rng, 1),
                };
                Value::Array((0..rng.usize(..4)).map(|_| step(&mut rng)).collect())
            } else {
                any_value(&mut rng, 0)
            };
            script[member] = value;
        }
        let response = http.post(&url).json(&script).send().await.expect("an answer, never a closed connection");
        match response.status().as_u16() {
            200 => set += 1,
            400 => refused += 1,
            status => panic!("case {case}: {status} for {script}"),
        }
        // Whatever was set, calls are answered in the envelope.
        if let Err(e) = describe(&client, json!({"Limit": 1})).await {
            assert_eq!(e.kind(), tc3::ErrorKind::Service, "case {case}: {e} after {script}");
        }
    }
    assert!(set > 10 && refused > 100, "{set} set, {refused} refused: the cases reach both sides");
}

#[tokio::test]
async fn a_page_of_another_origin_cannot_set_scripts() {
    let emulator = Emulator::start().await.unwrap();
    let script =
        json!({"service": "cvm", "action": "DescribeInstances", "steps": [{"error": {"code": "InternalError"}}]});
    let url = format!("{}/_emulator/scripts", emulator.url());
    let sent = reqwest::Client::new().post(&url).header("Origin", "http://evil.example").json(&script).send().await;
    assert_eq!(sent.unwrap().status().as_u16(), 403);
    assert!(emulator.scripts().is_empty());
}
