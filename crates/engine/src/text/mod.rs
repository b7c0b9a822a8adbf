//! **Text**: one document read as text: its metadata, matching folds, tokens, word keys,
//! numbers and sentences. Nothing here compares two texts.
//!
//! | module      | does                                                                   |
//! |-------------|------------------------------------------------------------------------|
//! | `document`  | [`Document`]: title, source URL, headline; `decode_text` (UTF-8, no NUL) |
//! | `normalize` | folding for matching only (quotes, dashes, spaces, case, compatibility forms, accents), the tokenizer, word keys |
//! | `words`     | [`WordKey`] (a word's key hash, stop word or not) and [`Word`] (a document's word with its key) |
//! | `numbers`   | whether a word is a number, and its value (digits and number words)   |
//! | `furniture` | page furniture ("Advertisement", "Read more", credits, bylines): shown, never matched |
//! | `segment`   | the rule-based sentence segmenter for news, its rule table in its doc comment |
//!
//! Imports only [`crate::base`] and [`crate::lang`] (the word tables).

pub mod document;
pub mod furniture;
pub mod normalize;
pub mod numbers;
pub mod segment;
pub mod words;

pub use document::{Document, Provenance};
pub use segment::Sentence;
pub use words::{Word, WordKey};
