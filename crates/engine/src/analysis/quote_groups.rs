//! Quotations grouped across documents: two quotes are the same when their words score at least the
//! threshold ([`crate::matching::similarity::score`], which survives shortening and light rewording) or
//! they share a passage of at least `passage_min_words` words. Groups are joined strongest
//! link first, never two groups that both hold a quote of the same document (so one quote
//! that joins two statements does not chain them).
//!
//! The quotes themselves, and their speakers, are read per document by
//! [`crate::features::quotes`].

use std::collections::HashMap;

use crate::analysis::sets::DocumentSets;
use crate::base::Config;
use crate::corpus::Corpus;
use crate::matching::index::{Probe, Search, SentenceIndex};
use crate::matching::passages::shared_passages;
use crate::matching::similarity::{best_first, Features};

/// Lowest score at which two different quote wordings are checked for a shared passage (a
/// passage of six words or more implies at least this much overlap in practice).
pub const QUOTE_CANDIDATE_SCORE: f32 = 0.2;

/// Most other wordings scored per quote wording.
pub const MAX_SCORED_PER_QUOTE: usize = 16;

/// Wordings sharing a word or a word pair beyond which it is too common to find candidates
/// through: fixed, so the work per wording does not grow with the corpus (see
/// `matching::index`).
pub const QUOTE_POSTINGS_CAP: usize = 64;

/// One quotation in a group: which document, which quote of that document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteRef {
    /// Document index.
    pub document: usize,
    /// Index into the document's quotes.
    pub quote: usize,
    /// The quote's normalised words as `(fingerprint, count)`: equal for equal wordings.
    pub wording: (u64, usize),
}

/// Quotations grouped across the corpus: each group is one quote, members sorted by
/// document and position; groups with more documents come first. (A [`QuoteLinks`] built at
/// once.)
pub fn group_quotes(corpus: &Corpus, config: &Config) -> Vec<Vec<QuoteRef>> {
    let mut links = QuoteLinks::new(config);
    links.add(corpus);
    links.groups()
}

/// The links between the corpus's quotations, kept between analyses: [`QuoteLinks::add`]
/// compares only the quotes of the documents added since it was last called with those
/// before them, so one more document costs its own quotes' searches. Quotes are taken in
/// corpus order, each searched among the wordings of the documents before its own, so a
/// corpus grown one document at a time links exactly as the same corpus taken at once.
#[derive(Clone, Debug)]
pub struct QuoteLinks {
    /// The settings the links were found at: the threshold and the passage rules.
    config: Config,
    /// Documents taken so far: the corpus's first `documents`.
    documents: usize,
    /// Every quote taken, in corpus order.
    refs: Vec<QuoteRef>,
    /// Each quote's features ([`crate::corpus::Entry::quote_features`]).
    features: Vec<Features>,
    /// Form (index into `forms`) of each wording, keyed like `group_of` in
    /// [`QuoteLinks::groups`] (one map type in the wasm).
    form_of: HashMap<usize, usize>,
    /// The first quote of each distinct wording.
    forms: Vec<usize>,
    index: SentenceIndex,
    probe: Probe,
    /// Linked quotes `(earlier, later, score)`.
    links: Vec<(usize, usize, f32)>,
}

impl QuoteLinks {
    /// No quote taken yet; links will follow `config`'s threshold and passage rules.
    pub fn new(config: &Config) -> QuoteLinks {
        QuoteLinks {
            config: config.clone(),
            documents: 0,
            refs: Vec::new(),
            features: Vec::new(),
            form_of: HashMap::new(),
            forms: Vec::new(),
            index: SentenceIndex::capped(QUOTE_POSTINGS_CAP),
            probe: Probe::new(0),
            links: Vec::new(),
        }
    }

    /// Whether these links serve an analysis of `corpus` at `config`: the same threshold and
    /// passage rules, and no fewer documents than were taken (a caller whose documents were
    /// removed, renamed or replaced starts afresh).
    pub fn serves(&self, corpus: &Corpus, config: &Config) -> bool {
        let rules = |c: &Config| (c.threshold, c.passage_min_words, c.passage_max_bridge);
        rules(&self.config) == rules(config) && corpus.len() >= self.documents
    }

    /// Takes the quotes of the documents of `corpus` added since the last call (all of them
    /// the first time). The documents taken before must be unchanged.
    ///
    /// Identical wordings are one form, linked to its first quote: syndicated copy repeats a
    /// quote hundreds of times, and comparing every copy with every other would be quadratic.
    /// A new wording is searched among the wordings of the documents before its own (a
    /// bounded number per wording; one document's quotes are never linked) and linked to
    /// those it scores at least the threshold with or shares a passage with.
    pub fn add(&mut self, corpus: &Corpus) {
        let entries = corpus.entries();
        let first_new = self.refs.len();
        let first_new_form = self.forms.len();
        for (d, entry) in entries.iter().enumerate().skip(self.documents) {
            for q in 0..entry.quotes.len() {
                let k = self.refs.len();
                let features = entry.quote_features(q);
                let print = (features.fingerprint, features.words);
                self.refs.push(QuoteRef {
                    document: d,
                    quote: q,
                    wording: print,
                });
                self.features.push(features);
                // A key that collides but is not the same wording starts a form of its own
                // without taking the key.
                let key = (print.0 ^ print.1 as u64) as usize;
                let same = self
                    .form_of
                    .get(&key)
                    .copied()
                    .filter(|&f| self.refs[self.forms[f]].wording == print);
                match same {
                    Some(f) if self.refs[self.forms[f]].document != d => {
                        self.links.push((self.forms[f], k, 1.0));
                    }
                    Some(_) => {}
                    None => {
                        self.form_of.entry(key).or_insert(self.forms.len());
                        self.forms.push(k);
                    }
                }
            }
        }
        self.documents = entries.len();
        if self.refs.len() == first_new {
            return;
        }
        // New wordings: candidates through the index (a bounded number per wording), linked
        // when they score at least the threshold or share a passage.
        let search = Search {
            threshold: self.config.threshold.min(QUOTE_CANDIDATE_SCORE),
            cap: QUOTE_POSTINGS_CAP,
            limit: MAX_SCORED_PER_QUOTE,
        };
        let QuoteLinks {
            config,
            refs,
            features,
            forms,
            index,
            probe,
            links,
            ..
        } = self;
        let form_features: Vec<&Features> = forms.iter().map(|&k| &features[k]).collect();
        // Quotes of one document are never linked, so each form is searched among the forms
        // of the documents before its own (forms are in corpus order): a document's forms
        // join the index once all of them have been searched, and the first document
        // searches nothing.
        let mut own_first = first_new_form;
        for (f, &k) in forms.iter().enumerate().skip(first_new_form) {
            if refs[k].document != refs[forms[own_first]].document {
                index_forms(index, &form_features, own_first..f);
                own_first = f;
            }
            for (g, s) in probe.search(
                index,
                form_features[f],
                0..own_first as u32,
                &search,
                &form_features,
                None,
            ) {
                let other = forms[g as usize];
                let linked = s >= config.threshold
                    || !shared_passages(
                        entries[refs[k].document].quote_words(refs[k].quote),
                        entries[refs[other].document].quote_words(refs[other].quote),
                        config,
                    )
                    .is_empty();
                if linked {
                    links.push((other, k, s));
                }
            }
        }
        index_forms(index, &form_features, own_first..forms.len());
    }

    /// The quotes taken, grouped: linked strongest link first, never two groups that both
    /// hold a quote of the same document (so one quote that joins two statements does not
    /// chain them).
    pub fn groups(&self) -> Vec<Vec<QuoteRef>> {
        let mut links = self.links.clone();
        best_first(&mut links);
        let mut sets = DocumentSets::new(self.refs.iter().map(|r| vec![r.document]).collect());
        for (x, y, _) in links {
            sets.union_disjoint(x, y);
        }
        let mut groups: Vec<Vec<QuoteRef>> = Vec::new();
        let mut group_of: HashMap<usize, usize> = HashMap::new();
        for (k, r) in self.refs.iter().enumerate() {
            let root = sets.find(k);
            let g = *group_of.entry(root).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(*r);
        }
        let documents = |g: &Vec<QuoteRef>| {
            let mut d: Vec<usize> = g.iter().map(|r| r.document).collect();
            d.dedup();
            d.len()
        };
        crate::base::order::sort_by_key(&mut groups, |g| {
            (std::cmp::Reverse(documents(g)), g[0].document, g[0].quote)
        });
        groups
    }
}

/// Adds the wordings `forms` (indices into `features`) to `index`.
fn index_forms(index: &mut SentenceIndex, features: &[&Features], forms: std::ops::Range<usize>) {
    for (g, f) in forms.clone().zip(&features[forms]) {
        index.insert(g as u32, f);
    }
}
