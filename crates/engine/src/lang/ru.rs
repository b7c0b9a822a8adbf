//! Russian (русский): its stop words, a Snowball stemmer (a light one without the `snowball`
//! feature) and its numbers (number words, multipliers, `процентов`, decimal comma, the forms of
//! counted nouns the stemmer leaves apart); every other table is English's (sentence rules), which
//! Russian news shares for the most part. Quote attribution reads Russian's reporting verbs from
//! [`crate::lang::common`].

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::{counting_word, value_in, Numbers, Sentences, Tables, Words};

/// Russian, as [`super::Language::Russian`] gives it.
pub static TABLES: Tables = english_with(
    "ru",
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
    "а",
    "без",
    "будет",
    "будут",
    "бы",
    "был",
    "была",
    "были",
    "было",
    "быть",
    "в",
    "во",
    "все",
    "всё",
    "вы",
    "да",
    "для",
    "до",
    "его",
    "ее",
    "есть",
    "еще",
    "ещё",
    "её",
    "же",
    "за",
    "заявил",
    "и",
    "из",
    "или",
    "их",
    "к",
    "как",
    "которая",
    "которого",
    "которые",
    "который",
    "ли",
    "между",
    "на",
    "над",
    "не",
    "нет",
    "но",
    "о",
    "об",
    "он",
    "она",
    "они",
    "оно",
    "от",
    "по",
    "под",
    "при",
    "про",
    "с",
    "сказал",
    "словам",
    "со",
    "сообщил",
    "та",
    "так",
    "также",
    "те",
    "то",
    "тоже",
    "только",
    "тот",
    "у",
    "уже",
    "через",
    "что",
    "эта",
    "эти",
    "это",
    "этого",
    "этой",
    "этот",
    "я",
];
/// The light stemmer's endings (without the `snowball` feature), folded, longest first: a
/// key loses the first that leaves at least [`snowball::MIN_STEM_CHARS`] characters (close
/// forms of one word meet, different words stay apart).
const SUFFIXES: &[&str] = &[
    "ями", "ами", "ях", "ах", "ов", "ев", "ом", "ем", "ой", "ей", "ую", "юю", "ая", "яя", "ое",
    "ее", "ые", "ие", "ых", "их", "ым", "им", "ий", "ый", "а", "я", "ы", "и", "у", "ю", "е", "о",
    "ь",
];

/// The Russian part of a word key: its Snowball stem, or without the `snowball` feature one
/// ending of [`SUFFIXES`] removed ([`snowball::stem`]).
fn stem(word: &mut String) {
    snowball::stem(Stemmer::Russian, word, SUFFIXES);
}

/// Number words from one to twelve, in order (the nominative, and the genitive that follows
/// `более`, `около`).
const ONE_TO_TWELVE: &str = concat!(
    "один|одна|одно два|две|двух три|трех|трёх четыре пять шесть семь восемь девять десять ",
    "одиннадцать двенадцать"
);

/// Round numbers written as words.
const ROUND_NUMBERS: &[(&str, f64)] = &[("двадцать", 20.0), ("сто", 100.0)];

/// The value of a number word ([`ONE_TO_TWELVE`], [`ROUND_NUMBERS`]).
fn number_word(folded: &str) -> Option<f64> {
    counting_word(ONE_TO_TWELVE, 1, folded).or_else(|| value_in(ROUND_NUMBERS, folded))
}

/// Words that multiply the number before them, in the forms a number takes before them
/// (`5 млн`, `3 млрд`, `2 тыс.`, `2 миллиона`, `5 миллионов`).
const MULTIPLIERS: &[(&str, f64)] = &[
    ("тыс", 1e3),
    ("тысяча", 1e3),
    ("тысячи", 1e3),
    ("тысяч", 1e3),
    ("млн", 1e6),
    ("миллион", 1e6),
    ("миллиона", 1e6),
    ("миллионов", 1e6),
    ("млрд", 1e9),
    ("миллиард", 1e9),
    ("миллиарда", 1e9),
    ("миллиардов", 1e9),
];

/// A number followed by one of these is a percentage (`1 процент`, `2 процента`, `6 процентов`).
const PERCENT_AFTER: &[&str] = &["процент", "процента", "процентов"];

/// *Sorted by form.* Counted nouns whose forms after a number the stemmer leaves apart
/// (`21 день`, `3 дня`, `17 дней`; `1 год`, `2 года`, `5 лет`).
const COUNTED_FORMS: &[(&str, &str)] = &[
    ("года", "год"),
    ("годы", "год"),
    ("дней", "день"),
    ("дни", "день"),
    ("дня", "день"),
    ("лет", "год"),
    ("раза", "раз"),
    ("часа", "час"),
    ("часов", "час"),
    ("часы", "час"),
];

/// The words Russian sentences are cut by, lower case (all but the endings sorted): titles that a
/// name follows, abbreviations that seldom end a sentence, references before a number, words that
/// open a phrase of time or place, words that commonly open a sentence (after an abbreviation they
/// mark its end).
const SENTENCES: Sentences = Sentences {
    titles: &["акад", "ген", "гр", "им", "проф", "св", "тов"],
    abbreviations: &[
        "г", "гг", "д", "долл", "др", "е", "им", "кв", "корп", "млн", "млрд", "обл", "пос", "пр",
        "рис", "руб", "см", "стр", "т", "табл", "тыс", "ул",
    ],
    references: &["д", "кв", "рис", "с", "стр", "табл"],
    opening_prepositions: &["в", "во", "до", "к", "на", "с"],
    starters: &[
        "а",
        "в",
        "во",
        "все",
        "вчера",
        "где",
        "даже",
        "для",
        "до",
        "его",
        "ее",
        "если",
        "её",
        "за",
        "затем",
        "здесь",
        "и",
        "из",
        "или",
        "именно",
        "их",
        "к",
        "как",
        "когда",
        "кроме",
        "кто",
        "на",
        "над",
        "не",
        "но",
        "однако",
        "он",
        "она",
        "они",
        "оно",
        "от",
        "по",
        "позже",
        "после",
        "потом",
        "поэтому",
        "при",
        "с",
        "сегодня",
        "сейчас",
        "так",
        "также",
        "тем",
        "теперь",
        "тогда",
        "только",
        "у",
        "уже",
        "хотя",
        "что",
        "чтобы",
        "эта",
        "эти",
        "это",
        "этот",
        "я",
    ],
    ordinal_openers: &[],
    abbreviation_endings: &[],
};

/// Qualifiers that may stand before a number (`более`, `около`, `почти`), folded, words apart by
/// a space, longest first: they are tried in this order.
const QUALIFIERS: &[&str] = &[
    "более чем",
    "не менее",
    "не более",
    "почти",
    "более",
    "менее",
    "около",
    "свыше",
    "примерно",
    "приблизительно",
    "порядка",
];

/// Kinds of event a count can be about, by the Russian words that name them (folded, as
/// written: they are compared with the words around a number, not stemmed).
const EVENT_WORDS: &[(&str, Words)] = &[
    (
        "death",
        &[
            "жертв",
            "жертвы",
            "погиб",
            "погибла",
            "погибли",
            "погибло",
            "погибшие",
            "погибших",
            "скончались",
            "смерть",
            "умер",
            "умерли",
            "умерших",
        ],
    ),
    (
        "injury",
        &[
            "пострадавшие",
            "пострадавших",
            "пострадали",
            "ранен",
            "ранены",
            "раненые",
            "раненых",
        ],
    ),
    (
        "arrest",
        &[
            "арестован",
            "арестованы",
            "задержан",
            "задержанных",
            "задержаны",
        ],
    ),
    ("missing", &["пропавшие", "пропавших", "пропал", "пропали"]),
    (
        "displacement",
        &[
            "бездомными",
            "эвакуированных",
            "эвакуировано",
            "эвакуированы",
        ],
    ),
    (
        "rescue",
        &["спасенных", "спасено", "спасены", "спасли", "спасённых"],
    ),
];
