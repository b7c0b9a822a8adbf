//! Arabic (العربية): its stop words and a Snowball stemmer (the `snowball` feature; without it English's
//! stem); every other table is English's (its reporting verbs, speakers' name rules and sentence ends are in
//! [`crate::lang::common`]).

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::{Sentences, Tables};

/// Arabic, as [`super::Language::Arabic`] gives it.
pub static TABLES: Tables = english_with("ar", STOPWORDS, stem, NUMBERS)
    .with_accented_stem()
    .with_sentences(SENTENCES);

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

/// The words Arabic sentences are cut by, lower case (all but the endings sorted): titles that a
/// name follows, abbreviations that seldom end a sentence, references before a number, words that
/// open a phrase of time or place, words that commonly open a sentence (after an abbreviation they
/// mark its end).
const SENTENCES: Sentences = Sentences {
    titles: &["أ", "د", "م"],
    abbreviations: &[],
    references: &[],
    opening_prepositions: &[],
    starters: &[
        "أن", "إن", "ثم", "على", "في", "كما", "لكن", "من", "هذا", "هذه", "و", "وقال", "وكان",
    ],
    ordinal_openers: &[],
    abbreviation_endings: &[],
};
