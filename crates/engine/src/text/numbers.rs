//! Numbers as words: whether a word is a number, and its value.
//!
//! Digits group thousands with `,` and start decimals with one `.` (`320,000`, `2.5`); number
//! words come from the language's tables (`two`, `twenty`). The arithmetic is by hand: float
//! parsing would add kilobytes to the wasm.

use crate::lang::Tables;
use crate::text::normalize::fold;

/// Reads `320,000` or `2.5` (commas group thousands, one dot starts the decimals).
/// Arithmetic by hand: float parsing would add kilobytes to the wasm.
fn parse_decimal(digits: &str) -> Option<f64> {
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if fraction.contains(['.', ',']) {
        return None;
    }
    let mut value = 0.0f64;
    for c in whole.chars().filter(|&c| c != ',') {
        value = value * 10.0 + f64::from(c.to_digit(10)?);
    }
    let mut scale = 0.1;
    for c in fraction.chars() {
        value += f64::from(c.to_digit(10)?) * scale;
        scale /= 10.0;
    }
    Some(value)
}

/// Whether a word is a number (digits, or one of the language's number words).
pub fn is_number(word: &str, lang: &Tables) -> bool {
    number_value(&fold(word), lang).is_some()
}

/// The value of a folded number token: digits with `,` thousands and `.` decimals, or one of
/// the language's number words ([`Tables::number_word`]).
pub fn number_value(folded: &str, lang: &Tables) -> Option<f64> {
    if folded.starts_with(|c: char| c.is_ascii_digit()) {
        if !folded
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            return None;
        }
        return parse_decimal(folded);
    }
    (lang.number_word)(folded)
}
