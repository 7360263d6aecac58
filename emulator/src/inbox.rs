//! What the real service would send outside — SMS codes and invitation mails — kept here
//! instead, for tests (`GET /_emulator/inbox`) and people (`/_emulator/`). The inbox is
//! the one place verification codes are shown; they never reach a log.

use serde::{Deserialize, Serialize};

/// One message the emulator "sent".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxMessage {
    /// `sms` or `mail`.
    pub kind: String,
    /// `+<country code> <phone>` for an SMS, an address for a mail.
    pub to: String,
    /// The verification code of an SMS, or the invitation token of a mail.
    pub code: String,
    /// The text as the recipient reads it.
    pub text: String,
    /// Unix seconds when it was sent.
    pub sent_at: u64,
}

impl InboxMessage {
    /// The address of an SMS to `country_code` `phone`.
    pub fn phone_address(country_code: &str, phone: &str) -> String {
        format!("+{country_code} {phone}")
    }
}
