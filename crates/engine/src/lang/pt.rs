//! Portuguese (português): its stop words and a light stemmer; every other table is English's
//! (sentence rules, numbers), which Portuguese news shares for the most part. Quote attribution
//! reads Portuguese's reporting verbs from [`crate::lang::common`].

use crate::lang::en::english_with;
use crate::lang::tables::{strip_suffix, Tables};

/// Portuguese, as [`super::Language::Portuguese`] gives it.
pub static TABLES: Tables = english_with("pt", STOPWORDS, stem);

/// *Sorted.* Function words, folded (`für` is `fur`): they take part in phrase matching but
/// carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "a", "afirmou", "ao", "aos", "aquela", "aquele", "as", "ate", "com", "como", "cujo", "da",
    "das", "de", "desde", "disse", "do", "dos", "e", "ela", "elas", "ele", "eles", "em", "entre",
    "era", "eram", "essa", "esse", "esta", "estao", "estar", "estas", "estava", "este", "estes",
    "eu", "foi", "foram", "ha", "isso", "ja", "lhe", "lhes", "mais", "mas", "me", "menos", "muito",
    "na", "nao", "nas", "nem", "no", "nos", "num", "numa", "o", "onde", "os", "ou", "para", "pela",
    "pelas", "pelo", "pelos", "por", "quais", "qual", "quando", "que", "quem", "sao", "se", "sem",
    "ser", "seu", "seus", "sido", "sobre", "sua", "suas", "tambem", "te", "tem", "ter", "tinha",
    "tu", "um", "uma", "umas", "uns", "voce", "voces", "vos",
];
/// Endings that inflection adds, folded, longest first: a key loses the first that leaves
/// at least [`MIN_STEM_CHARS`] characters (a light stemmer: close forms of one word meet,
/// different words stay apart).
const SUFFIXES: &[&str] = &[
    "acoes", "acao", "mente", "idades", "idade", "os", "as", "es", "s", "o", "a", "e",
];

/// The Portuguese part of a word key: one inflectional ending removed ([`SUFFIXES`]).
fn stem(key: &mut String) {
    strip_suffix(key, SUFFIXES);
}
