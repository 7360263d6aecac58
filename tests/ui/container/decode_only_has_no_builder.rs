// A type only ever decoded gets no builder.
#[derive(tc3::Object)]
#[tc3(decode_only)]
struct Answer {
    request_id: String,
}

fn main() {
    let _ = Answer::builder();
}
