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
//! | [`en`]     | English (today the only language)                                  |
//! | [`common`] | tables that belong to no language (domain-name endings, scripts without spaces) |
//! | [`detect`] | which language a text is in (script, then common words)             |
//! | `tables`   | [`Tables`], the interface: one value of it per language             |
//!
//! This layer imports nothing of the engine but [`crate::base`].

pub mod common;
pub mod detect;
pub mod en;
mod tables;

pub use tables::{listed, Tables, Words};

/// A language the engine has tables for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// English, the default.
    #[default]
    English,
}

impl Language {
    /// The word lists and rule tables of this language.
    pub fn tables(self) -> &'static Tables {
        match self {
            Language::English => &en::TABLES,
        }
    }
}
