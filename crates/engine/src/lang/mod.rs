//! **Language data**: every word list and rule table the algorithms read, grouped by language,
//! behind one small interface.
//!
//! The algorithms above never spell a word of a language themselves: the sentence segmenter
//! asks [`Tables::titles`] whether `Dr.` ends a sentence, word keys take their stop words and
//! stem from [`Tables::stopwords`] and [`Tables::stem`], quote attribution reads
//! [`Tables::reporting_verbs`], the figure reader [`Tables::qualifiers`] and
//! [`Tables::number_word`]. A [`Language`] gives its [`Tables`]; a language is added as one
//! more module holding one `Tables` value, and one more `Language` variant.
//!
//! | module     | holds                                                              |
//! |------------|--------------------------------------------------------------------|
//! | [`en`]     | English: every table                                               |
//! | [`de`] [`fr`] [`es`] [`it`] [`pt`] [`nl`] [`ru`] [`tr`] | stop words and a light stemmer (none for Turkish); the rest is English's |
//! | [`common`] | tables that belong to no language (domain-name endings, scripts without spaces) |
//! | [`detect`] | which language a text is in (script, then common words)             |
//! | [`names`]  | the languages a document can be in, by code and English name          |
//! | `tables`   | [`Tables`], the interface: one value of it per language             |
//!
//! This layer imports nothing of the engine but [`crate::base`].

pub mod common;
pub mod de;
pub mod detect;
pub mod en;
pub mod es;
pub mod fr;
pub mod it;
pub mod names;
pub mod nl;
pub mod pt;
pub mod ru;
mod tables;
pub mod tr;

pub use tables::{listed, strip_suffix, Tables, Words, MIN_STEM_CHARS};

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
            _ => Language::English,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language's stop words are sorted (they are searched with a binary search) and
    /// every code names its language back.
    #[test]
    fn every_language_s_stop_words_are_sorted() {
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
        ];
        for language in all {
            let tables = language.tables();
            assert!(
                tables.stopwords.windows(2).all(|w| w[0] < w[1]),
                "{}",
                tables.code
            );
            assert_eq!(Language::from_code(tables.code), language);
        }
    }
}
