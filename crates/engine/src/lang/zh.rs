//! Chinese (中文): its numbers (Han numerals such as `三万`, the multipliers `千 万 亿` after
//! digits, `百分之` before a number); every other table is English's, which reads the Latin
//! words, names and numbers Chinese news also holds (its sentence ends, function characters and
//! reporting verbs are in [`crate::lang::common`]).

use crate::lang::common::{han_numeral, HAN_DATE_UNITS};
use crate::lang::en::{english_with, stem, NUMBERS, STOPWORDS};
use crate::lang::tables::{Numbers, Tables};

/// Chinese, as [`super::Language::Chinese`] gives it.
pub static TABLES: Tables = english_with(
    "zh",
    STOPWORDS,
    stem,
    Numbers {
        word: han_numeral,
        multipliers: MULTIPLIERS,
        percent_before: PERCENT_BEFORE,
        ..NUMBERS
    },
)
// Dates are written with their units, not month names.
.with_months(HAN_DATE_UNITS);

/// Characters that multiply the number before them (`3万`, `1.5亿`, `5千`).
const MULTIPLIERS: &[(&str, f64)] = &[
    ("千", 1e3),
    ("万", 1e4),
    ("萬", 1e4),
    ("亿", 1e8),
    ("億", 1e8),
];

/// Chinese writes a percentage before the number: `百分之六`, `百分之6`.
const PERCENT_BEFORE: &[&str] = &["百分之"];
