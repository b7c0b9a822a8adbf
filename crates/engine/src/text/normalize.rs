//! Normalisation for matching, and tokenisation into words, punctuation and spaces.
//!
//! Nothing here changes a document's text: [`tokenize`] returns byte ranges into it, and the
//! folded forms ([`fold`], [`word_key`]) are only ever compared with each other.
//!
//! | input                                   | folds to            |
//! |-----------------------------------------|---------------------|
//! | `‘ ’ ‚ ‛ ′ ´ \``, single guillemets `‹ ›` | `'`                 |
//! | `“ ” „ ‟ ″ « »`, corner brackets `「 」 『 』`, `〝 〞 〟` | `"`   |
//! | `‐ ‑ ‒ – — ― − ﹘ ﹣ －`                 | `-`                 |
//! | any white space, incl. U+00A0, U+202F    | one space           |
//! | `…`                                      | `...`               |
//! | ligatures `ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ`               | their letters       |
//! | full-width ASCII `Ａ–ｚ`, `０–９`, …      | ASCII               |
//! | Latin letters with diacritics (`é`, `Ł`, `ệ`, `ư`) | the base letter |
//! | combining marks, zero-width chars, U+00AD | nothing             |
//! | Devanagari digits `०–९`                  | ASCII digits        |
//! | Devanagari nukta (`ड़` as `ड`)            | nothing             |
//! | Arabic vowel marks, tatweel `ـ`          | nothing             |
//! | upper case                               | lower case          |

use crate::lang::common::{is_unspaced, ELISIONS};
use crate::lang::Tables;

/// Kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner apostrophes (`world’s`) and the marks that group digits
    /// between digits (`2.5`, `320,000`, `1.234,5`, `15 000` with a no-break space); a
    /// character of a script without spaces (Han, Kana) is a word of its own.
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
        // Quote marks of every style: a sentence quoted `「…」` in one article and `“…”` in
        // another reads the same (single marks with single ones, double with double).
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' | '`'
        | '\u{2039}' | '\u{203A}' => out.push('\''),
        '\u{201C}'
        | '\u{201D}'
        | '\u{201E}'
        | '\u{201F}'
        | '\u{2033}'
        | '\u{00AB}'
        | '\u{00BB}'
        | '\u{300C}'..='\u{300F}'
        | '\u{301D}'..='\u{301F}' => out.push('"'),
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
        // Arabic-Indic and Persian digits, and the Arabic decimal and thousands marks.
        '\u{0660}'..='\u{0669}' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{066B}' => out.push('.'),
        '\u{066C}' => out.push(','),
        '\u{066A}' => out.push('%'),
        // Devanagari digits, and its letters with a nukta written as one character (`ड़`) as
        // the same letter without it (the nukta itself folds to nothing).
        '\u{0966}'..='\u{096F}' => out.push(char::from(b'0' + (c as u32 - 0x0966) as u8)),
        '\u{0958}'..='\u{095F}' => out.extend(
            DEVANAGARI_NUKTA_BASES
                .chars()
                .nth((c as u32 - 0x0958) as usize),
        ),
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
        | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        // Arabic vowel marks (harakat, superscript alef) and the tatweel that stretches a word.
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'
        // The Devanagari nukta (`ज़`, `ड़`): Hindi is written with and without it.
        | '\u{093C}')
}

/// The letters of U+0958–U+095F (`क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़`) without their nukta.
const DEVANAGARI_NUKTA_BASES: &str = "कखगजडढफय";

/// Vowel signs, viramas and the other marks of the Indic scripts (Devanagari to Sinhala) that
/// Unicode does not count as letters, and their digits: a word goes on through them
/// (`प्रतिशत`, `उन्होंने`). The dandas `। ॥` end sentences and are no part of a word.
fn is_indic_mark(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0DFF}') && !matches!(c, '\u{0964}' | '\u{0965}' | '\u{0970}')
}

/// The base letter of a Latin letter with a diacritic (Latin-1 Supplement, Latin Extended-A
/// and -B, Latin Extended Additional); any other char is returned as it is.
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
        0x0180..=0x024F => ascii_base(EXT_B, code - 0x0180).unwrap_or(c),
        0x1E00..=0x1EFF => ascii_base(EXT_ADDITIONAL, code - 0x1E00).unwrap_or(c),
        _ => c,
    }
}

/// Base letters of Latin Extended-B (U+0180–U+024F: `ơ ư ǎ ș ț`…), from each letter's
/// canonical decomposition; `\0` where a letter has none (it stays as it is).
const EXT_B: &[u8; 208] = b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

/// Base letters of Latin Extended Additional (U+1E00–U+1EFF: Vietnamese `ệ ở ữ`, `ḍ ṣ ẓ`…),
/// as [`EXT_B`]: a letter typed composed (NFC) folds as the same letter decomposed (NFD).
const EXT_ADDITIONAL: &[u8; 256] = b"AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy\0\0\0\0\0\0AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy\0\0\0\0\0\0";

/// The ASCII base letter at `index` of `table`, if the letter has one.
fn ascii_base(table: &[u8], index: u32) -> Option<char> {
    table
        .get(index as usize)
        .filter(|&&b| b != 0)
        .map(|&b| char::from(b))
}

/// Whether `c` can be part of a word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_ignorable(c) || is_indic_mark(c)
}

/// Whether `c` is a decimal digit of a script the engine reads as a number: ASCII,
/// Arabic-Indic, Persian, Devanagari and full-width digits.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' | '\u{0966}'..='\u{096F}' | '\u{FF10}'..='\u{FF19}')
}

/// Marks that join digit groups into one number: `.` and `,` (`2.5`, `320,000`, `1.234,5`),
/// the apostrophe of Swiss numbers (`1'234`), the Arabic decimal and thousands marks, and the
/// no-break and thin spaces that French and other languages group thousands with
/// (`15 000`). A plain space never joins: `in 2015 200 people` is two numbers.
fn is_digit_joiner(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | '\''
            | '\u{2019}'
            | '\u{066B}'
            | '\u{066C}'
            | '\u{00A0}'
            | '\u{202F}'
            | '\u{2009}'
    )
}

/// Bytes of the number a word starts with: its digits and the marks joining them (`3` of
/// `3만`, `1.5` of `1.5bn`); 0 when it does not start with a digit.
pub fn number_prefix_len(word: &str) -> usize {
    let mut end = 0;
    let mut chars = word.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let joins =
            is_digit_joiner(c) && end > 0 && chars.peek().is_some_and(|&(_, n)| is_digit(n));
        if !is_digit(c) && !joins {
            break;
        }
        end = at + c.len_utf8();
    }
    end
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
    tokens.extend(tokens_of(text));
    tokens
}

/// The tokens of `text` one at a time, as [`tokenize`] lists them (for the callers that only
/// walk them: no list to allocate).
pub fn tokens_of(text: &str) -> Tokens<'_> {
    Tokens { text, at: 0 }
}

/// The iterator [`tokens_of`] returns.
pub struct Tokens<'a> {
    text: &'a str,
    /// Byte offset of the next token (always on a character boundary).
    at: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let start = self.at;
        let rest = self.text.get(start..)?;
        let c = rest.chars().next()?;
        let (kind, length) = if c.is_whitespace() {
            (TokenKind::Space, space_len(rest))
        } else if !c.is_ascii() && is_unspaced(c) {
            // A character of a script without spaces is a word of its own.
            (TokenKind::Word, c.len_utf8())
        } else if is_word_char(c) {
            (TokenKind::Word, word_len(rest, c))
        } else {
            (TokenKind::Punct, c.len_utf8())
        };
        self.at = start + length;
        Some(Token {
            start,
            end: self.at,
            kind,
        })
    }
}

/// Bytes of the white space `text` starts with. ASCII, most of any text, is read a byte at a
/// time (the white space of `char::is_whitespace`, vertical tab included).
fn space_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            if !matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
                break;
            }
            at += 1;
        } else {
            match text[at..].chars().next() {
                Some(c) if c.is_whitespace() => at += c.len_utf8(),
                _ => break,
            }
        }
    }
    at
}

/// Bytes of the word `text` starts with, whose first character is `first`: the word
/// characters after it (one of a script without spaces ends it), and joiners between word
/// characters on both sides: apostrophes between letters ("world’s") and . or , between
/// digits ("2.5", "320,000"). ASCII is read a byte at a time.
fn word_len(text: &str, first: char) -> usize {
    let bytes = text.as_bytes();
    let mut before = first;
    let mut at = first.len_utf8();
    loop {
        while let Some(&b) = bytes.get(at) {
            if b.is_ascii() {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                before = char::from(b);
                at += 1;
            } else {
                match text[at..].chars().next() {
                    Some(c) if is_word_char(c) && !is_unspaced(c) => {
                        before = c;
                        at += c.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        // The only ASCII joiners are `'`, `.` and `,`: a word followed by any other ASCII
        // character (a space, mostly) ends there.
        if bytes
            .get(at)
            .is_none_or(|&b| b.is_ascii() && !matches!(b, b'\'' | b'.' | b','))
        {
            return at;
        }
        let mut ahead = text[at..].chars();
        let (Some(joiner), Some(after)) = (ahead.next(), ahead.next()) else {
            return at;
        };
        let joins = (is_apostrophe(joiner) && before.is_alphabetic() && after.is_alphabetic())
            || (is_digit_joiner(joiner) && is_digit(before) && is_digit(after));
        if !joins {
            return at;
        }
        before = after;
        at += joiner.len_utf8() + after.len_utf8();
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
    folded_key_into(word, key, lang);
}

/// Turns `key`, which holds `word` folded ([`fold_into`]), into `word`'s key ([`word_key_into`]):
/// for a caller that reads the folded word on the way.
pub fn folded_key_into(word: &str, key: &mut String, lang: &Tables) {
    drop_elision(key);
    if !lang.stem_reads_accents {
        (lang.stem)(key);
    } else if !lang.is_stopword(key) {
        // A Snowball stemmer reads the word with its diacritics; the key is its stem, folded.
        let mut accented = String::with_capacity(word.len());
        fold_keeping_accents_into(word, &mut accented);
        drop_elision(&mut accented);
        (lang.stem)(&mut accented);
        key.clear();
        fold_into(&accented, key);
    }
}

/// Appends `s` folded as [`fold_into`] folds it, except that Latin letters keep their
/// diacritics (`Déclarée` → `déclarée`, `GÖRÜŞME` → `görüşme`): what a Snowball stemmer reads.
/// Combining marks still fold to nothing, so a decomposed word reads without its accents.
pub fn fold_keeping_accents_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if !c.is_ascii() && strip_diacritic(c) != c {
            // `İ` lower-cases to `i` and a combining dot, which goes.
            out.extend(c.to_lowercase().filter(|&l| !is_ignorable(l)));
        } else {
            fold_into(c.encode_utf8(&mut [0; 4]), out);
        }
    }
}

/// Removes an elided article or preposition ([`ELISIONS`]) from the front of a folded word
/// that goes on with two letters or more: `l'accord` → `accord`, while `un's` stays.
fn drop_elision(key: &mut String) {
    // Most words hold no apostrophe near their start: one byte scan, then nothing to do.
    if !key.as_bytes().iter().take(8).any(|&b| b == b'\'') {
        return;
    }
    let elided = ELISIONS.iter().find(|e| {
        key.starts_with(**e)
            && key[e.len()..]
                .chars()
                .take(2)
                .filter(|c| c.is_alphabetic())
                .count()
                == 2
    });
    if let Some(e) = elided {
        key.drain(..e.len());
    }
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
            // Quote marks of every style.
            (
                "„Wir“ «nous» 「我们」 『我们』 〝私〟",
                "\"wir\" \"nous\" \"我们\" \"我们\" \"私\"",
            ),
            ("‹oui› ‚ja‘", "'oui' 'ja'"),
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
    fn hindi_words_hold_their_viramas_and_fold_without_the_nukta() {
        // `प्रतिशत` and `उन्होंने` have a virama, `करोड़` a nukta (decomposed), `२५` Devanagari
        // digits; `।` ends the sentence and is no part of a word.
        let text = "उन्होंने कहा २५ प्रतिशत, 3 करोड\u{93c}।";
        assert_eq!(
            words(text),
            ["उन्होंने", "कहा", "२५", "प्रतिशत", "3", "करोड\u{93c}"]
        );
        assert_eq!(fold("करोड\u{93c}"), fold("करो\u{095c}"));
        assert_eq!(fold("करोड\u{93c}"), "करोड");
        assert_eq!(fold("२५"), "25");
        assert_eq!(number_prefix_len("3만"), 1);
        assert_eq!(number_prefix_len("1.5bn"), 3);
        assert_eq!(number_prefix_len("3."), 1);
        assert_eq!(number_prefix_len("만"), 0);
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
