//! Japanese (日本語): its numbers (Han numerals such as `三万`, the multipliers `千 万 億 兆`
//! after digits, `パーセント`); every other table is English's, which reads the Latin words,
//! names and numbers Japanese news also holds (its sentence ends, function characters, quote
//! marks and reporting verbs are in [`crate::lang::common`]).

use crate::lang::common::{han_numeral, HAN_DATE_UNITS};
use crate::lang::en::{english_with, stem, NUMBERS, STOPWORDS};
use crate::lang::tables::{Numbers, Tables};

/// Japanese, as [`super::Language::Japanese`] gives it.
pub static TABLES: Tables = english_with(
    "ja",
    STOPWORDS,
    stem,
    Numbers {
        word: han_numeral,
        multipliers: MULTIPLIERS,
        percent_after: PERCENT_AFTER,
        ..NUMBERS
    },
)
// Dates are written with their units, not month names.
.with_months(HAN_DATE_UNITS);

/// Characters that multiply the number before them (`2億`, `3千`, `1兆`).
const MULTIPLIERS: &[(&str, f64)] = &[("千", 1e3), ("万", 1e4), ("億", 1e8), ("兆", 1e12)];

/// A number followed by this is a percentage (`6パーセント`, as `6%`).
const PERCENT_AFTER: &[&str] = &["パーセント"];
