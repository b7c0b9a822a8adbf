//! Spanish (español): its stop words and a light stemmer; every other table is English's
//! (sentence rules, numbers), which Spanish news shares for the most part. Quote attribution
//! reads Spanish's reporting verbs from [`crate::lang::common`].

use crate::lang::en::english_with;
use crate::lang::tables::{strip_suffix, Tables};

/// Spanish, as [`super::Language::Spanish`] gives it.
pub static TABLES: Tables = english_with("es", STOPWORDS, stem);

/// *Sorted.* Function words, folded (`für` is `fur`): they take part in phrase matching but
/// carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "a", "afirmo", "al", "ante", "bajo", "como", "con", "cual", "cuales", "cuando", "cuyo", "de",
    "del", "desde", "dijo", "donde", "e", "el", "ella", "ellas", "ellos", "en", "entre", "era",
    "eran", "es", "esa", "esas", "ese", "esos", "esta", "estaba", "estan", "estar", "estas",
    "este", "estos", "fue", "fueron", "ha", "haber", "habia", "habian", "hacia", "han", "hasta",
    "hay", "la", "las", "le", "les", "lo", "los", "mas", "me", "menos", "mi", "mis", "muy", "ni",
    "no", "nos", "nosotros", "o", "os", "para", "pero", "por", "que", "quien", "quienes", "se",
    "segun", "ser", "sido", "sin", "sino", "sobre", "son", "su", "sus", "tambien", "te", "tras",
    "tu", "tus", "u", "un", "una", "unas", "unos", "usted", "ustedes", "y", "ya", "yo",
];
/// Endings that inflection adds, folded, longest first: a key loses the first that leaves
/// at least [`MIN_STEM_CHARS`] characters (a light stemmer: close forms of one word meet,
/// different words stay apart).
const SUFFIXES: &[&str] = &[
    "aciones", "acion", "mente", "idades", "idad", "os", "as", "es", "s", "o", "a", "e",
];

/// The Spanish part of a word key: one inflectional ending removed ([`SUFFIXES`]).
fn stem(key: &mut String) {
    strip_suffix(key, SUFFIXES);
}
