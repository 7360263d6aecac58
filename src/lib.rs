//! tc3: typed, signed, validated Tencent Cloud API 3.0 calls from plain Rust structs.
//!
//! ```no_run
//! # async fn run() -> tc3::Result<()> {
//! let client = tc3::Client::from_env()?;
//! let countries = client
//!     .call_json("intlpartnersmgt", "2022-09-28", "GetCountryCodes", serde_json::json!({}))
//!     .await?;
//! println!("{countries}");
//! # Ok(())
//! # }
//! ```
//!
//! Every call is a request struct: [`Client::call`] checks its rules, signs it, sends it,
//! retries it when that is safe and decodes the typed response. The structs come from the
//! catalogue of every service, one cargo feature each ([Every service](#every-service)); from
//! the partner API, always present ([`intlpartnersmgt`]); or from your own code, with
//! `#[derive(tc3::Action)]` ([Defining an action](#defining-an-action)). [`Client::call_json`]
//! sends any action without a struct, as above.
//!
//! # Every service
//!
//! Each service of the official catalogue is a module of tc3 behind the cargo feature named as
//! it (`tc3 = { version = "0.1", features = ["cvm"] }`; the repository's SERVICES.md lists
//! them with their versions and actions), generated from the official API descriptions: per
//! action a request struct named after it (`tc3::cvm::DescribeInstances`) and its response,
//! then the objects they share, the version's `ErrorCode` and `ACTIONS`. `tc3::cvm` is the
//! newest version; `tc3::cvm::v20170312` names one. Required members are plain fields, the
//! others `Option`, and every response member is an `Option`. Actions whose verb reads
//! (`Describe`, `Get`, `List`, ...) are retried on any failure, and those that page (by `Offset`
//! and `Limit`, by page number or by a token from each answer; each version's `PAGED_ACTIONS`
//! says how) implement [`paging::Paged`], whose `pages` yields the same stream of items
//! whatever the shape:
//!
//! ```no_run
//! # // Compiled only with the `cvm` feature: cargo test -p tc3 --doc --features blocking,cvm
//! # #[cfg(feature = "cvm")]
//! # async fn run() -> tc3::Result<()> {
//! use tc3::cvm::DescribeInstances;
//! use tc3::paging::Paged as _;
//!
//! let client = tc3::Client::builder().region("ap-singapore").build()?;
//! let first = client.call(tc3::request!(DescribeInstances { limit: 20 })).await?;
//! println!("{:?} instances", first.total_count);
//! for instance in tc3::request!(DescribeInstances { limit: 100 }).pages(&client).collect().await? {
//!     println!("{:?} {:?}", instance.instance_id, instance.instance_name);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # International Partners Management
//!
//! [`intlpartnersmgt`] ships the whole partner API (version 2022-09-28), written with the derive:
//! 46 request structs named after their actions, each documenting who may call it and its
//! rate limit, with every rule the documentation states checked before sending. Answers
//! decode tolerantly (unknown members ignored, `null` or missing members `None`, numbers
//! written as strings accepted), money is an exact [`Decimal`], error codes are typed
//! ([`intlpartnersmgt::ErrorCode`]), and actions that page implement [`paging::Paged`]:
//!
//! ```no_run
//! use tc3::intlpartnersmgt as api;
//! use tc3::paging::Paged as _;
//!
//! # async fn run() -> tc3::Result<()> {
//! let client = tc3::Client::from_env()?;
//! let partner = client.call(api::QueryPartnerCredit {}).await?;
//! println!("remaining credit: {:?}", partner.remaining_credit);
//! let pending = tc3::request!(api::QueryPendingClientsV2 { page: 1, page_size: 100 });
//! for application in pending.pages(&client).collect().await? {
//!     println!("{:?} applied at {:?}", application.client_uin, application.apply_time);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Credentials
//!
//! [`Client::from_env`], and a builder given no [`ClientBuilder::credentials`], sign with the
//! [`DefaultChain`], in the official SDKs' order: `TENCENTCLOUD_SECRET_ID`,
//! `TENCENTCLOUD_SECRET_KEY` and `TENCENTCLOUD_TOKEN`; the file `~/.tencentcloud/credentials`;
//! tccli's `~/.tccli/default.credential`; the CVM instance role; TKE's OIDC token. With
//! `TENCENTCLOUD_ROLE_ARN` set, the keys found assume that role. Where nothing is found, calls
//! fail with [`ErrorKind::Credentials`], naming every place looked in. Any other source is a
//! [`ProvideCredentials`]; temporary credentials are refreshed before they expire. Keys never
//! show in `Debug` or errors.
//!
//! ```no_run
//! # fn run() -> tc3::Result<()> {
//! let key = std::env::var("MY_SECRET_KEY").unwrap_or_default();
//! let with_key = tc3::Client::builder().credentials(tc3::Credentials::new("AKID...", key)).build()?;
//!
//! // A role, assumed with what the default chain finds; refreshed before its keys expire.
//! let role = "qcs::cam::uin/100000000001:roleName/ops";
//! let ops = tc3::AssumeRoleProvider::new(tc3::DefaultChain::new(), role, "deploy");
//! let as_ops = tc3::Client::builder().credentials_provider(ops).build()?;
//! # Ok(())
//! # }
//! ```
//!
//! # Waiting for a state
//!
//! Long jobs (an instance starting, a disk attaching, a load balancer's task) are followed by
//! polling a read until its answer shows the state wanted. The catalogue's waiters are data,
//! reviewed with the member documentation that gives each state (the repository's
//! `codegen/waiters.txt`): `tc3::<service>::waiters::<NAME>`, each a [`Waiter`] of the action
//! it polls, run by [`Client::wait`]. The deadline is required; delays between polls grow from
//! 5 s to 60 s, jittered ([`WaitOptions`] sets both). A state the waiter calls a failure ends
//! in [`ErrorKind::WaitFailed`], the deadline in [`ErrorKind::WaitTimedOut`], both with the last
//! answer's state ([`Error::state`]) and request id.
//!
//! ```no_run
//! # // Compiled only with the `cvm` feature: cargo test -p tc3 --doc --features blocking,cvm
//! # #[cfg(feature = "cvm")]
//! # async fn run(client: tc3::Client, ids: Vec<String>) -> tc3::Result<()> {
//! use std::time::Duration;
//! use tc3::cvm::{DescribeInstances, waiters};
//!
//! let request = tc3::request!(DescribeInstances { instance_ids: ids });
//! match client.wait(&waiters::INSTANCE_RUNNING, request, Duration::from_secs(600)).await {
//!     Ok(answer) => println!("running: {:?}", answer.instance_set),
//!     Err(e) if e.kind() == tc3::ErrorKind::WaitFailed => eprintln!("failed: {:?}", e.state()),
//!     Err(e) => return Err(e),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Streamed answers
//!
//! A few actions answer with a stream of server-sent events (`text/event-stream`): hunyuan's
//! chats and translations, lkeap's, es's and cls's chat completions, trtc's `TextToSpeechSSE`
//! and others, 27 in all, listed with the evidence for each in the repository's
//! `codegen/streaming-actions.txt`. Their requests implement [`StreamingAction`], and
//! [`Client::call_stream`] sends them (setting their `Stream` member where they have one) and
//! gives an [`EventStream`]: a [`Stream`](futures_core::Stream) of one [`Event`] per event,
//! its data decoded as the action's response, its name, id and the stream's request id at
//! hand. A refusal is the usual error; an error, a cut or an event over
//! [`DEFAULT_MAX_EVENT_BYTES`] during the stream is an item. Opening is retried as any call is,
//! a stream once open never is, and no timeout applies while it is read. `call_stream` on an
//! action that does not stream does not compile; the blocking client's gives an iterator.
//!
//! ```no_run
//! # // Compiled only with the `hunyuan` feature: cargo test -p tc3 --doc --features hunyuan
//! # #[cfg(feature = "hunyuan")]
//! # async fn run() -> tc3::Result<()> {
//! use tc3::hunyuan::ChatTranslations;
//!
//! let client = tc3::Client::builder().region("ap-guangzhou").build()?;
//! let request = tc3::request!(ChatTranslations {
//!     model: "hunyuan-translation",
//!     text: "Streams arrive event by event.",
//!     target: "zh",
//! });
//! let mut events = client.call_stream(request).await?;
//! while let Some(event) = events.next_event().await {
//!     for choice in event?.into_data().choices.unwrap_or_default() {
//!         print!("{}", choice.delta.and_then(|d| d.content).unwrap_or_default());
//!     }
//! }
//! println!(" (request {:?})", events.request_id());
//! # Ok(())
//! # }
//! ```
//!
//! # Raw uploads
//!
//! A few actions send raw bytes rather than JSON: cls `UploadLog` sends a protobuf
//! `LogGroupList` as `application/octet-stream`, with its members in `X-CLS-*` headers. Its
//! generated request has a `body: Vec<u8>` field (build the bytes with a protobuf crate such as
//! `prost`; tc3 sends them as they are, and the signature covers them). A request of one's own
//! does the same with the field keys `body` and `header`:
//!
//! ```
//! #[derive(tc3::Action, Clone, PartialEq)]
//! #[tc3(service = "cls", version = "2020-10-16", response = serde_json::Value)]
//! pub struct UploadLog {
//!     #[tc3(header = "X-CLS-TopicId")]
//!     pub topic_id: String,
//!     #[tc3(header = "X-CLS-CompressType")]
//!     pub compress_type: Option<String>,
//!     #[tc3(body)]
//!     pub body: Vec<u8>,
//! }
//!
//! let request = tc3::request!(UploadLog { topic_id: "f6c4fa6f-0000-4b6f-8289-1ff6f77ed975", body: vec![0x0a, 0x00] });
//! let payload = tc3::Action::into_payload(request).unwrap();
//! assert_eq!(payload.content_type(), "application/octet-stream");
//! assert_eq!(payload.bytes(), [0x0a, 0x00]);
//! assert_eq!(payload.headers().collect::<Vec<_>>(), [("X-CLS-TopicId", "f6c4fa6f-0000-4b6f-8289-1ff6f77ed975")]);
//! ```
//!
//! Actions with binary members (cii's `DescribeQualityScore` and `UploadMedicalFile` on the
//! mainland site) are sent as `multipart/form-data`: their generated binary member is a
//! `Vec<u8>` marked `file`, and the request goes as a form ([`Form`]), byte for byte as the
//! official SDKs send it. A request of one's own marks its bytes members `file` likewise.
//!
//! # Errors and retries
//!
//! Every failure is one [`Error`]: its [`kind`](Error::kind) says what went wrong
//! ([`ErrorKind`]), and for an answer of the service [`code`](Error::code),
//! [`message`](Error::message) and [`request_id`](Error::request_id) say what it answered; each
//! version's `ErrorCode` types the codes (`ErrorCode::of(&error)`). A call is tried up to
//! [`DEFAULT_MAX_ATTEMPTS`] times ([`ClientBuilder::max_attempts`]), with jittered backoff
//! ([`ClientBuilder::backoff`]) and a retry budget its client's clones share, but only when
//! repeating it is safe: after a failure that left the service untouched ([`RetryReason`]:
//! never connected, throttled, a gateway's error page), or after any failure of an idempotent
//! action (the `idempotent` key, the catalogue's reads, or an empty `ClientToken`, which the
//! client fills once per call). A call that may have taken effect is not repeated: it ends in
//! [`ErrorKind::OutcomeUnknown`]. Calls of an action with a rate limit are spaced to it
//! ([`ClientBuilder::pacing`]).
//!
//! ```no_run
//! # async fn run(client: tc3::Client) -> tc3::Result<()> {
//! use tc3::intlpartnersmgt::{ErrorCode, SendVerifyCode};
//!
//! match client.call(tc3::request!(SendVerifyCode { country_code: "852", phone_num: "51234567" })).await {
//!     Ok(sent) => println!("sent: {}", sent.request_id),
//!     Err(e) if ErrorCode::of(&e) == Some(ErrorCode::FailedOperationSendVerifyCodeLimit60) => {
//!         println!("one code a minute; again in {:?}", e.retry_after());
//!     }
//!     // Not repeated, as the SMS may have gone out.
//!     Err(e) if e.kind() == tc3::ErrorKind::OutcomeUnknown => println!("maybe sent: {e}"),
//!     Err(e) => return Err(e),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # The emulator
//!
//! The crate `tc3-emulator` runs the partner API on 127.0.0.1 with its real protocol, error
//! codes and state, and answers every other service of the catalogue from its spec, so that
//! tests and examples run without a cloud account; it also injects faults, and records real
//! calls to replay them offline. As a dev-dependency:
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let emulator = tc3_emulator::Emulator::start().await?; // on a free port
//! let client = emulator.client()?; // a tc3::Client pointed at it, signed with its demo key
//! let credit = client.call(tc3::intlpartnersmgt::QueryPartnerCredit {}).await?;
//! # let _ = credit;
//! # Ok(())
//! # }
//! ```
//!
//! From the repository, `cargo run -p tc3-emulator -- --listen 127.0.0.1:0` runs it on its own;
//! its README says what it checks, stores and refuses.
//!
//! # Defining an action
//!
//! Write a request struct when the catalogue lacks the action (a service or version it does
//! not have yet) or when you want a type of your own: fewer fields, rules of your own, no
//! feature to compile.
//!
//! A request is a struct named after its action with `#[derive(tc3::Action)]`; its fields
//! are the action's parameters and its attribute says where the call goes. The derive
//! implements [`Action`] (what [`Client::call`] sends), `serde::Serialize` and
//! `serde::Deserialize` in the wire format, and a `Debug` that hides `sensitive` fields.
//! Derive `Clone` and `PartialEq` yourself when you want them, but not `Debug`, `Serialize`
//! or `Deserialize`, which the derive writes. Objects nested in requests,
//! and responses, use `#[derive(tc3::Object)]`: the same wire format, `Debug` and rules,
//! without the call. Your crate needs no dependency on serde.
//!
//! ```
//! #[derive(tc3::Action, Clone, PartialEq)]
//! #[tc3(service = "intlpartnersmgt", version = "2022-09-28", rate_limit = 20)]
//! pub struct SendVerifyCode {
//!     #[tc3(digits, length(min = 1, max = 5), not_one_of("7", "380", "86"))]
//!     pub country_code: String,
//!     #[tc3(digits, length(min = 1, max = 32))]
//!     pub phone_num: String,
//! }
//!
//! /// The response: any `DeserializeOwned` type; `Object` gives PascalCase wire names.
//! #[derive(tc3::Object, Clone, PartialEq)]
//! pub struct SendVerifyCodeResponse {
//!     pub request_id: String,
//! }
//!
//! use tc3::Action as _;
//! let request = SendVerifyCode { country_code: "852".into(), phone_num: "18888888888".into() };
//! assert_eq!(SendVerifyCode::ACTION, "SendVerifyCode");
//! assert_eq!(
//!     serde_json::to_string(&request).unwrap(),
//!     r#"{"CountryCode":"852","PhoneNum":"18888888888"}"#,
//! );
//! assert!(request.violations().is_empty());
//! ```
//!
//! Keys on the struct (`#[derive(tc3::Action)]` only, except `crate`, `custom` and `lenient`):
//!
//! | key | meaning |
//! | --- | --- |
//! | `service = "cvm"` | required; lowercase letters and digits, the endpoint's first label |
//! | `version = "2017-03-12"` | required; the API version, a real `YYYY-MM-DD` date |
//! | `action = "DescribeInstances"` | the action's PascalCase name; default: the struct's name |
//! | `response = Type` | the decoded `Response` object; default: `<Struct>Response` |
//! | `idempotent` | sending it twice is safe, so any failure may be retried; default: not safe |
//! | `rate_limit = 20` | requests per second the service allows for this action |
//! | `site = "mainland"` | the one site that has the action (`"international"` or `"mainland"`); a client of the other site refuses it before sending; default: both |
//! | `host = "es.ai.tencentcloudapi.com"` | the action's own host, used while the client's root domain is its site's own and no endpoint is set; default: `<service>.<root domain>` |
//! | `retry_after = path::to::wait` | `fn(&str) -> Option<Duration>`: the documented wait after an error code |
//! | `custom = path::to::check` | `fn(&Self) -> Result<(), Violation>`: a rule across fields (also on `Object`) |
//! | `lenient` | numbers may arrive as strings, strings as numbers, booleans as `"true"` or `1` (also on `Object`) |
//! | `decode_only` | on `Object` only: a type only ever decoded (a response); no builder, so it compiles faster |
//! | `crate = "path"` | where tc3 is reachable when it is re-exported; default: `::tc3` |
//!
//! Keys on a field:
//!
//! | key | meaning |
//! | --- | --- |
//! | `rename = "Wire"` | the wire name; default: the field's name in PascalCase |
//! | `sensitive` | shown as `<redacted>` in `Debug`, never in logs or errors |
//! | `length(min = 1, max = 5)` | chars of a `String`, items of a `Vec`; either bound optional |
//! | `range(min = 0, max = 100)` | bounds of an integer or float |
//! | `digits` | non-empty, ASCII `0`-`9` only |
//! | `pattern = "^[a-z]+$"` | a regex that must match somewhere (anchor it for the whole value) |
//! | `one_of("a", "b")`, `not_one_of(7, 9)` | allowed or forbidden string or integer literals |
//! | `email` | a plausible email address |
//! | `nested` | check the rules of an inner `Object` (or a `Vec` of them) |
//! | `required_on = "mainland"` | on an `Option` field: required on that site only (`"international"` or `"mainland"`), checked before signing when the client calls that site |
//! | `custom = path::to::check` | a function `fn(&T) -> Result<(), String>`; the `Err` says what is expected |
//! | `body` | on one `Vec<u8>` or `bytes::Bytes` field of a request: the raw body, sent as `application/octet-stream` and signed byte for byte; no wire member (left out of the JSON, empty when decoded, its length in `Debug`) |
//! | `file` | on a `Vec<u8>` or `bytes::Bytes` member (or an `Option` of one) of a request: a binary member; the request is then sent as `multipart/form-data`, as the official SDKs send it, each member a part (this one with a `filename`), its other members `String`s; no JSON member |
//! | `header = "X-CLS-TopicId"` | on a `String` or `Option<String>` member of a request with a `body`: sent as that header (when set) rather than in a body; checked before signing to be text a header carries |
//!
//! A field of type `Option<T>` is optional: left out of the JSON when `None`, `None` when
//! absent from it; its rules apply to the value when there is one. Every other field is
//! required. On a `Vec`, `length` counts the items and the other single-value rules check
//! each item. A field whose wire name is `ClientToken` (a `String` or `Option<String>`) is
//! the action's idempotency token: left empty, the client fills it with a fresh UUID once
//! per call, sends the same one on every attempt and therefore retries the call after a
//! timeout or a broken connection as it would an idempotent one; a token you set is kept.
//! The derive rejects at compile time whatever it can judge there: unknown or
//! duplicate keys, a malformed service, version or action, two fields with one wire name,
//! `min > max`, a pattern that does not compile, a rule on a type it cannot check,
//! literals of the wrong type, and any struct that is not a plain struct with named fields.
//!
//! # Checked calls
//!
//! Before a request is signed, [`Client::call`] runs every rule and, if any is broken,
//! returns an [`ErrorKind::Validation`] error listing all of them ([`Error::violations`]):
//! each names the wire field and the rule, never the value. Nothing is sent.
//!
//! [`request!`] goes further: it writes a request like a struct literal, may leave out
//! `Option` fields, and fails to compile when a required parameter is missing or when a
//! literal, or a constant (a path whose last segment is `SCREAMING_CASE`), breaks
//! `digits`, `email`, `pattern`, `length`, `range`, `one_of` or `not_one_of` on a single
//! value. A list written as `vec![..]` of literals (`"a".into()` for strings) is checked too:
//! its `length` and each item's rules. What waits for the call: `custom`; values known only
//! at run time; an email whose domain has letters beyond ASCII (their Unicode class needs
//! run time); and a pattern the derive cannot turn into an automaton a constant walks: one
//! with `(?m)`, `\b` or `\B`, a class naming some chars beyond ASCII (`[é]`), a repetition
//! over 100, or over 256 states (the derive reads patterns as regex-lite does: `\d`, `\w`
//! and `\s` are ASCII).
//!
//! ```
//! # #[derive(tc3::Action)]
//! # #[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = serde_json::Value)]
//! # pub struct SendVerifyCode {
//! #     #[tc3(digits, length(min = 1, max = 5), not_one_of("7", "380", "86"))]
//! #     pub country_code: String,
//! #     #[tc3(digits, length(min = 1, max = 32))]
//! #     pub phone_num: String,
//! # }
//! let phone = std::env::var("PHONE").unwrap_or_else(|_| "18888888888".into());
//! let request = tc3::request!(SendVerifyCode { country_code: "852", phone_num: phone });
//! // The same, spelled out: the builder that `request!` uses.
//! let same = SendVerifyCode::builder().country_code("852").phone_num(request.phone_num.clone()).build();
//! # assert_eq!(same.country_code, request.country_code);
//! ```
//!
//! ```compile_fail,E0080
//! # #[derive(tc3::Action)]
//! # #[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = serde_json::Value)]
//! # pub struct SendVerifyCode {
//! #     #[tc3(digits, length(min = 1, max = 5), not_one_of("7", "380", "86"))]
//! #     pub country_code: String,
//! #     #[tc3(digits, length(min = 1, max = 32))]
//! #     pub phone_num: String,
//! # }
//! // error: evaluation panicked: CountryCode breaks `not_one_of`: none of "7", "380", "86"
//! let request = tc3::request!(SendVerifyCode { country_code: "86", phone_num: "18888888888" });
//! ```
//!
//! ```compile_fail,E0277
//! # #[derive(tc3::Action)]
//! # #[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = serde_json::Value)]
//! # pub struct SendVerifyCode {
//! #     #[tc3(digits)]
//! #     pub country_code: String,
//! #     #[tc3(digits)]
//! #     pub phone_num: String,
//! # }
//! // error[E0277]: missing required parameter `phone_num` of `SendVerifyCode`
//! let request = tc3::request!(SendVerifyCode { country_code: "852" });
//! ```
//!
//! # Any other action in ten lines
//!
//! Nothing in tc3 is specific to one service: any API 3.0 action is a struct away. STS's
//! `GetCallerIdentity` takes no parameter; `tc3::sts` ships it, but a struct of your own needs
//! no feature, and its response keeps only the fields you read (fields it does not name are
//! ignored):
//!
//! ```no_run
//! #[derive(tc3::Action)]
//! #[tc3(service = "sts", version = "2018-08-13", idempotent)]
//! pub struct GetCallerIdentity {}
//!
//! #[derive(tc3::Object)]
//! pub struct GetCallerIdentityResponse {
//!     pub arn: String,
//!     pub account_id: String,
//!     pub request_id: String,
//! }
//!
//! # async fn run() -> tc3::Result<()> {
//! let client = tc3::Client::from_env()?;
//! let me = client.call(GetCallerIdentity {}).await?;
//! println!("{} in account {}", me.arn, me.account_id);
//! # Ok(())
//! # }
//! ```
//!
//! HAI's `DescribeInstances`, of a mainland-only service the catalogue does not have yet,
//! shows lists, nested objects, optional parameters and a site:
//!
//! ```no_run
//! #[derive(tc3::Action, Clone, PartialEq)]
//! #[tc3(service = "hai", version = "2023-08-12", site = "mainland", idempotent)]
//! pub struct DescribeInstances {
//!     #[tc3(length(max = 100))]
//!     pub instance_ids: Option<Vec<String>>,
//!     #[tc3(nested)]
//!     pub filters: Option<Vec<Filter>>,
//!     #[tc3(range(min = 0, max = 100))]
//!     pub offset: Option<i64>,
//!     #[tc3(range(min = 0))]
//!     pub limit: Option<i64>,
//! }
//!
//! #[derive(tc3::Object, Clone, PartialEq)]
//! pub struct Filter {
//!     #[tc3(length(min = 1))]
//!     pub name: String,
//!     pub values: Vec<String>,
//! }
//!
//! #[derive(tc3::Object, Clone, PartialEq)]
//! pub struct DescribeInstancesResponse {
//!     pub total_count: i64,
//!     pub instance_set: Vec<Instance>,
//!     pub request_id: String,
//! }
//!
//! #[derive(tc3::Object, Clone, PartialEq)]
//! pub struct Instance {
//!     pub instance_id: String,
//!     pub instance_name: String,
//! }
//!
//! # async fn run() -> tc3::Result<()> {
//! let client = tc3::Client::builder().site(tc3::Site::Mainland).region("ap-guangzhou").build()?;
//! let running = Filter { name: "instance-state".into(), values: vec!["RUNNING".into()] };
//! let found = client.call(tc3::request!(DescribeInstances { filters: vec![running], limit: 20 })).await?;
//! for instance in &found.instance_set {
//!     println!("{} {}", instance.instance_id, instance.instance_name);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Both sites
//!
//! A client calls one site of Tencent Cloud: the international one by default
//! (`<service>.intl.tencentcloudapi.com`, messages in `en-US`), or the mainland
//! (`<service>.tencentcloudapi.com`, `zh-CN`) with [`ClientBuilder::site`]; another root domain
//! (`internal.tencentcloudapi.com` inside a VPC) with [`ClientBuilder::root_domain`], and one
//! call's own host with [`CallOptions::endpoint`]. An action the client's site lacks
//! ([`Action::SITES`]) is refused before anything is sent.
//!
//! ```no_run
//! # async fn run() -> tc3::Result<()> {
//! let client = tc3::Client::builder().site(tc3::Site::Mainland).region("ap-guangzhou").build()?;
//! let options = tc3::CallOptions::new().endpoint("https://cvm.ap-guangzhou.tencentcloudapi.com");
//! let regions = client.call_json_with("cvm", "2017-03-12", "DescribeRegions", serde_json::json!({}), &options).await?;
//! # let _ = regions;
//! # Ok(())
//! # }
//! ```
//!
//! # One call's own settings, and every attempt seen
//!
//! [`CallOptions`] change region, language, timeouts or attempts for one call, which still
//! shares the client's connections, pacing and retry budget. [`ClientBuilder::on_attempt`]
//! sees every attempt ([`AttemptInfo`]: action, attempt number, status, latency, error, and
//! the [`RetryReason`] when the call goes on); `cargo run --example metrics` exports them.
//!
//! ```no_run
//! # #[derive(tc3::Action)]
//! # #[tc3(service = "intlpartnersmgt", version = "2022-09-28", idempotent, response = serde_json::Value)]
//! # pub struct QueryPartnerCredit {}
//! # async fn run() -> tc3::Result<()> {
//! use std::time::Duration;
//!
//! let client = tc3::Client::builder()
//!     .on_attempt(|a| eprintln!("{} #{}: {:?} in {:?}, {:?}", a.action, a.attempt, a.status, a.latency, a.retry))
//!     .build()?;
//! let quick = tc3::CallOptions::new().call_timeout(Duration::from_secs(5)).max_attempts(2);
//! let credit = client.call_with(QueryPartnerCredit {}, &quick).await?;
//! # Ok(())
//! # }
//! ```

pub use tc3_macros::{Action, Object, request};
pub use tc3_runtime::paging;
pub use tc3_runtime::waiting;
pub use tc3_runtime::{
    Action, ActionInfo, AssumeRoleProvider, Async, AttemptInfo, CallOptions, Client, ClientBuilder, Credentials,
    CredentialsFuture, CvmRoleProvider, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CALL_TIMEOUT, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_BACKOFF, DEFAULT_MAX_EVENT_BYTES,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_METADATA_ENDPOINT, Decimal, DefaultChain, EnvironmentProvider, Error,
    ErrorKind, Event, EventStream, Form, Language, OneOrMany, ParseDecimalError, Payload, ProfileProvider,
    ProvideCredentials, ProviderChain, Result, RetryReason, Site, StreamingAction, TccliProvider, Violation,
    WaitOptions, Waiter, WebIdentityProvider, sign,
};

#[cfg(feature = "blocking")]
pub mod blocking;
pub mod intlpartnersmgt;

// `pub use tc3_<service> as <service>;` for each service of the catalogue, behind its feature.
include!("services.rs");

// Lets `::tc3::...` paths in generated code resolve inside this crate too.
extern crate self as tc3;

/// The one path generated code reaches; it lives in the runtime, whose own STS actions
/// use the derive too.
#[doc(hidden)]
pub use tc3_runtime::__private;
