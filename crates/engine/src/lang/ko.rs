//! Korean (한국어): its stop words and numbers (the multipliers `천 만 억 조`, glued to digits as in `3만` or
//! apart, and `퍼센트`); every other table is English's, which reads the Latin words, names and
//! numbers Korean news also holds (its reporting verbs and subject particles are in
//! [`crate::lang::common`]).

use crate::lang::common::KOREAN_DATE_UNITS;
use crate::lang::en::{english_with, stem, NUMBERS};
use crate::lang::tables::{Numbers, Tables};

/// Korean, as [`super::Language::Korean`] gives it.
pub static TABLES: Tables = english_with(
    "ko",
    STOPWORDS,
    stem,
    Numbers {
        multipliers: MULTIPLIERS,
        percent_after: PERCENT_AFTER,
        ..NUMBERS
    },
)
// Dates are written with their units, not month names.
.with_months(KOREAN_DATE_UNITS);

/// *Sorted.* Function words standing alone (conjunctions, determiners, auxiliaries; particles
/// are glued to their words): they take part in phrase matching but carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "것",
    "그",
    "그러나",
    "그리고",
    "대한",
    "더",
    "되는",
    "된",
    "등",
    "때",
    "또는",
    "또한",
    "및",
    "수",
    "없는",
    "위해",
    "이",
    "이번",
    "이후",
    "있는",
    "있다",
    "저",
    "전",
    "중",
    "통해",
    "하는",
    "하지만",
    "한",
    "할",
];
/// Words that multiply the number before them (`3만 명`, `2억 원`, `1천만`).
const MULTIPLIERS: &[(&str, f64)] = &[("천", 1e3), ("만", 1e4), ("억", 1e8), ("조", 1e12)];

/// A number followed by this is a percentage (`6퍼센트`, as `6%`).
const PERCENT_AFTER: &[&str] = &["퍼센트"];
