#[derive(tc3::Object)]
struct Item {
    #[tc3(length(max = 1))]
    flag: bool,
}

fn main() {}
