//! German (Deutsch): its stop words and a light stemmer; every other table is English's
//! (sentence rules, numbers), which German news shares for the most part. Quote attribution
//! reads German's reporting verbs from [`crate::lang::common`].

use crate::lang::en::english_with;
use crate::lang::tables::{strip_suffix, Tables};

/// German, as [`super::Language::German`] gives it.
pub static TABLES: Tables = english_with("de", STOPWORDS, stem);

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
/// Endings that inflection adds, folded, longest first: a key loses the first that leaves
/// at least [`MIN_STEM_CHARS`] characters (a light stemmer: close forms of one word meet,
/// different words stay apart).
const SUFFIXES: &[&str] = &["ungen", "ung", "ern", "em", "en", "er", "es", "e", "s", "n"];

/// The German part of a word key: one inflectional ending removed ([`SUFFIXES`]).
fn stem(key: &mut String) {
    strip_suffix(key, SUFFIXES);
}
