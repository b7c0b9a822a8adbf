//! German (Deutsch): its stop words, a Snowball stemmer (a light one without the `snowball`
//! feature) and its numbers (number words, multipliers, `Prozent`, decimal comma); every other
//! table is English's (sentence rules), which German news shares for the most part. Quote
//! attribution reads German's reporting verbs from [`crate::lang::common`].

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::{counting_word, value_in, Numbers, Sentences, Tables, Words};

/// German, as [`super::Language::German`] gives it.
pub static TABLES: Tables = english_with(
    "de",
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
.with_sentences(SENTENCES)
.with_figure_words(QUALIFIERS, EVENT_WORDS);

/// *Sorted.* Function words, folded (`für` is `fur`): they take part in phrase matching but
/// carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "da", "dann", "das", "dass",
    "daß", "dem", "den", "denn", "der", "des", "die", "dies", "diese", "diesen", "dieser",
    "dieses", "doch", "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines",
    "er", "es", "etwa", "fur", "gegen", "gesagt", "habe", "haben", "hat", "hatte", "hatten",
    "hier", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "in",
    "ins", "ist", "jetzt", "kann", "konnen", "konnte", "laut", "man", "mehr", "mit", "muss",
    "mussen", "nach", "nicht", "noch", "nun", "nur", "ob", "oder", "ohne", "rund", "sagt", "sagte",
    "schon", "sehr", "sei", "sein", "seine", "seinem", "seinen", "seiner", "seit", "sich", "sie",
    "sind", "so", "soll", "sollen", "uber", "um", "und", "unser", "unsere", "unter", "von", "vor",
    "war", "waren", "weil", "wenn", "werden", "wie", "will", "wir", "wird", "wollen", "worden",
    "wurde", "wurden", "zu", "zum", "zur",
];
/// The light stemmer's endings (without the `snowball` feature), folded, longest first: a
/// key loses the first that leaves at least [`snowball::MIN_STEM_CHARS`] characters (close
/// forms of one word meet, different words stay apart).
const SUFFIXES: &[&str] = &["ungen", "ung", "ern", "em", "en", "er", "es", "e", "s", "n"];

/// The German part of a word key: its Snowball stem, or without the `snowball` feature one
/// ending of [`SUFFIXES`] removed ([`snowball::stem`]).
fn stem(word: &mut String) {
    snowball::stem(Stemmer::German, word, SUFFIXES);
}

/// Number words from two to twelve, in order, folded (`fünf` is `funf`); not `ein`, `eine`:
/// they are the article.
const TWO_TO_TWELVE: &str = "zwei drei vier funf sechs sieben acht neun zehn elf zwolf";

/// Round numbers written as words.
const ROUND_NUMBERS: &[(&str, f64)] = &[("zwanzig", 20.0), ("hundert", 100.0), ("tausend", 1e3)];

/// The value of a number word ([`TWO_TO_TWELVE`], [`ROUND_NUMBERS`]).
fn number_word(folded: &str) -> Option<f64> {
    counting_word(TWO_TO_TWELVE, 2, folded).or_else(|| value_in(ROUND_NUMBERS, folded))
}

/// Words that multiply the number before them (`1,5 Millionen`, `2 Mio.`).
const MULTIPLIERS: &[(&str, f64)] = &[
    ("tausend", 1e3),
    ("tsd", 1e3),
    ("million", 1e6),
    ("millionen", 1e6),
    ("mio", 1e6),
    ("milliarde", 1e9),
    ("milliarden", 1e9),
    ("mrd", 1e9),
];

/// A number followed by one of these is a percentage.
const PERCENT_AFTER: &[&str] = &["prozent"];

/// *Sorted by form.* Counted nouns the stemmer leaves apart (`Tage`, `Tag`).
const COUNTED_FORMS: &[(&str, &str)] = &[("tage", "tag"), ("tagen", "tag")];

/// The words German sentences are cut by, lower case (all but the endings sorted): titles that a
/// name follows, abbreviations that seldom end a sentence, references before a number, words that
/// open a phrase of time or place, words that commonly open a sentence (after an abbreviation they
/// mark its end), words after which a number with a dot is an ordinal, endings of compounds that
/// abbreviate their last part.
const SENTENCES: Sentences = Sentences {
    titles: &[
        "dipl", "dr", "fr", "frl", "hl", "hr", "ing", "mag", "prof", "st",
    ],
    abbreviations: &[
        "abs", "bspw", "bzw", "ca", "co", "etc", "evtl", "ggf", "inkl", "jh", "jhd", "mio", "mrd",
        "nr", "s", "str", "tsd", "u", "usw", "vgl", "z",
    ],
    references: &["abs", "art", "bd", "no", "nr", "s", "seite"],
    opening_prepositions: &[
        "ab", "am", "an", "bis", "gegen", "im", "nach", "seit", "um", "vor",
    ],
    starters: &[
        "aber",
        "als",
        "am",
        "auch",
        "auf",
        "aus",
        "außerdem",
        "bei",
        "bereits",
        "bis",
        "da",
        "dabei",
        "daher",
        "damit",
        "danach",
        "dann",
        "das",
        "dass",
        "davor",
        "dazu",
        "dem",
        "den",
        "denn",
        "der",
        "des",
        "deshalb",
        "die",
        "dies",
        "diese",
        "diesem",
        "diesen",
        "dieser",
        "dieses",
        "doch",
        "dort",
        "du",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "er",
        "es",
        "etwa",
        "für",
        "gegen",
        "gestern",
        "heute",
        "hier",
        "ich",
        "ihr",
        "ihre",
        "im",
        "in",
        "inzwischen",
        "jetzt",
        "man",
        "mit",
        "morgen",
        "nach",
        "nachdem",
        "nicht",
        "noch",
        "nun",
        "nur",
        "ob",
        "obwohl",
        "oder",
        "ohne",
        "schon",
        "sein",
        "seine",
        "seit",
        "sie",
        "so",
        "später",
        "trotz",
        "um",
        "und",
        "unter",
        "vor",
        "was",
        "weil",
        "welche",
        "wenn",
        "wer",
        "wie",
        "wir",
        "wo",
        "während",
        "zudem",
        "zum",
        "zur",
        "zwar",
        "über",
    ],
    ordinal_openers: &[
        "am", "beim", "bis", "das", "dem", "den", "der", "des", "die", "ihr", "ihre", "im", "jede",
        "jeder", "jedes", "sein", "seine", "vom", "vor", "zum", "zur",
    ],
    abbreviation_endings: &["str"],
};

/// Qualifiers that may stand before a number (`mehr als`, `rund`, `über`), folded, words apart by
/// a space, longest first: they are tried in this order.
const QUALIFIERS: &[&str] = &[
    "mehr als",
    "weniger als",
    "bis zu",
    "mindestens",
    "hochstens",
    "annahernd",
    "ungefahr",
    "beinahe",
    "knapp",
    "rund",
    "etwa",
    "circa",
    "ca",
    "fast",
    "uber",
    "unter",
];

/// Kinds of event a count can be about, by the German words that name them (folded, as
/// written: they are compared with the words around a number, not stemmed).
const EVENT_WORDS: &[(&str, Words)] = &[
    (
        "death",
        &[
            "gestorben",
            "getotet",
            "getotete",
            "starb",
            "starben",
            "todesopfer",
            "tot",
            "tote",
            "toten",
        ],
    ),
    (
        "injury",
        &[
            "verletzt",
            "verletzte",
            "verletzten",
            "verwundet",
            "verwundete",
            "verwundeten",
        ],
    ),
    (
        "arrest",
        &["festgenommen", "festnahmen", "verhaftet", "verhaftete"],
    ),
    ("missing", &["vermisst", "vermisste", "vermissten"]),
    (
        "displacement",
        &[
            "evakuiert",
            "evakuierte",
            "geflohen",
            "obdachlos",
            "vertrieben",
        ],
    ),
    ("rescue", &["gerettet", "gerettete", "rettete"]),
];
