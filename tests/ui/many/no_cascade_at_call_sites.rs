#[derive(tc3::Action)]
#[tc3(service = "cvm", version = "2022-02-30", response = Resp)]
struct DescribeInstances {
    #[tc3(digits)]
    limit: u64,
}

#[derive(tc3::Object)]
struct Resp {
    request_id: String,
}

fn send<A: tc3::Action>(action: A) -> Vec<tc3::Violation> {
    action.violations()
}

fn run() {
    let _ = send(DescribeInstances { limit: 1 });
    let _ = tc3::request!(DescribeInstances { limit: 5 });
    let _ = format!("{:?}", DescribeInstances::builder().limit(1).build());
}

fn main() {}
