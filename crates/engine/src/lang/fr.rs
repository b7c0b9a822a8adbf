//! French (français): its stop words and a light stemmer; every other table is English's
//! (sentence rules, numbers), which French news shares for the most part. Quote attribution
//! reads French's reporting verbs from [`crate::lang::common`].

use crate::lang::en::english_with;
use crate::lang::tables::{strip_suffix, Tables};

/// French, as [`super::Language::French`] gives it.
pub static TABLES: Tables = english_with("fr", STOPWORDS, stem);

/// *Sorted.* Function words, folded (`für` is `fur`): they take part in phrase matching but
/// carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "a", "au", "aussi", "aux", "avaient", "avait", "avec", "avoir", "bien", "car", "ce", "ces",
    "cet", "cette", "chez", "comme", "d", "dans", "de", "declare", "des", "dit", "donc", "dont",
    "du", "elle", "elles", "en", "entre", "est", "et", "etaient", "etait", "ete", "etre", "faire",
    "fait", "il", "ils", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "ma", "mais", "me",
    "meme", "mes", "moins", "mon", "ne", "ni", "nos", "notre", "nous", "on", "ont", "or", "ou",
    "par", "pas", "plus", "pour", "qu", "que", "qui", "quoi", "sa", "sans", "se", "selon", "sera",
    "seront", "ses", "si", "son", "sont", "sous", "sur", "ta", "te", "tes", "ton", "tous", "tout",
    "toute", "toutes", "tres", "tu", "un", "une", "vers", "vos", "votre", "vous", "y",
];
/// Endings that inflection adds, folded, longest first: a key loses the first that leaves
/// at least [`MIN_STEM_CHARS`] characters (a light stemmer: close forms of one word meet,
/// different words stay apart).
const SUFFIXES: &[&str] = &[
    "ements", "ement", "ations", "ation", "euses", "euse", "ites", "ite", "aux", "es", "s", "e",
    "x",
];

/// The French part of a word key: one inflectional ending removed ([`SUFFIXES`]).
fn stem(key: &mut String) {
    strip_suffix(key, SUFFIXES);
}
