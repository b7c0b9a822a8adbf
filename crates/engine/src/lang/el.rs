//! Greek (ελληνικά): its stop words and a Snowball stemmer (the `snowball` feature; without it English's
//! stem); every other table is English's.

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::Tables;

/// Greek, as [`super::Language::Greek`] gives it.
pub static TABLES: Tables = english_with("el", STOPWORDS, stem, NUMBERS).with_accented_stem();

/// *Sorted.* Function words, folded (Greek keeps its accents): they take part in phrase matching but carry no
/// topic on their own.
const STOPWORDS: &[&str] = &[
    "ένα",
    "έχει",
    "έχουν",
    "ή",
    "ήταν",
    "αλλά",
    "από",
    "αυτά",
    "αυτή",
    "αυτό",
    "αυτός",
    "για",
    "δήλωσε",
    "δεν",
    "είναι",
    "είπε",
    "ενός",
    "ενώ",
    "η",
    "θα",
    "και",
    "κατά",
    "μία",
    "με",
    "μετά",
    "μια",
    "μιας",
    "να",
    "ο",
    "οι",
    "πιο",
    "πολύ",
    "που",
    "προς",
    "σε",
    "στα",
    "στη",
    "στην",
    "στις",
    "στο",
    "στον",
    "στους",
    "τα",
    "την",
    "της",
    "τις",
    "το",
    "τον",
    "του",
    "τους",
    "των",
    "ως",
    "όπως",
    "όταν",
    "ότι",
];

/// The Greek part of a word key: its Snowball stem, or without the `snowball` feature
/// English's ([`snowball::stem`] with no endings of its own).
fn stem(word: &mut String) {
    if snowball::SNOWBALL {
        snowball::stem(Stemmer::Greek, word, &[]);
    } else {
        crate::lang::en::stem(word);
    }
}
