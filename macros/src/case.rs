//! Wire names: Tencent Cloud spells parameters in PascalCase.

/// `phone_num` -> `PhoneNum`; a raw identifier's `r#` is dropped first.
pub(crate) fn pascal_case(snake: &str) -> String {
    snake
        .trim_start_matches("r#")
        .split('_')
        .flat_map(|part| {
            let mut chars = part.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars))
        })
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::pascal_case;

    #[test]
    fn snake_case_becomes_pascal_case() {
        assert_eq!(pascal_case("phone_num"), "PhoneNum");
        assert_eq!(pascal_case("r#type"), "Type");
        assert_eq!(pascal_case("instance_ids"), "InstanceIds");
        assert_eq!(pascal_case("a__b_"), "AB");
        assert_eq!(pascal_case("limit"), "Limit");
    }
}
