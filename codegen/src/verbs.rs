//! Which actions are read-only, by their verb: the one reviewed table that decides which
//! generated actions the client retries on any failure.
//!
//! The verb is the action's first word (`Describe` in `DescribeInstances`). Each verb here
//! was reviewed across the whole catalogue (every action it starts reads and never changes
//! state, including `InquiryPriceRunInstances`-style price enquiries); verbs that only
//! usually read (`Check`, `Export`, `Verify`, `Batch...`) are left out: a call that is
//! never repeated is safe, one repeated by mistake is not.

/// Verbs of read-only actions.
pub const READ_ONLY_VERBS: &[&str] = &["Describe", "Get", "Inquire", "Inquiry", "List", "Query", "Search"];

/// The action's verb: its leading capitalised word (`Describe`), or `""` when it has none.
pub fn verb(action: &str) -> &str {
    let mut chars = action.char_indices();
    match chars.next() {
        Some((_, first)) if first.is_ascii_uppercase() => {}
        _ => return "",
    }
    let end = chars.find(|(_, c)| !c.is_ascii_lowercase()).map_or(action.len(), |(i, _)| i);
    &action[..end]
}

/// Whether the action only reads, so repeating it is safe.
pub fn is_read_only(action: &str) -> bool {
    READ_ONLY_VERBS.contains(&verb(action))
}

#[cfg(test)]
mod tests {
    use super::{is_read_only, verb};

    #[test]
    fn the_verb_is_the_first_word() {
        assert_eq!(verb("DescribeInstances"), "Describe");
        assert_eq!(verb("InquiryPriceRunInstances"), "Inquiry");
        assert_eq!(verb("HKIDCardOCR"), "H");
        assert_eq!(verb("Get"), "Get");
        assert_eq!(verb("describeX"), "");
    }

    #[test]
    fn only_reading_verbs_are_read_only() {
        for action in [
            "DescribeInstances",
            "GetUser",
            "ListPolicies",
            "QueryCredit",
            "InquirePriceCreateDisks",
            "InquiryPriceRunInstances",
            "SearchLog",
        ] {
            assert!(is_read_only(action), "{action}");
        }
        // A longer first word is another verb: `Listen...` is not `List`, `Getaway` not `Get`.
        for action in [
            "RunInstances",
            "CreateVpc",
            "CheckDomain",
            "ExportImages",
            "BatchDescribeX",
            "ListenX",
            "GetawayCreate",
            "VerifyCode",
            "describeInstances",
        ] {
            assert!(!is_read_only(action), "{action}");
        }
    }
}
