#[derive(tc3::Object)]
struct Item {
    #[tc3(digits = true)]
    code: String,
}

fn main() {}
