#[derive(tc3::Object)]
struct Item {
    #[tc3(lenght(max = 5))]
    name: String,
}

fn main() {}
