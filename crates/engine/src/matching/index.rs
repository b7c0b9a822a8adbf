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
//!    finds no candidates; it still counts for the candidates the other keys found.
//! 2. **Score bound.** A candidate is kept only if it can reach the threshold:
//!    [`similarity::min_shared_words`] gives the fewest shared content words any score at or
//!    above the threshold needs, so this filter never drops a real match. It is checked
//!    first against the words counted plus every common word (no candidate's own words
//!    read), then exactly, on the candidate's own words, in rank order.
//! 3. **Budget.** At most `limit` candidates pass the exact check and are scored: the best by
//!    an estimate of the words shared (those counted, plus as many common ones as word pairs
//!    hit), ties going to the caller's preference (for alignment, the position nearest to
//!    where the query sentence is expected); at most `limit ×` [`EXAMINED_PER_SCORED`] are
//!    examined. On ordinary text the budget is never reached; on repetitive text it keeps
//!    the cost per sentence constant.
//!
//! **Word pairs.** An index built [`SentenceIndex::with_word_pairs`] also keeps the
//! sentences' consecutive word pairs (stop words included), under the same cap. A pair of
//! words is far rarer than either word: in a large collection about one story every word of
//! the story is in thousands of sentences, but "Tillerson stood" only in the copies of one
//! statement. So with a cap that does not grow with the collection, a query still finds every
//! sentence it shares a rare word *or* a rare word pair with, and the work per query depends
//! on the query and those sentences, not on the size of the collection. What it gives up: a
//! match that shares only common words and only common word pairs with the query (each in
//! more than `cap` indexed sentences) is not found.

use std::ops::Range;

use crate::base::hash::{Key, KeyMap};

use crate::matching::similarity::{self, Features, Sizes};

/// An inverted index of sentences' content words.
#[derive(Clone, Debug, Default)]
pub struct SentenceIndex {
    postings: KeyMap<Vec<u32>>,
    /// Word-pair postings, when kept (`pairs`).
    pair_postings: KeyMap<Vec<u32>>,
    pairs: bool,
    /// Posting lists longer than this are dropped (see [`SentenceIndex::capped`]).
    keep: Option<usize>,
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

    /// An empty index that also keeps word pairs (see the module documentation).
    pub fn with_word_pairs() -> SentenceIndex {
        SentenceIndex {
            pairs: true,
            ..SentenceIndex::default()
        }
    }

    /// An empty index that keeps word pairs and no posting list longer than `cap`: a list
    /// that outgrows it is dropped for good and its key counts as common. It serves only
    /// searches over every id inserted with a cap of at most `cap` (a list common in the
    /// whole index is common to them), and on a large collection holds a fraction of the
    /// postings: the common words' lists are most of them.
    pub fn capped(cap: usize) -> SentenceIndex {
        SentenceIndex {
            keep: Some(cap),
            ..SentenceIndex::with_word_pairs()
        }
    }

    /// Adds sentence `id`; ids must be inserted in increasing order.
    pub fn insert(&mut self, id: u32, features: &Features) {
        debug_assert!(id >= self.end, "ids are inserted in increasing order");
        let keep = self.keep.unwrap_or(usize::MAX);
        for &key in &features.content {
            post(self.postings.entry(key).or_default(), id, keep);
        }
        if self.pairs {
            for &key in &features.bigrams {
                post(self.pair_postings.entry(key).or_default(), id, keep);
            }
        }
        self.lens.resize(id as usize, Sizes::default());
        self.lens.push(features.sizes());
        self.end = id + 1;
    }
}

/// A dropped posting list: its key is in more sentences than the index keeps.
const DROPPED: u32 = u32::MAX;

/// Adds `id` to a posting list that keeps at most `keep` ids.
fn post(list: &mut Vec<u32>, id: u32, keep: usize) {
    if list.first() == Some(&DROPPED) {
        return;
    }
    if list.len() == keep {
        *list = vec![DROPPED];
        return;
    }
    list.push(id);
}

/// Whether a posting list was dropped.
fn dropped(list: &[u32]) -> bool {
    list.first() == Some(&DROPPED)
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
    common: Vec<Key>,
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
    /// sentence's features. When more than `search.limit` could be scored, those with the
    /// highest estimate of shared words win (see the module documentation), ties going to the
    /// id nearest `near` (or the lowest id).
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
        debug_assert!(
            index.keep.is_none_or(|keep| whole && keep >= search.cap),
            "a capped index serves searches of every id with a cap it keeps"
        );
        let query_sizes = query.sizes();
        for key in &query.content {
            let Some(list) = index.postings.get(key) else {
                continue;
            };
            let list = within(list, &range, whole);
            if list.len() > search.cap || dropped(list) {
                self.common.push(*key);
                continue;
            }
            for &id in list {
                let slot = &mut self.shared[id as usize];
                if *slot == 0 {
                    self.touched.push(id);
                }
                *slot += 1;
            }
        }
        // Word pairs: each hit counted in the slot's high bits; sentences sharing a rare word
        // pair but only common words are found here, with no word counted yet.
        if index.pairs {
            for key in &query.bigrams {
                let Some(list) = index.pair_postings.get(key) else {
                    continue;
                };
                let list = within(list, &range, whole);
                if list.len() > search.cap || dropped(list) {
                    continue;
                }
                for &id in list {
                    let slot = &mut self.shared[id as usize];
                    if *slot == 0 {
                        self.touched.push(id);
                    }
                    *slot = slot.saturating_add(PAIR_HIT);
                }
            }
        }
        let uncounted = self.common.len();
        let mut ranked: Vec<(u64, u32)> = Vec::with_capacity(self.touched.len());
        for id in self.touched.drain(..) {
            let slot = std::mem::take(&mut self.shared[id as usize]);
            let (counted, hits) = ((slot % PAIR_HIT) as usize, (slot / PAIR_HIT) as usize);
            let needed = similarity::min_shared_words(
                query_sizes,
                index.lens[id as usize],
                search.threshold,
            );
            if counted + uncounted < needed {
                continue;
            }
            // Ranked by the words surely shared, plus as many common ones as word pairs hit
            // (an estimate: the exact count needs the candidate's own words, read below only
            // for the candidates that may be scored).
            let estimate = counted + hits.min(uncounted);
            let distance = near.map_or(id, |n| id.abs_diff(n));
            ranked.push((rank(estimate, distance), id));
        }
        // Best first; the exact bound is checked in that order until `limit` pass it, so on
        // repetitive text the candidates' own words are read a bounded number of times.
        let examined = search.limit.saturating_mul(EXAMINED_PER_SCORED);
        if ranked.len() > examined {
            ranked.select_nth_unstable(examined);
            ranked.truncate(examined);
        }
        insertion_sort(&mut ranked);
        let mut out = Vec::new();
        let mut passed = 0;
        for (_, id) in ranked {
            if passed == search.limit {
                break;
            }
            let needed = similarity::min_shared_words(
                query_sizes,
                index.lens[id as usize],
                search.threshold,
            );
            let candidate = features[id as usize];
            // With no common word the count was exact, and the bound checked, above.
            let shared = if uncounted == 0 {
                needed
            } else {
                similarity::shared(&query.content, &candidate.content)
            };
            if shared < needed {
                continue;
            }
            passed += 1;
            let s = similarity::score(query, candidate);
            if s >= search.threshold && s > 0.0 {
                out.push((id, s));
            }
        }
        out
    }
}

/// One word-pair hit in a probe's count (the words shared are counted below it).
const PAIR_HIT: u32 = 1 << 16;

/// Candidates whose exact bound is checked per candidate scored, at most: past them, the
/// rest are unlikely to pass it.
const EXAMINED_PER_SCORED: usize = 2;

/// Sorts the few candidates left (at most `limit × EXAMINED_PER_SCORED`) by rank: a few lines
/// rather than another copy of the standard sort in the wasm.
fn insertion_sort(ranked: &mut [(u64, u32)]) {
    for i in 1..ranked.len() {
        let mut j = i;
        while j > 0 && ranked[j - 1] > ranked[j] {
            ranked.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The rank of a candidate sharing `shared` words at `distance`: lower ranks first.
fn rank(shared: usize, distance: u32) -> u64 {
    (u64::from(u32::MAX - shared as u32) << 32) | u64::from(distance)
}

/// The part of a sorted posting list inside `range` (all of it when `whole`).
fn within<'a>(list: &'a [u32], range: &Range<u32>, whole: bool) -> &'a [u32] {
    if whole {
        return list;
    }
    let from = list.partition_point(|&id| id < range.start);
    let to = list.partition_point(|&id| id < range.end);
    &list[from..to]
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
    fn word_pairs_find_a_copy_whose_words_are_all_common() {
        // Every word of the query is in more indexed sentences than the cap, in other orders;
        // only the copy shares its word pairs.
        let mut texts: Vec<String> = (0..6)
            .map(|i| {
                let mut words = [
                    "tillerson",
                    "lavrov",
                    "moscow",
                    "talks",
                    "sanctions",
                    "syria",
                ];
                words.rotate_left(i % 3 + 1);
                words.swap(0, 3);
                format!("{}.", words.join(" and then "))
            })
            .collect();
        texts.push("Tillerson Lavrov Moscow talks sanctions Syria.".to_string());
        let features: Vec<Features> = texts.iter().map(|t| Features::of(t)).collect();
        let search = Search {
            threshold: 0.45,
            cap: 3,
            limit: 4,
        };
        let refs: Vec<&Features> = features.iter().collect();
        let query = Features::of("Tillerson Lavrov Moscow talks sanctions Syria today.");
        let mut probe = Probe::new(texts.len());
        let plain = index_of(&features);
        assert!(probe
            .search(&plain, &query, 0..7, &search, &refs, None)
            .is_empty());
        let mut paired = SentenceIndex::with_word_pairs();
        for (id, f) in features.iter().enumerate() {
            paired.insert(id as u32, f);
        }
        let found = probe.search(&paired, &query, 0..7, &search, &refs, None);
        assert_eq!(found.iter().map(|&(id, _)| id).collect::<Vec<_>>(), [6]);
    }

    #[test]
    fn a_capped_index_finds_what_a_full_one_finds_and_drops_common_lists() {
        // Sentences on one story: every one shares "tillerson" and "moscow", pairs of them
        // share rarer words.
        let texts: Vec<String> = (0..40)
            .map(|i| {
                format!(
                    "Tillerson arrived in Moscow with topic{} and detail{} on day {}.",
                    i / 2,
                    i / 4,
                    i % 7
                )
            })
            .collect();
        let features: Vec<Features> = texts.iter().map(|t| Features::of(t)).collect();
        let refs: Vec<&Features> = features.iter().collect();
        let search = Search {
            threshold: 0.45,
            cap: 8,
            limit: 16,
        };
        let mut full = SentenceIndex::with_word_pairs();
        let mut capped = SentenceIndex::capped(search.cap);
        for (id, f) in features.iter().enumerate() {
            full.insert(id as u32, f);
            capped.insert(id as u32, f);
        }
        let held = |index: &SentenceIndex| -> usize {
            index.postings.values().map(Vec::len).sum::<usize>()
                + index.pair_postings.values().map(Vec::len).sum::<usize>()
        };
        assert!(
            held(&capped) < held(&full),
            "the story's common lists are dropped"
        );
        let mut probe = Probe::new(texts.len());
        for query in &features {
            let mut a = probe.search(&full, query, 0..40, &search, &refs, None);
            let mut b = probe.search(&capped, query, 0..40, &search, &refs, None);
            a.sort_by_key(|&(id, _)| id);
            b.sort_by_key(|&(id, _)| id);
            assert!(!a.is_empty());
            assert_eq!(a, b);
        }
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
