//! A streamed chat: hunyuan's ChatCompletions through `call_stream`, printing the answer as its
//! events arrive, then how it finished, its token count and the stream's request id.
//!
//! `cargo run --example hunyuan_stream --features hunyuan` runs on the embedded tc3 emulator,
//! which streams an answer shaped by the action's spec; `-- --cut` has the emulator close the
//! connection halfway, to show what a broken stream gives. With `TENCENTCLOUD_SECRET_ID` and
//! `_SECRET_KEY` set it asks the real mainland service (region from `TENCENTCLOUD_REGION`,
//! default `ap-guangzhou`); other arguments are the question.

// ChatCompletions is deprecated in the pinned mainland catalogue, and still the stream users
// come for.
#![allow(deprecated)]

use std::io::Write;

use tc3::Site;
use tc3::hunyuan::{ChatCompletions, Message};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cut = args.iter().any(|a| a == "--cut");
    let question = args.iter().filter(|a| *a != "--cut").cloned().collect::<Vec<_>>().join(" ");
    let question = if question.is_empty() { "Say hello in three languages.".to_owned() } else { question };

    let _emulator;
    let client = if std::env::var_os("TENCENTCLOUD_SECRET_ID").is_some() {
        let region = std::env::var("TENCENTCLOUD_REGION").unwrap_or_else(|_| "ap-guangzhou".to_owned());
        tc3::Client::builder().site(Site::Mainland).region(region).build()?
    } else {
        let faults = tc3_emulator::Faults { cut_rate: if cut { 1.0 } else { 0.0 }, ..Default::default() };
        let emulator = tc3_emulator::Emulator::builder().faults(faults).start().await?;
        println!("running against the tc3 emulator at {}\n", emulator.url());
        let client = emulator.client_builder().site(Site::Mainland).build()?;
        _emulator = emulator;
        client
    };

    let message = Message::builder().role("user").content(question).build();
    let request = tc3::request!(ChatCompletions { model: "hunyuan-turbos-latest", messages: vec![message] });
    // Sets `Stream: true`; a refusal (a bad key, a bad parameter) is the error returned here.
    let mut events = client.call_stream(request).await?;
    let mut finished = None;
    let mut tokens = None;
    while let Some(event) = events.next_event().await {
        let event = match event {
            Ok(event) => event.into_data(),
            // An error during the stream (a cut, an error event) is an item; after a cut, the last.
            Err(e) => {
                println!("\n[stream error: {e}]");
                continue;
            }
        };
        for choice in event.choices.unwrap_or_default() {
            print!("{}", choice.delta.and_then(|d| d.content).unwrap_or_default());
            finished = choice.finish_reason.filter(|r| !r.is_empty()).or(finished);
        }
        tokens = event.usage.and_then(|u| u.total_tokens).or(tokens);
        std::io::stdout().flush()?;
    }
    println!("\n\nfinished: {}", finished.as_deref().unwrap_or("no (the stream ended early)"));
    println!("tokens: {}", tokens.map_or_else(|| "-".to_owned(), |t| t.to_string()));
    println!("request id: {}", events.request_id().unwrap_or("-"));
    Ok(())
}
