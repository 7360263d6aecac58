//! A stand-in for the partner API on 127.0.0.1: it checks each request's TC3 signature with
//! `tc3::sign` and answers two actions in the API's envelope.

use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub(crate) const SECRET_ID: &str = "AKIDDEMO0000000000000000000000000000";
pub(crate) const SECRET_KEY: &str = "demo-secret-key-for-the-loopback-server";

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

pub(crate) struct DemoServer {
    pub(crate) url: String,
}

pub(crate) async fn start() -> std::io::Result<DemoServer> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream));
        }
    });
    Ok(DemoServer { url })
}

async fn serve(mut stream: TcpStream) {
    let Some((headers, body)) = read_request(&mut stream).await else { return };
    let answer = answer(&headers, &body);
    let text = answer.to_string();
    let reply = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
        text.len()
    );
    let _ = stream.write_all(reply.as_bytes()).await;
}

fn answer(headers: &[(String, String)], body: &[u8]) -> Value {
    let header = |name: &str| headers.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str());
    let request_id = format!("demo-{:06}", NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let error = |code: &str, message: &str| json!({"Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}});
    let timestamp = header("x-tc-timestamp").parse().unwrap_or(0);
    let creds = tc3::Credentials::new(SECRET_ID, SECRET_KEY);
    let expected =
        tc3::sign::authorization(&creds, "intlpartnersmgt", header("host"), timestamp, header("content-type"), body);
    if header("authorization") != expected {
        return error("AuthFailure.SignatureFailure", "The provided credentials could not be validated.");
    }
    let params: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    match header("x-tc-action") {
        "GetCountryCodes" => json!({"Response": {
            "Data": [
                {"CountryName": "Hong Kong, China", "CountryCode": "852"},
                {"CountryName": "Singapore", "CountryCode": "65"},
                {"CountryName": "Indonesia", "CountryCode": "62"}
            ],
            "RequestId": request_id
        }}),
        "SendVerifyCode" if ["7", "380", "86"].contains(&params["CountryCode"].as_str().unwrap_or("")) => {
            error("InvalidParameterValue.UnSupportArea", "This area is not supported.")
        }
        "SendVerifyCode" => json!({"Response": {"RequestId": request_id}}),
        other => error("InvalidAction", &format!("The demo server does not serve `{other}`.")),
    }
}

async fn read_request(stream: &mut TcpStream) -> Option<(Vec<(String, String)>, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut chunk).await.ok().filter(|&n| n > 0 && buf.len() < 1 << 20)?;
        buf.extend_from_slice(&chunk[..n]);
    };
    let headers: Vec<(String, String)> = String::from_utf8_lossy(&buf[..end])
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length = headers.iter().find(|(k, _)| k == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let mut body = buf.split_off(end + 4);
    while body.len() < length {
        let n = stream.read(&mut chunk).await.ok().filter(|&n| n > 0)?;
        body.extend_from_slice(&chunk[..n]);
    }
    Some((headers, body))
}
