use serde_json::{Map, Value, json};

use super::merge::merge;
use super::store::{MAX_SCRIPTS, step_for};
use super::{Script, Scripts, Step};

fn script(json: Value) -> Script {
    serde_json::from_value(json).expect("a script")
}

fn refusal(json: Value) -> String {
    Scripts::default().set(script(json)).expect_err("refused").to_string()
}

/// The step taken by calls 0, 1, 2, ... of `steps`, by their `times`.
fn taken(steps: &[Step], calls: u64) -> Vec<u32> {
    (0..calls).map(|call| step_for(steps, call).unwrap().count()).collect()
}

#[test]
fn each_step_answers_its_times_then_the_last_answers_for_good() {
    let steps = [Step::answer(json!({})).times(2), Step::error("E", "m").times(3), Step::answer(json!({})).times(4)];
    assert_eq!(taken(&steps, 11), [2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4]);
    assert_eq!(step_for(&steps, u64::MAX).unwrap().count(), 4);
}

#[test]
fn a_scripted_answer_keeps_the_spec_members_it_does_not_name() {
    let mut answer = json!({"TotalCount": 1, "InstanceSet": [{"InstanceId": "ins-1", "InstanceState": "RUNNING",
        "Placement": {"Zone": "z", "ProjectId": 0}}]});
    let patch = json!({"InstanceSet": [{"InstanceState": "PENDING", "Placement": {"Zone": "y"}},
        {"InstanceId": "ins-2", "Tags": null}], "TotalCount": 2});
    merge(&mut answer, &patch);
    assert_eq!(
        answer,
        json!({"TotalCount": 2, "InstanceSet": [
            {"InstanceId": "ins-1", "InstanceState": "PENDING", "Placement": {"Zone": "y", "ProjectId": 0}},
            {"InstanceId": "ins-2", "InstanceState": "RUNNING", "Placement": {"Zone": "z", "ProjectId": 0}, "Tags": null}
        ]})
    );
    let mut ids = json!({"Ids": ["a"], "Next": "t"});
    merge(&mut ids, &json!({"Ids": [], "Next": null}));
    assert_eq!(ids, json!({"Ids": [], "Next": null}), "an empty list and null replace");
}

#[test]
fn the_script_matching_most_parameters_answers_then_the_one_set_last() {
    let scripts = Scripts::default();
    let describe =
        |state: &str| Script::new("cvm", "DescribeInstances").step(Step::answer(json!({"TotalCount": state})));
    scripts.set(describe("any")).unwrap();
    scripts.set(describe("one").when("InstanceIds", json!(["ins-1"]))).unwrap();
    scripts.set(describe("later")).unwrap();
    let play = |scripts: &Scripts, params: Value| {
        let mut answer = Map::new();
        scripts.play("cvm", "DescribeInstances", &params, &mut answer).unwrap();
        answer.get("TotalCount").cloned().unwrap_or(Value::Null)
    };
    assert_eq!(play(&scripts, json!({"InstanceIds": ["ins-1"], "Limit": 1})), "one");
    assert_eq!(play(&scripts, json!({"InstanceIds": ["ins-2"]})), "later");
    assert_eq!(play(&scripts, json!({})), "later");
    let mut other = Map::new();
    scripts.play("cvm", "DescribeImages", &json!({}), &mut other).unwrap();
    assert!(other.is_empty(), "another action is not scripted");
    assert_eq!(scripts.statuses().len(), 2, "the second script without `when` replaced the first");
    assert_eq!(scripts.statuses().iter().map(|s| s.answered).collect::<Vec<_>>(), [1, 2]);
}

#[test]
fn malformed_scripts_are_refused_naming_the_problem() {
    let steps = json!([{"answer": {}}]);
    let cases = [
        (json!({"service": "nosuch", "action": "X", "steps": steps}), "unknown service `nosuch`"),
        (json!({"service": "cvm", "action": "DescribeUnicorns", "steps": steps}), "unknown action `DescribeUnicorns`"),
        (json!({"service": "intlpartnersmgt", "action": "GetCountryCodes", "steps": steps}), "answers from its model"),
        (json!({"service": "sts", "action": "AssumeRole", "steps": steps}), "emulator's STS"),
        (json!({"service": "cvm", "action": "DescribeInstances", "steps": []}), "at least one step"),
        (
            json!({"service": "cvm", "action": "DescribeInstances", "steps": [{"times": 2}]}),
            "step 1: expected an `answer` or an `error`, got neither",
        ),
        (
            json!({"service": "cvm", "action": "DescribeInstances", "steps": [{"answer": {}}, {"answer": {}, "error": {"code": "E"}}]}),
            "step 2: expected an `answer` or an `error`, got both",
        ),
        (
            json!({"service": "cvm", "action": "DescribeInstances", "steps": [{"answer": {}, "times": 0}]}),
            "step 1: `times` is 0",
        ),
        (
            json!({"service": "cvm", "action": "DescribeInstances", "steps": [{"answer": [1]}]}),
            "step 1: `answer` must be a JSON object",
        ),
        (
            json!({"service": "cvm", "action": "DescribeInstances", "steps": [{"answer": {"InstanceSate": "X"}}]}),
            "step 1: `answer` names `InstanceSate`, which is no member of DescribeInstances's response",
        ),
        (
            json!({"service": "cvm", "action": "DescribeInstances", "steps": [{"answer": {"RequestId": "r"}}]}),
            "`RequestId`",
        ),
        (
            json!({"service": "cvm", "action": "DescribeInstances", "steps": [{"error": {"code": " "}}]}),
            "step 1: the error's `code` is empty",
        ),
        (
            json!({"service": "cvm", "action": "DescribeInstances", "when": {"InstanceId": "i"}, "steps": steps}),
            "`when` names `InstanceId`, which is no parameter of DescribeInstances",
        ),
    ];
    for (script, expected) in cases {
        let got = refusal(script.clone());
        assert!(got.contains(expected), "{script}: {got}");
    }
}

#[test]
fn a_refused_script_leaves_the_others_as_they_were() {
    let scripts = Scripts::default();
    let good = Script::new("cvm", "DescribeInstances").step(Step::answer(json!({})));
    scripts.set(good.clone()).unwrap();
    assert!(scripts.set(Script::new("cvm", "DescribeInstances")).is_err());
    assert_eq!(scripts.statuses().into_iter().map(|s| s.script).collect::<Vec<_>>(), [good]);
}

#[test]
fn the_number_of_scripts_is_bounded() {
    let scripts = Scripts::default();
    for i in 0..MAX_SCRIPTS {
        let script = Script::new("cvm", "DescribeInstances").when("Limit", json!(i)).step(Step::answer(json!({})));
        scripts.set(script).unwrap();
    }
    let replaced = Script::new("cvm", "DescribeInstances").when("Limit", json!(0)).step(Step::error("E", "m"));
    scripts.set(replaced).expect("replacing one adds none");
    let more = Script::new("cvm", "DescribeInstances").step(Step::answer(json!({})));
    assert!(scripts.set(more).unwrap_err().to_string().contains("clear some first"));
    assert_eq!(scripts.clear(), MAX_SCRIPTS);
}
