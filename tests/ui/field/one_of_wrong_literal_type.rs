#[derive(tc3::Object)]
struct Item {
    #[tc3(one_of(1, 2))]
    mode: String,
}

fn main() {}
