#[derive(tc3::Object)]
struct Item {
    #[tc3(length(minimum = 1))]
    name: String,
}

fn main() {}
