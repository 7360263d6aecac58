#[derive(tc3::Object)]
struct Item {
    #[tc3(rename = "Name")]
    display_name: String,
    #[tc3(rename = "Name")]
    title: String,
}

fn main() {}
