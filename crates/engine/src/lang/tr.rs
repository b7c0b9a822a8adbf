//! Turkish (Türkçe): its stop words, a Snowball stemmer (none without the `snowball` feature)
//! and its numbers (number words, multipliers, `yüzde 6` and
//! `%6` before the number, decimal comma); every other table is English's (sentence rules),
//! which Turkish news shares for the most part. Quote attribution
//! reads Turkish's reporting verbs from [`crate::lang::common`].

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::{counting_word, value_in, Numbers, Sentences, Tables, Words};

/// Turkish, as [`super::Language::Turkish`] gives it.
pub static TABLES: Tables = english_with(
    "tr",
    STOPWORDS,
    stem,
    Numbers {
        word: number_word,
        multipliers: MULTIPLIERS,
        percent_before: PERCENT_BEFORE,
        decimal_comma: true,
        ..NUMBERS
    },
)
.with_accented_stem()
.with_sentences(SENTENCES)
.with_figure_words(QUALIFIERS, EVENT_WORDS);

/// *Sorted.* Function words, folded (`für` is `fur`): they take part in phrase matching but
/// carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "ama", "ancak", "az", "bir", "bu", "bunlar", "cok", "da", "daha", "de", "dedi", "en", "fakat",
    "gibi", "gore", "her", "hic", "icin", "ile", "ise", "kadar", "ki", "mi", "mu", "mı", "nasil",
    "ne", "neden", "o", "olan", "olarak", "oldu", "oldugu", "oldugunu", "onlar", "soyledi", "su",
    "sunlar", "ve", "veya", "yuzde",
];

/// The Turkish part of a word key: its Snowball stem (`görüşmelerin` → `görüşme`). Turkish
/// words are built by suffixes on suffixes, which no light stemmer does justice: without the
/// `snowball` feature keys keep their words whole ([`snowball::stem`] with no endings).
fn stem(word: &mut String) {
    snowball::stem(Stemmer::Turkish, word, &[]);
}

/// Number words from two to nine, in order, folded (`üç` is `uc`); not `bir`: it is the
/// article, nor `on` (ten), which folds as `ön` (front) does.
const TWO_TO_NINE: &str = "iki uc dort bes alti yedi sekiz dokuz";

/// Round numbers written as words.
const ROUND_NUMBERS: &[(&str, f64)] = &[("yirmi", 20.0)];

/// The value of a number word ([`TWO_TO_NINE`], [`ROUND_NUMBERS`]).
fn number_word(folded: &str) -> Option<f64> {
    counting_word(TWO_TO_NINE, 2, folded).or_else(|| value_in(ROUND_NUMBERS, folded))
}

/// Words that multiply the number before them (`5 bin`, `2 milyon`, `3 milyar`).
const MULTIPLIERS: &[(&str, f64)] = &[("bin", 1e3), ("milyon", 1e6), ("milyar", 1e9)];

/// Turkish writes the percentage before the number: `yüzde 6`, `%6`.
const PERCENT_BEFORE: &[&str] = &["%", "yuzde"];

/// The words Turkish sentences are cut by, lower case (all but the endings sorted): titles that a
/// name follows, abbreviations that seldom end a sentence, references before a number, words that
/// open a phrase of time or place, words that commonly open a sentence (after an abbreviation they
/// mark its end).
const SENTENCES: Sentences = Sentences {
    titles: &[
        "av", "doç", "dr", "gen", "org", "prof", "sn", "uzm", "yrd", "öğr",
    ],
    abbreviations: &["bkz", "cad", "mah", "no", "sk", "vb", "vs", "örn"],
    references: &["md", "no", "nr", "s"],
    opening_prepositions: &[],
    starters: &[
        "ama", "ancak", "bir", "bu", "bunlar", "bunun", "da", "daha", "de", "dün", "en", "fakat",
        "her", "ise", "kimse", "o", "ona", "onlar", "sonra", "ve", "veya", "yani", "çünkü", "öte",
        "şu",
    ],
    ordinal_openers: &[],
    abbreviation_endings: &[],
};

/// Qualifiers that may stand before a number (`yaklaşık`, `en az`, `neredeyse`), folded, words
/// apart by a space, longest first: they are tried in this order.
const QUALIFIERS: &[&str] = &[
    "yaklasik olarak",
    "en az",
    "en fazla",
    "yaklasik",
    "neredeyse",
    "tahminen",
];

/// Kinds of event a count can be about, by the Turkish words that name them (folded, as
/// written: they are compared with the words around a number, not stemmed).
const EVENT_WORDS: &[(&str, Words)] = &[
    ("death", &["hayatini", "olen", "olu", "olum"]),
    ("injury", &["yaralanan", "yaralandi", "yarali"]),
    ("arrest", &["gozaltina", "tutuklanan", "tutuklandi"]),
    ("missing", &["kayboldu"]),
    ("displacement", &["evsiz", "tahliye"]),
    ("rescue", &["kurtardi", "kurtarilan", "kurtarildi"]),
];
