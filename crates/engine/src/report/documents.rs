//! The report's `documents` (with each sentence's cluster and in how many documents it
//! appears) and `clusters`.

use crate::analysis::cluster::CorpusAnalysis;
use crate::corpus::Corpus;
use crate::report::format::{round, DocumentReport, SentenceReport};
use crate::text::normalize::{tokenize, TokenKind};
use crate::text::Document;

/// A document as [`crate::report::listing`] lists it: before it is prepared, its words
/// counted by the tokenizer alone, no sentences, nothing shared.
pub(crate) fn listed(doc: &Document) -> DocumentReport {
    let words = tokenize(&doc.text)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    described(doc, words, 0.0, Vec::new())
}

/// The report of `doc`: what its file states, its text, and what was counted and found in it.
fn described(
    doc: &Document,
    words: usize,
    shared: f32,
    sentences: Vec<SentenceReport>,
) -> DocumentReport {
    DocumentReport {
        name: doc.name.clone(),
        title: doc.title.clone(),
        source: doc.source.clone(),
        source_domain: doc.source_domain().map(str::to_string),
        headline: doc.headline.map(|s| s.pair()),
        language: doc.language.to_string(),
        outlet: doc.provenance.outlet.clone(),
        byline: doc.provenance.byline.clone(),
        published: doc.provenance.published.clone(),
        text: doc.text.clone(),
        words,
        shared,
        sentences,
    }
}

pub(crate) fn document_reports(corpus: &Corpus, analysis: &CorpusAnalysis) -> Vec<DocumentReport> {
    corpus
        .entries()
        .iter()
        .enumerate()
        .map(|(d, entry)| {
            let doc = &entry.document;
            let sentences: Vec<SentenceReport> = entry
                .sentences
                .iter()
                .enumerate()
                .map(|(s, sentence)| SentenceReport {
                    start: sentence.span.start,
                    end: sentence.span.end,
                    paragraph: sentence.paragraph,
                    words: entry.sentence_words(s),
                    cluster: analysis.sentence_cluster[d][s],
                    documents: analysis.documents_of(d, s),
                    furniture: entry.furniture[s],
                })
                .collect();
            let words = entry.word_count();
            let shared_words: usize = sentences
                .iter()
                .filter(|s| s.documents > 1)
                .map(|s| s.words)
                .sum();
            let shared = if words == 0 {
                0.0
            } else {
                round(shared_words as f32 / words as f32)
            };
            described(doc, words, shared, sentences)
        })
        .collect()
}
