//! Character references: `&amp;`, `&eacute;`, `&#8217;`, `&#x2019;`, as the HTML standard
//! reads them, with the full table of names ([`super::entities`]).
//!
//! * A name followed by `;` is decoded when the table has it (`&Eacute;mile` → `Émile`).
//! * One of the legacy names browsers accept without `;` (`&amp`, `&eacute`, `&copy`) is
//!   decoded when what follows is not a letter, a digit or `=`: the rule browsers apply inside
//!   attribute values, here applied to text too, so `AT&Tamp`, `?a=1&copy=2` and `&ampx`
//!   stay as written (in text a browser would read `&copy=2` as `©=2`, never what was meant).
//! * A number (`&#233;`, `&#xE9;`, `;` optional) is its character, with the standard's
//!   repairs: 0x80–0x9F as Windows-1252 would have them (`&#150;` → `–`), and zero, surrogates
//!   and anything past U+10FFFF as U+FFFD.
//! * Anything else (`&unknown;`, `&#xZZ;`, a bare `&`) stays as written.

use super::entities::{COUNT, ENDS, LEGACY, NAMES, SECOND, VALUES};

/// Longest name in the table (`CounterClockwiseContourIntegral`): a longer run of letters
/// after `&` is never looked up whole.
const LONGEST_NAME: usize = 32;

/// Longest legacy name (`frac34`, `middot`): the only prefixes tried when there is no `;`.
const LONGEST_LEGACY: usize = 6;

/// What 0x80–0x9F mean in a numeric reference (the standard's table; the five bytes
/// Windows-1252 leaves unassigned stay as they are).
const C1_REPLACEMENTS: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Text with its character references replaced (see the module documentation).
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match reference(after) {
            Some((chars, used)) => {
                out.extend(chars.into_iter().flatten());
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The characters the reference at the start of `s` (just after `&`) stands for, and how
/// many bytes of `s` it takes, or `None` when it is no reference.
fn reference(s: &str) -> Option<([Option<char>; 2], usize)> {
    if let Some(number) = s.strip_prefix('#') {
        let (c, used) = numeric(number)?;
        return Some(([Some(c), None], used + 1));
    }
    named(s)
}

/// A numeric reference after `&#`: its character and the bytes it takes (with its `;`).
fn numeric(s: &str) -> Option<(char, usize)> {
    let (radix, digits_start) = match s.as_bytes().first() {
        Some(b'x' | b'X') => (16, 1),
        _ => (10, 0),
    };
    let digits = s[digits_start..]
        .bytes()
        .take_while(|b| (*b as char).is_digit(radix))
        .count();
    if digits == 0 {
        return None;
    }
    let mut value: u32 = 0;
    for b in s[digits_start..digits_start + digits].bytes() {
        let digit = (b as char).to_digit(radix).unwrap_or(0);
        // Saturates: anything this large is past U+10FFFF anyway.
        value = value.saturating_mul(radix).saturating_add(digit);
    }
    let mut used = digits_start + digits;
    if s[used..].starts_with(';') {
        used += 1;
    }
    Some((code_point(value), used))
}

/// The character a numeric reference's value stands for, repaired as the standard says.
fn code_point(value: u32) -> char {
    match value {
        0x80..=0x9f => C1_REPLACEMENTS[(value - 0x80) as usize],
        0 => '\u{fffd}',
        _ => char::from_u32(value).unwrap_or('\u{fffd}'),
    }
}

/// A named reference at the start of `s`: its characters and the bytes it takes.
fn named(s: &str) -> Option<([Option<char>; 2], usize)> {
    let run = s
        .bytes()
        .take(LONGEST_NAME + 1)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    if run == 0 {
        return None;
    }
    if s[run..].starts_with(';') {
        if let Some(value) = lookup(&s[..run]) {
            return Some((chars(value), run + 1));
        }
    }
    // Without `;`: the longest legacy name the run starts with, unless a letter, digit or
    // `=` follows it.
    for len in (2..=run.min(LONGEST_LEGACY)).rev() {
        let Some(value) = lookup(&s[..len]).filter(|v| v & LEGACY != 0) else {
            continue;
        };
        let next = s.as_bytes().get(len).copied();
        if next.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'=') {
            return None;
        }
        return Some((chars(value), len));
    }
    None
}

/// The value of `name` in the table, by binary search.
fn lookup(name: &str) -> Option<u32> {
    let (mut low, mut high) = (0, COUNT);
    while low < high {
        let mid = (low + high) / 2;
        let start = if mid == 0 { 0 } else { ENDS[mid - 1] as usize };
        let candidate = &NAMES[start..ENDS[mid] as usize];
        match candidate.as_bytes().cmp(name.as_bytes()) {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return Some(VALUES[mid]),
        }
    }
    None
}

/// The one or two characters a packed value holds.
fn chars(value: u32) -> [Option<char>; 2] {
    let first = char::from_u32(value & 0x1f_ffff);
    let second = SECOND[((value >> 21) & 0xf) as usize];
    [first, (second != '\0').then_some(second)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_references_with_semicolons() {
        assert_eq!(decode_entities("&Eacute;mile"), "Émile");
        assert_eq!(decode_entities("&amp;&lt;&gt;&quot;&apos;"), "&<>\"'");
        assert_eq!(decode_entities("&rsquo;&hellip;&euro;&nbsp;"), "’…€\u{a0}");
        assert_eq!(
            decode_entities("&CounterClockwiseContourIntegral;"),
            "\u{2233}"
        );
        // Two characters.
        assert_eq!(decode_entities("&NotEqualTilde;"), "\u{2242}\u{338}");
        assert_eq!(decode_entities("&fjlig;"), "fj");
    }

    #[test]
    fn legacy_names_without_semicolons() {
        assert_eq!(decode_entities("Tom &amp Jerry"), "Tom & Jerry");
        assert_eq!(decode_entities("caf&eacute au lait"), "café au lait");
        assert_eq!(decode_entities("&copy 2017"), "© 2017");
        assert_eq!(decode_entities("&amp"), "&");
        // Followed by a letter, digit or `=`: left alone.
        assert_eq!(decode_entities("&ampx"), "&ampx");
        assert_eq!(decode_entities("?a=1&copy=2"), "?a=1&copy=2");
        assert_eq!(decode_entities("&notit;"), "&notit;");
        // Not a legacy name: needs its `;`.
        assert_eq!(decode_entities("&hellip and"), "&hellip and");
    }

    #[test]
    fn numeric_references() {
        assert_eq!(decode_entities("&#39;&#x41;&#X42;&#8217"), "'AB’");
        assert_eq!(decode_entities("&#150; &#x80;"), "– €");
        assert_eq!(
            decode_entities("&#0; &#xD800; &#x110000; &#99999999999999;"),
            "\u{fffd} \u{fffd} \u{fffd} \u{fffd}"
        );
        assert_eq!(decode_entities("&#x81;"), "\u{81}");
    }

    #[test]
    fn what_is_no_reference_stays() {
        assert_eq!(
            decode_entities("AT&T &unknown; &#xZZ; & &#; &"),
            "AT&T &unknown; &#xZZ; & &#; &"
        );
        assert_eq!(decode_entities("no references"), "no references");
    }

    #[test]
    fn every_name_is_found() {
        for i in 0..COUNT {
            let start = if i == 0 { 0 } else { ENDS[i - 1] as usize };
            let name = &NAMES[start..ENDS[i] as usize];
            assert_eq!(lookup(name), Some(VALUES[i]), "{name}");
            if i > 0 {
                let before = &NAMES[if i == 1 { 0 } else { ENDS[i - 2] as usize }..start];
                assert!(before.as_bytes() < name.as_bytes(), "{before} {name}");
            }
        }
    }
}
