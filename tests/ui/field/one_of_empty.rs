#[derive(tc3::Object)]
struct Item {
    #[tc3(one_of())]
    mode: String,
}

fn main() {}
