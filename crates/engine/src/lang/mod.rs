//! **Language data**: every word list and rule table the algorithms read, grouped by language,
//! behind one small interface.
//!
//! The algorithms above never spell a word of a language themselves: the sentence segmenter
//! asks [`Tables::sentences`] whether `Dr.` ends a sentence, word keys take their stop words and
//! stem from [`Tables::stopwords`] and [`Tables::stem`], quote attribution reads
//! [`Tables::reporting_verbs`], the figure reader [`Tables::qualifiers`] and
//! [`Tables::numbers`]. A [`Language`] gives its [`Tables`]; a language is added as one
//! more module holding one `Tables` value, and one more `Language` variant.
//!
//! | module     | holds                                                              |
//! |------------|--------------------------------------------------------------------|
//! | [`en`]     | English: every table                                               |
//! | [`de`] [`fr`] [`es`] [`it`] [`pt`] [`nl`] [`ru`] [`tr`] | stop words, a light stemmer (none for Turkish) and numbers (number words, multipliers, percent words, forms of counted nouns); the rest is English's |
//! | [`zh`] [`ja`] [`ko`] [`vi`] [`hi`] | numbers (multipliers, percent words; Han numerals for Chinese and Japanese); the rest is English's |
//! | [`common`] | tables that belong to no language (domain-name endings, scripts without spaces) |
//! | [`detect`] | which language a text is in (script, then common words)             |
//! | [`names`]  | the languages a document can be in, by code and English name          |
//! | `tables`   | [`Tables`], the interface: one value of it per language             |
//!
//! This layer imports nothing of the engine but [`crate::base`].

pub mod ar;
pub mod common;
pub mod de;
pub mod detect;
pub mod el;
pub mod en;
pub mod es;
pub mod fr;
pub mod hi;
pub mod it;
pub mod ja;
pub mod ko;
pub mod names;
pub mod nl;
pub mod pl;
pub mod pt;
pub mod ru;
pub mod snowball;
pub mod sv;
mod tables;
pub mod tr;
pub mod uk;
pub mod vi;
pub mod zh;

pub use snowball::{strip_suffix, MIN_STEM_CHARS};
pub use tables::{
    counted_form, counting_word, listed, value_in, Numbers, Sentences, Tables, Words,
};

/// A language the engine has tables for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// English, the default.
    #[default]
    English,
    German,
    French,
    Spanish,
    Italian,
    Portuguese,
    Dutch,
    Russian,
    Turkish,
    Chinese,
    Japanese,
    Korean,
    Vietnamese,
    Hindi,
    Arabic,
    Swedish,
    Greek,
    Ukrainian,
    Polish,
}

impl Language {
    /// The word lists and rule tables of this language.
    pub fn tables(self) -> &'static Tables {
        match self {
            Language::English => &en::TABLES,
            Language::German => &de::TABLES,
            Language::French => &fr::TABLES,
            Language::Spanish => &es::TABLES,
            Language::Italian => &it::TABLES,
            Language::Portuguese => &pt::TABLES,
            Language::Dutch => &nl::TABLES,
            Language::Russian => &ru::TABLES,
            Language::Turkish => &tr::TABLES,
            Language::Chinese => &zh::TABLES,
            Language::Japanese => &ja::TABLES,
            Language::Korean => &ko::TABLES,
            Language::Vietnamese => &vi::TABLES,
            Language::Hindi => &hi::TABLES,
            Language::Arabic => &ar::TABLES,
            Language::Swedish => &sv::TABLES,
            Language::Greek => &el::TABLES,
            Language::Ukrainian => &uk::TABLES,
            Language::Polish => &pl::TABLES,
        }
    }

    /// The language an ISO 639-1 code names ([`detect::detect`]'s answer), when the engine
    /// has tables of its own for it; any other language (and `und`) reads with the default's.
    pub fn from_code(code: &str) -> Language {
        match code {
            "de" => Language::German,
            "fr" => Language::French,
            "es" => Language::Spanish,
            "it" => Language::Italian,
            "pt" => Language::Portuguese,
            "nl" => Language::Dutch,
            "ru" => Language::Russian,
            "tr" => Language::Turkish,
            "zh" => Language::Chinese,
            "ja" => Language::Japanese,
            "ko" => Language::Korean,
            "vi" => Language::Vietnamese,
            "hi" => Language::Hindi,
            "ar" => Language::Arabic,
            "sv" => Language::Swedish,
            "el" => Language::Greek,
            "uk" => Language::Ukrainian,
            "pl" => Language::Polish,
            _ => Language::English,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language's stop words, sentence words and counted forms are sorted (they are
    /// searched with a binary search) and every code names its language back.
    #[test]
    fn every_language_s_sorted_tables_are_sorted() {
        let all = [
            Language::English,
            Language::German,
            Language::French,
            Language::Spanish,
            Language::Italian,
            Language::Portuguese,
            Language::Dutch,
            Language::Russian,
            Language::Turkish,
            Language::Chinese,
            Language::Japanese,
            Language::Korean,
            Language::Vietnamese,
            Language::Hindi,
            Language::Arabic,
            Language::Swedish,
            Language::Greek,
            Language::Ukrainian,
            Language::Polish,
        ];
        for language in all {
            let tables = language.tables();
            for words in [
                tables.stopwords,
                tables.sentences.titles,
                tables.sentences.abbreviations,
                tables.sentences.references,
                tables.sentences.opening_prepositions,
                tables.sentences.starters,
                tables.sentences.ordinal_openers,
            ] {
                assert!(
                    words.windows(2).all(|w| w[0] < w[1]),
                    "{}: {words:?}",
                    tables.code
                );
            }
            assert!(
                tables
                    .numbers
                    .counted_forms
                    .windows(2)
                    .all(|w| w[0].0 < w[1].0),
                "{}",
                tables.code
            );
            assert_eq!(Language::from_code(tables.code), language);
            // A stop word is listed as its key reads (folded, stemmed as the language
            // stems): one listed in another form would never be found. English's `does` is
            // the one exception (its plural-only stem reads `doe`), kept so that English
            // reads as it always has.
            let missed: Vec<&str> = tables
                .stopwords
                .iter()
                .copied()
                .filter(|word| !crate::text::WordKey::of(word, tables).stop)
                .filter(|word| !(tables.stopwords == en::STOPWORDS && *word == "does"))
                .collect();
            assert!(missed.is_empty(), "{}: {missed:?}", tables.code);
        }
    }
}
