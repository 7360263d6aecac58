#[derive(tc3::Object)]
union Item {
    a: u32,
    b: f32,
}

fn main() {}
