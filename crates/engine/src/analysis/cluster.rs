//! Across all documents: clusters of sentences that carry the same statement, and the N×N
//! similarity matrix.
//!
//! Sentences that are identical after normalisation are first merged into one **form** (wire
//! copy repeats sentences verbatim, so this alone removes most of the work on large corpora).
//!
//! Syndicated copy also repeats sentences with small edits, so one statement can have hundreds
//! of forms that all match each other: comparing every form with every other would be
//! quadratic. Forms are therefore compared with **representatives** only. Taking forms with
//! the most members first, each is searched for among the representatives so far
//! (`matching::index`: an inverted index of content words and word pairs with a fixed cap on
//! how common a key may be, a provable score bound, a bounded number scored); a form that matches one at or above [`NEAR_DUPLICATE`] is a near-copy of it
//! and is not indexed itself, any other form becomes a representative. A second pass searches
//! each near-copy among the representatives that came after it. So every representative is
//! compared with every other, and every near-copy with every representative; only links
//! between two near-copies are left out, and those are implied through their
//! representatives. Matching forms are joined with
//! union–find, strongest match first, except that two groups are never joined when both
//! already hold sentences of the same document: an article states a thing once, so this keeps
//! a sentence that carries two quotes from chaining two statements into one cluster. A group
//! whose sentences span two or more documents is a [`Cluster`].
//!
//! The matrix cell `[a][b]` is the share of document `a`'s words that lie in sentences whose
//! cluster also has a sentence of document `b`.

use std::collections::HashMap;

use crate::analysis::sets::DocumentSets;
use crate::base::Config;
use crate::corpus::Corpus;
use crate::matching::index::{Probe, Search, SentenceIndex};
use crate::matching::similarity::{best_first, Features};

/// Representatives sharing a word or a word pair beyond which it is too common to find
/// candidates through (`matching::index`). It does not grow with the corpus, so the work per
/// form stays bounded however many documents there are: a statement's copies are still found
/// through the word pairs only they share, however common its words are in the collection.
pub const POSTINGS_CAP: usize = 64;

/// Score at or above which a form is a near-copy of a representative (see the module
/// documentation), unless the threshold is higher. Light edits of one sentence (a changed
/// word, other quote marks, a dropped clause: containment scores
/// [`crate::matching::similarity::CONTAINMENT_WEIGHT`]) score at or above it; two wordings of
/// one quote in differently built sentences (0.45–0.6 on the seeds) stay below, so each keeps
/// its own links.
pub const NEAR_DUPLICATE: f32 = 0.7;

/// Most candidates scored per form and pass. Ordinary text never reaches it; a statement with
/// more distinct wordings than this still clusters through its representatives.
pub const MAX_SCORED_PER_FORM: usize = 16;

/// A statement found in two or more documents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    /// `(document, sentence)` of every member, sorted.
    pub members: Vec<(usize, usize)>,
    /// Number of distinct documents among the members.
    pub documents: usize,
}

/// The corpus-wide results.
#[derive(Clone, Debug, PartialEq)]
pub struct CorpusAnalysis {
    /// Clusters, most documents first, then by first member.
    pub clusters: Vec<Cluster>,
    /// For each document and sentence: the index of its cluster in `clusters`, if any.
    pub sentence_cluster: Vec<Vec<Option<usize>>>,
    /// `matrix[a][b]`: share of `a`'s words found in `b` (1 on the diagonal); empty when the
    /// corpus has more than `config.max_matrix_documents` (and `max_pair_documents`) documents.
    pub matrix: Vec<Vec<f32>>,
}

impl CorpusAnalysis {
    /// In how many documents (its own included) sentence `s` of document `d` appears.
    pub fn documents_of(&self, d: usize, s: usize) -> usize {
        self.sentence_cluster[d][s].map_or(1, |c| self.clusters[c].documents)
    }
}

/// Finds clusters and the matrix for the whole corpus.
pub fn analyze_corpus(corpus: &Corpus, config: &Config) -> CorpusAnalysis {
    let entries = corpus.entries();
    let forms = forms(corpus);
    let features: Vec<&Features> = forms
        .iter()
        .map(|members| &entries[members[0].0].features[members[0].1])
        .collect();

    let mut sets = DocumentSets::new(forms.iter().map(|m| distinct_documents(m)).collect());
    let mut matches = matching_forms(&features, &forms, config.threshold);
    best_first(&mut matches);
    for (f, g, _) in matches {
        sets.union_disjoint(f, g);
    }

    // Components → clusters (only those spanning two or more documents).
    let mut component_members: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for (f, members) in forms.iter().enumerate() {
        component_members
            .entry(sets.find(f))
            .or_default()
            .extend(members.iter().copied());
    }
    let mut clusters: Vec<Cluster> = component_members
        .into_values()
        .filter_map(|mut members| {
            members.sort_unstable();
            let documents = distinct_documents(&members).len();
            (documents >= 2).then_some(Cluster { members, documents })
        })
        .collect();
    crate::base::order::sort_by(&mut clusters, |x, y| {
        y.documents
            .cmp(&x.documents)
            .then(x.members[0].cmp(&y.members[0]))
    });

    let mut sentence_cluster: Vec<Vec<Option<usize>>> = entries
        .iter()
        .map(|e| vec![None; e.sentences.len()])
        .collect();
    for (c, cluster) in clusters.iter().enumerate() {
        for &(d, s) in &cluster.members {
            sentence_cluster[d][s] = Some(c);
        }
    }
    // Pairs read their shares from it, so it is kept for them too.
    let wanted = config.max_matrix_documents.max(config.max_pair_documents);
    let matrix = if corpus.len() <= wanted {
        matrix(corpus, &clusters)
    } else {
        Vec::new()
    };
    CorpusAnalysis {
        clusters,
        sentence_cluster,
        matrix,
    }
}

/// Groups sentences with the same normalised word sequence: the `(document, sentence)`
/// members of each form. Sentences without words belong to none.
fn forms(corpus: &Corpus) -> Vec<Vec<(usize, usize)>> {
    let mut by_key: HashMap<(u64, usize), usize> = HashMap::new();
    let mut forms: Vec<Vec<(usize, usize)>> = Vec::new();
    for (d, entry) in corpus.entries().iter().enumerate() {
        for (s, f) in entry.features.iter().enumerate() {
            if f.words == 0 {
                continue;
            }
            let id = *by_key.entry((f.fingerprint, f.words)).or_insert_with(|| {
                forms.push(Vec::new());
                forms.len() - 1
            });
            forms[id].push((d, s));
        }
    }
    forms
}

/// Pairs of forms `(f, g, score)` that score at or above `threshold`: every representative
/// with every other, every near-copy with every representative (see the module
/// documentation). `forms[f]` lists form `f`'s members.
fn matching_forms(
    features: &[&Features],
    forms: &[Vec<(usize, usize)>],
    threshold: f32,
) -> Vec<(usize, usize, f32)> {
    let near = NEAR_DUPLICATE.max(threshold);
    let search = Search {
        threshold,
        cap: POSTINGS_CAP,
        limit: MAX_SCORED_PER_FORM,
    };
    // Most members first: the verbatim form of a wire sentence is its representative.
    let mut order: Vec<usize> = (0..features.len()).collect();
    crate::base::order::sort_by_key(&mut order, |&f| (std::cmp::Reverse(forms[f].len()), f));

    let mut index = SentenceIndex::with_word_pairs();
    // `representatives[r]`: the form with index id `r`.
    let mut representatives: Vec<usize> = Vec::new();
    let mut representative_features: Vec<&Features> = Vec::new();
    // Near-copies and how many representatives there were when each was searched.
    let mut near_copies: Vec<(usize, u32)> = Vec::new();
    let mut probe = Probe::new(features.len());
    let mut matches = Vec::new();
    for f in order {
        let known = representatives.len() as u32;
        let found = probe.search(
            &index,
            features[f],
            0..known,
            &search,
            &representative_features,
            None,
        );
        let best = found.iter().map(|&(_, s)| s).fold(0.0, f32::max);
        matches.extend(
            found
                .iter()
                .map(|&(r, s)| (f, representatives[r as usize], s)),
        );
        if best >= near {
            near_copies.push((f, known));
        } else {
            index.insert(known, features[f]);
            representatives.push(f);
            representative_features.push(features[f]);
        }
    }
    let all = representatives.len() as u32;
    for (f, known) in near_copies {
        let found = probe.search(
            &index,
            features[f],
            known..all,
            &search,
            &representative_features,
            None,
        );
        matches.extend(
            found
                .iter()
                .map(|&(r, s)| (f, representatives[r as usize], s)),
        );
    }
    matches
        .into_iter()
        .map(|(f, g, s)| (f.min(g), f.max(g), s))
        .collect()
}

/// The documents of `(document, sentence)` members sorted by document, each once.
fn distinct_documents(sorted_members: &[(usize, usize)]) -> Vec<usize> {
    let mut documents: Vec<usize> = sorted_members.iter().map(|&(d, _)| d).collect();
    documents.dedup();
    documents
}

/// The similarity matrix, one row at a time: row `a` adds, for each cluster holding sentences
/// of `a`, their words to every other document of the cluster. No N×N table of counts is
/// kept beside the result, and each row is written in order.
fn matrix(corpus: &Corpus, clusters: &[Cluster]) -> Vec<Vec<f32>> {
    let n = corpus.len();
    let documents: Vec<Vec<usize>> = clusters
        .iter()
        .map(|c| distinct_documents(&c.members))
        .collect();
    // For each document: (cluster, words of its sentences in that cluster).
    let mut by_document: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n];
    for (c, cluster) in clusters.iter().enumerate() {
        for &(d, s) in &cluster.members {
            let words = corpus.entries()[d].sentence_words(s);
            match by_document[d].last_mut() {
                Some((last, total)) if *last == c => *total += words,
                _ => by_document[d].push((c, words)),
            }
        }
    }
    let mut shared = vec![0usize; n];
    (0..n)
        .map(|a| {
            shared.fill(0);
            for &(c, words) in &by_document[a] {
                for &b in &documents[c] {
                    shared[b] += words;
                }
            }
            let total = corpus.entries()[a].word_count();
            (0..n)
                .map(|b| match (a == b, total) {
                    (true, _) => 1.0,
                    (false, 0) => 0.0,
                    (false, total) => (shared[b] as f32 / total as f32).min(1.0),
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn clusters_span_documents_and_fill_the_matrix() {
        let corpus = Corpus::from_documents([
            Document::parse(
                "a",
                "Alpha bravo charlie delta echo. Only in the first one here.",
            ),
            Document::parse(
                "b",
                "Alpha bravo charlie delta echo. Something else entirely now.",
            ),
            Document::parse("c", "Nothing shared with the other texts at all."),
        ]);
        let analysis = analyze_corpus(&corpus, &Config::default());
        assert_eq!(
            analysis.clusters,
            [Cluster {
                members: vec![(0, 0), (1, 0)],
                documents: 2
            }]
        );
        assert_eq!(analysis.documents_of(0, 0), 2);
        assert_eq!(analysis.documents_of(0, 1), 1);
        assert_eq!(analysis.matrix[0][0], 1.0);
        assert!((analysis.matrix[0][1] - 5.0 / 11.0).abs() < 1e-6);
        assert_eq!(analysis.matrix[0][2], 0.0);
    }

    #[test]
    fn a_sentence_with_two_quotes_does_not_chain_two_statements() {
        let corpus = Corpus::from_documents([
            Document::parse("a", "Relations are at a low point between the two capitals. There is a low level of trust between our two countries."),
            Document::parse("b", "\"Relations are at a low point between the two capitals, there is a low level of trust between our two countries,\" he said."),
        ]);
        let analysis = analyze_corpus(&corpus, &Config::default());
        assert_eq!(analysis.clusters.len(), 1, "{:?}", analysis.clusters);
        assert_eq!(analysis.clusters[0].members.len(), 2);
    }
}
