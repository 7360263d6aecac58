//! cvm's generated waiters through the facade, against a server on 127.0.0.1 that answers a
//! script of DescribeInstances answers as the service writes them, on tokio's paused time.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tc3::cvm::{DescribeInstances, waiters};
use tc3::{ErrorKind, WaitOptions};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Serves `answers` (the `Response` objects) in order, the last one again and again; the
/// bodies of the requests received.
async fn serve(answers: &'static [&'static str]) -> (String, Arc<Mutex<Vec<serde_json::Value>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let received = Arc::new(Mutex::new(Vec::new()));
    let log = received.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let Some(body) = read_body(&mut socket).await else { continue };
            let n = {
                let mut log = log.lock().unwrap();
                log.push(serde_json::from_slice(&body).unwrap());
                log.len()
            };
            let answer = answers[(n - 1).min(answers.len() - 1)].replace("{n}", &n.to_string());
            let body = format!(r#"{{"Response":{answer}}}"#);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = socket.write_all((head + &body).as_bytes()).await;
            let _ = socket.shutdown().await;
        }
    });
    (url, received)
}

async fn read_body(socket: &mut tokio::net::TcpStream) -> Option<Vec<u8>> {
    let mut request = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        request.extend_from_slice(&chunk[..n]);
        let Some(end) = request.windows(4).position(|w| w == b"\r\n\r\n") else { continue };
        let head = String::from_utf8_lossy(&request[..end]).to_ascii_lowercase();
        let length: usize =
            head.lines().find_map(|l| l.strip_prefix("content-length:")).and_then(|v| v.trim().parse().ok())?;
        if request.len() >= end + 4 + length {
            return Some(request[end + 4..end + 4 + length].to_vec());
        }
    }
}

fn client(url: &str) -> tc3::Client {
    tc3::Client::builder().credentials(tc3::Credentials::new("AKIDtest", "key")).endpoint(url).build().unwrap()
}

fn describe() -> DescribeInstances {
    tc3::request!(DescribeInstances { instance_ids: vec!["ins-1".to_owned(), "ins-2".to_owned()] })
}

#[tokio::test(start_paused = true)]
async fn instance_running_waits_through_not_found_and_pending() {
    const ANSWERS: &[&str] = &[
        r#"{"Error":{"Code":"InvalidInstanceId.NotFound","Message":"not yet"},"RequestId":"r-{n}"}"#,
        r#"{"TotalCount":0,"InstanceSet":[],"RequestId":"r-{n}"}"#,
        r#"{"TotalCount":2,"InstanceSet":[{"InstanceId":"ins-1","InstanceState":"RUNNING"},{"InstanceId":"ins-2","InstanceState":"PENDING"}],"RequestId":"r-{n}"}"#,
        r#"{"TotalCount":2,"InstanceSet":[{"InstanceId":"ins-1","InstanceState":"RUNNING"},{"InstanceId":"ins-2","InstanceState":"RUNNING"}],"RequestId":"r-{n}"}"#,
    ];
    let (url, received) = serve(ANSWERS).await;
    let running = client(&url).wait(&waiters::INSTANCE_RUNNING, describe(), Duration::from_secs(600)).await.unwrap();
    assert_eq!(running.request_id, "r-4");
    let states: Vec<_> = running.instance_set.unwrap().into_iter().map(|i| i.instance_state.unwrap()).collect();
    assert_eq!(states, ["RUNNING", "RUNNING"]);
    let bodies = received.lock().unwrap();
    assert_eq!(bodies.len(), 4);
    assert!(bodies.iter().all(|b| b["InstanceIds"] == serde_json::json!(["ins-1", "ins-2"])));
}

#[tokio::test(start_paused = true)]
async fn instance_running_fails_on_launch_failed_with_the_state() {
    const ANSWERS: &[&str] = &[
        r#"{"InstanceSet":[{"InstanceState":"PENDING"}],"RequestId":"r-{n}"}"#,
        r#"{"InstanceSet":[{"InstanceState":"LAUNCH_FAILED"}],"RequestId":"r-{n}"}"#,
    ];
    let (url, _) = serve(ANSWERS).await;
    let error = client(&url).wait(&waiters::INSTANCE_RUNNING, describe(), Duration::from_secs(600)).await.unwrap_err();
    assert_eq!(
        (error.kind(), error.state(), error.request_id()),
        (ErrorKind::WaitFailed, Some("LAUNCH_FAILED"), Some("r-2"))
    );
}

#[tokio::test(start_paused = true)]
async fn instance_terminated_ends_when_the_instance_is_not_found() {
    const ANSWERS: &[&str] = &[
        r#"{"InstanceSet":[{"InstanceState":"TERMINATING"}],"RequestId":"r-{n}"}"#,
        r#"{"Error":{"Code":"InvalidInstanceId.NotFound","Message":"gone"},"RequestId":"r-{n}"}"#,
    ];
    let (url, _) = serve(ANSWERS).await;
    let gone = client(&url).wait(&waiters::INSTANCE_TERMINATED, describe(), Duration::from_secs(600)).await.unwrap();
    assert_eq!((gone.request_id.as_str(), gone.instance_set), ("r-2", None));
}

#[tokio::test(start_paused = true)]
async fn instance_stopped_times_out_with_the_last_state() {
    const ANSWERS: &[&str] = &[r#"{"InstanceSet":[{"InstanceState":"STOPPING"}],"RequestId":"r-{n}"}"#];
    let (url, received) = serve(ANSWERS).await;
    let options = WaitOptions::new().min_delay(Duration::from_secs(2)).max_delay(Duration::from_secs(10));
    let error = client(&url)
        .wait_with(&waiters::INSTANCE_STOPPED, describe(), Duration::from_secs(60), &options)
        .await
        .unwrap_err();
    assert_eq!((error.kind(), error.state()), (ErrorKind::WaitTimedOut, Some("STOPPING")));
    // 2, 2-4, 4-8, then 10 s at most: at least 7 polls in the minute, the last one before it.
    assert!(received.lock().unwrap().len() >= 7);
}

/// The README's example: an instance created, then waited for.
#[tokio::test(start_paused = true)]
async fn run_instances_then_wait_for_them_to_run() -> tc3::Result<()> {
    const ANSWERS: &[&str] = &[
        r#"{"InstanceIdSet":["ins-1"],"RequestId":"r-{n}"}"#,
        r#"{"InstanceSet":[{"InstanceId":"ins-1","InstanceState":"PENDING"}],"RequestId":"r-{n}"}"#,
        r#"{"InstanceSet":[{"InstanceId":"ins-1","InstanceState":"RUNNING","PrivateIpAddresses":["10.0.0.7"]}],"RequestId":"r-{n}"}"#,
    ];
    let (url, received) = serve(ANSWERS).await;
    let client = client(&url);
    // From here as in the README.
    use tc3::cvm::{Placement, RunInstances};

    let created = client
        .call(tc3::request!(RunInstances {
            placement: tc3::request!(Placement { zone: "ap-singapore-1" }),
            image_id: "img-487zeit5",
            instance_type: "S5.MEDIUM2",
        }))
        .await?;
    let ids = created.instance_id_set.unwrap_or_default();
    let request = tc3::request!(DescribeInstances { instance_ids: ids });
    let running = client.wait(&waiters::INSTANCE_RUNNING, request, Duration::from_secs(600)).await?;
    for instance in running.instance_set.unwrap_or_default() {
        println!("{:?} runs at {:?}", instance.instance_id, instance.private_ip_addresses);
    }
    // Until here.
    assert_eq!(received.lock().unwrap().len(), 3);
    assert_eq!(received.lock().unwrap()[1]["InstanceIds"], serde_json::json!(["ins-1"]));
    Ok(())
}

/// A user's own test of a wait, offline: the emulator scripts DescribeInstances (not listed yet,
/// throttled once, pending twice, then running) and the generated waiter rides it out.
#[tokio::test(start_paused = true)]
async fn instance_running_rides_out_a_scripted_emulator() {
    use serde_json::json;
    use tc3_emulator::{Emulator, Script, Step};

    let emulator = Emulator::start().await.unwrap();
    let instance =
        |state: &str| Step::answer(json!({"InstanceSet": [{"InstanceId": "ins-1", "InstanceState": state}]}));
    let script = Script::new("cvm", "DescribeInstances")
        .when("InstanceIds", json!(["ins-1"]))
        .step(Step::error("InvalidInstanceId.NotFound", "The instance does not exist.").times(1))
        .step(Step::error("RequestLimitExceeded", "Too many requests.").times(1))
        .step(instance("PENDING").times(2))
        .step(instance("RUNNING"));
    emulator.set_script(script).unwrap();
    let client = emulator.client_builder().backoff(Duration::from_millis(1), Duration::from_millis(2)).build().unwrap();
    let request = tc3::request!(DescribeInstances { instance_ids: vec!["ins-1".to_owned()] });
    let start = tokio::time::Instant::now();
    let running = client.wait(&waiters::INSTANCE_RUNNING, request, Duration::from_secs(600)).await.unwrap();
    assert_eq!(running.instance_set.unwrap()[0].instance_state.as_deref(), Some("RUNNING"));
    // Four polls (the throttled one retried inside its call): three delays, 5 s, 5 to 10 s, 10 to 20 s.
    assert_eq!(emulator.scripts()[0].answered, 5);
    assert!(start.elapsed() >= Duration::from_secs(20), "{:?}", start.elapsed());
}
