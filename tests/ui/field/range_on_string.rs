#[derive(tc3::Object)]
struct Item {
    #[tc3(range(min = 1, max = 10))]
    limit: String,
}

fn main() {}
