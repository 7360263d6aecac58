#[derive(tc3::Object)]
struct Item(String, u32);

fn main() {}
