#[derive(tc3::Object)]
struct Item {
    #[tc3(range(min = 100, max = 1))]
    limit: u32,
}

fn main() {}
