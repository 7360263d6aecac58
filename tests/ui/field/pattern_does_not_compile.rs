#[derive(tc3::Object)]
struct Item {
    #[tc3(pattern = "^[a-z+$")]
    name: String,
}

fn main() {}
