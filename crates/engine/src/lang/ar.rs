//! Arabic (العربية): its stop words and a Snowball stemmer (the `snowball` feature; without it English's
//! stem); every other table is English's (its reporting verbs, speakers' name rules and sentence ends are in
//! [`crate::lang::common`]).

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::Tables;

/// Arabic, as [`super::Language::Arabic`] gives it.
pub static TABLES: Tables = english_with("ar", STOPWORDS, stem, NUMBERS).with_accented_stem();

/// *Sorted.* Function words, folded (without vowel marks): they take part in phrase matching but carry no
/// topic on their own.
const STOPWORDS: &[&str] = &[
    "أضاف",
    "أكد",
    "أن",
    "أو",
    "أي",
    "إلى",
    "إن",
    "التي",
    "الذي",
    "الذين",
    "الى",
    "ان",
    "او",
    "بعد",
    "بين",
    "تلك",
    "ثم",
    "حتى",
    "حيث",
    "خلال",
    "ذلك",
    "ضد",
    "عبر",
    "على",
    "عن",
    "عند",
    "غير",
    "في",
    "قال",
    "قالت",
    "قبل",
    "قد",
    "كان",
    "كانت",
    "كل",
    "كما",
    "لا",
    "لدى",
    "لم",
    "لن",
    "ما",
    "مع",
    "من",
    "منذ",
    "نحن",
    "نحو",
    "هذا",
    "هذه",
    "هم",
    "هو",
    "هي",
    "و",
    "وأضاف",
    "وأكد",
    "وفي",
    "وقال",
    "ومن",
    "يكون",
];

/// The Arabic part of a word key: its Snowball stem, or without the `snowball` feature
/// English's ([`snowball::stem`] with no endings of its own).
fn stem(word: &mut String) {
    if snowball::SNOWBALL {
        snowball::stem(Stemmer::Arabic, word, &[]);
    } else {
        crate::lang::en::stem(word);
    }
}
