#[derive(tc3::Action)]
#[tc3(service = "cls", version = "2020-10-16", response = serde_json::Value)]
struct UploadLog {
    #[tc3(header = "X-CLS-TopicId")]
    topic_id: String,
    #[tc3(body)]
    body: Vec<u8>,
    #[tc3(body)]
    more: Vec<u8>,
}

fn main() {}
