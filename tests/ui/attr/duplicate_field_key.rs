#[derive(tc3::Object)]
struct Item {
    #[tc3(digits)]
    #[tc3(digits)]
    code: String,
}

fn main() {}
