#[derive(tc3::Object)]
struct Item {
    #[tc3(range(max = 2.5))]
    count: u32,
}

fn main() {}
