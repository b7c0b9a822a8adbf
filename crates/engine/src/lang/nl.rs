//! Dutch (Nederlands): its stop words and a light stemmer; every other table is English's
//! (sentence rules, numbers), which Dutch news shares for the most part. Quote attribution
//! reads Dutch's reporting verbs from [`crate::lang::common`].

use crate::lang::en::english_with;
use crate::lang::tables::{strip_suffix, Tables};

/// Dutch, as [`super::Language::Dutch`] gives it.
pub static TABLES: Tables = english_with("nl", STOPWORDS, stem);

/// *Sorted.* Function words, folded (`für` is `fur`): they take part in phrase matching but
/// carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "aan", "al", "aldus", "als", "bij", "daar", "dan", "dat", "de", "deze", "die", "dit", "door",
    "een", "en", "er", "geen", "haar", "had", "hadden", "hebben", "heeft", "hem", "het", "hier",
    "hij", "hoe", "hun", "ik", "in", "is", "je", "jij", "jullie", "kan", "kunnen", "maar", "met",
    "mijn", "moet", "moeten", "na", "naar", "niet", "nog", "of", "om", "onder", "ons", "ook", "op",
    "over", "tegen", "tot", "u", "uit", "van", "volgens", "voor", "waar", "wanneer", "waren",
    "was", "wat", "we", "wel", "werd", "werden", "wie", "wij", "worden", "wordt", "zal", "ze",
    "zei", "zij", "zijn", "zo", "zonder", "zullen",
];
/// Endings that inflection adds, folded, longest first: a key loses the first that leaves
/// at least [`MIN_STEM_CHARS`] characters (a light stemmer: close forms of one word meet,
/// different words stay apart).
const SUFFIXES: &[&str] = &["heden", "ingen", "ing", "en", "s", "e"];

/// The Dutch part of a word key: one inflectional ending removed ([`SUFFIXES`]).
fn stem(key: &mut String) {
    strip_suffix(key, SUFFIXES);
}
