//! Vietnamese (tiếng Việt): its stop words and numbers (the multipliers `nghìn`, `triệu`, `tỷ`, `phần trăm`, the
//! decimal comma); every other table is English's. Its number words are left out: `năm` is
//! both five and year, `ba` both three and a title.

use crate::lang::en::{english_with, stem, NUMBERS};
use crate::lang::tables::{Numbers, Sentences, Tables};

/// Vietnamese, as [`super::Language::Vietnamese`] gives it.
pub static TABLES: Tables = english_with(
    "vi",
    STOPWORDS,
    stem,
    Numbers {
        multipliers: MULTIPLIERS,
        percent_after: PERCENT_AFTER,
        decimal_comma: true,
        ..NUMBERS
    },
)
.with_sentences(SENTENCES);

/// *Sorted.* Function words, folded as word keys are (`của` is `cua`, `được` is `duoc`): they
/// take part in phrase matching but carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "bi", "boi", "cac", "cho", "co", "con", "cua", "cung", "da", "dang", "de", "den", "do", "duoc",
    "duoi", "hay", "hoac", "hon", "khi", "khong", "la", "lai", "ma", "mot", "nay", "nen", "neu",
    "nhieu", "nhu", "nhung", "nua", "ra", "rang", "rat", "sang", "sau", "se", "tai", "theo", "thi",
    "tren", "trong", "truoc", "tu", "tuy", "va", "vao", "ve", "vi", "voi",
];
/// Words that multiply the number before them, folded (`tỷ` is `ty`, `tỉ` is `ti`).
const MULTIPLIERS: &[(&str, f64)] = &[
    ("nghin", 1e3),
    ("ngan", 1e3),
    ("trieu", 1e6),
    ("ty", 1e9),
    ("ti", 1e9),
];

/// A number followed by this is a percentage (`6 phần trăm`).
const PERCENT_AFTER: &[&str] = &["phan tram"];

/// The words Vietnamese sentences are cut by, lower case (all but the endings sorted): titles that
/// a name follows, abbreviations that seldom end a sentence, references before a number, words
/// that open a phrase of time or place, words that commonly open a sentence (after an abbreviation
/// they mark its end).
const SENTENCES: Sentences = Sentences {
    titles: &[
        "bs", "gs", "ks", "ls", "ncs", "ngnd", "nsnd", "pgs", "ths", "tp", "ts",
    ],
    abbreviations: &["tt"],
    references: &["số"],
    opening_prepositions: &[],
    starters: &[
        "ai", "anh", "bà", "chị", "cuộc", "các", "có", "của", "hiện", "khi", "nhưng", "những",
        "sau", "theo", "trong", "tuy", "tại", "vì", "ông", "đây", "đó",
    ],
    ordinal_openers: &[],
    abbreviation_endings: &[],
};
