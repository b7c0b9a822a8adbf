//! **Matching**: comparing two pieces of text: how alike two sentences (or two documents) are,
//! which indexed sentences can match a query, the runs of words two documents share, and the
//! word-level diff of two passages.
//!
//! | module       | does                                                                   |
//! |--------------|------------------------------------------------------------------------|
//! | `similarity` | per-sentence [`Features`] and the sentence `score` in [0, 1]; per-document `Vocabulary` and `document_similarity` |
//! | `index`      | candidate search: an inverted index of content words, a provable score bound, a bounded number scored |
//! | `passages`   | shared passages of at least N words, bridging small gaps, inside sentences |
//! | `diff`       | the word-level diff, the only module that uses `similar`               |
//!
//! Imports only [`crate::base`], [`crate::lang`] and [`crate::text`].

pub mod diff;
pub(crate) mod index;
pub mod passages;
pub mod similarity;

pub use similarity::Features;
