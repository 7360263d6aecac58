#[derive(tc3::Action)]
#[tc3(service = "cls", version = "2020-10-16", response = serde_json::Value)]
struct UploadLog {
    #[tc3(header = "X-CLS-TopicId")]
    topic_id: String,
    compress_type: Option<String>,
}

fn main() {}
