//! Numbers as words: whether a word is a number, and its value.
//!
//! Digits group thousands and start decimals as the world writes them (`320,000`, `2.5`,
//! `1.234,5`, `1,5`, `15 000`, `1'234`; see `decimal_mark`), in ASCII, Arabic-Indic, Persian,
//! Devanagari or full-width digits (folded to ASCII first); number
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
/// too, except in a language that writes decimals with a comma
/// ([`crate::lang::Numbers::decimal_comma`]) when exactly [`GROUP_DIGITS`] digits follow it (`2.5`
/// everywhere; `2.300` is 2.3 in English, 2300 in Vietnamese or German).
fn decimal_mark(digits: &str, decimal_comma: bool) -> Option<char> {
    let dots = digits.matches('.').count();
    let commas = digits.matches(',').count();
    let groups = |mark: char| digits.rsplit(mark).next().map_or(0, str::len) == GROUP_DIGITS;
    match (dots, commas) {
        (0, 0) => None,
        (_, 0) if dots > 1 => None,
        (0, _) if commas > 1 => None,
        (1, 0) => (!(decimal_comma && groups('.'))).then_some('.'),
        (0, 1) => (!groups(',')).then_some(','),
        _ => digits.chars().rev().find(|c| matches!(c, '.' | ',')),
    }
}

/// Reads `320,000`, `2.5`, `1,5`, `1.234,5`, `1'234` or `15 000` (see [`decimal_mark`]; the
/// other marks group digits). Arithmetic by hand: float parsing would add kilobytes to the
/// wasm.
fn parse_decimal(digits: &str, decimal_comma: bool) -> Option<f64> {
    let (whole, fraction) = match decimal_mark(digits, decimal_comma) {
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

/// The value of a folded number token: digits with the marks of [`decimal_mark`], or one of
/// the language's number words ([`crate::lang::Numbers::word`]).
pub fn number_value(folded: &str, lang: &Tables) -> Option<f64> {
    if folded.starts_with(|c: char| c.is_ascii_digit()) {
        if !folded
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '\'' | ' '))
        {
            return None;
        }
        return parse_decimal(folded, lang.numbers.decimal_comma);
    }
    (lang.numbers.word)(folded)
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
        assert_eq!(value("२५"), Some(25.0));
    }

    #[test]
    fn a_lone_dot_groups_thousands_where_the_decimal_mark_is_a_comma() {
        let in_language =
            |language: Language, word: &str| number_value(&fold(word), language.tables());
        assert_eq!(in_language(Language::English, "2.300"), Some(2.3));
        assert_eq!(in_language(Language::Vietnamese, "2.300"), Some(2300.0));
        assert_eq!(in_language(Language::German, "1.500"), Some(1500.0));
        assert_eq!(in_language(Language::German, "2.5"), Some(2.5));
        assert_eq!(in_language(Language::German, "1,5"), Some(1.5));
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
