#[derive(tc3::Object)]
struct Item {
    #[tc3(digits)]
    code: u32,
}

fn main() {}
