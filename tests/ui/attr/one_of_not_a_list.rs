#[derive(tc3::Object)]
struct Item {
    #[tc3(one_of = "a")]
    name: String,
}

fn main() {}
