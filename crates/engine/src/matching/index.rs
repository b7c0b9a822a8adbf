//! Candidate search: which indexed sentences can match a query sentence, without scoring
//! every sentence that shares a word with it.
//!
//! A [`SentenceIndex`] maps each content word to the ids of the indexed sentences that hold it
//! (ids are inserted in increasing order, so every posting list is sorted). A [`Probe`] counts,
//! for one query, how many content words each candidate shares with it, within an id range.
//! Then three filters keep the work bounded on repetitive input (syndicated copy, where one
//! sentence has hundreds of near-copies):
//!
//! 1. **Common words.** A word whose posting list inside the range is longer than the cap
//!    finds no candidates; for the candidates the other words found, it is looked up in their
//!    own (sorted) words instead, so the count below is exact.
//! 2. **Score bound.** A candidate is kept only if it can reach the threshold:
//!    [`similarity::min_shared_words`] gives the fewest shared content words any score at or
//!    above the threshold needs, so this filter never drops a real match.
//! 3. **Budget.** Of the candidates left, at most `limit` are scored: those sharing the most
//!    words, ties going to the caller's preference (for alignment, the position nearest to
//!    where the query sentence is expected). On ordinary text the budget is never reached;
//!    on repetitive text it keeps the cost per sentence constant.

use std::collections::HashMap;
use std::ops::Range;

use crate::matching::similarity::{self, Features, Sizes};

/// An inverted index of sentences' content words.
#[derive(Clone, Debug, Default)]
pub struct SentenceIndex {
    postings: HashMap<u64, Vec<u32>>,
    /// The word-set sizes of each id (zero for ids never inserted), kept apart from the
    /// features so the bound is checked without touching them.
    lens: Vec<Sizes>,
    /// One past the largest id inserted.
    end: u32,
}

impl SentenceIndex {
    /// An empty index.
    pub fn new() -> SentenceIndex {
        SentenceIndex::default()
    }

    /// Adds sentence `id`; ids must be inserted in increasing order.
    pub fn insert(&mut self, id: u32, features: &Features) {
        debug_assert!(id >= self.end, "ids are inserted in increasing order");
        for &key in &features.content {
            self.postings.entry(key).or_default().push(id);
        }
        self.lens.resize(id as usize, Sizes::default());
        self.lens.push(features.sizes());
        self.end = id + 1;
    }
}

/// Settings of one search.
#[derive(Clone, Copy, Debug)]
pub struct Search {
    /// Lowest score that counts.
    pub threshold: f32,
    /// Posting lists longer than this (inside the id range) are too common to search through.
    pub cap: usize,
    /// Most candidates scored per query.
    pub limit: usize,
}

/// Scratch space for probing an index, reused across queries (no allocation per query).
#[derive(Clone, Debug, Default)]
pub struct Probe {
    shared: Vec<u32>,
    touched: Vec<u32>,
    common: Vec<u64>,
}

impl Probe {
    /// Scratch space for indexes whose ids are below `ids`.
    pub fn new(ids: usize) -> Probe {
        Probe {
            shared: vec![0; ids],
            touched: Vec::new(),
            common: Vec::new(),
        }
    }

    /// The indexed sentences with ids in `range` that score at least `search.threshold` with
    /// `query`, as `(id, score)` in no particular order. `features[id]` are an indexed
    /// sentence's features. When more than `search.limit` could be scored, those sharing the
    /// most words win, ties going to the id nearest `near` (or the lowest id).
    ///
    /// Not generic on purpose: one copy of this code serves every caller (the wasm build
    /// stays small).
    pub fn search(
        &mut self,
        index: &SentenceIndex,
        query: &Features,
        range: Range<u32>,
        search: &Search,
        features: &[&Features],
        near: Option<u32>,
    ) -> Vec<(u32, f32)> {
        if self.shared.len() < index.end as usize {
            self.shared.resize(index.end as usize, 0);
        }
        self.common.clear();
        let whole = range.start == 0 && range.end >= index.end;
        let query_sizes = query.sizes();
        for key in &query.content {
            let Some(list) = index.postings.get(key) else {
                continue;
            };
            let (from, to) = if whole {
                (0, list.len())
            } else {
                (
                    list.partition_point(|&id| id < range.start),
                    list.partition_point(|&id| id < range.end),
                )
            };
            if to - from > search.cap {
                self.common.push(*key);
                continue;
            }
            for &id in &list[from..to] {
                let slot = &mut self.shared[id as usize];
                if *slot == 0 {
                    self.touched.push(id);
                }
                *slot += 1;
            }
        }
        // (rank, id) of every candidate that can reach the threshold: most shared words first,
        // then nearest `near`.
        let mut ranked: Vec<(u64, u32)> = Vec::with_capacity(self.touched.len());
        let uncounted = self.common.len();
        for id in self.touched.drain(..) {
            let counted = std::mem::take(&mut self.shared[id as usize]) as usize;
            let needed = similarity::min_shared_words(
                query_sizes,
                index.lens[id as usize],
                search.threshold,
            );
            if counted + uncounted < needed {
                continue;
            }
            // Only when the common words decide is the candidate's own list read.
            let shared = if counted >= needed || uncounted == 0 {
                counted
            } else {
                let content = &features[id as usize].content;
                counted
                    + self
                        .common
                        .iter()
                        .filter(|key| content.binary_search(key).is_ok())
                        .count()
            };
            if shared >= needed {
                let distance = near.map_or(id, |n| id.abs_diff(n));
                let rank = (u64::from(u32::MAX - shared as u32) << 32) | u64::from(distance);
                ranked.push((rank, id));
            }
        }
        if ranked.len() > search.limit {
            ranked.select_nth_unstable(search.limit);
            ranked.truncate(search.limit);
        }
        ranked
            .into_iter()
            .filter_map(|(_, id)| {
                let s = similarity::score(query, features[id as usize]);
                (s >= search.threshold && s > 0.0).then_some((id, s))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_of(features: &[Features]) -> SentenceIndex {
        let mut index = SentenceIndex::new();
        for (id, f) in features.iter().enumerate() {
            index.insert(id as u32, f);
        }
        index
    }

    #[test]
    fn finds_matches_in_range_only_and_never_misses_one() {
        let texts = [
            "Tillerson met Lavrov in Moscow on Wednesday for talks.",
            "Unrelated words about football scores and weather.",
            "Tillerson met Lavrov in Moscow on Wednesday for long talks.",
            "Lavrov met Tillerson in Moscow.",
        ];
        let features: Vec<Features> = texts.iter().map(|t| Features::of(t)).collect();
        let index = index_of(&features);
        let query = Features::of("Tillerson met Lavrov in Moscow on Wednesday for talks.");
        let search = Search {
            threshold: 0.45,
            cap: 64,
            limit: 64,
        };
        let mut probe = Probe::new(texts.len());
        let refs: Vec<&Features> = features.iter().collect();
        let mut found = probe.search(&index, &query, 0..4, &search, &refs, None);
        found.sort_by_key(|&(id, _)| id);
        // Every sentence scoring at least the threshold, by brute force.
        let brute: Vec<u32> = (0..4u32)
            .filter(|&id| similarity::score(&query, &features[id as usize]) >= 0.45)
            .collect();
        assert_eq!(found.iter().map(|&(id, _)| id).collect::<Vec<_>>(), brute);
        let ranged = probe.search(&index, &query, 1..3, &search, &refs, None);
        assert_eq!(ranged.iter().map(|&(id, _)| id).collect::<Vec<_>>(), [2]);
    }

    #[test]
    fn the_budget_keeps_the_preferred_candidates() {
        let features: Vec<Features> = (0..10)
            .map(|_| Features::of("Alpha bravo charlie delta echo foxtrot."))
            .collect();
        let index = index_of(&features);
        let search = Search {
            threshold: 0.45,
            cap: 64,
            limit: 3,
        };
        let mut probe = Probe::new(10);
        let refs: Vec<&Features> = features.iter().collect();
        let mut found = probe.search(&index, &features[0], 0..10, &search, &refs, Some(6));
        found.sort_by_key(|&(id, _)| id);
        assert_eq!(
            found.iter().map(|&(id, _)| id).collect::<Vec<_>>(),
            [5, 6, 7]
        );
    }
}
