#[derive(tc3::Object)]
#[tc3(service = "cvm")]
struct Placement {
    zone: String,
}

fn main() {}
