//! A corpus: documents with their per-document work done once.
//!
//! Adding a document segments it and computes its sentence features and word keys; nothing
//! about the other documents is redone. Corpus-wide results ([`crate::cluster`]) and pair
//! alignments ([`crate::align`]) read these prepared entries.

use crate::figures::Figure;
use crate::normalize::{tokenize, TokenKind};
use crate::quotes::Quote;
use crate::segment::{segment, Sentence};
use crate::similarity::{Features, Vocabulary, WordKey};
use crate::{Document, Span};

/// A word of a document, for shared-passage search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Its bytes in the document's text.
    pub span: Span,
    /// Hash of its matching key ([`crate::normalize::word_key`]).
    pub key: u64,
    /// Index of the sentence it belongs to.
    pub sentence: usize,
}

/// One document of a corpus with everything prepared for comparison.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The document.
    pub document: Document,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Features of each sentence (same indices as `sentences`).
    pub features: Vec<Features>,
    /// Every word inside a sentence, in order.
    pub words: Vec<Word>,
    /// The document's words and word pairs as sets, for document similarity.
    pub vocabulary: Vocabulary,
    /// Its quotations with their speakers, in order.
    pub quotes: Vec<Quote>,
    /// The numbers it states, in order.
    pub figures: Vec<Figure>,
}

impl Entry {
    /// Prepares one document. Each word is tokenised and keyed once, for both the sentence
    /// features and the passage words.
    pub fn new(document: Document) -> Entry {
        let sentences = segment(&document.text);
        let mut features = Vec::with_capacity(sentences.len());
        let mut words = Vec::new();
        let mut keys = Vec::new();
        let mut buffer = String::new();
        for (index, sentence) in sentences.iter().enumerate() {
            keys.clear();
            let text = sentence.span.of(&document.text);
            for token in tokenize(text) {
                if token.kind != TokenKind::Word {
                    continue;
                }
                let span = Span::new(
                    sentence.span.start + token.start,
                    sentence.span.start + token.end,
                );
                let key = WordKey::with_buffer(span.of(&document.text), &mut buffer);
                keys.push(key);
                words.push(Word {
                    span,
                    key: key.hash,
                    sentence: index,
                });
            }
            features.push(Features::from_keys(&keys));
        }
        let vocabulary = Vocabulary::of(&features);
        let quotes = crate::quotes::extract(&document.text, &sentences);
        let figures = crate::figures::extract(&document.text, &sentences);
        Entry {
            document,
            sentences,
            features,
            words,
            vocabulary,
            quotes,
            figures,
        }
    }

    /// Number of words in the document's sentences.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The words of sentence `index`, in order.
    pub fn words_of(&self, index: usize) -> &[Word] {
        let start = self.words.partition_point(|w| w.sentence < index);
        let end = self.words.partition_point(|w| w.sentence <= index);
        &self.words[start..end]
    }

    /// Number of words of sentence `index`.
    pub fn sentence_words(&self, index: usize) -> usize {
        self.features[index].words
    }
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
