//! The Parallax comparison engine: pure Rust, no web dependency.
//!
//! Parallax lays news articles about one event side by side. This crate does all of the
//! comparing; the browser app and the `parallax` CLI only render what it reports.
//!
//! # Layers
//!
//! Each folder is a layer, and a module imports only from its own layer and the layers below
//! it (a test, `tests/layers.rs`, checks every `crate::` path against this list):
//!
//! ```text
//! report     assembly of the Report and its JSON
//!   ↑
//! analysis   across documents: align a pair, cluster, group quotes, figure discrepancies
//!   ↑
//! corpus     documents prepared once each (Entry), added incrementally (Corpus)
//!   ↑
//! features   per document: quotations with speakers, figures
//!   ↑
//! matching   two texts: sentence and document similarity, candidate index, passages, word diff
//!   ↑
//! text       one text: Document, folding and tokens, word keys, numbers, sentences
//!   ↑
//! lang       language data: every word list and rule table, one module per language
//!   ↑
//! base       Span, Config, a deterministic hash, one compiled sort
//! ```
//!
//! # Concepts
//!
//! * **Documents and spans.** A [`Document`] owns its text unchanged. Everything the engine
//!   finds (sentences, word-diff pieces, shared passages) is a byte range ([`Span`]) into that
//!   text, always on `char` boundaries. Text is never rewritten for display.
//! * **Normalisation is for matching only.** [`text::normalize`] folds curly quotes, dashes, no-break
//!   spaces, case, compatibility forms and accents so that `’` and `'` compare equal, but the
//!   folded form never leaves the engine.
//! * **Sentences** come from a rule-based segmenter tuned for news ([`text::segment`]); headlines
//!   and lines without final punctuation are units of their own, URL-only lines are metadata.
//! * **Similarity** of two sentences is a score in `[0, 1]` ([`matching::similarity`]) that survives
//!   rewording, partial quotation and dropped words; [`Config::threshold`] decides what
//!   counts as "the same statement".
//! * **Pair alignment** ([`analysis::align`]) gives the rows of a side-by-side view: `equal`,
//!   `changed`, `moved`, `a_only`, `b_only`, with word diffs ([`matching::diff`], the only module that
//!   touches `similar`) and shared passages ([`matching::passages`]).
//! * **Corpus analysis** ([`analysis::cluster`]) finds, through an inverted index rather than comparing
//!   every sentence with every other, the statements several documents share and an N×N
//!   similarity matrix. [`report::analyze`] puts it all in one serde [`Report`].
//!
//! # Incremental use
//!
//! A [`Corpus`] keeps per-document work (segmentation, features) so adding a document only
//! prepares that document. A pair's alignment depends only on its two documents and the
//! [`Config`], so a caller may cache pairs and compute only the new ones.

pub mod analysis;
pub mod base;
pub mod corpus;
pub mod features;
pub mod lang;
pub mod matching;
pub mod report;
pub mod text;

pub use base::{Config, Span};
pub use corpus::Corpus;
pub use report::{analyze, Analyzer, Report};
pub use text::Document;
