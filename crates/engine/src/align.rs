//! Pair alignment: the rows of a side-by-side view of two documents.
//!
//! 1. **Candidates.** An inverted index of B's content words finds, for each sentence of A,
//!    the sentences of B that share a word; only those are scored ([`crate::similarity`]),
//!    and the best [`MAX_CANDIDATES_PER_SENTENCE`] at or above the threshold are kept.
//! 2. **In-order chain.** Dynamic programming picks the order-preserving set of matches with
//!    the largest total score (a heaviest increasing chain, `O(M log M)` for `M` candidates
//!    with a Fenwick tree, so two long documents never build an `n × m` table).
//! 3. **Splits and joins.** An unmatched sentence next to a match whose partner it also
//!    matches joins that row, so one sentence may match two and vice versa.
//! 4. **Moves.** Sentences still unmatched that match each other at or above
//!    [`Config::effective_moved_threshold`] are paired as `moved`, best score first.
//! 5. **Rows.** Matches in order; between them A's leftovers then B's. A moved pair is two
//!    rows, one on each side, each naming its partner row.
//!
//! Invariant: every sentence of A appears in exactly one row's `a` and every sentence of B in
//! exactly one row's `b`, each side in its own order.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::corpus::Entry;
use crate::diff::{word_diff, WordDiff};
use crate::similarity::{score, Features};
use crate::{Config, Span};

/// Most candidate partners kept per sentence of A (best scores first).
pub const MAX_CANDIDATES_PER_SENTENCE: usize = 16;

/// A word shared by more than this many sentences of B (and more than
/// [`POSTINGS_SHARE`] of them) is too common to find candidates through.
pub const MIN_POSTINGS_CAP: usize = 64;

/// Share of B's sentences above which a word is too common to find candidates through.
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
}

/// Aligns document `a` with document `b`.
pub fn align_pair(a: &Entry, b: &Entry, config: &Config) -> Vec<Row> {
    let candidates = candidates(&a.features, &b.features, config.threshold);
    let scores: HashMap<(usize, usize), f32> =
        candidates.iter().map(|&(i, j, s)| ((i, j), s)).collect();
    let chain = heaviest_chain(&candidates, b.features.len());

    let mut groups: Vec<Group> = chain
        .iter()
        .map(|&(i, j, s)| Group {
            a: vec![i],
            b: vec![j],
            score: s,
        })
        .collect();
    join_neighbours(&mut groups, &scores, a.features.len(), b.features.len());

    let mut a_group = vec![None; a.features.len()];
    let mut b_group = vec![None; b.features.len()];
    for (g, group) in groups.iter().enumerate() {
        group.a.iter().for_each(|&i| a_group[i] = Some(g));
        group.b.iter().for_each(|&j| b_group[j] = Some(g));
    }
    let moves = find_moves(
        &candidates,
        &a_group,
        &b_group,
        config.effective_moved_threshold(),
    );
    build_rows(a, b, &groups, &moves)
}

/// A matched run of rows in the chain: consecutive sentences of A with consecutive of B.
#[derive(Clone, Debug)]
struct Group {
    a: Vec<usize>,
    b: Vec<usize>,
    score: f32,
}

/// Scored candidate pairs `(i, j, score)` at or above `threshold`, sorted by `(i, j)`.
fn candidates(a: &[Features], b: &[Features], threshold: f32) -> Vec<(usize, usize, f32)> {
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
    let mut by_fingerprint: HashMap<u64, Vec<u32>> = HashMap::new();
    for (j, f) in b.iter().enumerate() {
        for &key in &f.content {
            postings.entry(key).or_default().push(j as u32);
        }
        by_fingerprint
            .entry(f.fingerprint)
            .or_default()
            .push(j as u32);
    }
    let cap = MIN_POSTINGS_CAP.max((b.len() as f32 * POSTINGS_SHARE) as usize);
    let mut touched = Vec::new();
    let mut seen = vec![false; b.len()];
    let mut out = Vec::new();
    for (i, f) in a.iter().enumerate() {
        let exact = by_fingerprint
            .get(&f.fingerprint)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let lists = f
            .content
            .iter()
            .filter_map(|k| postings.get(k))
            .filter(|list| list.len() <= cap)
            .map(Vec::as_slice);
        for list in std::iter::once(&exact[..exact.len().min(cap)]).chain(lists) {
            for &j in list {
                if !seen[j as usize] {
                    seen[j as usize] = true;
                    touched.push(j as usize);
                }
            }
        }
        let mut found: Vec<(usize, usize, f32)> = touched
            .drain(..)
            .filter_map(|j| {
                seen[j] = false;
                let s = score(f, &b[j]);
                (s >= threshold && s > 0.0).then_some((i, j, s))
            })
            .collect();
        found.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.1.cmp(&y.1)));
        found.truncate(MAX_CANDIDATES_PER_SENTENCE);
        found.sort_by_key(|&(_, j, _)| j);
        out.extend(found);
    }
    out
}

/// The order-preserving subset of `candidates` (sorted by `(i, j)`) with the largest total
/// score: strictly increasing in both `i` and `j`.
fn heaviest_chain(candidates: &[(usize, usize, f32)], b_len: usize) -> Vec<(usize, usize, f32)> {
    let mut tree = MaxFenwick::new(b_len);
    let mut best = vec![0.0f32; candidates.len()];
    let mut back: Vec<Option<usize>> = vec![None; candidates.len()];
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
            tree.update(candidates[m].1, best[m], m);
        }
        start = end;
    }
    let mut at = (0..candidates.len()).max_by(|&x, &y| best[x].total_cmp(&best[y]).then(y.cmp(&x)));
    let mut chain = Vec::new();
    while let Some(m) = at {
        chain.push(candidates[m]);
        at = back[m];
    }
    chain.reverse();
    chain
}

/// Prefix maximum over `j` of (chain score, candidate index).
struct MaxFenwick {
    tree: Vec<(f32, Option<usize>)>,
}

impl MaxFenwick {
    fn new(len: usize) -> Self {
        MaxFenwick {
            tree: vec![(0.0, None); len + 1],
        }
    }

    /// Best chain ending at any `j' < j`.
    fn query(&self, j: usize) -> (f32, Option<usize>) {
        let mut best = (0.0, None);
        let mut k = j;
        while k > 0 {
            if self.tree[k].0 > best.0 {
                best = self.tree[k];
            }
            k &= k - 1;
        }
        best
    }

    fn update(&mut self, j: usize, value: f32, index: usize) {
        let mut k = j + 1;
        while k < self.tree.len() {
            if value > self.tree[k].0 {
                self.tree[k] = (value, Some(index));
            }
            k += k & k.wrapping_neg();
        }
    }
}

/// Lets an unmatched sentence join the neighbouring row whose single partner it matches,
/// first on A's side, then on B's.
fn join_neighbours(
    groups: &mut [Group],
    scores: &HashMap<(usize, usize), f32>,
    a_len: usize,
    b_len: usize,
) {
    join_side(
        groups,
        a_len,
        |g| &mut g.a,
        |g| &g.b,
        |own, other| scores.contains_key(&(own, other)),
    );
    join_side(
        groups,
        b_len,
        |g| &mut g.b,
        |g| &g.a,
        |own, other| scores.contains_key(&(other, own)),
    );
}

/// [`join_neighbours`] for one side: `own` gives a group's sentences on this side, `other` on
/// the other side, and `matches(own, other)` whether two sentences are a candidate pair.
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

/// Pairs of unmatched sentences that match strongly: `(i, j, score)`, best first, each
/// sentence used once.
fn find_moves(
    candidates: &[(usize, usize, f32)],
    a_group: &[Option<usize>],
    b_group: &[Option<usize>],
    min_score: f32,
) -> Vec<(usize, usize, f32)> {
    let mut open: Vec<(usize, usize, f32)> = candidates
        .iter()
        .copied()
        .filter(|&(i, j, s)| a_group[i].is_none() && b_group[j].is_none() && s >= min_score)
        .collect();
    open.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
    let mut a_used = vec![false; a_group.len()];
    let mut b_used = vec![false; b_group.len()];
    let mut moves = Vec::new();
    for (i, j, s) in open {
        if !a_used[i] && !b_used[j] {
            a_used[i] = true;
            b_used[j] = true;
            moves.push((i, j, s));
        }
    }
    moves
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

fn build_rows(a: &Entry, b: &Entry, groups: &[Group], moves: &[(usize, usize, f32)]) -> Vec<Row> {
    // Each move's diff is computed once and shown on both of its rows.
    let mut a_move: HashMap<usize, usize> = HashMap::new();
    let mut b_move: HashMap<usize, usize> = HashMap::new();
    let move_diffs: Vec<WordDiff> = moves
        .iter()
        .enumerate()
        .map(|(m, &(i, j, _))| {
            a_move.insert(i, m);
            b_move.insert(j, m);
            diff_of(a, &[i], b, &[j])
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
        for i in next_a..until_a {
            rows.push(match a_move.get(&i) {
                Some(&m) => {
                    move_rows[m].0 = rows.len();
                    moved_row(vec![i], vec![], moves[m].2, move_diffs[m].clone())
                }
                None => one_sided(RowOp::AOnly, vec![i], vec![]),
            });
        }
        for j in next_b..until_b {
            rows.push(match b_move.get(&j) {
                Some(&m) => {
                    move_rows[m].1 = rows.len();
                    moved_row(vec![], vec![j], moves[m].2, move_diffs[m].clone())
                }
                None => one_sided(RowOp::BOnly, vec![], vec![j]),
            });
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
        });
        next_a = group.a[group.a.len() - 1] + 1;
        next_b = group.b[group.b.len() - 1] + 1;
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
    }
}

fn one_sided(op: RowOp, a: Vec<usize>, b: Vec<usize>) -> Row {
    Row {
        op,
        a,
        b,
        score: 0.0,
        partner: None,
        diff: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

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

    #[test]
    fn empty_documents() {
        let rows = align_pair(&entry(""), &entry("One sentence here."), &Config::default());
        assert_eq!(ops(&rows), vec![(RowOp::BOnly, vec![], vec![0])]);
    }
}
