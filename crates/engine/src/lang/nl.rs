//! Dutch (Nederlands): its stop words, a Snowball stemmer (a light one without the `snowball`
//! feature) and its numbers (number words, multipliers, `procent`, decimal comma); every other
//! table is English's (sentence rules), which Dutch news shares for the most part. Quote
//! attribution reads Dutch's reporting verbs from [`crate::lang::common`].

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::{counting_word, value_in, Numbers, Sentences, Tables};

/// Dutch, as [`super::Language::Dutch`] gives it.
pub static TABLES: Tables = english_with(
    "nl",
    STOPWORDS,
    stem,
    Numbers {
        word: number_word,
        multipliers: MULTIPLIERS,
        percent_after: PERCENT_AFTER,
        counted_forms: COUNTED_FORMS,
        decimal_comma: true,
        ..NUMBERS
    },
)
.with_accented_stem()
.with_sentences(SENTENCES);

/// *Sorted.* Function words, folded (`für` is `fur`): they take part in phrase matching but
/// carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "aan", "al", "aldus", "als", "bij", "daar", "dan", "dat", "de", "deze", "die", "dit", "door",
    "een", "en", "er", "geen", "haar", "had", "hadden", "hebben", "heeft", "hem", "het", "hier",
    "hij", "hoe", "hun", "ik", "in", "is", "je", "jij", "jullie", "kan", "kunnen", "maar", "met",
    "mijn", "moet", "moeten", "na", "naar", "niet", "nog", "of", "om", "onder", "ons", "ook", "op",
    "over", "tegen", "tot", "u", "uit", "van", "volgens", "voor", "waar", "wanneer", "waren",
    "was", "wat", "we", "wel", "werd", "werden", "wie", "wij", "worden", "wordt", "zal", "ze",
    "zei", "zij", "zijn", "zo", "zonder", "zullen",
];
/// The light stemmer's endings (without the `snowball` feature), folded, longest first: a
/// key loses the first that leaves at least [`snowball::MIN_STEM_CHARS`] characters (close
/// forms of one word meet, different words stay apart).
const SUFFIXES: &[&str] = &["heden", "ingen", "ing", "en", "s", "e"];

/// The Dutch part of a word key: its Snowball stem, or without the `snowball` feature one
/// ending of [`SUFFIXES`] removed ([`snowball::stem`]).
fn stem(word: &mut String) {
    snowball::stem(Stemmer::Dutch, word, SUFFIXES);
}

/// Number words from two to twelve, in order, folded; not `een`: it is the article.
const TWO_TO_TWELVE: &str = "twee drie vier vijf zes zeven acht negen tien elf twaalf";

/// Round numbers written as words.
const ROUND_NUMBERS: &[(&str, f64)] = &[("twintig", 20.0), ("honderd", 100.0), ("duizend", 1e3)];

/// The value of a number word ([`TWO_TO_TWELVE`], [`ROUND_NUMBERS`]).
fn number_word(folded: &str) -> Option<f64> {
    counting_word(TWO_TO_TWELVE, 2, folded).or_else(|| value_in(ROUND_NUMBERS, folded))
}

/// Words that multiply the number before them (`2 miljoen`, `3 miljard`).
const MULTIPLIERS: &[(&str, f64)] = &[
    ("duizend", 1e3),
    ("miljoen", 1e6),
    ("mln", 1e6),
    ("miljard", 1e9),
    ("mld", 1e9),
];

/// A number followed by one of these is a percentage.
const PERCENT_AFTER: &[&str] = &["procent"];

/// *Sorted by form.* Counted nouns the stemmer leaves apart (`dagen`, `dag`).
const COUNTED_FORMS: &[(&str, &str)] = &[("dagen", "dag"), ("jaren", "jaar")];

/// The words Dutch sentences are cut by, lower case (all but the endings sorted): titles that a
/// name follows, abbreviations that seldom end a sentence, references before a number, words that
/// open a phrase of time or place, words that commonly open a sentence (after an abbreviation they
/// mark its end).
const SENTENCES: Sentences = Sentences {
    titles: &[
        "dhr", "dr", "drs", "ds", "ing", "ir", "mevr", "mr", "mw", "prof", "st",
    ],
    abbreviations: &[
        "bijv", "blz", "bv", "ca", "co", "enz", "etc", "evt", "jl", "mld", "mln", "nl", "nr",
        "resp", "str", "vgl", "zgn",
    ],
    references: &["art", "blz", "fig", "nr", "p"],
    opening_prepositions: &["na", "om", "op", "rond", "tot", "vanaf", "voor"],
    starters: &[
        "aan",
        "al",
        "alle",
        "als",
        "bij",
        "daar",
        "daarna",
        "daarom",
        "dan",
        "dat",
        "de",
        "deze",
        "die",
        "dit",
        "door",
        "dus",
        "een",
        "en",
        "er",
        "hem",
        "het",
        "hier",
        "hij",
        "hoe",
        "ik",
        "in",
        "inmiddels",
        "je",
        "maar",
        "met",
        "na",
        "naar",
        "niemand",
        "niet",
        "nog",
        "nu",
        "of",
        "om",
        "omdat",
        "ondanks",
        "onder",
        "ook",
        "op",
        "over",
        "sinds",
        "tijdens",
        "toch",
        "toen",
        "tot",
        "uit",
        "van",
        "veel",
        "voor",
        "wat",
        "we",
        "wie",
        "wij",
        "ze",
        "zij",
        "zo",
    ],
    ordinal_openers: &[],
    abbreviation_endings: &["str"],
};
