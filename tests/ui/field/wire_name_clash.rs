#[derive(tc3::Object)]
struct Item {
    #[tc3(rename = "Name")]
    display_name: String,
    name: String,
}

fn main() {}
