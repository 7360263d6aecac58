#[derive(tc3::Action)]
#[tc3(service = "es", version = "2025-01-01", action = "ChatCompletions", response = Resp, host = "https://es.ai.tencentcloudapi.com/")]
struct Req {
    model_name: Option<String>,
}

#[derive(tc3::Object)]
struct Resp {
    request_id: String,
}

fn main() {}
