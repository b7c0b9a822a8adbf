//! Turkish (Türkçe): its stop words; every other table is English's
//! (sentence rules, numbers), which Turkish news shares for the most part. Quote attribution
//! reads Turkish's reporting verbs from [`crate::lang::common`].

use crate::lang::en::english_with;
use crate::lang::tables::Tables;

/// Turkish, as [`super::Language::Turkish`] gives it.
pub static TABLES: Tables = english_with("tr", STOPWORDS, keep);

/// *Sorted.* Function words, folded (`für` is `fur`): they take part in phrase matching but
/// carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "ama", "ancak", "az", "bir", "bu", "bunlar", "cok", "da", "daha", "de", "dedi", "en", "fakat",
    "gibi", "gore", "her", "hic", "icin", "ile", "ise", "kadar", "ki", "mi", "mu", "mı", "nasıl",
    "ne", "neden", "o", "olan", "olarak", "oldu", "oldugu", "oldugunu", "onlar", "soyledi", "su",
    "sunlar", "ve", "veya", "yuzde",
];

/// Turkish words are built by suffixes on suffixes: no light stemmer does them justice, so
/// keys keep their words whole.
fn keep(_key: &mut String) {}
