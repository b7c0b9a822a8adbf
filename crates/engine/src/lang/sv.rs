//! Swedish (svenska): its stop words and a Snowball stemmer (the `snowball` feature; without it English's
//! stem); every other table is English's.

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::Tables;

/// Swedish, as [`super::Language::Swedish`] gives it.
pub static TABLES: Tables = english_with("sv", STOPWORDS, stem, NUMBERS).with_accented_stem();

/// *Sorted.* Function words, folded (`på` is `pa`): they take part in phrase matching but carry no
/// topic on their own.
const STOPWORDS: &[&str] = &[
    "alla", "an", "ar", "att", "av", "blev", "bli", "da", "dar", "de", "dem", "den", "denna",
    "deras", "dessa", "det", "detta", "du", "efter", "eller", "en", "enligt", "ett", "for", "fran",
    "hade", "han", "har", "hon", "i", "inte", "jag", "kan", "man", "med", "men", "mot", "nar",
    "nu", "och", "ocksa", "om", "over", "pa", "sa", "sade", "sig", "sin", "sina", "sitt", "ska",
    "skulle", "som", "till", "under", "upp", "ut", "var", "vara", "varit", "vi", "vid",
];

/// The Swedish part of a word key: its Snowball stem, or without the `snowball` feature
/// English's ([`snowball::stem`] with no endings of its own).
fn stem(word: &mut String) {
    if snowball::SNOWBALL {
        snowball::stem(Stemmer::Swedish, word, &[]);
    } else {
        crate::lang::en::stem(word);
    }
}
