//! Numbers as words: whether a word is a number, and its value.
//!
//! Digits group thousands and start decimals as the world writes them (`320,000`, `2.5`,
//! `1.234,5`, `1,5`, `15 000`, `1'234`; see `decimal_mark`), in ASCII, Arabic-Indic, Persian
//! or full-width digits (folded to ASCII first); number
//! words come from the language's tables (`two`, `twenty`). The arithmetic is by hand: float
//! parsing would add kilobytes to the wasm.

use crate::lang::Tables;
use crate::text::normalize::fold;

/// Digits after a lone `,` that make it a thousands separator (`320,000`); any other count
/// makes it a decimal comma (`1,5 Millionen`, `2,25`).
const GROUP_DIGITS: usize = 3;

/// Which of `.` and `,` starts the decimals of a folded number, if either does: the last of
/// them when both occur (`1.234,5`, `1,234.5`); none when one of them occurs more than once
/// (`1.234.567`); a lone `,` unless exactly [`GROUP_DIGITS`] digits follow it; a lone `.`
/// always (`2.5`, and `2.300` as English reads it).
fn decimal_mark(digits: &str) -> Option<char> {
    let dots = digits.matches('.').count();
    let commas = digits.matches(',').count();
    match (dots, commas) {
        (0, 0) => None,
        (_, 0) if dots > 1 => None,
        (0, _) if commas > 1 => None,
        (1, 0) => Some('.'),
        (0, 1) => {
            let after = digits.rsplit(',').next().map_or(0, str::len);
            (after != GROUP_DIGITS).then_some(',')
        }
        _ => digits.chars().rev().find(|c| matches!(c, '.' | ',')),
    }
}

/// Reads `320,000`, `2.5`, `1,5`, `1.234,5`, `1'234` or `15 000` (see [`decimal_mark`]; the
/// other marks group digits). Arithmetic by hand: float parsing would add kilobytes to the
/// wasm.
fn parse_decimal(digits: &str) -> Option<f64> {
    let (whole, fraction) = match decimal_mark(digits) {
        Some(mark) => digits.rsplit_once(mark).unwrap_or((digits, "")),
        None => (digits, ""),
    };
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut value = 0.0f64;
    for c in whole.chars().filter(|c| c.is_ascii_digit()) {
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
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '\'' | ' '))
        {
            return None;
        }
        return parse_decimal(folded);
    }
    (lang.number_word)(folded)
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn value(word: &str) -> Option<f64> {
        number_value(&fold(word), Language::default().tables())
    }

    #[test]
    fn numbers_as_the_world_writes_them() {
        let cases = [
            ("320,000", 320_000.0),
            ("2.5", 2.5),
            ("1,5", 1.5),
            ("2,25", 2.25),
            ("1.234,5", 1234.5),
            ("1,234.5", 1234.5),
            ("1.234.567", 1_234_567.0),
            ("15\u{a0}000", 15_000.0),
            ("1\u{202f}234,5", 1234.5),
            ("1'234", 1234.0),
            ("١٥", 15.0),
            ("۲۳", 23.0),
            ("٣٫٥", 3.5),
            ("６", 6.0),
        ];
        for (word, expected) in cases {
            assert_eq!(value(word), Some(expected), "{word}");
        }
        assert_eq!(value("1.234.567,1"), Some(1_234_567.1));
    }

    #[test]
    fn a_number_grouped_with_a_no_break_space_is_one_word() {
        use crate::text::normalize::{tokenize, TokenKind};
        let text = "15\u{a0}000 dollars, in 2015 200 people, ٣٫٥ ٪";
        let words: Vec<&str> = tokenize(text)
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            words,
            [
                "15\u{a0}000",
                "dollars",
                "in",
                "2015",
                "200",
                "people",
                "٣٫٥"
            ]
        );
    }
}
