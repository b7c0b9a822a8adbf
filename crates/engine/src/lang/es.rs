//! Spanish (español): its stop words, a Snowball stemmer (a light one without the `snowball`
//! feature) and its numbers (number words, multipliers, `por ciento`, decimal comma); every other
//! table is English's (sentence rules), which Spanish news shares for the most part. Quote
//! attribution reads Spanish's reporting verbs from [`crate::lang::common`].

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::{counting_word, value_in, Numbers, Sentences, Tables, Words};

/// Spanish, as [`super::Language::Spanish`] gives it.
pub static TABLES: Tables = english_with(
    "es",
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
    "a", "afirmo", "al", "ante", "bajo", "como", "con", "cual", "cuales", "cuando", "cuyo", "de",
    "del", "desde", "dijo", "donde", "e", "el", "ella", "ellas", "ellos", "en", "entre", "era",
    "eran", "es", "esa", "esas", "ese", "esos", "esta", "estaba", "estan", "estar", "estas",
    "este", "estos", "fue", "fueron", "ha", "haber", "habia", "habian", "hacia", "han", "hasta",
    "hay", "la", "las", "le", "les", "lo", "los", "mas", "me", "menos", "mi", "mis", "muy", "ni",
    "no", "nos", "nosotros", "o", "os", "para", "pero", "por", "que", "quien", "quienes", "se",
    "segun", "ser", "sido", "sin", "sino", "sobre", "son", "su", "sus", "tambien", "te", "tras",
    "tu", "tus", "u", "un", "una", "unas", "unos", "usted", "ustedes", "y", "ya", "yo",
];
/// The light stemmer's endings (without the `snowball` feature), folded, longest first: a
/// key loses the first that leaves at least [`snowball::MIN_STEM_CHARS`] characters (close
/// forms of one word meet, different words stay apart).
const SUFFIXES: &[&str] = &[
    "aciones", "acion", "mente", "idades", "idad", "os", "as", "es", "s", "o", "a", "e",
];

/// The Spanish part of a word key: its Snowball stem, or without the `snowball` feature one
/// ending of [`SUFFIXES`] removed ([`snowball::stem`]).
fn stem(word: &mut String) {
    snowball::stem(Stemmer::Spanish, word, SUFFIXES);
}

/// Number words from two to twelve, in order, folded; not `un`, `uno`, `una`: they are the
/// article.
const TWO_TO_TWELVE: &str = "dos tres cuatro cinco seis siete ocho nueve diez once doce";

/// Round numbers written as words.
const ROUND_NUMBERS: &[(&str, f64)] = &[("veinte", 20.0), ("cien", 100.0), ("mil", 1e3)];

/// The value of a number word ([`TWO_TO_TWELVE`], [`ROUND_NUMBERS`]).
fn number_word(folded: &str) -> Option<f64> {
    counting_word(TWO_TO_TWELVE, 2, folded).or_else(|| value_in(ROUND_NUMBERS, folded))
}

/// Words that multiply the number before them (`2 millones`, `mil millones`).
const MULTIPLIERS: &[(&str, f64)] = &[("mil", 1e3), ("millon", 1e6), ("millones", 1e6)];

/// Between a multiplier and the counted thing: `2 millones de personas`.
const MULTIPLIER_LINKS: &[&str] = &["de"];

/// A number followed by one of these is a percentage.
const PERCENT_AFTER: &[&str] = &["por ciento"];

/// *Sorted by form.* Counted nouns the stemmer leaves apart (`días`, `día`).
const COUNTED_FORMS: &[(&str, &str)] = &[("anos", "ano"), ("dias", "dia"), ("meses", "mes")];

/// The words Spanish sentences are cut by, lower case (all but the endings sorted): titles that a
/// name follows, abbreviations that seldom end a sentence, references before a number, words that
/// open a phrase of time or place, words that commonly open a sentence (after an abbreviation they
/// mark its end).
const SENTENCES: Sentences = Sentences {
    titles: &[
        "d", "dr", "dra", "dña", "excma", "excmo", "gral", "ing", "lic", "mons", "pdte", "sr",
        "sra", "sres", "srta", "sta", "sto",
    ],
    abbreviations: &[
        "aprox", "art", "av", "avda", "c", "cía", "dcha", "ee", "etc", "izq", "núm", "prov", "pág",
        "tel", "uu", "vol",
    ],
    references: &[
        "art", "cap", "fig", "n", "no", "nº", "núm", "pp", "pág", "vol",
    ],
    opening_prepositions: &["a", "al", "desde", "en", "hacia", "hasta", "tras"],
    starters: &[
        "a", "al", "algunos", "ante", "antes", "aunque", "ayer", "cada", "como", "con", "cuando",
        "de", "del", "desde", "después", "durante", "e", "el", "ella", "ellos", "en", "entonces",
        "entre", "esa", "ese", "eso", "esta", "este", "esto", "hace", "hasta", "hay", "hoy", "la",
        "las", "le", "lo", "los", "luego", "mientras", "muchos", "no", "nos", "otro", "para",
        "pero", "por", "porque", "pues", "que", "quien", "se", "según", "si", "sin", "sobre", "su",
        "sus", "también", "tampoco", "tras", "un", "una", "uno", "y", "ya", "yo",
    ],
    ordinal_openers: &[],
    abbreviation_endings: &[],
};

/// Qualifiers that may stand before a number (`más de`, `casi`, `alrededor de`), folded, words
/// apart by a space, longest first: they are tried in this order.
const QUALIFIERS: &[&str] = &[
    "poco mas de",
    "por lo menos",
    "alrededor de",
    "como minimo",
    "mas de",
    "menos de",
    "al menos",
    "cerca de",
    "aproximadamente",
    "casi",
    "hasta",
    "unos",
    "unas",
];

/// Kinds of event a count can be about, by the Spanish words that name them (folded, as
/// written: they are compared with the words around a number, not stemmed).
const EVENT_WORDS: &[(&str, Words)] = &[
    (
        "death",
        &[
            "fallecidas",
            "fallecido",
            "fallecidos",
            "fallecieron",
            "muertas",
            "muerte",
            "muertes",
            "muerto",
            "muertos",
            "murieron",
        ],
    ),
    ("injury", &["heridas", "herido", "heridos", "lesionados"]),
    (
        "arrest",
        &[
            "arrestadas",
            "arrestado",
            "arrestados",
            "detenidas",
            "detenido",
            "detenidos",
        ],
    ),
    (
        "missing",
        &[
            "desaparecida",
            "desaparecidas",
            "desaparecido",
            "desaparecidos",
        ],
    ),
    (
        "displacement",
        &[
            "damnificados",
            "desplazadas",
            "desplazados",
            "evacuadas",
            "evacuado",
            "evacuados",
        ],
    ),
    (
        "rescue",
        &["rescatada", "rescatadas", "rescatado", "rescatados"],
    ),
];
