#[derive(tc3::Object)]
struct Item {
    #[tc3(nested)]
    name: String,
}

fn main() {}
