//! Across all documents: clusters of sentences that carry the same statement, and the N×N
//! similarity matrix.
//!
//! Sentences that are identical after normalisation are first merged into one **form** (wire
//! copy repeats sentences verbatim, so this alone removes most of the work on large corpora).
//! An inverted index of content words then yields candidate pairs of forms; a candidate is
//! scored only if the words it can share could reach the threshold (a bound derived from the
//! score formula, so the filter never drops a real match). Matching forms are joined with
//! union–find, strongest match first, except that two groups are never joined when both
//! already hold sentences of the same document: an article states a thing once, so this keeps
//! a sentence that carries two quotes from chaining two statements into one cluster. A group
//! whose sentences span two or more documents is a [`Cluster`].
//!
//! The matrix cell `[a][b]` is the share of document `a`'s words that lie in sentences whose
//! cluster also has a sentence of document `b`.

use std::collections::HashMap;

use crate::corpus::Corpus;
use crate::similarity::{score, Features, CONTAINMENT_WEIGHT};
use crate::Config;

/// Forms sharing a word beyond which the word is too common to find candidates through,
/// unless the corpus is large (see [`POSTINGS_SHARE`]).
pub const MIN_POSTINGS_CAP: usize = 500;

/// Share of all forms above which a word is too common to find candidates through.
pub const POSTINGS_SHARE: f32 = 0.02;

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
    /// `matrix[a][b]`: share of `a`'s words found in `b` (1 on the diagonal).
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

    let mut sets = UnionFind::new(forms.iter().map(|m| distinct_documents(m)).collect());
    let mut matches = matching_forms(&features, config.threshold);
    matches.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
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
    clusters.sort_by(|x, y| {
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
    let matrix = matrix(corpus, &clusters);
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

/// Pairs of forms `(f, g, score)`, `f < g`, that score at or above `threshold`.
fn matching_forms(features: &[&Features], threshold: f32) -> Vec<(usize, usize, f32)> {
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
    for (f, feat) in features.iter().enumerate() {
        for &key in &feat.content {
            postings.entry(key).or_default().push(f as u32);
        }
    }
    let cap = MIN_POSTINGS_CAP.max((features.len() as f32 * POSTINGS_SHARE) as usize);
    // Smallest share of the shorter sentence's content words two sentences must have in
    // common to reach `threshold`, through either Dice or containment (see `similarity`).
    let containment_share = (threshold / CONTAINMENT_WEIGHT).powi(2);
    let min_share = threshold.min(containment_share);

    let mut shared = vec![0u32; features.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut matches = Vec::new();
    for (f, feat) in features.iter().enumerate() {
        let mut uncounted = 0;
        for key in &feat.content {
            let list = &postings[key];
            if list.len() > cap {
                uncounted += 1;
                continue;
            }
            // Postings are in increasing form order: only later forms are candidates.
            let later = list.partition_point(|&g| g as usize <= f);
            for &g in &list[later..] {
                let g = g as usize;
                if shared[g] == 0 {
                    touched.push(g);
                }
                shared[g] += 1;
            }
        }
        for g in touched.drain(..) {
            let counted = std::mem::take(&mut shared[g]) as usize;
            let shorter = feat.content.len().min(features[g].content.len());
            let needed = (shorter as f32 * min_share).ceil() as usize;
            if counted + uncounted >= needed.max(1) {
                let s = score(feat, features[g]);
                if s >= threshold {
                    matches.push((f, g, s));
                }
            }
        }
    }
    matches
}

/// The documents of `(document, sentence)` members sorted by document, each once.
fn distinct_documents(sorted_members: &[(usize, usize)]) -> Vec<usize> {
    let mut documents: Vec<usize> = sorted_members.iter().map(|&(d, _)| d).collect();
    documents.dedup();
    documents
}

fn matrix(corpus: &Corpus, clusters: &[Cluster]) -> Vec<Vec<f32>> {
    let n = corpus.len();
    let mut shared = vec![vec![0usize; n]; n];
    for cluster in clusters {
        let documents = distinct_documents(&cluster.members);
        for &(d, s) in &cluster.members {
            let words = corpus.entries()[d].sentence_words(s);
            for &other in &documents {
                if other != d {
                    shared[d][other] += words;
                }
            }
        }
    }
    (0..n)
        .map(|a| {
            let total = corpus.entries()[a].word_count();
            (0..n)
                .map(|b| match (a == b, total) {
                    (true, _) => 1.0,
                    (false, 0) => 0.0,
                    (false, total) => (shared[a][b] as f32 / total as f32).min(1.0),
                })
                .collect()
        })
        .collect()
}

/// Disjoint sets with path halving and union by size, each set knowing its documents.
struct UnionFind {
    parent: Vec<usize>,
    /// Sorted documents of each root's set.
    documents: Vec<Vec<usize>>,
}

impl UnionFind {
    fn new(documents: Vec<Vec<usize>>) -> Self {
        UnionFind {
            parent: (0..documents.len()).collect(),
            documents,
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b` unless they share a document.
    fn union_disjoint(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b || shares_any(&self.documents[a], &self.documents[b]) {
            return;
        }
        if self.documents[a].len() < self.documents[b].len() {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        let moved = std::mem::take(&mut self.documents[b]);
        let kept = &mut self.documents[a];
        kept.extend(moved);
        kept.sort_unstable();
    }
}

/// Whether two sorted lists share a value.
fn shares_any(a: &[usize], b: &[usize]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

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
