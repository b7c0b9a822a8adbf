//! Normalisation for matching, and tokenisation into words, punctuation and spaces.
//!
//! Nothing here changes a document's text: [`tokenize`] returns byte ranges into it, and the
//! folded forms ([`fold`], [`word_key`]) are only ever compared with each other.
//!
//! | input                                   | folds to            |
//! |-----------------------------------------|---------------------|
//! | `‘ ’ ‚ ‛ ′ ´ \``                         | `'`                 |
//! | `“ ” „ ‟ ″ « »`                          | `"`                 |
//! | `‐ ‑ ‒ – — ― − ﹘ ﹣ －`                 | `-`                 |
//! | any white space, incl. U+00A0, U+202F    | one space           |
//! | `…`                                      | `...`               |
//! | ligatures `ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ`               | their letters       |
//! | full-width ASCII `Ａ–ｚ`, `０–９`, …      | ASCII               |
//! | Latin letters with diacritics (`é`, `Ł`)  | the base letter     |
//! | combining marks, zero-width chars, U+00AD | nothing             |
//! | upper case                               | lower case          |

use crate::lang::Tables;

/// Kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner apostrophes (`world’s`) and inner `.`/`,` between
    /// digits (`2.5`, `320,000`).
    Word,
    /// One punctuation or symbol character.
    Punct,
    /// A run of white space.
    Space,
}

/// A token: a byte range of the tokenised text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

/// Appends the folded form of `c` to `out` (see the module table).
pub fn fold_char_into(c: char, out: &mut String) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' | '`' => {
            out.push('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
            out.push('-')
        }
        '\u{2026}' => out.push_str("..."),
        '\u{FB00}' => out.push_str("ff"),
        '\u{FB01}' => out.push_str("fi"),
        '\u{FB02}' => out.push_str("fl"),
        '\u{FB03}' => out.push_str("ffi"),
        '\u{FB04}' => out.push_str("ffl"),
        '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
        c if is_ignorable(c) => {}
        c if c.is_whitespace() => out.push(' '),
        '\u{FF01}'..='\u{FF5E}' => {
            // Full-width ASCII sits at a fixed offset from ASCII.
            let ascii = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            out.extend(ascii.to_lowercase());
        }
        c => {
            let base = strip_diacritic(c);
            out.extend(base.to_lowercase());
        }
    }
}

/// Lower case, for comparing words with the engine's word tables. One routine with [`fold`]'s
/// case tables (the standard `str::to_lowercase` would add its own to the wasm).
pub fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Folds a whole string for matching.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folded form of `s` to `out` (see [`fold`]); ASCII takes a fast path.
pub fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() && !c.is_whitespace() && c != '`' {
            out.push(c.to_ascii_lowercase());
        } else {
            fold_char_into(c, out);
        }
    }
}

/// Characters that fold to nothing: combining marks, zero-width characters, soft hyphens.
pub fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}'
        | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// The base letter of a Latin letter with a diacritic (Latin-1 Supplement and Latin
/// Extended-A); any other char is returned as it is.
fn strip_diacritic(c: char) -> char {
    const LATIN1: &str =
        "AAAAAAACEEEEIIIIDNOOOOO\u{D7}OUUUUYTsaaaaaaaceeeeiiiidnooooo\u{F7}ouuuuyty";
    const EXT_A: &str = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    let code = c as u32;
    let table_char = |table: &str, index: u32| table.chars().nth(index as usize);
    match code {
        0x00C0..=0x00FF => match c {
            // Letters that are not "a base letter plus a mark" stay as they are.
            'Æ' | 'æ' | 'Ð' | 'ð' | 'Þ' | 'þ' | 'ß' | '×' | '÷' => c,
            _ => table_char(LATIN1, code - 0x00C0).unwrap_or(c),
        },
        0x0132 | 0x0133 | 0x0152 | 0x0153 => c,
        0x0100..=0x017F => table_char(EXT_A, code - 0x0100).unwrap_or(c),
        _ => c,
    }
}

/// Whether `c` can be part of a word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_ignorable(c)
}

/// Whether `c` is an apostrophe (straight or curly) that may join two parts of a word.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Splits `text` into words, single punctuation characters and runs of white space.
///
/// Invariant: the tokens are in order, contiguous, and their concatenation is `text`; every
/// boundary is a `char` boundary.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 3);
    let mut chars = text.char_indices();
    while let Some((start, c)) = chars.next() {
        let kind = if c.is_whitespace() {
            skip_while(&mut chars, char::is_whitespace);
            TokenKind::Space
        } else if is_word_char(c) {
            word_rest(&mut chars, c);
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let end = chars.clone().next().map_or(text.len(), |(b, _)| b);
        tokens.push(Token { start, end, kind });
    }
    tokens
}

/// Advances `chars` past the characters that satisfy `keep`.
fn skip_while(chars: &mut std::str::CharIndices<'_>, keep: impl Fn(char) -> bool) -> Option<char> {
    let mut last = None;
    loop {
        let mut ahead = chars.clone();
        match ahead.next() {
            Some((_, c)) if keep(c) => {
                last = Some(c);
                *chars = ahead;
            }
            _ => return last,
        }
    }
}

/// Advances `chars` to the end of the word whose first character, `first`, was just read.
fn word_rest(chars: &mut std::str::CharIndices<'_>, first: char) {
    let mut before = first;
    loop {
        if let Some(last) = skip_while(chars, is_word_char) {
            before = last;
        }
        // A joiner continues the word when word characters stand on both sides of it:
        // apostrophes between letters ("world’s") and . or , between digits ("2.5", "320,000").
        let mut ahead = chars.clone();
        let (Some((_, joiner)), Some((_, after))) = (ahead.next(), ahead.next()) else {
            return;
        };
        let joins = (is_apostrophe(joiner) && before.is_alphabetic() && after.is_alphabetic())
            || (matches!(joiner, '.' | ',') && before.is_ascii_digit() && after.is_ascii_digit());
        if !joins {
            return;
        }
        before = after;
        *chars = ahead;
    }
}

/// The folded form of a word used as a matching key: [`fold`] plus the language's stem
/// ([`Tables::stem`]; in English a possessive `'s` and a plural `s` go: `countries`→`country`,
/// `interests`→`interest`).
pub fn word_key(word: &str, lang: &Tables) -> String {
    let mut key = String::with_capacity(word.len());
    word_key_into(word, &mut key, lang);
    key
}

/// Writes the [`word_key`] of `word` into `key`, replacing what it held (no allocation once
/// `key` has grown to the longest word).
pub fn word_key_into(word: &str, key: &mut String, lang: &Tables) {
    key.clear();
    fold_into(word, key);
    (lang.stem)(key);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn english() -> &'static Tables {
        Language::English.tables()
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .into_iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn folding_table() {
        let cases = [
            ("world’s", "world's"),
            ("“low point”", "\"low point\""),
            ("Syria – even", "syria - even"),
            ("a\u{A0}low", "a low"),
            ("Iran …", "iran ..."),
            ("ﬁnal", "final"),
            ("ＡＢＣ１２", "abc12"),
            ("Hollande, François", "hollande, francois"),
            ("Łódź", "lodz"),
            ("cafe\u{301}", "cafe"),
            ("co\u{AD}operate", "cooperate"),
            ("U.S.", "u.s."),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "fold({input:?})");
        }
    }

    #[test]
    fn tokens_reconstruct_and_split_words() {
        let text = "The world’s two foremost powers — 320,000 dead, 2.5%; U.S.-Russia ‘ties’.";
        let tokens = tokenize(text);
        let joined: String = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(joined, text);
        assert_eq!(
            words(text),
            [
                "The",
                "world’s",
                "two",
                "foremost",
                "powers",
                "320,000",
                "dead",
                "2.5",
                "U",
                "S",
                "Russia",
                "ties"
            ]
        );
    }

    #[test]
    fn word_keys_stem_lightly() {
        for (word, key) in [
            ("countries", "country"),
            ("Interests", "interest"),
            ("world’s", "world"),
            ("Assad's", "assad"),
            ("us", "us"),
            ("class", "class"),
            ("status", "status"),
            ("analysis", "analysis"),
        ] {
            assert_eq!(word_key(word, english()), key, "word_key({word:?})");
        }
    }
}
