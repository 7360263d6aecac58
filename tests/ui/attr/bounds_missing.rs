#[derive(tc3::Object)]
struct Item {
    #[tc3(length())]
    name: String,
}

fn main() {}
