#[derive(tc3::Object)]
struct Item {
    #[tc3(custom = check_name)]
    name: String,
}

fn check_name(name: &str) -> bool {
    !name.is_empty()
}

fn main() {}
