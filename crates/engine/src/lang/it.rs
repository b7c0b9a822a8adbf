//! Italian (italiano): its stop words, a Snowball stemmer (a light one without the `snowball`
//! feature) and its numbers (number words, multipliers, `per cento`, decimal comma); every other
//! table is English's (sentence rules), which Italian news shares for the most part. Quote
//! attribution reads Italian's reporting verbs from [`crate::lang::common`].

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::{counting_word, value_in, Numbers, Sentences, Tables, Words};

/// Italian, as [`super::Language::Italian`] gives it.
pub static TABLES: Tables = english_with(
    "it",
    STOPWORDS,
    stem,
    Numbers {
        word: number_word,
        multipliers: MULTIPLIERS,
        multiplier_links: MULTIPLIER_LINKS,
        percent_after: PERCENT_AFTER,
        counted_forms: COUNTED_FORMS,
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
    "a", "agli", "ai", "al", "alla", "alle", "allo", "anche", "avere", "aveva", "che", "chi", "ci",
    "come", "con", "cui", "da", "dagli", "dai", "dal", "dalla", "dalle", "dallo", "degli", "dei",
    "del", "della", "delle", "dello", "detto", "di", "dove", "e", "ed", "era", "erano", "essere",
    "fra", "fu", "gia", "gli", "ha", "hanno", "i", "il", "in", "io", "la", "le", "lei", "lo",
    "loro", "lui", "ma", "meno", "mi", "molto", "ne", "negli", "nei", "nel", "nella", "nelle",
    "nello", "noi", "non", "o", "per", "pero", "piu", "quando", "quella", "quello", "questa",
    "queste", "questi", "questo", "si", "sono", "stata", "stato", "su", "sua", "sue", "sugli",
    "sui", "sul", "sulla", "sulle", "sullo", "suo", "suoi", "ti", "tra", "tu", "un", "una", "uno",
    "vi", "voi",
];
/// The light stemmer's endings (without the `snowball` feature), folded, longest first: a
/// key loses the first that leaves at least [`snowball::MIN_STEM_CHARS`] characters (close
/// forms of one word meet, different words stay apart).
const SUFFIXES: &[&str] = &[
    "azioni", "azione", "mente", "ita", "ita", "i", "e", "a", "o",
];

/// The Italian part of a word key: its Snowball stem, or without the `snowball` feature one
/// ending of [`SUFFIXES`] removed ([`snowball::stem`]).
fn stem(word: &mut String) {
    snowball::stem(Stemmer::Italian, word, SUFFIXES);
}

/// Number words from two to twelve, in order, folded; not `un`, `uno`, `una`: they are the
/// article.
const TWO_TO_TWELVE: &str = "due tre quattro cinque sei sette otto nove dieci undici dodici";

/// Round numbers written as words.
const ROUND_NUMBERS: &[(&str, f64)] = &[("venti", 20.0), ("mille", 1e3)];

/// The value of a number word ([`TWO_TO_TWELVE`], [`ROUND_NUMBERS`]).
fn number_word(folded: &str) -> Option<f64> {
    counting_word(TWO_TO_TWELVE, 2, folded).or_else(|| value_in(ROUND_NUMBERS, folded))
}

/// Words that multiply the number before them (`4 milioni`, `2 miliardi`, `3 mila`).
const MULTIPLIERS: &[(&str, f64)] = &[
    ("mila", 1e3),
    ("mille", 1e3),
    ("milione", 1e6),
    ("milioni", 1e6),
    ("mln", 1e6),
    ("miliardo", 1e9),
    ("miliardi", 1e9),
    ("mld", 1e9),
];

/// Between a multiplier and the counted thing: `4 milioni di persone`.
const MULTIPLIER_LINKS: &[&str] = &["di"];

/// A number followed by one of these is a percentage.
const PERCENT_AFTER: &[&str] = &["per cento"];

/// *Sorted by form.* Counted nouns the stemmer leaves apart (`anni`, `anno`).
const COUNTED_FORMS: &[(&str, &str)] = &[("anni", "anno"), ("mesi", "mese"), ("ore", "ora")];

/// The words Italian sentences are cut by, lower case (all but the endings sorted): titles that a
/// name follows, abbreviations that seldom end a sentence, references before a number, words that
/// open a phrase of time or place, words that commonly open a sentence (after an abbreviation they
/// mark its end).
const SENTENCES: Sentences = Sentences {
    titles: &[
        "arch", "avv", "dott", "dr", "geom", "ing", "mons", "on", "prof", "rag", "s", "sen", "sig",
        "sigg",
    ],
    abbreviations: &[
        "ad", "ca", "cfr", "ecc", "es", "fig", "n", "p", "pag", "tel", "vol",
    ],
    references: &["art", "cap", "fig", "n", "nr", "pag", "pp", "vol"],
    opening_prepositions: &[
        "a", "alle", "dal", "dalle", "dopo", "entro", "in", "nel", "verso",
    ],
    starters: &[
        "a", "al", "alla", "anche", "ancora", "che", "ci", "come", "con", "così", "da", "dal",
        "dalla", "dopo", "dove", "e", "ed", "era", "gli", "i", "ieri", "il", "in", "inoltre",
        "intanto", "invece", "io", "la", "le", "lei", "lo", "loro", "lui", "ma", "mentre", "nel",
        "nella", "nessuno", "noi", "non", "oggi", "ogni", "ora", "per", "perché", "però", "poi",
        "quando", "quei", "quella", "quello", "questa", "questo", "se", "secondo", "si", "sono",
        "su", "sul", "sulla", "tra", "tutti", "tutto", "un", "una", "uno",
    ],
    ordinal_openers: &[],
    abbreviation_endings: &[],
};

/// Qualifiers that may stand before a number (`più di`, `circa`, `oltre`), folded, words apart by
/// a space, longest first: they are tried in this order.
const QUALIFIERS: &[&str] = &[
    "poco piu di",
    "intorno a",
    "piu di",
    "meno di",
    "fino a",
    "almeno",
    "circa",
    "quasi",
    "oltre",
];

/// Kinds of event a count can be about, by the Italian words that name them (folded, as
/// written: they are compared with the words around a number, not stemmed).
const EVENT_WORDS: &[(&str, Words)] = &[
    (
        "death",
        &[
            "decedute", "deceduti", "deceduto", "morta", "morte", "morti", "morto",
        ],
    ),
    ("injury", &["ferita", "ferite", "feriti", "ferito"]),
    (
        "arrest",
        &["arrestate", "arrestati", "arrestato", "fermati"],
    ),
    (
        "missing",
        &["disperse", "dispersi", "disperso", "scomparse", "scomparsi"],
    ),
    (
        "displacement",
        &["evacuate", "evacuati", "evacuato", "sfollati"],
    ),
    ("rescue", &["salvate", "salvati", "salvato", "soccorsi"]),
];
