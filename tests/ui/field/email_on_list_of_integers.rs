#[derive(tc3::Object)]
struct Item {
    #[tc3(email)]
    mails: Vec<u64>,
}

fn main() {}
