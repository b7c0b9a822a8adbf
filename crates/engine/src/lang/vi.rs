//! Vietnamese (tiếng Việt): its numbers (the multipliers `nghìn`, `triệu`, `tỷ`, `phần trăm`, the
//! decimal comma); every other table is English's. Its number words are left out: `năm` is
//! both five and year, `ba` both three and a title.

use crate::lang::en::{english_with, stem, NUMBERS, STOPWORDS};
use crate::lang::tables::{Numbers, Tables};

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
);

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
