//! Italian (italiano): its stop words and a light stemmer; every other table is English's
//! (sentence rules, numbers), which Italian news shares for the most part. Quote attribution
//! reads Italian's reporting verbs from [`crate::lang::common`].

use crate::lang::en::english_with;
use crate::lang::tables::{strip_suffix, Tables};

/// Italian, as [`super::Language::Italian`] gives it.
pub static TABLES: Tables = english_with("it", STOPWORDS, stem);

/// *Sorted.* Function words, folded (`für` is `fur`): they take part in phrase matching but
/// carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "a", "agli", "ai", "al", "alla", "alle", "allo", "anche", "avere", "aveva", "che", "chi", "ci",
    "come", "con", "cui", "da", "dagli", "dai", "dal", "dalla", "dalle", "dallo", "degli", "dei",
    "del", "della", "delle", "dello", "detto", "di", "dove", "e", "ed", "era", "erano", "essere",
    "fra", "fu", "gia", "gli", "ha", "hanno", "i", "il", "in", "io", "la", "le", "lei", "lo",
    "loro", "lui", "ma", "meno", "mi", "molto", "ne", "negli", "nei", "nel", "nella", "nelle",
    "nello", "noi", "non", "o", "per", "pero", "piu", "quando", "quella", "quello", "questa",
    "queste", "questi", "questo", "si", "sono", "stata", "stato", "su", "sua", "sue", "sugli",
    "sui", "sul", "sulla", "sulle", "sullo", "suo", "suoi", "ti", "tra", "tu", "un", "una", "uno",
    "vi", "voi",
];
/// Endings that inflection adds, folded, longest first: a key loses the first that leaves
/// at least [`MIN_STEM_CHARS`] characters (a light stemmer: close forms of one word meet,
/// different words stay apart).
const SUFFIXES: &[&str] = &[
    "azioni", "azione", "mente", "ita", "ita", "i", "e", "a", "o",
];

/// The Italian part of a word key: one inflectional ending removed ([`SUFFIXES`]).
fn stem(key: &mut String) {
    strip_suffix(key, SUFFIXES);
}
