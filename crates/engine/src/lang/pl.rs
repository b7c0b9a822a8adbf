//! Polish (polski): its stop words and the words its sentences are cut by (titles,
//! abbreviations, references, sentence starters); every other table is English's.

use crate::lang::en::{english_with, stem, NUMBERS};
use crate::lang::tables::{Sentences, Tables};

/// Polish, as [`super::Language::Polish`] gives it.
pub static TABLES: Tables = english_with("pl", STOPWORDS, stem, NUMBERS).with_sentences(SENTENCES);

/// *Sorted.* Function words, lower case and folded as word keys are (`się` is `sie`): they take
/// part in phrase matching but carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "a",
    "aby",
    "ale",
    "bo",
    "byc",
    "byl",
    "byla",
    "bylo",
    "byly",
    "czy",
    "dla",
    "do",
    "gdy",
    "go",
    "i",
    "ich",
    "ja",
    "jak",
    "jako",
    "jego",
    "jej",
    "jest",
    "juz",
    "lub",
    "ma",
    "mu",
    "na",
    "nad",
    "nie",
    "o",
    "od",
    "on",
    "ona",
    "one",
    "oni",
    "po",
    "pod",
    "powiedzial",
    "przez",
    "przy",
    "sa",
    "sie",
    "ta",
    "tak",
    "takze",
    "te",
    "to",
    "tu",
    "w",
    "we",
    "z",
    "za",
    "ze",
    "zeby",
];

/// The words Polish sentences are cut by, lower case (all but the endings sorted): titles that a
/// name follows, abbreviations that seldom end a sentence, references before a number, words that
/// open a phrase of time or place, words that commonly open a sentence (after an abbreviation they
/// mark its end).
const SENTENCES: Sentences = Sentences {
    titles: &[
        "abp", "bp", "doc", "dr", "gen", "hab", "inż", "ks", "mec", "mgr", "p", "prof", "płk",
        "red", "św",
    ],
    abbreviations: &[
        "al", "godz", "itd", "itp", "jw", "mld", "mln", "np", "ok", "pl", "tj", "tys", "tzw", "ul",
        "woj", "zob",
    ],
    references: &["art", "nr", "ok", "s", "str"],
    opening_prepositions: &["do", "o", "od", "po", "przed", "w", "we"],
    starters: &[
        "a", "ale", "ani", "bo", "choć", "co", "czy", "dlatego", "do", "dziś", "gdy", "gdzie", "i",
        "jak", "jednak", "już", "kiedy", "kto", "na", "nie", "nikt", "o", "od", "on", "ona", "one",
        "oni", "po", "podczas", "potem", "przed", "przez", "się", "tak", "także", "też", "to", "w",
        "wczoraj", "we", "według", "z", "za", "że",
    ],
    ordinal_openers: &[],
    abbreviation_endings: &[],
};
