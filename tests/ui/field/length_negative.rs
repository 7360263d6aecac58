#[derive(tc3::Object)]
struct Item {
    #[tc3(length(min = -1))]
    name: String,
}

fn main() {}
