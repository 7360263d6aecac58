#[derive(tc3::Object)]
#[tc3(lenient = true)]
struct Sent {
    total: u64,
}

fn main() {}
