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

/// Least text per thread worth starting a thread for, in bytes (about 25 ms of work).
#[cfg(not(target_arch = "wasm32"))]
const BYTES_PER_THREAD: usize = 256 * 1024;

/// Prepares documents in order, on scoped threads, each thread a run of consecutive documents.
#[cfg(not(target_arch = "wasm32"))]
fn prepare_all(documents: Vec<Document>) -> Vec<Entry> {
    let cores = crate::base::threads::cores();
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    let threads = cores
        .min(bytes / BYTES_PER_THREAD)
        .min(documents.len())
        .max(1);
    if threads == 1 {
        return documents.into_iter().map(Entry::new).collect();
    }
    // Runs of consecutive documents with about the same amount of text each.
    let per_thread = bytes.div_ceil(threads);
    let mut runs: Vec<Vec<Document>> = vec![Vec::new()];
    let mut in_run = 0;
    for document in documents {
        if in_run >= per_thread {
            runs.push(Vec::new());
            in_run = 0;
        }
        in_run += document.text.len();
        if let Some(run) = runs.last_mut() {
            run.push(document);
        }
    }
    crate::base::threads::map_runs(runs, Entry::new)
}

/// Prepares documents in order (wasm has one thread).
#[cfg(target_arch = "wasm32")]
fn prepare_all(documents: Vec<Document>) -> Vec<Entry> {
    documents.into_iter().map(Entry::new).collect()
}

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

    /// A corpus of these documents, in this order. Native builds prepare them on every core
    /// the machine has (each document is prepared on its own, so the result is the same as
    /// adding them one by one); the wasm build, which has one thread, adds them in turn.
    pub fn from_documents(documents: impl IntoIterator<Item = Document>) -> Corpus {
        let documents: Vec<Document> = documents.into_iter().collect();
        Corpus {
            entries: prepare_all(documents),
        }
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
