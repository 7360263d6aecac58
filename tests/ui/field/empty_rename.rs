#[derive(tc3::Object)]
struct Item {
    #[tc3(rename = "")]
    name: String,
}

fn main() {}
