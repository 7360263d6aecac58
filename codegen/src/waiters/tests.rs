use super::{Matcher, Outcome, check, parse};
use crate::spec::Spec;

/// A small version: DescribeThings answers `ThingSet`, a list of `Thing`, and `Status`.
fn spec() -> Spec {
    Spec::parse(
        r#"{"service": "x", "version": "2020-01-01", "source": "p==1", "cli_dir": "x",
        "actions": [["DescribeThings", "online"], ["DescribeOld", "deprecated"]],
        "errors": ["ResourceNotFound.Thing"],
        "objects": {
            "DescribeThingsRequest": ["", []],
            "DescribeThingsResponse": ["", [["ThingSet", "[Thing]", "o", ""], ["Status", "int64", "o", "0"],
                ["RequestId", "string", "", ""]]],
            "DescribeOldRequest": ["", []], "DescribeOldResponse": ["", [["State", "string", "", ""]]],
            "Thing": ["out", [["State", "string", "o", "READY"], ["Tags", "[string]", "", ""], ["Ready", "bool", "", ""]]]
        }}"#,
    )
    .unwrap()
}

fn entry(head: &str, acceptors: &str) -> super::Entry {
    let text = format!("{head}\n{acceptors}\n    about a thing is ready\n    evidence a doc\n");
    parse(&text).unwrap_or_else(|e| panic!("{e:?}")).remove(0)
}

#[test]
fn the_reviewed_table_parses() {
    let entries = super::reviewed();
    assert!(entries.len() >= 15, "{}", entries.len());
    let running = entries.iter().find(|e| e.service == "cvm" && e.name == "INSTANCE_RUNNING").unwrap();
    assert_eq!(running.path, "InstanceSet[].InstanceState");
    assert_eq!(running.acceptors[0], (Outcome::Success, Matcher::All("RUNNING".into())));
    assert!(running.acceptors.contains(&(Outcome::Retry, Matcher::Error("InvalidInstanceId.NotFound".into()))));
}

#[test]
fn a_well_formed_entry_fits_its_spec() {
    let e = entry(
        "x 2020-01-01 THING_READY DescribeThings ThingSet[].State",
        "    success all READY\n    failure any BROKEN\n    retry error ResourceNotFound.Thing\n    success empty",
    );
    assert_eq!(check(&e, &spec()), Vec::<String>::new());
    let e = entry(
        "x 2020-01-01 DONE DescribeThings Status",
        "    success is 0\n    failure is 1\n    retry error InternalError",
    );
    assert_eq!(check(&e, &spec()), Vec::<String>::new());
}

#[test]
fn typos_in_an_entry_are_caught_against_the_spec() {
    let cases = [
        ("x 2020-01-01 A DescribeThing ThingSet[].State", "    success all READY", "no action DescribeThing"),
        ("x 2020-01-01 A DescribeOld State", "    success is READY", "is Deprecated, not online"),
        ("x 2020-01-01 A DescribeThings ThingSet[].Stat", "    success all READY", "Thing has no member `Stat`"),
        ("x 2020-01-01 A DescribeThings ThingSet.State", "    success is READY", "is a list: write `ThingSet[]`"),
        ("x 2020-01-01 A DescribeThings Status[]", "    success any 0", "Status is not a list"),
        ("x 2020-01-01 A DescribeThings ThingSet[]", "    success any 0", "not a string, number or boolean"),
        ("x 2020-01-01 A DescribeThings Status.X", "    success is 0", "the path cannot go on"),
        ("x 2020-01-01 A DescribeThings ThingSet[].State", "    success is READY", "use `all` or `any`"),
        ("x 2020-01-01 A DescribeThings Status", "    success all 0", "use `is`"),
        ("x 2020-01-01 A DescribeThings Status", "    success is RUNNING", "`RUNNING` is not a value of Status"),
        ("x 2020-01-01 A DescribeThings ThingSet[].Ready", "    success all yes", "`yes` is not a value of Ready"),
        (
            "x 2020-01-01 A DescribeThings Status",
            "    success is 0\n    retry error Thing.NotFound",
            "not an error code",
        ),
    ];
    for (head, acceptors, expected) in cases {
        let errors = check(&entry(head, acceptors), &spec());
        assert!(errors.len() == 1 && errors[0].contains(expected), "{head} / {acceptors}: {errors:?}");
    }
}

#[test]
fn the_table_refuses_malformed_entries_each_with_its_line() {
    let text = "\
# a comment
    success all X
x 2020-01-01 thing_ready DescribeThings ThingSet[].State
x 2020-01-01 READY DescribeThings ThingSet[].State
    success most X
    finally all X
    about
x 2020-01-01 READY DescribeThings ThingSet[].State
    failure any X
    about twice
";
    let errors = parse(text).unwrap_err();
    let expected = [
        "line 2: an indented line before any waiter",
        "line 3: `thing_ready`: a waiter's name is SCREAMING_SNAKE_CASE",
        "line 5: `most X`: expected",
        "line 6: `finally`: expected",
        "line 7: one `about <text>` a waiter",
        "line 4: READY has no `success` acceptor",
        "line 4: READY has no `about` line",
        "line 4: READY has no `evidence` line",
        "line 8: READY has no `success` acceptor",
        "line 8: READY has no `evidence` line",
        "line 8: a second READY in x 2020-01-01",
    ];
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    for (error, expected) in errors.iter().zip(expected) {
        assert!(error.starts_with(expected), "{error} / {expected}");
    }
}
