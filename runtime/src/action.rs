//! The `Action` trait: what a request type tells the client about its call.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::validate::Violation;
use crate::{Payload, Site};

/// One API 3.0 action: a request type that knows its service, version and action name.
///
/// `#[derive(tc3::Action)]` implements it; implementing it by hand is fine too.
pub trait Action: Serialize + Send + Sync {
    /// The decoded `Response` object of a successful call.
    type Response: DeserializeOwned;

    /// Service name, the first label of the endpoint host: `intlpartnersmgt`.
    const SERVICE: &'static str;
    /// API version, `YYYY-MM-DD`, sent as `X-TC-Version`.
    const VERSION: &'static str;
    /// Action name, sent as `X-TC-Action`.
    const ACTION: &'static str;
    /// Whether sending the request twice has the same effect as sending it once.
    const IDEMPOTENT: bool = false;
    /// Requests per second the service accepts for this action, when documented.
    const RATE_LIMIT: Option<u32> = None;
    /// The sites that have this action; a client of another site refuses to send it. Default:
    /// both sites (a request type of one's own is sent anywhere unless it says otherwise).
    const SITES: &'static [Site] = &[Site::International, Site::Mainland];
    /// The host the official SDKs send this action to, when it is not
    /// `<service>.<root domain>`: es's `ChatCompletions` goes to `es.ai.tencentcloudapi.com`
    /// from either site. Used while the client's root domain is its site's own and no endpoint
    /// is set; another root domain (`internal.tencentcloudapi.com`) gives the usual host.
    const HOST: Option<&'static str> = None;

    /// Every rule the request breaks; empty when it may be sent.
    fn violations(&self) -> Vec<Violation> {
        Vec::new()
    }

    /// Every rule the request breaks when sent to `site`: those of
    /// [`violations`](Action::violations), and members that site alone requires (the derive's
    /// `required_on`). The client checks this before signing. Default: `violations()`.
    fn violations_on(&self, site: Site) -> Vec<Violation> {
        let _ = site;
        self.violations()
    }

    /// How long to wait before this action can succeed after the service answered `code`,
    /// when the service documents it (e.g. 60 s after `FailedOperation.SendVerifyCodeLimit60`).
    /// Becomes [`Error::retry_after`](crate::Error::retry_after).
    fn retry_after(code: &str) -> Option<std::time::Duration> {
        let _ = code;
        None
    }

    /// The request's idempotency token (its `ClientToken` member), when it has one. The
    /// client fills an empty one with a fresh token once per call, so every attempt carries
    /// the same token and the call is retried as safely as an idempotent one; a token the
    /// caller set is kept. The derive implements it for the field whose wire name is
    /// `ClientToken`.
    fn client_token(&mut self) -> Option<&mut String> {
        None
    }

    /// The request body: the wire JSON object.
    fn to_wire(&self) -> serde_json::Result<Vec<u8>> {
        serde_json::to_vec(self)
    }

    /// What the call sends: by default [`to_wire`](Action::to_wire) as a JSON body. A request
    /// whose body is raw bytes with its members in headers (cls `UploadLog`; the derive's
    /// `body` and `header` keys) gives a [`Payload::octet_stream`] here.
    fn into_payload(self) -> serde_json::Result<Payload>
    where
        Self: Sized,
    {
        self.to_wire().map(Payload::json)
    }
}

/// An action whose answer is a stream of server-sent events (`text/event-stream`), which
/// [`Client::call_stream`](crate::Client::call_stream) reads event by event; the only actions
/// it takes. The catalogue implements it for the actions of the reviewed list
/// `codegen/streaming-actions.txt`; implement it by hand for a request type of one's own.
pub trait StreamingAction: Action {
    /// Asks the service for a stream: sets the request's `Stream` member to `true`, when it
    /// has one (without it such actions answer one JSON envelope). Default: nothing, for
    /// actions that always stream.
    fn request_stream(&mut self) {}
}

/// What tc3 knows of an action without a request at hand, for code that handles actions by
/// name: a service's table of these lists every action (`ACTIONS`), and the emulator reads
/// its rate limits and which actions change state from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ActionInfo {
    /// [`Action::SERVICE`].
    pub service: &'static str,
    /// [`Action::VERSION`].
    pub version: &'static str,
    /// [`Action::ACTION`].
    pub action: &'static str,
    /// [`Action::IDEMPOTENT`]: `false` for an action that changes state.
    pub idempotent: bool,
    /// [`Action::RATE_LIMIT`].
    pub rate_limit: Option<u32>,
    /// [`Action::SITES`].
    pub sites: &'static [Site],
    /// [`Action::HOST`].
    pub host: Option<&'static str>,
}

impl ActionInfo {
    /// The facts of `A`, read from its [`Action`] impl.
    pub const fn of<A: Action>() -> ActionInfo {
        ActionInfo {
            service: A::SERVICE,
            version: A::VERSION,
            action: A::ACTION,
            idempotent: A::IDEMPOTENT,
            rate_limit: A::RATE_LIMIT,
            sites: A::SITES,
            host: A::HOST,
        }
    }

    /// The entry of `table` for `action`, if it has one.
    pub fn find<'a>(table: &'a [ActionInfo], action: &str) -> Option<&'a ActionInfo> {
        table.iter().find(|info| info.action == action)
    }
}
