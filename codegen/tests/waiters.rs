//! Every waiter of the reviewed table `waiters.txt` against the spec of its version: the
//! action, every member of the path, each matcher and value, each error code. A typo fails
//! here (and in the service's build), not in a user's wait.

use std::path::Path;

use tc3_codegen::spec::Spec;
use tc3_codegen::waiters;

#[test]
fn every_waiter_fits_the_spec_of_its_version() {
    let services = Path::new(env!("CARGO_MANIFEST_DIR")).join("../services");
    let mut errors = Vec::new();
    for entry in waiters::reviewed() {
        let path = services.join(&entry.service).join("spec").join(format!("{}.json", entry.version));
        let Ok(text) = std::fs::read_to_string(&path) else {
            errors.push(format!("line {}: no spec {}", entry.line, path.display()));
            continue;
        };
        let spec = Spec::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        errors.extend(waiters::check(entry, &spec));
    }
    assert!(errors.is_empty(), "codegen/waiters.txt:\n{}", errors.join("\n"));
}

#[test]
fn the_table_has_the_waiters_the_readme_promises() {
    let names: Vec<String> =
        waiters::reviewed().iter().map(|e| format!("{} {} {}", e.service, e.version, e.name)).collect();
    for expected in [
        "cvm 2017-03-12 INSTANCE_RUNNING",
        "cvm 2017-03-12 INSTANCE_STOPPED",
        "cvm 2017-03-12 INSTANCE_TERMINATED",
        "cvm 2017-03-12 INSTANCE_OPERATION_DONE",
        "cvm 2017-03-12 IMAGE_AVAILABLE",
        "cbs 2017-03-12 DISK_ATTACHED",
        "cbs 2017-03-12 SNAPSHOT_NORMAL",
        "clb 2018-03-17 TASK_DONE",
        "clb 2023-04-17 LOAD_BALANCER_ACTIVE",
        "vpc 2017-03-12 TASK_DONE",
        "vpc 2017-03-12 NAT_AVAILABLE",
        "tke 2018-05-25 CLUSTER_RUNNING",
        "cdb 2017-03-20 INSTANCE_RUNNING",
        "cdb 2017-03-20 ASYNC_REQUEST_DONE",
        "redis 2018-04-12 INSTANCE_ONLINE",
        "mps 2019-06-12 TASK_FINISHED",
        "as 2018-04-19 SCALING_ACTIVITY_DONE",
    ] {
        assert!(names.iter().any(|n| n == expected), "{expected} is missing");
    }
}
