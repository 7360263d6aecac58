use serde_json::{Value, json};

use super::*;

fn call<'a>(action: &'a str, params: &'a Value) -> Call<'a> {
    Call { service: "cvm", version: "2017-03-12", action, region: Some("ap-singapore"), params }
}

fn recorded(action: &str, params: Value, answer: Value) -> Recording {
    let Value::Object(members) = answer else { panic!("an object") };
    Recording::new(call(action, &params), Answer::Response(members), Some("rid".into()))
}

fn cassette(recordings: Vec<Recording>) -> Cassette {
    Cassette::new("test.jsonl".into(), recordings.into_iter().enumerate().map(|(i, r)| (i + 1, r)).collect())
}

#[test]
fn a_recording_holds_no_secret_of_the_call_or_of_its_answer() {
    let params = json!({"InstanceName": "web", "LoginSettings": {"Password": "hunter2-Aa"}, "ClientToken": "t1"});
    let answer = json!({"Credentials": {"TmpSecretKey": "k"}, "InstanceIdSet": ["ins-1"], "RequestId": "rid-1"});
    let Value::Object(members) = answer else { unreachable!() };
    let recording = Recording::new(call("RunInstances", &params), Answer::Response(members), Some("rid-1".into()));
    let line = serde_json::to_string(&recording).unwrap();
    assert!(!line.contains("hunter2") && !line.contains("\"k\""), "{line}");
    assert_eq!(recording.params["LoginSettings"]["Password"], "<redacted>");
    assert_eq!(recording.params["ClientToken"], "t1", "an idempotency token is no secret");
    let Answer::Response(members) = &recording.answer else { panic!("a response") };
    assert_eq!(members["Credentials"], "<redacted>");
    assert_eq!(members["InstanceIdSet"], json!(["ins-1"]));
}

#[test]
fn a_call_matches_whatever_its_client_token_and_secrets() {
    let params = json!({"InstanceName": "web", "LoginSettings": {"Password": "one"}, "ClientToken": "t1"});
    let tape = cassette(vec![recorded("RunInstances", params, json!({"InstanceIdSet": ["ins-1"]}))]);
    let again = json!({"InstanceName": "web", "LoginSettings": {"Password": "two"}, "ClientToken": "t2"});
    assert_eq!(tape.answer(call("RunInstances", &again)).unwrap()["InstanceIdSet"], json!(["ins-1"]));
    let other = json!({"InstanceName": "db", "LoginSettings": {"Password": "two"}});
    assert_eq!(tape.answer(call("RunInstances", &other)).unwrap_err().code, "_emulator.NoRecording");
}

#[test]
fn the_same_call_replays_in_recorded_order_then_repeats_the_last() {
    let params = json!({"InstanceIds": ["ins-1"]});
    let state = |s: &str| json!({"InstanceSet": [{"InstanceState": s}]});
    let tape = cassette(vec![
        recorded("DescribeInstances", params.clone(), state("PENDING")),
        recorded("DescribeInstances", params.clone(), state("RUNNING")),
    ]);
    let answers: Vec<Value> = (0..3)
        .map(|_| tape.answer(call("DescribeInstances", &params)).unwrap()["InstanceSet"][0]["InstanceState"].clone())
        .collect();
    assert_eq!(answers, ["PENDING", "RUNNING", "RUNNING"]);
}

#[test]
fn a_recorded_error_is_answered_as_the_error() {
    let params = json!({"Limit": 1000});
    let refusal = Answer::Error { code: "InvalidParameterValue.LimitExceeded".into(), message: "too many".into() };
    let tape = cassette(vec![Recording::new(call("DescribeInstances", &params), refusal, None)]);
    let error = tape.answer(call("DescribeInstances", &params)).unwrap_err();
    assert_eq!((&*error.code, &*error.message), ("InvalidParameterValue.LimitExceeded", "too many"));
}

#[test]
fn no_match_names_the_closest_recording_and_where_it_differs() {
    let tape = cassette(vec![
        recorded("DescribeImages", json!({"Limit": 20}), json!({})),
        recorded("DescribeInstances", json!({"Limit": 10, "Offset": 0}), json!({})),
        recorded("DescribeInstances", json!({"Limit": 10, "Offset": 0, "InstanceIds": ["ins-9"]}), json!({})),
    ]);
    let sent = json!({"Limit": 20, "Offset": 0});
    let error = tape.answer(call("DescribeInstances", &sent)).unwrap_err();
    assert_eq!(error.code, "_emulator.NoRecording");
    assert_eq!(
        error.message,
        "No call recorded in test.jsonl matches cvm DescribeInstances (version 2017-03-12) with these parameters. \
         The closest is line 2: cvm DescribeInstances (version 2017-03-12), whose parameters differ at Limit \
         (recorded 10, sent 20)."
    );
    let other_version = Call { version: "2016-01-01", ..call("DescribeInstances", &sent) };
    let error = tape.answer(other_version).unwrap_err();
    assert!(error.message.contains("closest is line 2"), "{}", error.message);
}

#[test]
fn a_cassette_answers_the_services_it_holds_only() {
    let tape = cassette(vec![recorded("DescribeInstances", json!({}), json!({}))]);
    assert!(tape.has_service("cvm"));
    assert!(!tape.has_service("vpc"));
}

#[test]
fn a_cassette_is_read_back_as_written_and_a_bad_line_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    let first = recorded("DescribeInstances", json!({"Limit": 1}), json!({"TotalCount": 0}));
    let second = Recording::new(
        call("DescribeImages", &json!({})),
        Answer::Error { code: "AuthFailure.UnauthorizedOperation".into(), message: "no".into() },
        None,
    );
    let lines: Vec<String> = [&first, &second].iter().map(|r| serde_json::to_string(r).unwrap()).collect();
    // A blank line between them: lines are counted as in the file.
    std::fs::write(&path, lines.join("\n\n") + "\n").unwrap();
    let tape = Cassette::load(&path).unwrap();
    let read: Vec<(usize, &Recording)> = tape.entries.iter().map(|e| (e.line, &e.recording)).collect();
    assert_eq!(read, [(1, &first), (3, &second)]);
    std::fs::write(&path, format!("{}\n{{\"service\": \"cvm\"}}\n", lines[0])).unwrap();
    let error = Cassette::load(&path).unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidData);
    assert!(error.to_string().contains("calls.jsonl line 2: not a recorded call"), "{error}");
}
