//! Pair alignment: the rows of a side-by-side view of two documents.
//!
//! 1. **Anchors.** Sentences identical in both documents (after normalisation) are matched
//!    first: the longest in-order chain of identical pairs, like the unique-line anchors of
//!    patience and histogram diff. A sentence that recurs more than [`MAX_EXACT_PLACES`] times
//!    in B anchors nothing (boilerplate such as "Advertisement").
//! 2. **Gaps.** Between two anchors, the sentences of A are matched fuzzily with the sentences
//!    of B in the same gap ([`crate::matching::similarity`]), found through an inverted index
//!    (`matching::index`). At most [`MAX_SCORED_PER_SENTENCE`] candidates are scored per
//!    sentence, preferring those nearest the sentence's expected place in the gap, and the best
//!    [`MAX_CANDIDATES_PER_SENTENCE`] at or above the threshold are kept. Without anchors the
//!    whole document is one gap. So on syndicated copy, where a sentence recurs hundreds of
//!    times with small edits, the cost per sentence stays bounded.
//! 3. **In-order chain.** The order-preserving set of anchors and gap matches with the largest
//!    total score (a heaviest increasing chain, `O(M log M)` for `M` candidates with a Fenwick
//!    tree, so two long documents never build an `n × m` table).
//! 4. **Splits and joins.** An unmatched sentence next to a match whose partner it also
//!    matches (or shares a passage with, a character of Chinese or Japanese weighing half a
//!    word) joins that row, so one sentence may match two and vice versa.
//! 5. **Context.** An unmatched sentence next to a match, in step with an unmatched sentence
//!    next to it on the other side (or one sentence further on, past a sentence only one side
//!    added), matches it at [`Config::effective_context_threshold`], a little below the
//!    threshold: a passage reused with its words changed is followed as far as it goes.
//! 6. **Moves.** Sentences still unmatched are searched for among the other side's unmatched
//!    sentences; pairs at or above [`Config::effective_moved_threshold`] are `moved`, best
//!    score first. A moved sentence takes along an unmatched neighbour that also matches its
//!    partner, so a sentence that one outlet split in two and placed elsewhere is one 1:2 move.
//! 7. **Rows.** Matches in order; between them A's leftovers then B's. A moved pair is two
//!    rows, one on each side, each naming its partner row.
//!
//! Invariant: every sentence of A appears in exactly one row's `a` and every sentence of B in
//! exactly one row's `b`, each side in its own order.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::base::{Config, Span};
use crate::corpus::Entry;
use crate::lang::common::is_unspaced;
use crate::matching::diff::{word_diff, WordDiff};
use crate::matching::index::{Probe, Search, SentenceIndex};
use crate::matching::passages::{shared_passages, Passage};
use crate::matching::similarity::{best_first, score, Features};

/// Most candidate partners kept per sentence of A (best scores first).
pub const MAX_CANDIDATES_PER_SENTENCE: usize = 16;

/// Most candidate partners scored per sentence of A. Twice the kept number leaves room for
/// candidates that fail the threshold; only repetitive text reaches it.
pub const MAX_SCORED_PER_SENTENCE: usize = 32;

/// A sentence found more often than this in B is not used as an anchor.
pub const MAX_EXACT_PLACES: usize = 64;

/// A word shared by more than this many sentences of a gap (and more than
/// [`POSTINGS_SHARE`] of them) is too common to find candidates through.
pub const MIN_POSTINGS_CAP: usize = 64;

/// Share of a gap's sentences above which a word is too common to find candidates through.
pub const POSTINGS_SHARE: f32 = 0.05;

/// What a row of the alignment shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowOp {
    /// Matched sentences that differ only in normalisation.
    Equal,
    /// Matched sentences with word-level changes.
    Changed,
    /// One side of a pair matched outside the reading order; `partner` is the other side's row.
    Moved,
    /// A sentence only in A.
    AOnly,
    /// A sentence only in B.
    BOnly,
}

/// One row of a pair alignment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// What the row shows.
    pub op: RowOp,
    /// Indices of A's sentences in this row (consecutive, possibly empty).
    pub a: Vec<usize>,
    /// Indices of B's sentences in this row (consecutive, possibly empty).
    pub b: Vec<usize>,
    /// Similarity of the matched sentences (0 for one-sided rows).
    pub score: f32,
    /// For `moved` rows: the index of the partner row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<usize>,
    /// Word diff of the matched text (`equal`, `changed` and `moved` rows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<WordDiff>,
    /// A one-sided row holding page furniture ([`crate::text::furniture`]): not a statement
    /// that only one side has, and not counted as one.
    #[serde(default, skip_serializing_if = "is_false")]
    pub furniture: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// Aligns document `a` with document `b`.
pub fn align_pair(a: &Entry, b: &Entry, config: &Config) -> Vec<Row> {
    let (fa, fb) = (&a.features, &b.features);
    let anchors = heaviest_chain(&exact_pairs(fa, fb), fb.len());
    let mut candidates = gap_candidates(fa, fb, &anchors, config.threshold);
    candidates.extend_from_slice(&anchors);
    crate::base::order::sort_by_key(&mut candidates, |&(i, j, _)| (i, j));
    let chain = heaviest_chain(&candidates, fb.len());

    let mut groups: Vec<Group> = chain
        .iter()
        .map(|&(i, j, s)| Group {
            a: vec![i],
            b: vec![j],
            score: s,
        })
        .collect();
    let joins = |i: usize, j: usize| belongs(a, i, b, j, config);
    join_side(&mut groups, fa.len(), |g| &mut g.a, |g| &g.b, joins);
    join_side(
        &mut groups,
        fb.len(),
        |g| &mut g.b,
        |g| &g.a,
        |j, i| joins(i, j),
    );

    let groups = extend_in_context(groups, a, b, config.effective_context_threshold());

    let mut a_free = vec![true; fa.len()];
    let mut b_free = vec![true; fb.len()];
    for group in &groups {
        group.a.iter().for_each(|&i| a_free[i] = false);
        group.b.iter().for_each(|&j| b_free[j] = false);
    }
    let moves = find_moves(a, b, &mut a_free, &mut b_free, config);
    build_rows(a, b, &groups, &moves)
}

/// A matched run of rows in the chain: consecutive sentences of A with consecutive of B.
#[derive(Clone, Debug)]
struct Group {
    a: Vec<usize>,
    b: Vec<usize>,
    score: f32,
}

impl Group {
    /// The first sentence after the group on each side.
    fn after(&self) -> (usize, usize) {
        (self.a[self.a.len() - 1] + 1, self.b[self.b.len() - 1] + 1)
    }
}

/// Whether sentence `i` of A and `j` of B belong on one row when one of them is already
/// matched with a neighbour of the other: they match, or they share a passage of at least
/// [`Config::passage_min_words`] words (the half of a sentence that an outlet split in two
/// often scores low on its own, but carries a run of the whole's words).
fn belongs(a: &Entry, i: usize, b: &Entry, j: usize, config: &Config) -> bool {
    score(&a.features[i], &b.features[j]) >= config.threshold
        || shared_passages(a.words_of(i), b.words_of(j), config)
            .iter()
            .any(|p| passage_weight(a, i, p) >= config.passage_min_words)
}

/// Characters of a script written without spaces (Chinese, Japanese) that weigh as much as
/// one word in a passage that joins a row: each such character is a word of its own, and a
/// word of those languages is about two characters long. Six characters (`記録的な大雪`) that
/// a headline repeats from the first sentence are no evidence that the headline is a part of
/// that sentence; six words are.
pub const UNSPACED_CHARS_PER_WORD: usize = 2;

/// The words of a passage (A's side, in sentence `i` of A), a character of a script without
/// spaces counting as [`UNSPACED_CHARS_PER_WORD`]th of one.
fn passage_weight(a: &Entry, i: usize, passage: &Passage) -> usize {
    let text = &a.document.text;
    let (mut words, mut unspaced) = (0, 0);
    for word in a.words_of(i) {
        let span = word.span();
        if span.start < passage.a_range[0] || span.end > passage.a_range[1] {
            continue;
        }
        let mut chars = text[span.start..span.end].chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if is_unspaced(c) => unspaced += 1,
            _ => words += 1,
        }
    }
    words + unspaced / UNSPACED_CHARS_PER_WORD
}

/// Whether a sentence can be matched by its fingerprint (it has words).
fn has_words(f: &Features) -> bool {
    f.words > 0
}

/// Sentences of B by `(fingerprint, words)`, for the sentences `ids` (in increasing order).
fn by_fingerprint(
    fb: &[Features],
    ids: impl Iterator<Item = usize>,
) -> HashMap<(u64, usize), Vec<u32>> {
    let mut map: HashMap<(u64, usize), Vec<u32>> = HashMap::new();
    for j in ids {
        if has_words(&fb[j]) {
            map.entry((fb[j].fingerprint, fb[j].words))
                .or_default()
                .push(j as u32);
        }
    }
    map
}

/// Every pair of identical sentences `(i, j, 1.0)`, sorted by `(i, j)`, leaving out sentences
/// found more than [`MAX_EXACT_PLACES`] times in B.
fn exact_pairs(fa: &[Features], fb: &[Features]) -> Vec<(usize, usize, f32)> {
    let places = by_fingerprint(fb, 0..fb.len());
    let mut out = Vec::new();
    for (i, f) in fa.iter().enumerate() {
        if let Some(js) = places.get(&(f.fingerprint, f.words)) {
            if has_words(f) && js.len() <= MAX_EXACT_PLACES {
                out.extend(js.iter().map(|&j| (i, j as usize, 1.0)));
            }
        }
    }
    out
}

/// Fuzzy candidates `(i, j, score)` inside the gaps between consecutive anchors (and before
/// the first and after the last), each A sentence against the B sentences of its own gap.
fn gap_candidates(
    fa: &[Features],
    fb: &[Features],
    anchors: &[(usize, usize, f32)],
    threshold: f32,
) -> Vec<(usize, usize, f32)> {
    let mut index = SentenceIndex::new();
    for (j, f) in fb.iter().enumerate() {
        index.insert(j as u32, f);
    }
    let mut probe = Probe::new(fb.len());
    let refs: Vec<&Features> = fb.iter().collect();
    let mut out = Vec::new();
    let ends = anchors
        .iter()
        .map(|&(i, j, _)| (i, j))
        .chain(std::iter::once((fa.len(), fb.len())));
    let (mut a0, mut b0) = (0, 0);
    for (a1, b1) in ends {
        if a1 > a0 && b1 > b0 {
            let search = Search {
                threshold,
                cap: postings_cap(b1 - b0),
                limit: MAX_SCORED_PER_SENTENCE,
            };
            for (i, query) in fa.iter().enumerate().take(a1).skip(a0) {
                // Where `i` would sit if the gap were matched evenly.
                let expected = b0 + (i - a0) * (b1 - b0) / (a1 - a0);
                let found = probe.search(
                    &index,
                    query,
                    b0 as u32..b1 as u32,
                    &search,
                    &refs,
                    Some(expected as u32),
                );
                keep_best(i, found, expected, &mut out);
            }
        }
        (a0, b0) = (a1 + 1, b1 + 1);
    }
    out
}

/// A word's posting list longer than this, among `sentences`, finds no candidates.
fn postings_cap(sentences: usize) -> usize {
    MIN_POSTINGS_CAP.max((sentences as f32 * POSTINGS_SHARE) as usize)
}

/// Adds the best [`MAX_CANDIDATES_PER_SENTENCE`] of `found` for sentence `i` to `out`
/// (highest score first, then nearest to `expected`).
fn keep_best(
    i: usize,
    found: Vec<(u32, f32)>,
    expected: usize,
    out: &mut Vec<(usize, usize, f32)>,
) {
    let mut found: Vec<(usize, f32)> = found.into_iter().map(|(j, s)| (j as usize, s)).collect();
    crate::base::order::sort_by(&mut found, |x, y| {
        y.1.total_cmp(&x.1)
            .then(x.0.abs_diff(expected).cmp(&y.0.abs_diff(expected)))
            .then(x.0.cmp(&y.0))
    });
    found.truncate(MAX_CANDIDATES_PER_SENTENCE);
    out.extend(found.into_iter().map(|(j, s)| (i, j, s)));
}

/// The order-preserving subset of `candidates` (sorted by `(i, j)`) with the largest total
/// score: strictly increasing in both `i` and `j`.
fn heaviest_chain(candidates: &[(usize, usize, f32)], b_len: usize) -> Vec<(usize, usize, f32)> {
    let mut tree = MaxFenwick::new(b_len);
    let mut best = vec![0.0f32; candidates.len()];
    let mut back: Vec<u32> = vec![NONE; candidates.len()];
    let mut start = 0;
    while start < candidates.len() {
        let i = candidates[start].0;
        let end = start + candidates[start..].iter().take_while(|c| c.0 == i).count();
        // Score the whole group of one `i` before inserting it: no two matches share an `i`.
        for m in start..end {
            let (_, j, s) = candidates[m];
            let (prev_score, prev) = tree.query(j);
            best[m] = s + prev_score;
            back[m] = prev;
        }
        for m in start..end {
            tree.update(candidates[m].1, best[m], m as u32);
        }
        start = end;
    }
    let mut at = (0..candidates.len()).max_by(|&x, &y| best[x].total_cmp(&best[y]).then(y.cmp(&x)));
    let mut chain = Vec::new();
    while let Some(m) = at {
        chain.push(candidates[m]);
        at = (back[m] != NONE).then_some(back[m] as usize);
    }
    chain.reverse();
    chain
}

/// No candidate (in [`MaxFenwick`] and a chain's back links): candidate indices are below it.
const NONE: u32 = u32::MAX;

/// Prefix maximum over `j` of (chain score, candidate index or [`NONE`]), packed in eight
/// bytes a node: the tree is walked once per candidate, and a smaller one stays in cache.
struct MaxFenwick {
    tree: Vec<(f32, u32)>,
}

impl MaxFenwick {
    fn new(len: usize) -> Self {
        MaxFenwick {
            tree: vec![(0.0, NONE); len + 1],
        }
    }

    /// Best chain ending at any `j' < j`.
    fn query(&self, j: usize) -> (f32, u32) {
        let mut best = (0.0, NONE);
        let mut k = j;
        while k > 0 {
            if self.tree[k].0 > best.0 {
                best = self.tree[k];
            }
            k &= k - 1;
        }
        best
    }

    fn update(&mut self, j: usize, value: f32, index: u32) {
        let mut k = j + 1;
        while k < self.tree.len() {
            if value > self.tree[k].0 {
                self.tree[k] = (value, index);
            }
            k += k & k.wrapping_neg();
        }
    }
}

/// Lets an unmatched sentence join the neighbouring row whose single partner it matches, on
/// one side: `own` gives a group's sentences on this side, `other` on the other side, and
/// `matches(own, other)` whether two sentences match.
fn join_side(
    groups: &mut [Group],
    len: usize,
    own: impl Fn(&mut Group) -> &mut Vec<usize>,
    other: impl Fn(&Group) -> &Vec<usize>,
    matches: impl Fn(usize, usize) -> bool,
) {
    let mut group_of: Vec<Option<usize>> = vec![None; len];
    for (g, group) in groups.iter_mut().enumerate() {
        for &i in own(group).iter() {
            group_of[i] = Some(g);
        }
    }
    for i in 0..len {
        if group_of[i].is_some() {
            continue;
        }
        let before = i.checked_sub(1).and_then(|p| group_of[p]);
        let after = group_of.get(i + 1).copied().flatten();
        for g in [before, after].into_iter().flatten() {
            let partner = match other(&groups[g]).as_slice() {
                [single] => *single,
                _ => continue,
            };
            if matches(i, partner) {
                let sentences = own(&mut groups[g]);
                let at = sentences.partition_point(|&s| s < i);
                sentences.insert(at, i);
                group_of[i] = Some(g);
                break;
            }
        }
    }
}

/// Extends every matched group with the unmatched sentences next to it that match each other
/// at `min_score` or more, a pair at a time in step on both sides (forward from a group's end,
/// then backward from the next group's start), so that a passage reused with its words
/// changed is matched as far as it goes once one of its sentences is. A step may pass over
/// one sentence of one side (one that only that side added) when the next pair matches. A
/// sentence scoring a little below the threshold next to a match, in the same place on both
/// sides, is the same statement reworded far more often than a different one; alone it would
/// not be. Sentences without words (page furniture has none) are not matched this way.
fn extend_in_context(groups: Vec<Group>, a: &Entry, b: &Entry, min_score: f32) -> Vec<Group> {
    let (fa, fb) = (&a.features, &b.features);
    let fits = |i: usize, j: usize| -> Option<Group> {
        if !has_words(&fa[i]) || !has_words(&fb[j]) {
            return None;
        }
        let s = score(&fa[i], &fb[j]);
        (s >= min_score).then(|| Group {
            a: vec![i],
            b: vec![j],
            score: s,
        })
    };
    // The next pair in step within the free sentences `a_free` × `b_free` (half-open), going
    // forward from their start or backward from their end.
    let step = |a_free: [usize; 2], b_free: [usize; 2], forward: bool| -> Option<Group> {
        let at = |skip_a: usize, skip_b: usize| -> Option<(usize, usize)> {
            if a_free[1] - a_free[0] <= skip_a || b_free[1] - b_free[0] <= skip_b {
                None
            } else if forward {
                Some((a_free[0] + skip_a, b_free[0] + skip_b))
            } else {
                Some((a_free[1] - 1 - skip_a, b_free[1] - 1 - skip_b))
            }
        };
        let (i, j) = at(0, 0)?;
        fits(i, j).or_else(|| {
            let skipped = [at(1, 0), at(0, 1)].into_iter().flatten();
            let found = skipped.filter_map(|(i, j)| fits(i, j));
            found.max_by(|x, y| x.score.total_cmp(&y.score))
        })
    };
    let mut out = Vec::with_capacity(groups.len());
    // The first sentences after the last group laid out.
    let (mut a0, mut b0) = (0, 0);
    for k in 0..=groups.len() {
        let next = groups.get(k);
        let (mut a1, mut b1) = next.map_or((fa.len(), fb.len()), |g| (g.a[0], g.b[0]));
        if k > 0 {
            while let Some(group) = step([a0, a1], [b0, b1], true) {
                (a0, b0) = (group.a[0] + 1, group.b[0] + 1);
                out.push(group);
            }
        }
        let Some(next) = next else { break };
        let at = out.len();
        while let Some(group) = step([a0, a1], [b0, b1], false) {
            (a1, b1) = (group.a[0], group.b[0]);
            out.push(group);
        }
        out[at..].reverse();
        out.push(next.clone());
        (a0, b0) = next.after();
    }
    out
}

/// A moved pair: consecutive unmatched sentences of A and of B that match out of order.
#[derive(Clone, Debug)]
struct Move {
    a: Vec<usize>,
    b: Vec<usize>,
    score: f32,
}

/// Pairs of unmatched sentences that match strongly, best first, each sentence used once;
/// each takes along unmatched neighbours that also match its partner. Marks the sentences it
/// uses as no longer free.
fn find_moves(
    a: &Entry,
    b: &Entry,
    a_free: &mut [bool],
    b_free: &mut [bool],
    config: &Config,
) -> Vec<Move> {
    let (fa, fb) = (&a.features, &b.features);
    let min_score = config.effective_moved_threshold();
    let b_open: Vec<usize> = (0..fb.len()).filter(|&j| b_free[j]).collect();
    if b_open.is_empty() || !a_free.contains(&true) {
        return Vec::new();
    }
    // The index holds B's unmatched sentences only, by their position in `b_open`.
    let mut index = SentenceIndex::new();
    for (slot, &j) in b_open.iter().enumerate() {
        index.insert(slot as u32, &fb[j]);
    }
    let exact = by_fingerprint(fb, b_open.iter().copied());
    let search = Search {
        threshold: min_score,
        cap: postings_cap(b_open.len()),
        limit: MAX_SCORED_PER_SENTENCE,
    };
    let mut probe = Probe::new(b_open.len());
    let refs: Vec<&Features> = b_open.iter().map(|&j| &fb[j]).collect();
    let mut open: Vec<(usize, usize, f32)> = Vec::new();
    for i in (0..fa.len()).filter(|&i| a_free[i]) {
        let mut found: Vec<(u32, f32)> = probe
            .search(&index, &fa[i], 0..b_open.len() as u32, &search, &refs, None)
            .into_iter()
            .map(|(slot, s)| (b_open[slot as usize] as u32, s))
            .collect();
        if has_words(&fa[i]) {
            let same = exact.get(&(fa[i].fingerprint, fa[i].words));
            let same = same.map_or(&[][..], |js| &js[..js.len().min(MAX_EXACT_PLACES)]);
            found.extend(same.iter().map(|&j| (j, 1.0)));
            crate::base::order::sort_by_key(&mut found, |&(j, _)| j);
            found.dedup_by_key(|&mut (j, _)| j);
        }
        keep_best(i, found, i, &mut open);
    }
    best_first(&mut open);
    let mut moves = Vec::new();
    for (i, j, s) in open {
        if a_free[i] && b_free[j] {
            a_free[i] = false;
            b_free[j] = false;
            let mut m = Move {
                a: vec![i],
                b: vec![j],
                score: s,
            };
            take_neighbours(&mut m.a, a_free, |n| belongs(a, n, b, j, config));
            take_neighbours(&mut m.b, b_free, |n| belongs(a, i, b, n, config));
            moves.push(m);
        }
    }
    moves
}

/// Extends a move's single sentence `run[0]` with its free neighbours on the same side (one
/// before, one after) that `matches` accepts, marking them as used.
fn take_neighbours(run: &mut Vec<usize>, free: &mut [bool], matches: impl Fn(usize) -> bool) {
    let at = run[0];
    if let Some(before) = at.checked_sub(1) {
        if free[before] && matches(before) {
            free[before] = false;
            run.insert(0, before);
        }
    }
    let after = at + 1;
    if after < free.len() && free[after] && matches(after) {
        free[after] = false;
        run.push(after);
    }
}

/// The text span covering sentences `indices` (consecutive) of an entry.
fn covering(entry: &Entry, indices: &[usize]) -> Span {
    let first = entry.sentences[indices[0]].span;
    let last = entry.sentences[indices[indices.len() - 1]].span;
    Span::new(first.start, last.end)
}

fn diff_of(a: &Entry, a_idx: &[usize], b: &Entry, b_idx: &[usize]) -> WordDiff {
    let (sa, sb) = (covering(a, a_idx), covering(b, b_idx));
    word_diff(
        sa.of(&a.document.text),
        sa.start,
        sb.of(&b.document.text),
        sb.start,
    )
}

fn build_rows(a: &Entry, b: &Entry, groups: &[Group], moves: &[Move]) -> Vec<Row> {
    // Each move's diff is computed once and shown on both of its rows; a move's rows are laid
    // out at its first sentence on each side.
    let mut a_move: HashMap<usize, usize> = HashMap::new();
    let mut b_move: HashMap<usize, usize> = HashMap::new();
    let move_diffs: Vec<WordDiff> = moves
        .iter()
        .enumerate()
        .map(|(m, mv)| {
            a_move.insert(mv.a[0], m);
            b_move.insert(mv.b[0], m);
            diff_of(a, &mv.a, b, &mv.b)
        })
        .collect();
    // Row of each move's A side and B side, filled in as the rows are laid out.
    let mut move_rows = vec![(0, 0); moves.len()];

    let mut rows = Vec::new();
    let (mut next_a, mut next_b) = (0, 0);
    // Between two matched groups (and after the last): A's leftovers, then B's.
    let anchors = groups
        .iter()
        .map(|g| (g.a[0], g.b[0], Some(g)))
        .chain(std::iter::once((
            a.sentences.len(),
            b.sentences.len(),
            None,
        )));
    for (until_a, until_b, group) in anchors {
        let mut i = next_a;
        while i < until_a {
            match a_move.get(&i) {
                Some(&m) => {
                    move_rows[m].0 = rows.len();
                    rows.push(moved_row(
                        moves[m].a.clone(),
                        vec![],
                        moves[m].score,
                        move_diffs[m].clone(),
                    ));
                    i += moves[m].a.len();
                }
                None => {
                    rows.push(one_sided(RowOp::AOnly, vec![i], vec![], a.furniture[i]));
                    i += 1;
                }
            }
        }
        let mut j = next_b;
        while j < until_b {
            match b_move.get(&j) {
                Some(&m) => {
                    move_rows[m].1 = rows.len();
                    rows.push(moved_row(
                        vec![],
                        moves[m].b.clone(),
                        moves[m].score,
                        move_diffs[m].clone(),
                    ));
                    j += moves[m].b.len();
                }
                None => {
                    rows.push(one_sided(RowOp::BOnly, vec![], vec![j], b.furniture[j]));
                    j += 1;
                }
            }
        }
        let Some(group) = group else { break };
        let diff = diff_of(a, &group.a, b, &group.b);
        let op = if diff.has_changes() {
            RowOp::Changed
        } else {
            RowOp::Equal
        };
        rows.push(Row {
            op,
            a: group.a.clone(),
            b: group.b.clone(),
            score: group.score,
            partner: None,
            diff: Some(diff),
            furniture: false,
        });
        (next_a, next_b) = group.after();
    }
    // Link the two rows of every move.
    for (ra, rb) in move_rows {
        rows[ra].partner = Some(rb);
        rows[rb].partner = Some(ra);
    }
    rows
}

fn moved_row(a: Vec<usize>, b: Vec<usize>, score: f32, diff: WordDiff) -> Row {
    Row {
        op: RowOp::Moved,
        a,
        b,
        score,
        partner: None,
        diff: Some(diff),
        furniture: false,
    }
}

fn one_sided(op: RowOp, a: Vec<usize>, b: Vec<usize>, furniture: bool) -> Row {
    Row {
        op,
        a,
        b,
        score: 0.0,
        partner: None,
        diff: None,
        furniture,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn entry(text: &str) -> Entry {
        Entry::new(Document::parse("t", text))
    }

    fn ops(rows: &[Row]) -> Vec<(RowOp, Vec<usize>, Vec<usize>)> {
        rows.iter()
            .map(|r| (r.op, r.a.clone(), r.b.clone()))
            .collect()
    }

    #[test]
    fn equal_changed_and_one_sided_rows() {
        let a = entry("Alpha bravo charlie delta echo. Unique sentence about foxtrot golf hotel. India juliet kilo lima mike.");
        let b = entry("Alpha bravo charlie delta echo. India juliet kilo lima mike november. Totally other oscar papa quebec.");
        let rows = align_pair(&a, &b, &Config::default());
        assert_eq!(
            ops(&rows),
            vec![
                (RowOp::Equal, vec![0], vec![0]),
                (RowOp::AOnly, vec![1], vec![]),
                (RowOp::Changed, vec![2], vec![1]),
                (RowOp::BOnly, vec![], vec![2]),
            ]
        );
    }

    #[test]
    fn reordered_sentences_are_moved_with_partners() {
        let a = entry("Alpha bravo charlie delta echo. Foxtrot golf hotel india juliet. Kilo lima mike november oscar.");
        let b = entry("Kilo lima mike november oscar. Foxtrot golf hotel india juliet. Alpha bravo charlie delta echo.");
        let rows = align_pair(&a, &b, &Config::default());
        let moved: Vec<&Row> = rows.iter().filter(|r| r.op == RowOp::Moved).collect();
        assert_eq!(moved.len(), 4, "{:?}", ops(&rows));
        for (r, row) in rows.iter().enumerate() {
            if let Some(p) = row.partner {
                assert_eq!(rows[p].partner, Some(r));
            }
        }
    }

    #[test]
    fn a_sentence_split_in_two_joins_one_row() {
        let a = entry("Tillerson met Putin in Moscow on Wednesday, and the two men discussed Syria and the chemical attack at length.");
        let b = entry("Tillerson met Putin in Moscow on Wednesday. The two men discussed Syria and the chemical attack at length.");
        let rows = align_pair(&a, &b, &Config::default());
        assert_eq!(ops(&rows), vec![(RowOp::Changed, vec![0], vec![0, 1])]);
    }

    /// A Japanese headline that repeats six characters of the first sentence (`記録的な大雪`)
    /// stays a row of its own: six characters are about three words, no evidence of a split.
    #[test]
    fn a_headline_repeating_a_few_characters_stays_apart() {
        let sentence =
            "日本海側を中心に強い寒気が流れ込んだ影響で、北浜市では2日夜から記録的な大雪となった。";
        let a = entry(&format!("北浜市で記録的な大雪　交通に乱れ\n\n{sentence}"));
        let b = entry(&format!("大雪で交通まひ　空の便も欠航\n\n{sentence}"));
        let rows = align_pair(&a, &b, &Config::default());
        assert!(
            rows.iter()
                .any(|r| r.op == RowOp::Equal && r.a == [1] && r.b == [1]),
            "{:?}",
            ops(&rows)
        );
    }

    /// Three sentences copied in order, the middle one reworded until it scores below the
    /// threshold but above the context threshold.
    const COPIED: [&str; 3] = [
        "The council approved the new budget for the harbour district on Monday evening.",
        "Members argued for hours about the cost of repairing the old sea wall.",
        "The vote passed with nine members in favour and two against.",
    ];
    const REWORDED: &str = "Members debated for a long time what the wall's repair would cost.";
    /// A sentence only the second text has.
    const ADDED: &str = "Outside, a small crowd waited in the rain with banners.";

    fn middle_score() -> f32 {
        let (a, b) = (entry(COPIED[1]), entry(REWORDED));
        score(&a.features[0], &b.features[0])
    }

    #[test]
    fn a_reworded_sentence_between_matches_is_matched_in_context() {
        let config = Config::default();
        let s = middle_score();
        assert!(
            s < config.threshold && s >= config.effective_context_threshold(),
            "{s}"
        );
        let a = entry(&COPIED.join(" "));
        let b = entry(&[COPIED[0], REWORDED, COPIED[2]].join(" "));
        let rows = align_pair(&a, &b, &config);
        assert_eq!(
            ops(&rows),
            vec![
                (RowOp::Equal, vec![0], vec![0]),
                (RowOp::Changed, vec![1], vec![1]),
                (RowOp::Equal, vec![2], vec![2]),
            ]
        );
        assert_eq!(rows[1].score, s);
    }

    #[test]
    fn context_matching_passes_over_a_sentence_one_side_added() {
        let a = entry(&COPIED.join(" "));
        let b = entry(&[COPIED[0], ADDED, REWORDED, COPIED[2]].join(" "));
        let rows = align_pair(&a, &b, &Config::default());
        assert_eq!(
            ops(&rows),
            vec![
                (RowOp::Equal, vec![0], vec![0]),
                (RowOp::BOnly, vec![], vec![1]),
                (RowOp::Changed, vec![1], vec![2]),
                (RowOp::Equal, vec![2], vec![3]),
            ]
        );
    }

    #[test]
    fn a_sentence_below_the_threshold_without_a_match_beside_it_stays_apart() {
        let a = entry(&format!(
            "{} Unrelated words about tennis and rackets.",
            COPIED[1]
        ));
        let b = entry(&format!(
            "Nothing here about courts or balls at all. {REWORDED}"
        ));
        let rows = align_pair(&a, &b, &Config::default());
        assert!(
            rows.iter().all(|r| r.a.is_empty() || r.b.is_empty()),
            "{:?}",
            ops(&rows)
        );
        // Not in step: the reworded sentence is two places further on than its partner.
        let a = entry(&COPIED.join(" "));
        let b = entry(
            &[
                COPIED[0],
                ADDED,
                "Police closed two streets near the town hall.",
                REWORDED,
            ]
            .join(" "),
        );
        let rows = align_pair(&a, &b, &Config::default());
        assert!(
            !rows.iter().any(|r| r.a == [1] && !r.b.is_empty()),
            "{:?}",
            ops(&rows)
        );
    }

    #[test]
    fn empty_documents() {
        let rows = align_pair(&entry(""), &entry("One sentence here."), &Config::default());
        assert_eq!(ops(&rows), vec![(RowOp::BOnly, vec![], vec![0])]);
    }
}
