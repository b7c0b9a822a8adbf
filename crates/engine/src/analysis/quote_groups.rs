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
use crate::text::Word;

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
}

/// Quotations grouped across the corpus: each group is one quote, members sorted by
/// document and position; groups with more documents come first.
pub fn group_quotes(corpus: &Corpus, config: &Config) -> Vec<Vec<QuoteRef>> {
    let entries = corpus.entries();
    let refs: Vec<QuoteRef> = entries
        .iter()
        .enumerate()
        .flat_map(|(d, e)| {
            (0..e.quotes.len()).map(move |q| QuoteRef {
                document: d,
                quote: q,
            })
        })
        .collect();
    let text_of = |r: &QuoteRef| {
        entries[r.document].quotes[r.quote]
            .span
            .of(&entries[r.document].document.text)
    };
    // Each quote's words keyed in its document's language, as its sentences are.
    let features: Vec<Features> = refs
        .iter()
        .map(|r| Features::of_in(text_of(r), entries[r.document].tables()))
        .collect();
    // The words of each quote (a document's words are in order: two binary searches).
    let words: Vec<&[Word]> = refs
        .iter()
        .map(|r| {
            let span = entries[r.document].quotes[r.quote].span;
            let all = &entries[r.document].words;
            let from = all.partition_point(|w| w.span().start < span.start);
            let to = all.partition_point(|w| w.span().end <= span.end);
            &all[from..to.max(from)]
        })
        .collect();
    let mut links: Vec<(usize, usize, f32)> = Vec::new();
    // Identical wordings are one form, linked to its first quote: syndicated copy repeats a quote
    // hundreds of times, and comparing every copy with every other would be quadratic.
    // Keyed like `group_of` below (one map type in the wasm); a key that collides but is not
    // the same wording starts a form of its own without taking the key.
    let mut form_of: HashMap<usize, usize> = HashMap::new();
    let mut forms: Vec<usize> = Vec::new();
    for k in 0..refs.len() {
        let print = (features[k].fingerprint, features[k].words);
        let key = (print.0 ^ print.1 as u64) as usize;
        let same = form_of
            .get(&key)
            .copied()
            .filter(|&f| (features[forms[f]].fingerprint, features[forms[f]].words) == print);
        match same {
            Some(f) if refs[forms[f]].document != refs[k].document => {
                links.push((forms[f], k, 1.0));
            }
            Some(_) => {}
            None => {
                form_of.entry(key).or_insert(forms.len());
                forms.push(k);
            }
        }
    }
    // Different forms: candidates through the index (a bounded number per form), linked when
    // they score at least the threshold or share a passage.
    let search = Search {
        threshold: config.threshold.min(QUOTE_CANDIDATE_SCORE),
        cap: QUOTE_POSTINGS_CAP,
        limit: MAX_SCORED_PER_QUOTE,
    };
    let form_features: Vec<&Features> = forms.iter().map(|&k| &features[k]).collect();
    let mut index = SentenceIndex::with_word_pairs();
    let mut probe = Probe::new(forms.len());
    for (f, &k) in forms.iter().enumerate() {
        for (g, s) in probe.search(
            &index,
            &features[k],
            0..f as u32,
            &search,
            &form_features,
            None,
        ) {
            let other = forms[g as usize];
            let linked = s >= config.threshold
                || !shared_passages(words[k], words[other], config).is_empty();
            if linked && refs[k].document != refs[other].document {
                links.push((other, k, s));
            }
        }
        index.insert(f as u32, &features[k]);
    }
    best_first(&mut links);
    let mut sets = DocumentSets::new(refs.iter().map(|r| vec![r.document]).collect());
    for (x, y, _) in links {
        sets.union_disjoint(x, y);
    }
    let mut groups: Vec<Vec<QuoteRef>> = Vec::new();
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    for (k, r) in refs.iter().enumerate() {
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
