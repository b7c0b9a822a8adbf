//! Across all documents: clusters of sentences that carry the same statement, and the N×N
//! similarity matrix.
//!
//! Sentences that are identical after normalisation are first merged into one **form** (wire
//! copy repeats sentences verbatim, so this alone removes most of the work on large corpora).
//!
//! Syndicated copy also repeats sentences with small edits, so one statement can have hundreds
//! of forms that all match each other: comparing every form with every other would be
//! quadratic. Forms are therefore compared with **representatives** only. Taking forms in
//! corpus order (documents as added, sentences in reading order), each is searched for among
//! the representatives so far (`matching::index`: an inverted index of content words and word
//! pairs with a fixed cap on how common a key may be, a provable score bound, a bounded number
//! scored); a form that matches one at or above [`NEAR_DUPLICATE`] is a near-copy of it and is
//! not indexed with them, any other form becomes a representative and is also searched among
//! the near-copies so far. So every representative is compared with every other, and every
//! near-copy with every representative; only links between two near-copies are left out, and
//! those are implied through their representatives. Because forms are taken in corpus order,
//! the matching is kept between analyses ([`Statements`]) and a document added later is
//! searched for alone: one more article costs one article's searches.
//!
//! Matching forms are joined with union–find, strongest match first, except that two groups are never joined when both
//! already hold sentences of the same document: an article states a thing once, so this keeps
//! a sentence that carries two quotes from chaining two statements into one cluster. A group
//! whose sentences span two or more documents is a [`Cluster`].
//!
//! The matrix cell `[a][b]` is the share of document `a`'s words that lie in sentences whose
//! cluster also has a sentence of document `b`.

use std::collections::HashMap;

use crate::analysis::sets::DocumentSets;
use crate::base::Config;
use crate::corpus::{Corpus, Entry};
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

/// Finds clusters and the matrix for the whole corpus (a [`Statements`] built at once).
pub fn analyze_corpus(corpus: &Corpus, config: &Config) -> CorpusAnalysis {
    let mut statements = Statements::new(config.threshold);
    statements.add(corpus);
    statements.analysis(corpus, config)
}

/// The corpus-wide matching of sentences, kept between analyses: [`Statements::add`] searches
/// only the sentences of the documents added since it was last called, so one more document
/// costs that document's searches, not the corpus's (joining the matches into clusters and
/// the matrix, in [`Statements::analysis`], stays linear in what was found).
///
/// Sentences are taken in corpus order, each new form searched among the representatives so
/// far (see the module documentation); so a corpus grown one document at a time matches
/// exactly as the same corpus taken at once.
#[derive(Clone, Debug)]
pub struct Statements {
    /// The threshold the matches were found at.
    threshold: f32,
    /// Documents taken so far: the corpus's first `documents`.
    documents: usize,
    /// Form of each normalised word sequence (fingerprint, words).
    form_of: HashMap<(u64, usize), usize>,
    /// `(document, sentence)` members of each form, in corpus order.
    forms: Vec<Vec<(usize, usize)>>,
    /// Representatives: the form of each id in `index`.
    representatives: Vec<usize>,
    index: SentenceIndex,
    /// Near-copies: the form of each id in `near_index`.
    near_copies: Vec<usize>,
    near_index: SentenceIndex,
    /// Matching forms `(f, g, score)` with `f < g`.
    matches: Vec<(usize, usize, f32)>,
    probe: Probe,
}

impl Statements {
    /// Nothing taken yet; matches will count from `threshold`.
    pub fn new(threshold: f32) -> Statements {
        Statements {
            threshold,
            documents: 0,
            form_of: HashMap::new(),
            forms: Vec::new(),
            representatives: Vec::new(),
            index: SentenceIndex::capped(POSTINGS_CAP),
            near_copies: Vec::new(),
            near_index: SentenceIndex::capped(POSTINGS_CAP),
            matches: Vec::new(),
            probe: Probe::new(0),
        }
    }

    /// Whether these matches serve an analysis of `corpus` at `config`: the same threshold,
    /// and no fewer documents than were taken (a caller whose documents were removed, renamed
    /// or replaced starts afresh).
    pub fn serves(&self, corpus: &Corpus, config: &Config) -> bool {
        self.threshold == config.threshold && corpus.len() >= self.documents
    }

    /// Takes the documents of `corpus` added since the last call (all of them the first time).
    /// The documents taken before must be unchanged.
    ///
    /// Each sentence with a new word sequence is a new form. Searched among the
    /// representatives, it becomes a near-copy of one it matches at or above
    /// [`NEAR_DUPLICATE`] (and is not indexed with them), or else a representative, which is
    /// also searched among the near-copies so far. So every representative meets every other
    /// and every near-copy, whichever came first; only links between two near-copies are left
    /// out, and those are implied through their representatives.
    pub fn add(&mut self, corpus: &Corpus) {
        let entries = corpus.entries();
        let near = NEAR_DUPLICATE.max(self.threshold);
        let search = Search {
            threshold: self.threshold,
            cap: POSTINGS_CAP,
            limit: MAX_SCORED_PER_FORM,
        };
        let Statements {
            documents,
            form_of,
            forms,
            representatives,
            index,
            near_copies,
            near_index,
            matches,
            probe,
            ..
        } = self;
        let features_of = |members: &[(usize, usize)]| {
            let (d, s) = members[0];
            &entries[d].features[s]
        };
        let mut representative_features: Vec<&Features> = representatives
            .iter()
            .map(|&f| features_of(&forms[f]))
            .collect();
        let mut near_features: Vec<&Features> = near_copies
            .iter()
            .map(|&f| features_of(&forms[f]))
            .collect();
        for (d, entry) in entries.iter().enumerate().skip(*documents) {
            for (s, features) in entry.features.iter().enumerate() {
                if features.words == 0 {
                    continue;
                }
                let form = forms.len();
                let known = *form_of
                    .entry((features.fingerprint, features.words))
                    .or_insert(form);
                if known != form {
                    forms[known].push((d, s));
                    continue;
                }
                forms.push(vec![(d, s)]);
                let among_representatives = Among {
                    index,
                    forms: representatives,
                    features: &representative_features,
                };
                let best = among_representatives.search(probe, features, &search, form, matches);
                if best >= near {
                    near_index.insert(near_copies.len() as u32, features);
                    near_copies.push(form);
                    near_features.push(features);
                    continue;
                }
                let among_near_copies = Among {
                    index: near_index,
                    forms: near_copies,
                    features: &near_features,
                };
                among_near_copies.search(probe, features, &search, form, matches);
                index.insert(representatives.len() as u32, features);
                representatives.push(form);
                representative_features.push(features);
            }
        }
        *documents = entries.len();
    }

    /// Clusters and the matrix of the documents taken ([`Statements::add`] on this `corpus`).
    /// Matching forms are joined strongest match first, never two groups that both hold
    /// sentences of one document (see the module documentation).
    pub fn analysis(&self, corpus: &Corpus, config: &Config) -> CorpusAnalysis {
        let entries = &corpus.entries()[..self.documents.min(corpus.len())];
        let mut sets =
            DocumentSets::new(self.forms.iter().map(|m| distinct_documents(m)).collect());
        let mut matches = self.matches.clone();
        best_first(&mut matches);
        for (f, g, _) in matches {
            sets.union_disjoint(f, g);
        }

        // Components → clusters (only those spanning two or more documents).
        let mut component_members: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
        for (f, members) in self.forms.iter().enumerate() {
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
        let matrix = if entries.len() <= wanted {
            matrix(entries, &clusters)
        } else {
            Vec::new()
        };
        CorpusAnalysis {
            clusters,
            sentence_cluster,
            matrix,
        }
    }
}

/// Indexed forms to search among: `forms[id]` is the form of each id in `index`, with the
/// features `features[id]`.
struct Among<'a, 'f> {
    index: &'a SentenceIndex,
    forms: &'a [usize],
    features: &'a [&'f Features],
}

impl Among<'_, '_> {
    /// Searches the form `form` (with these `features`) among them, adds each match to
    /// `matches` as `(that form, form, score)`, and returns the best score (0 for none).
    fn search(
        &self,
        probe: &mut Probe,
        features: &Features,
        search: &Search,
        form: usize,
        matches: &mut Vec<(usize, usize, f32)>,
    ) -> f32 {
        let found = probe.search(
            self.index,
            features,
            0..self.forms.len() as u32,
            search,
            self.features,
            None,
        );
        matches.extend(
            found
                .iter()
                .map(|&(id, s)| (self.forms[id as usize], form, s)),
        );
        found.iter().map(|&(_, s)| s).fold(0.0, f32::max)
    }
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
fn matrix(entries: &[Entry], clusters: &[Cluster]) -> Vec<Vec<f32>> {
    let n = entries.len();
    let documents: Vec<Vec<usize>> = clusters
        .iter()
        .map(|c| distinct_documents(&c.members))
        .collect();
    // For each document: (cluster, words of its sentences in that cluster).
    let mut by_document: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n];
    for (c, cluster) in clusters.iter().enumerate() {
        for &(d, s) in &cluster.members {
            let words = entries[d].sentence_words(s);
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
            let total = entries[a].word_count();
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
