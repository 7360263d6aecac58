#[derive(tc3::Object)]
#[tc3(retry_after = wait)]
struct Sent {
    request_id: String,
}

fn wait(_: &str) -> Option<std::time::Duration> {
    None
}

fn main() {}
