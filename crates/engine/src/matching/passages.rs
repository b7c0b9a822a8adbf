//! Shared passages: runs of words two documents have in common, even inside otherwise
//! different sentences.
//!
//! B's word n-grams (`n` = [`Config::passage_min_words`]) are indexed by hash. Walking A, each
//! n-gram found in B is extended word by word as long as the keys agree; at a mismatch the
//! run may **bridge** up to [`Config::passage_max_bridge`] words on either side if at least
//! [`BRIDGE_RESUME_WORDS`] matching words follow. The longest run starting at a position wins
//! and A's words it covers are not searched again. A passage stays inside one sentence on each
//! side, so a highlighted phrase never spills into the neighbouring sentence.

use serde::{Deserialize, Serialize};

use crate::base::hash::{combine, GramMap};
use crate::base::Config;
use crate::text::Word;

/// Words that must match after a bridged gap for a passage to go on.
pub const BRIDGE_RESUME_WORDS: usize = 3;

/// Places in B one n-gram is looked up at, at most (repetitive input stays linear).
pub const MAX_NGRAM_PLACES: usize = 32;

/// A passage two documents share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    /// Byte range `[start, end]` in A's text, from the first word's start to the last word's end.
    pub a_range: [usize; 2],
    /// Byte range `[start, end]` in B's text.
    pub b_range: [usize; 2],
    /// Number of A's words in the passage.
    pub words: usize,
}

/// Finds the passages of at least `config.passage_min_words` words shared by `a` and `b`,
/// in A's order; no two overlap on A's side.
pub fn shared_passages(a: &[Word], b: &[Word], config: &Config) -> Vec<Passage> {
    let n = config.passage_min_words.max(1);
    if a.len() < n || b.len() < n {
        return Vec::new();
    }
    let index = GramIndex::new(b, n);
    let mut passages = Vec::new();
    // A's words before `covered` belong to a passage already.
    let mut covered = 0;
    let mut i = 0;
    while i + n <= a.len() {
        if a[i].sentence() != a[i + n - 1].sentence() {
            i += 1;
            continue;
        }
        // The run reaching furthest in A; of equal runs, the earliest in B. Places come in
        // B's order, so one that reaches the end of A's sentence ends the search.
        let mut best: Option<(usize, (usize, usize))> = None;
        let mut whole = None;
        index.places(gram(&a[i..i + n]), |p| {
            if !same(&a[i..i + n], &b[p..p + n]) {
                return true;
            }
            let ends = extend(a, b, i, p, config.passage_max_bridge);
            if best.is_none_or(|(_, (a_end, _))| ends.0 > a_end) {
                best = Some((p, ends));
            }
            ends.0 < *whole.get_or_insert_with(|| sentence_end(a, i))
        });
        let Some((p, (a_end, b_end))) = best else {
            i += 1;
            continue;
        };
        let (a_start, b_start) = extend_back(a, b, i, p, covered, config.passage_max_bridge);
        passages.push(Passage {
            a_range: [a[a_start].span().start, a[a_end - 1].span().end],
            b_range: [b[b_start].span().start, b[b_end - 1].span().end],
            words: a_end - a_start,
        });
        i = a_end;
        covered = a_end;
    }
    passages
}

/// Most n-grams of B searched one by one rather than through a map: the passages of two
/// sentences (a row's, a quote's) are looked for thousands of times per report, and building
/// a map for a dozen n-grams costs more than scanning them.
pub const MAX_SCANNED_GRAMS: usize = 48;

/// B's n-grams that stay inside one sentence, with where they start: scanned when few
/// ([`MAX_SCANNED_GRAMS`]), else in a map from n-gram to its first and last place, each
/// place linked to the next one with the same n-gram (one allocation for all places, not one
/// per n-gram). At most [`MAX_NGRAM_PLACES`] places per n-gram, the first ones, given in B's
/// order.
struct GramIndex {
    /// (n-gram, start) in B's order.
    grams: Vec<(u64, u32)>,
    /// For long B, the places linked by n-gram; `None` when `grams` is scanned.
    linked: Option<Linked>,
}

/// [`GramIndex`]'s places linked by n-gram.
struct Linked {
    /// n-gram → its places ([`Places`]).
    first: GramMap<Places>,
    /// For each entry of `grams`, the index of the next place with its n-gram ([`NO_PLACE`]
    /// for none).
    next: Vec<u32>,
}

/// An n-gram's places in [`GramIndex`]: indexes in `grams` of the first and the last, and
/// how many are kept.
#[derive(Clone, Copy)]
struct Places {
    first: u32,
    last: u32,
    kept: u32,
}

/// No further place, in [`GramIndex::next`].
const NO_PLACE: u32 = u32::MAX;

impl GramIndex {
    fn new(b: &[Word], n: usize) -> Self {
        let grams: Vec<(u64, u32)> = (0..=b.len() - n)
            .filter(|&start| b[start].sentence() == b[start + n - 1].sentence())
            .map(|start| (gram(&b[start..start + n]), start as u32))
            .collect();
        if grams.len() <= MAX_SCANNED_GRAMS {
            return GramIndex {
                grams,
                linked: None,
            };
        }
        let mut first: GramMap<Places> = GramMap::default();
        first.reserve(grams.len());
        let mut next = vec![NO_PLACE; grams.len()];
        for (k, &(g, _)) in grams.iter().enumerate() {
            let k = k as u32;
            let places = first.entry(g).or_insert(Places {
                first: k,
                last: k,
                kept: 0,
            });
            if places.kept as usize >= MAX_NGRAM_PLACES {
                continue;
            }
            if places.kept > 0 {
                next[places.last as usize] = k;
                places.last = k;
            }
            places.kept += 1;
        }
        GramIndex {
            grams,
            linked: Some(Linked { first, next }),
        }
    }

    /// Calls `each` with the kept places of n-gram `g` in B, in B's order, until it returns
    /// `false`.
    fn places(&self, g: u64, mut each: impl FnMut(usize) -> bool) {
        match &self.linked {
            None => {
                let mut kept = 0;
                for &(h, start) in &self.grams {
                    if h != g {
                        continue;
                    }
                    if kept == MAX_NGRAM_PLACES || !each(start as usize) {
                        return;
                    }
                    kept += 1;
                }
            }
            Some(Linked { first, next }) => {
                let mut k = first.get(&g).map_or(NO_PLACE, |p| p.first);
                while k != NO_PLACE {
                    if !each(self.grams[k as usize].1 as usize) {
                        return;
                    }
                    k = next[k as usize];
                }
            }
        }
    }
}

/// The index of the first word of `words[i]`'s sentence.
fn sentence_start(words: &[Word], i: usize) -> usize {
    let s = words[i].sentence();
    i - words[..i]
        .iter()
        .rev()
        .take_while(|w| w.sentence() == s)
        .count()
}

/// One past the index of the last word of `words[i]`'s sentence.
fn sentence_end(words: &[Word], i: usize) -> usize {
    let s = words[i].sentence();
    i + words[i..].iter().take_while(|w| w.sentence() == s).count()
}

fn gram(words: &[Word]) -> u64 {
    words.iter().fold(0, |h, w| combine(h, u64::from(w.key)))
}

fn same(a: &[Word], b: &[Word]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.key == y.key)
}

/// Extends a match that starts at A's `i` and B's `p` backwards, bridging gaps like
/// [`extend`], without reaching below A's `floor`; returns the new starts.
fn extend_back(
    a: &[Word],
    b: &[Word],
    i: usize,
    p: usize,
    floor: usize,
    max_bridge: usize,
) -> (usize, usize) {
    // Nothing before the start of the run's sentences (or A's floor) may join.
    let floor = floor.max(sentence_start(a, i));
    let b_floor = sentence_start(b, p);
    let (mut x, mut y) = (i, p);
    loop {
        while x > floor && y > b_floor && a[x - 1].key == b[y - 1].key {
            x -= 1;
            y -= 1;
        }
        let resume = (0..=max_bridge)
            .flat_map(|ga| (0..=max_bridge).map(move |gb| (ga, gb)))
            .filter(|&(ga, gb)| ga + gb > 0)
            .find(|&(ga, gb)| {
                x >= floor + ga + BRIDGE_RESUME_WORDS
                    && y >= b_floor + gb + BRIDGE_RESUME_WORDS
                    && same(
                        &a[x - ga - BRIDGE_RESUME_WORDS..x - ga],
                        &b[y - gb - BRIDGE_RESUME_WORDS..y - gb],
                    )
            });
        match resume {
            Some((ga, gb)) => {
                x -= ga;
                y -= gb;
            }
            None => return (x, y),
        }
    }
}

/// Extends a match of A at `i` with B at `p` as far as it goes; returns the ends (exclusive).
fn extend(a: &[Word], b: &[Word], i: usize, p: usize, max_bridge: usize) -> (usize, usize) {
    // Words up to the ends of the run's sentences.
    let (a, b) = (&a[..sentence_end(a, i)], &b[..sentence_end(b, p)]);
    let (mut x, mut y) = (i, p);
    loop {
        while x < a.len() && y < b.len() && a[x].key == b[y].key {
            x += 1;
            y += 1;
        }
        let resume = (0..=max_bridge)
            .flat_map(|ga| (0..=max_bridge).map(move |gb| (ga, gb)))
            .filter(|&(ga, gb)| ga + gb > 0)
            .find(|&(ga, gb)| {
                let (xa, yb) = (x + ga, y + gb);
                xa + BRIDGE_RESUME_WORDS <= a.len()
                    && yb + BRIDGE_RESUME_WORDS <= b.len()
                    && same(
                        &a[xa..xa + BRIDGE_RESUME_WORDS],
                        &b[yb..yb + BRIDGE_RESUME_WORDS],
                    )
            });
        match resume {
            Some((ga, gb)) => {
                x += ga;
                y += gb;
            }
            None => return (x, y),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Entry;
    use crate::text::Document;

    /// The places of each n-gram as the map gives them against a scan of B.
    #[test]
    fn the_gram_map_gives_the_places_a_scan_does_first_ones_in_order() {
        // Repetitive: one sentence more often than an n-gram's places are kept.
        let sentence = "The council voted to approve the budget on Monday night. ";
        let text: String = std::iter::repeat_n(sentence, MAX_NGRAM_PLACES + 8).collect::<String>()
            + "A different sentence closes the text with words of its own.";
        let words = Entry::new(Document::parse("b", text.as_str())).words;
        let n = Config::default().passage_min_words;
        let index = GramIndex::new(&words, n);
        assert!(index.linked.is_some(), "long enough to be mapped");
        let scanned = GramIndex {
            grams: index.grams.clone(),
            linked: None,
        };
        let places = |index: &GramIndex, g: u64| {
            let mut out = Vec::new();
            index.places(g, |p| {
                out.push(p);
                true
            });
            out
        };
        for &(g, _) in &index.grams {
            let (mapped, scan) = (places(&index, g), places(&scanned, g));
            assert_eq!(mapped, scan);
            assert!(scan.len() <= MAX_NGRAM_PLACES);
            assert!(scan.windows(2).all(|w| w[0] < w[1]), "in B's order");
        }
    }

    fn passages(a: &str, b: &str) -> Vec<(String, String)> {
        let (ea, eb) = (
            Entry::new(Document::parse("a", a)),
            Entry::new(Document::parse("b", b)),
        );
        shared_passages(&ea.words, &eb.words, &Config::default())
            .into_iter()
            .map(|p| {
                (
                    a[p.a_range[0]..p.a_range[1]].to_string(),
                    b[p.b_range[0]..p.b_range[1]].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn finds_a_quote_inside_different_sentences() {
        let got = passages(
            "Tillerson said: “We need to attempt to put an end to this steady degradation.” Then he left.",
            "Citing disagreements, he said \"we need to attempt to put an end to this steady degradation, which is doing nothing\".",
        );
        assert_eq!(got.len(), 1);
        // Punctuation is not a word: "said: “We" and "said \"we" share the word run.
        assert_eq!(
            got[0].0,
            "said: “We need to attempt to put an end to this steady degradation"
        );
        assert_eq!(
            got[0].1,
            "said \"we need to attempt to put an end to this steady degradation"
        );
    }

    #[test]
    fn bridges_a_changed_word() {
        let got = passages(
            "the attack that left 89 people dead in the town of Khan Sheikhoun last week",
            "the attack that left 87 people dead in the town of Khan Sheikhoun on Tuesday",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].0,
            "the attack that left 89 people dead in the town of Khan Sheikhoun"
        );
    }

    #[test]
    fn passages_stop_at_sentence_boundaries() {
        let got = passages(
            "The world's two foremost nuclear powers cannot have this kind of relationship. Tillerson said Russia agreed.",
            "The world’s two foremost nuclear powers cannot have this kind of relationship,” Tillerson said.",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].0,
            "The world's two foremost nuclear powers cannot have this kind of relationship"
        );
    }

    #[test]
    fn short_runs_are_not_passages() {
        assert!(passages(
            "the United States and Russia agreed",
            "the United States and Russia differ"
        )
        .is_empty());
    }
}
