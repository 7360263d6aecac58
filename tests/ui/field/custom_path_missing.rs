#[derive(tc3::Object)]
struct Item {
    #[tc3(custom = check_name)]
    name: String,
}

fn main() {}
