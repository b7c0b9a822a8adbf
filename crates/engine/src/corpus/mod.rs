//! **Corpus**: documents with their per-document work done once.
//!
//! Adding a document ([`Corpus::add`]) prepares that document only ([`Entry::new`]: sentences,
//! word keys, sentence features, its vocabulary, its quotes and figures); nothing about the
//! other documents is redone. The analyses across documents ([`crate::analysis`]) read these
//! prepared entries.
//!
//! Imports [`crate::base`], [`crate::lang`], [`crate::text`], [`crate::matching`] and
//! [`crate::features`].

mod entry;

pub use entry::Entry;

use crate::text::Document;

/// Documents prepared for comparison, in the order they were added.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    entries: Vec<Entry>,
}

impl Corpus {
    /// An empty corpus.
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// A corpus of these documents, in this order.
    pub fn from_documents(documents: impl IntoIterator<Item = Document>) -> Corpus {
        let mut corpus = Corpus::new();
        for document in documents {
            corpus.add(document);
        }
        corpus
    }

    /// Adds a document and returns its index. Only this document is prepared.
    pub fn add(&mut self, document: Document) -> usize {
        self.entries.push(Entry::new(document));
        self.entries.len() - 1
    }

    /// The prepared documents.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The prepared document at `index`.
    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index)
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the corpus has no documents.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
