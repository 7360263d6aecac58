#[derive(tc3::Object)]
struct Item<T> {
    value: T,
}

fn main() {}
