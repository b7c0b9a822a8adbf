//! The Parallax comparison engine: pure Rust, no web dependency.
//!
//! Parallax lays news articles about one event side by side. This crate does all of the
//! comparing; the browser app and the `parallax` CLI only render what it reports.
//!
//! # Concepts
//!
//! * **Documents and spans.** A [`Document`] owns its text unchanged. Everything the engine
//!   finds (sentences, word-diff pieces, shared passages) is a byte range ([`Span`]) into that
//!   text, always on `char` boundaries. Text is never rewritten for display.
//! * **Normalisation is for matching only.** [`normalize`] folds curly quotes, dashes, no-break
//!   spaces, case, compatibility forms and accents so that `’` and `'` compare equal, but the
//!   folded form never leaves the engine.
//! * **Sentences** come from a rule-based segmenter tuned for news ([`segment`]); headlines
//!   and lines without final punctuation are units of their own, URL-only lines are metadata.
//! * **Similarity** of two sentences is a score in `[0, 1]` ([`similarity`]) that survives
//!   rewording, partial quotation and dropped words; [`Config::threshold`] decides what
//!   counts as "the same statement".
//! * **Pair alignment** ([`align`]) gives the rows of a side-by-side view: `equal`,
//!   `changed`, `moved`, `a_only`, `b_only`, with word diffs ([`diff`], the only module that
//!   touches `similar`) and shared passages ([`passages`]).
//! * **Corpus analysis** ([`cluster`]) finds, through an inverted index rather than comparing
//!   every sentence with every other, the statements several documents share and an N×N
//!   similarity matrix. [`report::analyze`] puts it all in one serde [`Report`].
//!
//! # Incremental use
//!
//! A [`Corpus`] keeps per-document work (segmentation, features) so adding a document only
//! prepares that document. A pair's alignment depends only on its two documents and the
//! [`Config`], so a caller may cache pairs and compute only the new ones.

pub mod align;
pub mod cluster;
pub mod config;
pub mod corpus;
pub mod diff;
pub mod document;
pub mod figures;
mod hash;
mod index;
pub mod normalize;
pub mod order;
pub mod passages;
pub mod quotes;
pub mod report;
pub mod segment;
pub mod similarity;

pub use config::Config;
pub use corpus::Corpus;
pub use document::Document;
pub use report::{analyze, Report};

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a document's text.
///
/// Invariant: `start <= end`, and both lie on `char` boundaries of the text they index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    /// The text this span covers.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as `[start, end]`, the form the JSON report uses for ranges.
    pub fn pair(&self) -> [usize; 2] {
        [self.start, self.end]
    }
}
