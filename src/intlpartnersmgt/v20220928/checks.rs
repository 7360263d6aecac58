//! Rules of this API that the derive's built-in rules cannot express.

/// The symbols a password may use, at least one of them.
const PASSWORD_SYMBOLS: &str = "!@#$%^&*()";

/// CreateAccount.Password: a letter, a digit and one of `!@#$%^&*()`, and no spaces.
pub(super) fn password(value: &str) -> Result<(), String> {
    let has_letter = value.chars().any(|c| c.is_ascii_alphabetic());
    let has_digit = value.chars().any(|c| c.is_ascii_digit());
    let has_symbol = value.chars().any(|c| PASSWORD_SYMBOLS.contains(c));
    if has_letter && has_digit && has_symbol && !value.chars().any(char::is_whitespace) {
        Ok(())
    } else {
        Err(format!("a letter, a digit, one of `{PASSWORD_SYMBOLS}` and no spaces"))
    }
}

/// CreateAccount.CustomerName: a name, not a number.
pub(super) fn not_only_digits(value: &str) -> Result<(), String> {
    if value.chars().all(|c| c.is_ascii_digit()) { Err("a name that is not only digits".to_owned()) } else { Ok(()) }
}
