//! French (français): its stop words, a Snowball stemmer (a light one without the `snowball`
//! feature) and its numbers (number words, multipliers, `pour cent`, decimal comma); every other
//! table is English's (sentence rules), which French news shares for the most part. Quote
//! attribution reads French's reporting verbs from [`crate::lang::common`].

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::{counting_word, value_in, Numbers, Sentences, Tables, Words};

/// French, as [`super::Language::French`] gives it.
pub static TABLES: Tables = english_with(
    "fr",
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
    "a", "au", "aussi", "aux", "avaient", "avait", "avec", "avoir", "bien", "car", "ce", "ces",
    "cet", "cette", "chez", "comme", "d", "dans", "de", "declare", "des", "dit", "donc", "dont",
    "du", "elle", "elles", "en", "entre", "est", "et", "etaient", "etait", "ete", "etre", "faire",
    "fait", "il", "ils", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "ma", "mais", "me",
    "meme", "mes", "moins", "mon", "ne", "ni", "nos", "notre", "nous", "on", "ont", "or", "ou",
    "par", "pas", "plus", "pour", "qu", "que", "qui", "quoi", "sa", "sans", "se", "selon", "sera",
    "seront", "ses", "si", "son", "sont", "sous", "sur", "ta", "te", "tes", "ton", "tous", "tout",
    "toute", "toutes", "tres", "tu", "un", "une", "vers", "vos", "votre", "vous", "y",
];
/// The light stemmer's endings (without the `snowball` feature), folded, longest first: a
/// key loses the first that leaves at least [`snowball::MIN_STEM_CHARS`] characters (close
/// forms of one word meet, different words stay apart).
const SUFFIXES: &[&str] = &[
    "ements", "ement", "ations", "ation", "euses", "euse", "ites", "ite", "aux", "es", "s", "e",
    "x",
];

/// The French part of a word key: its Snowball stem, or without the `snowball` feature one
/// ending of [`SUFFIXES`] removed ([`snowball::stem`]).
fn stem(word: &mut String) {
    snowball::stem(Stemmer::French, word, SUFFIXES);
}

/// Number words from two to twelve, in order, folded; not `un`, `une`: they are the article.
const TWO_TO_TWELVE: &str = "deux trois quatre cinq six sept huit neuf dix onze douze";

/// Round numbers written as words.
const ROUND_NUMBERS: &[(&str, f64)] = &[("vingt", 20.0), ("mille", 1e3)];

/// The value of a number word ([`TWO_TO_TWELVE`], [`ROUND_NUMBERS`]).
fn number_word(folded: &str) -> Option<f64> {
    counting_word(TWO_TO_TWELVE, 2, folded).or_else(|| value_in(ROUND_NUMBERS, folded))
}

/// Words that multiply the number before them (`1,2 million`, `3 milliards`).
const MULTIPLIERS: &[(&str, f64)] = &[
    ("mille", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("milliard", 1e9),
    ("milliards", 1e9),
];

/// Between a multiplier and the counted thing: `3 milliards de dollars`.
const MULTIPLIER_LINKS: &[&str] = &["de"];

/// A number followed by one of these is a percentage.
const PERCENT_AFTER: &[&str] = &["pour cent"];

/// *Sorted by form.* Counted nouns the stemmer leaves apart (`ans`, `an`).
const COUNTED_FORMS: &[(&str, &str)] = &[("ans", "an")];

/// The words French sentences are cut by, lower case (all but the endings sorted): titles that a
/// name follows, abbreviations that seldom end a sentence, references before a number, words that
/// open a phrase of time or place, words that commonly open a sentence (after an abbreviation they
/// mark its end).
const SENTENCES: Sentences = Sentences {
    titles: &[
        "dr", "m", "me", "mgr", "mlle", "mlles", "mm", "mme", "mmes", "pr", "st", "ste",
    ],
    abbreviations: &[
        "apr", "av", "bd", "cf", "chap", "env", "etc", "ex", "hab", "max", "min", "vol", "vs",
    ],
    references: &["art", "chap", "fig", "n", "no", "nº", "p", "pp", "vol"],
    opening_prepositions: &[
        "après", "au", "avant", "dans", "depuis", "dès", "en", "vers", "à",
    ],
    starters: &[
        "alors", "après", "au", "aucun", "aussi", "avant", "c", "ce", "celle", "celui", "ces",
        "cette", "chaque", "comme", "d", "dans", "de", "depuis", "des", "donc", "du", "elle",
        "elles", "en", "enfin", "ensuite", "entre", "et", "il", "ils", "j", "je", "l", "la", "le",
        "les", "leur", "lors", "lorsque", "mais", "malgré", "même", "n", "ni", "nous", "on", "or",
        "où", "par", "parmi", "pendant", "personne", "plus", "pour", "pourquoi", "pourtant",
        "puis", "qu", "quand", "que", "quelques", "qui", "s", "sa", "sans", "selon", "ses", "si",
        "son", "sous", "sur", "tous", "tout", "toutes", "un", "une", "vers", "vous", "à",
    ],
    ordinal_openers: &[],
    abbreviation_endings: &[],
};

/// Qualifiers that may stand before a number (`plus de`, `environ`, `près de`), folded, words
/// apart by a space, longest first: they are tried in this order.
const QUALIFIERS: &[&str] = &[
    "un peu plus de",
    "pas moins de",
    "plus de",
    "moins de",
    "au moins",
    "au plus",
    "pres de",
    "autour de",
    "jusqu'a",
    "environ",
    "presque",
    "quelque",
];

/// Kinds of event a count can be about, by the French words that name them (folded, as
/// written: they are compared with the words around a number, not stemmed).
const EVENT_WORDS: &[(&str, Words)] = &[
    (
        "death",
        &[
            "decede", "decedee", "decedees", "decedes", "deces", "mort", "morte", "mortes",
            "morts", "tue", "tuee", "tuees", "tues",
        ],
    ),
    (
        "injury",
        &["blesse", "blessee", "blessees", "blesses", "blessures"],
    ),
    (
        "arrest",
        &[
            "arrestation",
            "arrestations",
            "arrete",
            "arretee",
            "arretees",
            "arretes",
            "interpelle",
            "interpellee",
            "interpellees",
            "interpelles",
        ],
    ),
    ("missing", &["disparu", "disparue", "disparues", "disparus"]),
    (
        "displacement",
        &[
            "deplaces",
            "evacue",
            "evacuee",
            "evacuees",
            "evacues",
            "sinistres",
        ],
    ),
    (
        "rescue",
        &[
            "sauve",
            "sauvee",
            "sauvees",
            "sauves",
            "secouru",
            "secourue",
            "secourues",
            "secourus",
        ],
    ),
];
