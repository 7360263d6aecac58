#[derive(tc3::Object)]
struct Item {
    #[tc3(not_one_of(7, 300))]
    code: u8,
}

fn main() {}
