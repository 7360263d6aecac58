//! Invitation mails: the link a prospective customer or sub-agent follows, at most one
//! mail per address every 180 s.

use serde_json::{Map, Value, json};

use tc3::intlpartnersmgt::v20220928::{CreateAndSendClientInvitationMail, QueryInvitationInfo};

use super::{Answer, Ctx};
use crate::clock::datetime;
use crate::envelope::ApiError;
use crate::inbox::InboxMessage;
use crate::state::Invitation;

const MAIL_INTERVAL_SECS: u64 = 180;

pub(crate) fn create_and_send(r: CreateAndSendClientInvitationMail, cx: &mut Ctx<'_>) -> Answer {
    let email = r.email.as_str();
    if !email.contains('@') {
        return Err(ApiError::new("InvalidParameterValue", "Email is not an email address."));
    }
    let role = match r.invitation_role.as_deref().unwrap_or_default() {
        "" | "Client" => "Client",
        "SubAgent" => "SubAgent",
        _ => return Err(ApiError::new("InvalidParameterValue", "InvitationRole must be Client or SubAgent.")),
    };
    let now = cx.now;
    if cx.state.invitations.iter().any(|i| i.email == email && now < i.sent_at + MAIL_INTERVAL_SECS) {
        return Err(ApiError::new(
            "FailedOperation.SendMailLimit180",
            "An invitation was mailed to this address less than 180 seconds ago.",
        ));
    }
    let token = format!("{:016x}{:016x}", cx.state.rng.next(), cx.state.rng.next());
    let link = format!("https://www.tencentcloud.com/account/register?s_url=partner&token={token}");
    cx.state.invitations.push(Invitation {
        token: token.clone(),
        email: email.into(),
        role: role.into(),
        sent_at: now,
    });
    cx.state.inbox.push(InboxMessage {
        kind: "mail".into(),
        to: email.into(),
        text: format!("You are invited to join as a {role} of a Tencent Cloud partner: {link}"),
        code: token,
        sent_at: now,
    });
    let mut out = Map::new();
    out.insert("InvitationLink".into(), Value::String(link));
    Ok(out)
}

pub(crate) fn query(r: QueryInvitationInfo, cx: &mut Ctx<'_>) -> Answer {
    let info: Vec<Value> = cx
        .state
        .invitations
        .iter()
        .filter(|i| r.invitation_token.contains(&i.token))
        .map(|i| {
            json!({"InvitationToken": i.token, "CreateTime": datetime(i.sent_at), "Status": 1, "UseTime": "",
                   "ClientUin": 0, "ClientMail": i.email, "ClientType": if i.role == "Client" { 1 } else { 2 }, "BindTime": ""})
        })
        .collect();
    let mut out = Map::new();
    out.insert("InvitationInfo".into(), Value::Array(info));
    Ok(out)
}
