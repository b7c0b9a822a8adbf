//! Russian (русский): its stop words and a light stemmer; every other table is English's
//! (sentence rules, numbers), which Russian news shares for the most part. Quote attribution
//! reads Russian's reporting verbs from [`crate::lang::common`].

use crate::lang::en::english_with;
use crate::lang::tables::{strip_suffix, Tables};

/// Russian, as [`super::Language::Russian`] gives it.
pub static TABLES: Tables = english_with("ru", STOPWORDS, stem);

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
/// Endings that inflection adds, folded, longest first: a key loses the first that leaves
/// at least [`MIN_STEM_CHARS`] characters (a light stemmer: close forms of one word meet,
/// different words stay apart).
const SUFFIXES: &[&str] = &[
    "ями", "ами", "ях", "ах", "ов", "ев", "ом", "ем", "ой", "ей", "ую", "юю", "ая", "яя", "ое",
    "ее", "ые", "ие", "ых", "их", "ым", "им", "а", "я", "ы", "и", "у", "ю", "е", "о",
];

/// The Russian part of a word key: one inflectional ending removed ([`SUFFIXES`]).
fn stem(key: &mut String) {
    strip_suffix(key, SUFFIXES);
}
