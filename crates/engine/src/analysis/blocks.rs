//! Reused blocks: the regions of one document that another reuses, as a reader of copied text
//! thinks of them ("paragraphs 3–9 of B are A's paragraphs 2–8, lightly edited").
//!
//! A block joins the matched rows of a pair's alignment ([`crate::analysis::align`]) that follow
//! each other on both sides, across gaps of at most [`MAX_BLOCK_GAP`] unmatched sentences on
//! each side (a sentence an outlet added or dropped inside copied text), or of at most
//! [`MAX_CONDENSED_GAP`] on one side where the other has none or a sentence or two of its own
//! that sum up the other side's (a summary: at most [`MAX_BLOCK_GAP`] against
//! [`CONDENSED_RATIO`] times as many, their content words shared); page furniture and
//! fragments of fewer than [`MIN_GAP_SENTENCE_WORDS`] words in a gap do not count. In-order
//! rows (`equal`, `changed`) form blocks in reading order; moved rows form blocks of their
//! own, of consecutive moved sentences whose partners are consecutive too, with only unmatched
//! sentences between them. A moved row ends the in-order block it falls in
//! (on either side), since its text is reused elsewhere: a paragraph moved out of a copied run
//! splits the run around it. The one exception is a local reordering, a move across at most
//! [`MAX_BLOCK_GAP`] matched sentences on each side (two sentences swapped), all of them one
//! in-order block's: that is an edit inside the block, which holds it (reaching to it when it
//! lies just past the block's first or last matched row), and it forms no block of its own.
//! Nor does a move too slight to be reuse on its own (fewer than [`MIN_BLOCK_KEPT_WORDS`]
//! words kept: a two-word line that matches a heading elsewhere) end the block it falls in:
//! there its sentences count as unmatched.
//! Where the reuse starts or stops inside a sentence, the block is trimmed to the first and last
//! run of shared words of its first and last rows that holds a content word (a lone shared
//! `the` before the copied text does not move the edge).
//!
//! Those are the *parts* of reuse ([`block_parts`]). Parts that lie near each other on both
//! sides, at most [`MAX_JOIN_GAP`] sentences apart in either order (see `joinable`), are one
//! region reused with its sentences or paragraphs reordered or rewritten beyond matching (an
//! obfuscated copy, two paragraphs swapped), and are joined into one block
//! ([`join_reordered`]) unless another part lies inside the region, the region keeps less
//! than [`MIN_JOINED_KEPT`] of its words, or the sentences between the parts share too few
//! words ([`MIN_GAP_SHARED`]) to be one text rewritten. Last comes the evidence rule: a block
//! that keeps fewer than [`MIN_BLOCK_KEPT_WORDS`] words of A unchanged (a shared heading, a
//! name, a stock line) is no evidence of reuse and is not reported.
//!
//! Invariants (checked by property tests): a part's ranges lie inside the two texts; no two
//! parts, of either kind, overlap on either side; in-order parts are in reading order; a
//! part's first and last rows are matched rows of its kind (for an in-order part, possibly
//! a moved row of a swap it holds), and between them lie only its own matched rows and gaps of
//! unmatched sentences (or of slight moves). A block spans exactly the parts it joins, each
//! part lies wholly inside
//! one block or outside all of them, no two blocks overlap on either side, and every block
//! keeps at least [`MIN_BLOCK_KEPT_WORDS`] words.

use crate::analysis::align::{Row, RowOp};
use crate::base::hash::Key;
use crate::base::Span;
use crate::corpus::Entry;
use crate::lang::Language;
use crate::matching::diff::{Piece, PieceOp, WordDiff};

/// Most unmatched sentences on each side between two matched rows of one block.
pub const MAX_BLOCK_GAP: usize = 2;

/// Fewest words of an unmatched sentence that counts toward a gap (see `counted`).
pub const MIN_GAP_SENTENCE_WORDS: usize = 4;

/// Most unmatched sentences on one side between two matched rows of one block when the other
/// side has none there: a summary condenses several sentences of its source into consecutive
/// ones. A summary of a news report's page (four or five sentences) draws on a source of
/// twenty or more: measured on the PAN 2013 text-alignment *training* corpus, summaries
/// score plagdet 0.214 at 6, 0.269 at 12, 0.290 at 16, 0.319 at 24 and 0.328 at 40, with the
/// other kinds unchanged to ±0.002 up to 24 (their precision falling beyond); the seeds' blocks
/// are the same at every value.
pub const MAX_CONDENSED_GAP: usize = 24;

/// Least ratio of the sentences on the larger side of a gap to those on the smaller for a
/// gap with sentences on both sides to be a summary's (see `bridges`): a summary's sentence
/// or two of its own stand where its source has several times as many. On the PAN 2013
/// *training* corpus, bridging such gaps takes summaries from plagdet 0.336 to 0.409 (0.414
/// at 3, where two reports of one event on the seeds, a headline and a quote three sentences
/// apart, become one block keeping 15% of its words); the other kinds move by ±0.002.
pub const CONDENSED_RATIO: usize = 4;

/// Most sentences between two parts of reuse, on each side, for them to be one block: parts
/// that lie next to each other in both texts, in whatever order, are one region reused with
/// its sentences or paragraphs reordered (an obfuscated copy, two paragraphs swapped).
pub const MAX_JOIN_GAP: usize = 4;

/// Fewest words of A a block must keep unchanged in B to be reported: a heading or a name that
/// two texts share ("Neil Young", "Search Engine Optimization") is no evidence of reuse.
pub const MIN_BLOCK_KEPT_WORDS: usize = 10;

/// Least share of its words a block joined of several parts must keep unchanged: below it the
/// parts are too far apart for what lies between them to be one region reused (two news
/// reports that share their headline's words and one quote four sentences later).
pub const MIN_JOINED_KEPT: f32 = 0.2;

/// Least share of the content words between a joined block's parts (of the side with fewer)
/// that the other side's sentences between them must hold too ([`gaps_agree`]).
pub const MIN_GAP_SHARED: f32 = 0.2;

/// A region of A reused in B.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Block {
    /// Its bytes in A's text, trimmed to the shared words at its edges.
    pub a: Span,
    /// Its bytes in B's text.
    pub b: Span,
    /// First and last row of the block: for a moved block, its A-side rows; for an in-order
    /// block, every row of it (a swap at its edge may put a moved row there).
    pub rows: [usize; 2],
    /// For a moved block: the first and last of its B-side rows.
    pub partner_rows: Option<[usize; 2]>,
    /// First and last sentence of A in the block.
    pub a_sentences: [usize; 2],
    /// First and last sentence of B in the block.
    pub b_sentences: [usize; 2],
    /// Words of A in the block (matched rows and gaps, not furniture).
    pub words: usize,
    /// Share of those words that B keeps unchanged, in `[0, 1]`.
    pub kept: f32,
    /// Number of those words that B keeps unchanged (`kept` of `words`).
    pub kept_words: usize,
}

impl Block {
    /// Whether the block was moved (matched outside the reading order).
    pub fn moved(&self) -> bool {
        self.partner_rows.is_some()
    }

    /// Sentences of A in the block.
    pub fn sentences(&self) -> usize {
        self.a_sentences[1] + 1 - self.a_sentences[0]
    }
}

/// The reused blocks of documents `a` and `b` from their alignment `rows`: the parts of reuse
/// ([`block_parts`]) that lie next to each other on both sides joined ([`join_reordered`]),
/// and those with fewer than [`MIN_BLOCK_KEPT_WORDS`] words kept left out. In-order blocks
/// come in reading order, then moved blocks in A's order; no block overlaps another on either
/// side.
pub fn reused_blocks(a: &Entry, b: &Entry, rows: &[Row]) -> Vec<Block> {
    let mut blocks = join_reordered(a, b, &block_parts(a, b, rows));
    blocks.retain(|k| k.kept_words >= MIN_BLOCK_KEPT_WORDS);
    blocks
}

/// The parts of reuse of documents `a` and `b` from their alignment `rows`: runs of in-order
/// rows across small gaps in reading order, then groups of moved rows in A's order (see the
/// module's notes). No part overlaps another on either side.
pub fn block_parts(a: &Entry, b: &Entry, rows: &[Row]) -> Vec<Block> {
    // Moved: A-side rows whose partners follow each other in B too.
    let groups = moved_groups(rows);
    let mut group_of: Vec<Option<usize>> = vec![None; rows.len()];
    for (g, (a_rows, b_rows)) in groups.iter().enumerate() {
        for &r in a_rows.iter().chain(b_rows) {
            group_of[r] = Some(g);
        }
    }
    // A move across a sentence or two of in-order text (two sentences swapped) is an edit
    // inside the block whose matched rows it crosses (or, crossing none, that it lies inside),
    // which then reaches to the move's rows at its edges. Every other move ends the in-order
    // block it would sit in, so that no block spans a sentence that another block holds.
    // Dropping a move from the absorbed ones only splits blocks, so this settles within one
    // pass per move.
    let mut absorbed: Vec<bool> = groups.iter().map(|g| local(rows, g)).collect();
    // A move that keeps too few words to be reuse on its own (a two-word line that matches a
    // heading elsewhere) is no evidence that the text around it was taken from elsewhere: it
    // ends no block and forms none, and its sentences count as unmatched in a gap.
    let slight: Vec<bool> = groups
        .iter()
        .map(|(a_rows, b_rows)| {
            block(a, b, rows, a_rows, b_rows, true).kept_words < MIN_BLOCK_KEPT_WORDS
        })
        .collect();
    let (runs, home) = loop {
        let runs = in_order_runs(a, b, rows, |r| {
            group_of[r].is_some_and(|g| absorbed[g] || slight[g])
        });
        // The run that holds each absorbed move.
        let home: Vec<Option<usize>> = (0..groups.len())
            .map(|g| absorbed[g].then(|| home_of(rows, &runs, g, &groups[g], &group_of)))
            .map(Option::flatten)
            .collect();
        let mut settled = true;
        for g in 0..groups.len() {
            if absorbed[g] && home[g].is_none() {
                absorbed[g] = false;
                settled = false;
            }
        }
        if settled {
            break (runs, home);
        }
    };
    let mut blocks = Vec::new();
    for (i, run) in runs.iter().enumerate() {
        // Its matched rows and the moves it holds (their words count as kept where B keeps
        // them), each side's rows apart.
        let mine = |r: usize| {
            matches!(rows[r].op, RowOp::Equal | RowOp::Changed)
                || group_of[r].is_some_and(|g| home[g] == Some(i))
        };
        let mut span = [run[0], run[run.len() - 1]];
        for (g, (a_rows, b_rows)) in groups.iter().enumerate() {
            if home[g] == Some(i) {
                for &r in a_rows.iter().chain(b_rows) {
                    span = [span[0].min(r), span[1].max(r)];
                }
            }
        }
        let (mut a_rows, mut b_rows) = (Vec::new(), Vec::new());
        for r in (span[0]..=span[1]).filter(|&r| mine(r)) {
            if !rows[r].a.is_empty() {
                a_rows.push(r);
            }
            if !rows[r].b.is_empty() {
                b_rows.push(r);
            }
        }
        let mut k = block(a, b, rows, &a_rows, &b_rows, false);
        k.rows = span;
        blocks.push(k);
    }
    // Inside a run's span a slight move is a gap of it; elsewhere it is a part (which may
    // still join a part beside it).
    let inside_a_run = |r: &usize| {
        let i = runs.partition_point(|run| run[0] <= *r);
        i > 0 && *r <= runs[i - 1][runs[i - 1].len() - 1]
    };
    for (g, (a_rows, b_rows)) in groups.iter().enumerate() {
        let swallowed = slight[g] && a_rows.iter().chain(b_rows).any(inside_a_run);
        if !absorbed[g] && !swallowed {
            blocks.push(block(a, b, rows, a_rows, b_rows, true));
        }
    }
    blocks
}

/// Parts of reuse (as [`block_parts`] gives them) joined where they lie next to each other on
/// both sides: two parts at most [`MAX_JOIN_GAP`] sentences apart in A and in B, in either
/// order, are one region (joined transitively). A group is joined only when the region it
/// spans on each side holds no part of another group, so blocks never overlap, and only when
/// the joined block keeps at least [`MIN_JOINED_KEPT`] of its words and the sentences
/// between its parts agree ([`gaps_agree`]). The joined
/// block spans its parts and the sentences between them (their words count as not kept); it is
/// moved when all its parts are, and then keeps its rows on each side apart. In-order blocks
/// come first in reading order, then moved ones in A's order.
pub fn join_reordered(a: &Entry, b: &Entry, parts: &[Block]) -> Vec<Block> {
    let n = parts.len();
    // Parts in A's order and in B's order (parts never overlap, so either order is by start
    // and by end alike).
    let order = |side: fn(&Block) -> [usize; 2]| {
        let mut starts: Vec<(usize, usize)> = (0..n).map(|k| (side(&parts[k])[0], k)).collect();
        starts.sort_unstable();
        starts.into_iter().map(|(_, k)| k).collect::<Vec<usize>>()
    };
    let (by_a, by_b) = (order(A_SENTENCES), order(B_SENTENCES));
    // Each part's group, as a link towards its first part (by index): joined parts link
    // their groups' first parts, the later to the earlier.
    let mut link: Vec<usize> = (0..n).collect();
    let first = |link: &[usize], mut k: usize| {
        while link[k] != k {
            k = link[k];
        }
        k
    };
    for (i, &x) in by_a.iter().enumerate() {
        for &y in &by_a[i + 1..] {
            if between(a, parts[x].a_sentences, parts[y].a_sentences) > MAX_JOIN_GAP {
                break;
            }
            if joinable(a, b, &parts[x], &parts[y]) {
                let (p, q) = (first(&link, x), first(&link, y));
                link[p.max(q)] = p.min(q);
            }
        }
    }
    let root: Vec<usize> = (0..n).map(|k| first(&link, k)).collect();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of = vec![usize::MAX; n];
    for &k in &by_a {
        if group_of[root[k]] == usize::MAX {
            group_of[root[k]] = groups.len();
            groups.push(Vec::new());
        }
        groups[group_of[root[k]]].push(k);
    }
    let mut blocks = Vec::with_capacity(groups.len());
    for group in groups {
        let hull = |side: fn(&Block) -> [usize; 2]| extent(group.iter().map(|&k| side(&parts[k])));
        let (a_hull, b_hull) = (hull(A_SENTENCES), hull(B_SENTENCES));
        // Any other group's part inside the region on either side keeps this group apart.
        let intrudes = |order: &[usize], side: fn(&Block) -> [usize; 2], hull: [usize; 2]| {
            let from = order.partition_point(|&k| side(&parts[k])[1] < hull[0]);
            order[from..]
                .iter()
                .take_while(|&&k| side(&parts[k])[0] <= hull[1])
                .any(|&k| root[k] != root[group[0]])
        };
        let apart = group.len() == 1
            || intrudes(&by_a, A_SENTENCES, a_hull)
            || intrudes(&by_b, B_SENTENCES, b_hull);
        let members: Vec<Block> = group.iter().map(|&k| parts[k]).collect();
        if apart {
            blocks.extend(members);
        } else {
            // Parts so far apart that the region keeps little of its words are not one reuse.
            let block = joined(a, &members, a_hull, b_hull);
            if block.kept < MIN_JOINED_KEPT || !gaps_agree(a, b, &members, a_hull, b_hull) {
                blocks.extend(members);
            } else {
                blocks.push(block);
            }
        }
    }
    // In-order blocks in reading order, then moved ones in A's order.
    crate::base::order::sort_by_key(&mut blocks, |k| (k.moved(), k.a_sentences[0]));
    blocks
}

/// Whether parts `x` and `y` are one region: at most [`MAX_JOIN_GAP`] sentences apart on each
/// side (sentences that count in a gap, [`counts`]), in either order, with gaps of about one
/// size (at most [`MAX_BLOCK_GAP`] more on one side) or a gap on one side only. Sentences an
/// outlet rewrote beyond matching stand on both sides; a paragraph the copy dropped (or added)
/// between two it swapped stands on one.
fn joinable(a: &Entry, b: &Entry, x: &Block, y: &Block) -> bool {
    let on_a = between(a, x.a_sentences, y.a_sentences);
    let on_b = between(b, x.b_sentences, y.b_sentences);
    on_a <= MAX_JOIN_GAP
        && on_b <= MAX_JOIN_GAP
        && (on_a.abs_diff(on_b) <= MAX_BLOCK_GAP || on_a.min(on_b) == 0)
}

/// Whether the sentences between parts `members` (those of hulls `a_hull` and `b_hull` that
/// no part holds) read as one text rewritten: where both sides have such sentences, at least
/// [`MIN_GAP_SHARED`] of the content words of the side with fewer are on the other side too.
/// A copy rewritten beyond matching keeps its names and topic words; two reports that
/// go their own ways between two shared sentences do not.
fn gaps_agree(
    a: &Entry,
    b: &Entry,
    members: &[Block],
    a_hull: [usize; 2],
    b_hull: [usize; 2],
) -> bool {
    words_agree(
        a,
        unheld(a_hull, |i| held_by(members, A_SENTENCES, i)),
        b,
        unheld(b_hull, |i| held_by(members, B_SENTENCES, i)),
    )
}

/// Whether sentences `on_a` of A and `on_b` of B read as one text rewritten: where both are
/// there, at least [`MIN_GAP_SHARED`] of the content words of the side with fewer are on
/// the other side too.
fn words_agree(
    a: &Entry,
    on_a: impl Iterator<Item = usize>,
    b: &Entry,
    on_b: impl Iterator<Item = usize>,
) -> bool {
    let (on_a, on_b) = (content_words(a, on_a), content_words(b, on_b));
    if on_a.is_empty() || on_b.is_empty() {
        return true;
    }
    let shared = on_a
        .iter()
        .filter(|k| on_b.binary_search(k).is_ok())
        .count();
    shared as f32 >= MIN_GAP_SHARED * on_a.len().min(on_b.len()) as f32
}

/// The content words of `entry`'s `sentences`, sorted, each once.
fn content_words(entry: &Entry, sentences: impl Iterator<Item = usize>) -> Vec<Key> {
    let mut keys: Vec<Key> = sentences
        .flat_map(|i| entry.features[i].content.iter().copied())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// One block of parts `members` (in A's order) that span sentences `a_hull` of A and
/// `b_hull` of B.
fn joined(a: &Entry, members: &[Block], a_hull: [usize; 2], b_hull: [usize; 2]) -> Block {
    let moved = members.iter().all(Block::moved);
    let ends = |side: &dyn Fn(&Block) -> [usize; 2]| extent(members.iter().map(side));
    let span = |side: fn(&Block) -> Span| {
        let [start, end] = ends(&|k| side(k).pair());
        Span::new(start, end)
    };
    // Rows: an in-order block spans every row of its parts; a moved one keeps each side's.
    let rows = ends(&|k| match (moved, k.partner_rows) {
        (false, Some(p)) => extent([k.rows, p].into_iter()),
        _ => k.rows,
    });
    let partner_rows = moved.then(|| ends(&|k| k.partner_rows.unwrap_or(k.rows)));
    // Words: the parts' own, and every word of A's sentences between them.
    let words = members.iter().map(|k| k.words).sum::<usize>()
        + gap_words(a, a_hull, |i| held_by(members, A_SENTENCES, i));
    let kept_words: usize = members.iter().map(|k| k.kept_words).sum();
    Block {
        a: span(|k| k.a),
        b: span(|k| k.b),
        rows,
        partner_rows,
        a_sentences: a_hull,
        b_sentences: b_hull,
        words,
        kept: share(kept_words, words),
        kept_words,
    }
}

/// The run of matched in-order rows (of `runs`, in reading order) that holds moved group `g`
/// (its A-side and B-side rows), if one does: the matched rows the move crosses are the run's,
/// or, crossing none, the move lies strictly inside the run; beyond the run's first and last
/// rows lie only the move's own rows.
fn home_of(
    rows: &[Row],
    runs: &[Vec<usize>],
    g: usize,
    group: &(Vec<usize>, Vec<usize>),
    group_of: &[Option<usize>],
) -> Option<usize> {
    let all = || group.0.iter().chain(&group.1).copied();
    let (low, high) = (all().min()?, all().max()?);
    let matched = |r: &usize| matches!(rows[*r].op, RowOp::Equal | RowOp::Changed);
    let mut crossed = (low..=high).filter(matched).peekable();
    // The one run that can hold it: the last that starts at or before its first crossed row
    // (or, crossing none, before it).
    let anchor = crossed.peek().copied();
    let i = runs
        .partition_point(|run| run[0] <= anchor.unwrap_or(low))
        .checked_sub(1)?;
    let (first, last) = (runs[i][0], runs[i][runs[i].len() - 1]);
    // Past the run's edge: only the move's own rows, no more of them than a gap may hold.
    let beyond = |edge: std::ops::Range<usize>| {
        let sizes = (
            edge.clone().map(|r| rows[r].a.len()).sum(),
            edge.clone().map(|r| rows[r].b.len()).sum(),
        );
        edge.clone().all(|r| group_of[r] == Some(g)) && joins(sizes)
    };
    let held = match anchor {
        None => first < low && high < last,
        Some(_) => {
            crossed.all(|r| first <= r && r <= last)
                && beyond(low..first.max(low))
                && beyond(last + 1..(high + 1).max(last + 1))
        }
    };
    held.then_some(i)
}

/// Runs of matched in-order rows with small gaps between them, in reading order. A moved row
/// is part of a gap when `absorbed` says so, and otherwise ends the run.
fn in_order_runs(
    a: &Entry,
    b: &Entry,
    rows: &[Row],
    absorbed: impl Fn(usize) -> bool,
) -> Vec<Vec<usize>> {
    let mut runs = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    // The first row of the gap since the run's last row.
    let mut gap_start = 0;
    for (r, row) in rows.iter().enumerate() {
        match row.op {
            RowOp::Equal | RowOp::Changed => {
                if !run.is_empty() && !bridges(a, b, &rows[gap_start..r]) {
                    runs.push(std::mem::take(&mut run));
                }
                run.push(r);
                gap_start = r + 1;
            }
            RowOp::Moved if !absorbed(r) => {
                if !run.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
                gap_start = r + 1;
            }
            _ => {}
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// Whether the gap of rows `between` (unmatched sentences, and moves a block holds or that
/// are slight) lies inside one block: counting its sentences on each side ([`counted`]), it
/// is small on both sides or on one ([`joins`]), or it is a summary's: a sentence or two of
/// its own (at most [`MAX_BLOCK_GAP`]) where the other side has [`CONDENSED_RATIO`] times as
/// many or more (up to [`MAX_CONDENSED_GAP`]), whose words the sentences it condenses hold
/// ([`words_agree`]).
fn bridges(a: &Entry, b: &Entry, between: &[Row]) -> bool {
    let gap = between.iter().fold((0, 0), |(on_a, on_b), row| {
        (on_a + counted(a, &row.a), on_b + counted(b, &row.b))
    });
    let (small, large) = (gap.0.min(gap.1), gap.0.max(gap.1));
    joins(gap)
        || (small <= MAX_BLOCK_GAP
            && large >= CONDENSED_RATIO * small
            && large <= MAX_CONDENSED_GAP
            && words_agree(
                a,
                between.iter().flat_map(|row| row.a.iter().copied()),
                b,
                between.iter().flat_map(|row| row.b.iter().copied()),
            ))
}

/// The moved rows in groups of consecutive moved sentences whose partners are consecutive
/// too: each group's A-side rows and their partners (B-side rows), in A's order.
fn moved_groups(rows: &[Row]) -> Vec<(Vec<usize>, Vec<usize>)> {
    let mut moved: Vec<(usize, usize)> = rows
        .iter()
        .enumerate()
        .filter(|(_, row)| row.op == RowOp::Moved && !row.a.is_empty())
        .filter_map(|(r, row)| row.partner.map(|p| (r, p)))
        .collect();
    moved.sort_unstable();
    let mut groups = Vec::new();
    let mut start = 0;
    while start < moved.len() {
        let mut end = start + 1;
        while end < moved.len() && follows(rows, moved[end - 1], moved[end]) {
            end += 1;
        }
        groups.push(moved[start..end].iter().copied().unzip());
        start = end;
    }
    groups
}

/// Whether moved group `group` (its A-side rows and B-side rows) crosses at most
/// [`MAX_BLOCK_GAP`] sentences of matched in-order text on each side: a local reordering.
fn local(rows: &[Row], group: &(Vec<usize>, Vec<usize>)) -> bool {
    let all = || group.0.iter().chain(&group.1).copied();
    let (Some(low), Some(high)) = (all().min(), all().max()) else {
        return false;
    };
    let crossed = rows[low..=high]
        .iter()
        .filter(|row| matches!(row.op, RowOp::Equal | RowOp::Changed));
    let (mut on_a, mut on_b) = (0, 0);
    for row in crossed {
        on_a += row.a.len();
        on_b += row.b.len();
    }
    on_a <= MAX_BLOCK_GAP && on_b <= MAX_BLOCK_GAP
}

/// Whether matched rows this far apart (`(A's sentences, B's sentences)` between them) belong
/// to one block.
fn joins(gap: (usize, usize)) -> bool {
    let (small, large) = (gap.0.min(gap.1), gap.0.max(gap.1));
    large <= MAX_BLOCK_GAP || (small == 0 && large <= MAX_CONDENSED_GAP)
}

/// Sentences between two ranges of sentences of `entry` (in either order) that count toward
/// a gap ([`counted`]).
fn between(entry: &Entry, p: [usize; 2], q: [usize; 2]) -> usize {
    let range = if p[1] < q[0] {
        p[1] + 1..q[0]
    } else {
        q[1] + 1..p[0]
    };
    range.filter(|&i| counts(entry, i)).count()
}

/// Whether sentence `i` of `entry` counts toward a gap: neither furniture nor a fragment of
/// fewer than [`MIN_GAP_SENTENCE_WORDS`] words.
fn counts(entry: &Entry, i: usize) -> bool {
    !entry.furniture[i] && entry.features[i].words >= MIN_GAP_SENTENCE_WORDS
}

/// Sentences of `indices` that count toward a gap ([`counts`]).
fn counted(entry: &Entry, indices: &[usize]) -> usize {
    indices.iter().filter(|&&i| counts(entry, i)).count()
}

/// Whether moved pair `next` continues moved pair `previous` (`(A-side row, B-side row)`):
/// both sides follow within [`MAX_BLOCK_GAP`] sentences, and the sentences between them on
/// each side are unmatched (so the block spans none that another block holds).
fn follows(rows: &[Row], previous: (usize, usize), next: (usize, usize)) -> bool {
    let after = |side: fn(&Row) -> &[usize], from: usize, to: usize, one_sided: RowOp| match (
        side(&rows[from]).last(),
        side(&rows[to]).first(),
    ) {
        (Some(&x), Some(&y)) => {
            y > x
                && y - x - 1 <= MAX_BLOCK_GAP
                && rows[from + 1..to]
                    .iter()
                    .all(|row| side(row).is_empty() || row.op == one_sided)
        }
        _ => false,
    };
    after(|row| &row.a, previous.0, next.0, RowOp::AOnly)
        && after(|row| &row.b, previous.1, next.1, RowOp::BOnly)
}

/// The block of rows `a_rows` (those holding its sentences of A) and `b_rows` (those holding
/// its sentences of B): for a moved block, its A-side rows and their partners. Every row of a
/// moved pair carries the pair's word diff, so each side is trimmed on its own rows.
fn block(
    a: &Entry,
    b: &Entry,
    rows: &[Row],
    a_rows: &[usize],
    b_rows: &[usize],
    moved: bool,
) -> Block {
    let ends = |side: &[usize]| (side[0], side[side.len() - 1]);
    let ((first, last), (b_first_row, b_last_row)) = (ends(a_rows), ends(b_rows));
    let (first_a, last_a) = (rows[first].a[0], rows[last].a[rows[last].a.len() - 1]);
    let (b_first, b_last) = (&rows[b_first_row].b, &rows[b_last_row].b);
    let (first_b, last_b) = (b_first[0], b_last[b_last.len() - 1]);
    // One side's span, trimmed to the shared words of its first and last rows.
    let span = |entry: &Entry,
                sentences: (usize, usize),
                (first, last): (usize, usize),
                pieces: fn(&WordDiff) -> &[Piece]| {
        let edge_of = |row: usize, from_end: bool| {
            let diff = rows[row].diff.as_ref()?;
            edge(pieces(diff), entry, from_end)
        };
        let start = edge_of(first, false).unwrap_or(entry.sentences[sentences.0].span.start);
        let end = edge_of(last, true).unwrap_or(entry.sentences[sentences.1].span.end);
        Span::new(start, end.max(start))
    };
    let a_span = span(a, (first_a, last_a), (first, last), |d| &d.a);
    let b_span = span(b, (first_b, last_b), (b_first_row, b_last_row), |d| &d.b);
    // Words of A: shared ones from the diffs of the matched rows, all of them in the gaps.
    let (mut kept, mut words) = (0, 0);
    for &r in a_rows {
        if let Some(diff) = &rows[r].diff {
            for piece in &diff.a {
                let n = a
                    .words_within(Span::new(piece.range[0], piece.range[1]))
                    .len();
                words += n;
                if piece.op == PieceOp::Equal {
                    kept += n;
                }
            }
        }
    }
    words += gap_words(a, [first_a, last_a], |i| {
        a_rows.iter().any(|&r| rows[r].a.contains(&i))
    });
    Block {
        a: a_span,
        b: b_span,
        rows: [first, last],
        partner_rows: moved.then_some([b_first_row, b_last_row]),
        a_sentences: [first_a, last_a],
        b_sentences: [first_b, last_b],
        words,
        kept: share(kept, words),
        kept_words: kept,
    }
}

/// A block's sentences of A, and of B (for the helpers that take either side).
const A_SENTENCES: fn(&Block) -> [usize; 2] = |k| k.a_sentences;
const B_SENTENCES: fn(&Block) -> [usize; 2] = |k| k.b_sentences;

/// The least first and greatest last of `ranges` (`[first, last]` each; `[0, 0]` of none).
fn extent(ranges: impl Iterator<Item = [usize; 2]>) -> [usize; 2] {
    ranges
        .reduce(|x, y| [x[0].min(y[0]), x[1].max(y[1])])
        .unwrap_or([0, 0])
}

/// Whether sentence `i` lies in one of `parts` on the side `side` gives.
fn held_by(parts: &[Block], side: fn(&Block) -> [usize; 2], i: usize) -> bool {
    parts.iter().any(|k| side(k)[0] <= i && i <= side(k)[1])
}

/// The sentences of `range` (`[first, last]`) that `held` does not claim: the gaps between
/// the rows or parts of a block.
fn unheld(range: [usize; 2], held: impl Fn(usize) -> bool) -> impl Iterator<Item = usize> {
    (range[0]..=range[1]).filter(move |&i| !held(i))
}

/// Words of `entry`'s sentences in `range` that `held` does not claim, page furniture not
/// counted: what a block holds besides its rows or parts.
fn gap_words(entry: &Entry, range: [usize; 2], held: impl Fn(usize) -> bool) -> usize {
    unheld(range, held)
        .filter(|&i| !entry.furniture[i])
        .map(|i| entry.sentence_words(i))
        .sum()
}

/// `part` of `whole` as a share in `[0, 1]` (0 of nothing).
fn share(part: usize, whole: usize) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 / whole as f32
    }
}

/// Where the shared words of one side of a diff start (or, `from_end`, end): the first (last)
/// equal piece holding a content word, from its first (to its last) word. `entry` is that
/// side's document: its words, found by position, say which are content words.
fn edge(pieces: &[Piece], entry: &Entry, from_end: bool) -> Option<usize> {
    let lang = Language::default().tables();
    let words = |p: &Piece| entry.words_within(Span::new(p.range[0], p.range[1]));
    let mut shared = pieces.iter().filter(|p| {
        p.op == PieceOp::Equal && words(p).iter().any(|w| !lang.is_stopword_key(w.key))
    });
    let piece = if from_end {
        shared.next_back()
    } else {
        shared.next()
    }?;
    let in_piece = words(piece);
    if from_end {
        in_piece.last().map(|w| w.span().end)
    } else {
        in_piece.first().map(|w| w.span().start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::align::align_pair;
    use crate::base::Config;
    use crate::text::Document;

    /// Texts `a` and `b` prepared and aligned at the default settings.
    fn aligned(a: &str, b: &str) -> (Entry, Entry, Vec<Row>) {
        let (ea, eb) = (
            Entry::new(Document::parse("a", a)),
            Entry::new(Document::parse("b", b)),
        );
        let rows = align_pair(&ea, &eb, &Config::default());
        (ea, eb, rows)
    }

    fn blocks_of(a: &str, b: &str) -> Vec<(String, String, usize, bool)> {
        let (ea, eb, rows) = aligned(a, b);
        reused_blocks(&ea, &eb, &rows)
            .into_iter()
            .map(|k| {
                (
                    k.a.of(a).to_string(),
                    k.b.of(b).to_string(),
                    k.sentences(),
                    k.moved(),
                )
            })
            .collect()
    }

    /// The one block of `a` reused in `b` (as [`blocks_of`] shows it); fails unless there is
    /// exactly one.
    fn only_block(a: &str, b: &str) -> (String, String, usize, bool) {
        let mut got = blocks_of(a, b);
        assert_eq!(got.len(), 1, "{got:?}");
        got.remove(0)
    }

    const COPIED: &str = "The council approved the budget on Monday after a long debate. Schools will get four new teachers next year. The library will open on Sundays from March. Road repairs take the largest share of the money.";

    #[test]
    fn copied_sentences_across_a_small_gap_are_one_block() {
        let b = "Headline\n\nOur own opening sentence is here. The council approved the budget on Monday after a long debate. Schools will get four new teachers next year. An added sentence from the second outlet. The library will open on Sundays from March. Road repairs take the largest share of the money. A closing line of our own.";
        let one = only_block(COPIED, b);
        assert_eq!(one.0, COPIED.trim_end_matches('.'));
        assert_eq!(one.2, 4);
    }

    #[test]
    fn a_block_is_trimmed_to_where_the_shared_words_start_and_end() {
        let b = "Critics said the council approved the budget on Monday after a long debate. Schools will get four new teachers next year, officials added today.";
        let one = only_block(COPIED, b);
        assert_eq!(
            one.1,
            "the council approved the budget on Monday after a long debate. Schools will get four new teachers next year"
        );
    }

    #[test]
    fn text_far_apart_forms_two_blocks_and_moved_text_its_own() {
        let a = "The council approved the budget on Monday after a long debate. Schools will get four new teachers next year. The library will open on Sundays from March. Road repairs take the largest share of the money in every district of the city.";
        let b = "The council approved the budget on Monday after a long debate. Schools will get four new teachers next year. One. Two sentences of ours. Three of ours here. And a fourth of ours. Road repairs take the largest share of the money in every district of the city.";
        let got = blocks_of(a, b);
        assert_eq!(got.len(), 2, "{got:?}");
        let moved = "Road repairs take the largest share of the money in every district of the city. Our own sentence comes next. Then a second one of ours. A third of ours follows. And a fourth one here. The council approved the budget on Monday after a long debate. Schools will get four new teachers next year.";
        let got = blocks_of(a, moved);
        assert!(got.iter().any(|k| k.3), "no moved block: {got:?}");
    }

    #[test]
    fn a_shared_quote_far_from_a_shared_headline_is_not_one_region() {
        // Two reports of one event share a few headline words and, four sentences on, a
        // quote: no reused region spans the reporting between them.
        let a = "Council passes the city budget after a long and bitter debate on Monday night.\n\nMembers argued for six hours over road money. The vote was close. Two members walked out in protest. The opposition leader said the plan ignored the suburbs.\n\n\"This budget puts every district first and leaves nobody behind,\" the mayor told reporters outside the hall.";
        let b = "City budget passes after a long debate about roads and schools.\n\nResidents packed the public gallery. Many held signs about bus routes. A school choir sang before the session. Police kept the entrance clear.\n\n\"This budget puts every district first and leaves nobody behind,\" the mayor told reporters outside the hall.";
        let one = only_block(a, b);
        assert_eq!(one.2, 1, "{one:?}");
    }

    #[test]
    fn a_summary_of_a_long_passage_is_one_block() {
        // Three consecutive sentences of B each carry one sentence of A, ten sentences apart.
        let filler = |n: usize| -> String {
            (0..n)
                .map(|k| format!("Filler line number {k} talks about weather {k} and tides. "))
                .collect()
        };
        let a = format!(
            "An oil tanker ran aground on a reef on Friday and spilled millions of gallons of crude. {}No injuries were reported among the twenty people aboard the ship that night. {}Residents complained bitterly about the slow pace of the cleanup along the coast.",
            filler(10),
            filler(10)
        );
        let b = "An oil tanker ran aground on a reef on Friday and spilled millions of gallons of crude. No injuries were reported among the twenty people aboard the ship that night. Residents complained bitterly about the slow pace of the cleanup along the coast.";
        let one = only_block(&a, b);
        assert_eq!((one.0.as_str(), one.2), (a.trim_end_matches('.'), 23));
        assert_eq!(one.1, b.trim_end_matches('.'));
    }

    #[test]
    fn a_summary_with_a_sentence_of_its_own_between_copied_ones_is_one_block() {
        // B copies A's first and last sentences and sums up the five between them in one
        // sentence of its own (in their words): one region condensed, not two findings.
        let a = "The council approved the budget on Monday after a long debate. Schools will get four new teachers next year. The library will open on Sundays from March. Road repairs take the largest share of the money. The mayor called the plan fair to every district. Opposition members voted against the new parking fees. The budget takes effect in July.";
        let b = "The council approved the budget on Monday after a long debate. Teachers, Sunday library hours and road repairs get money under a plan the mayor called fair, though the opposition fought the parking fees. The budget takes effect in July.";
        let one = only_block(a, b);
        assert_eq!((one.2, one.3), (7, false), "{one:?}");
    }

    #[test]
    fn a_short_shared_line_is_no_block() {
        // A heading two texts share, and one short sentence: too few words kept to be reuse.
        let a = "Neil Young\n\nThe singer released a new album of old songs on Friday.";
        let b = "Neil Young\n\nCritics were divided over the tour that starts in May.";
        assert!(blocks_of(a, b).is_empty(), "{:?}", blocks_of(a, b));
    }

    /// The three paragraphs of [`SOURCE`], by number, for copies that reorder them.
    macro_rules! paragraph {
        (1) => {
            "The council approved the budget on Monday after a long debate. Schools will get four new teachers next year. The library will open on Sundays from March."
        };
        (2) => {
            "Road repairs take the largest share of the money. The mayor called the plan fair to every district."
        };
        (3) => {
            "Opposition members voted against the new parking fees. A public hearing on the fees is set for April. The budget takes effect in July."
        };
    }

    /// Eight sentences in three paragraphs; the second paragraph is the one that moves.
    const SOURCE: &str = concat!(paragraph!(1), "\n\n", paragraph!(2), "\n\n", paragraph!(3));

    #[test]
    fn a_paragraph_moved_far_out_of_a_copied_run_splits_the_run_around_it() {
        // B copies A but puts its second paragraph at the end, after text of its own. Before
        // blocks could nest, the in-order block ran over the whole of A (the moved paragraph a
        // gap in it) and the moved block lay inside it: two claims on the same sentences.
        let b = concat!(
            paragraph!(1),
            "\n\n",
            paragraph!(3),
            "\n\nOur reporter asked residents what they thought. Most had not heard of the plan. A few said it was overdue. One shop owner said he would wait and see. Another said nothing at all.\n\n",
            paragraph!(2)
        );
        let got = blocks_of(SOURCE, b);
        let shown: Vec<(&str, usize, bool)> = got
            .iter()
            .map(|k| (k.0.split(' ').next().unwrap_or(""), k.2, k.3))
            .collect();
        assert_eq!(
            shown,
            [
                ("The", 3, false),
                ("Opposition", 3, false),
                ("Road", 2, true)
            ],
            "{got:?}"
        );
        assert_eq!(got[2].1, "Road repairs take the largest share of the money. The mayor called the plan fair to every district");
    }

    #[test]
    fn a_short_line_matched_far_away_does_not_split_a_copied_run() {
        // B's line "Budget news" is A's heading: a move too slight to be reuse on its own,
        // so the copied run around it stays one block (and the line forms none).
        let a = concat!("Budget news\n\n", paragraph!(1), "\n\n", paragraph!(3));
        let b = concat!(paragraph!(1), "\n\nBudget news\n\n", paragraph!(3));
        let one = only_block(a, b);
        assert_eq!((one.2, one.3), (6, false), "{one:?}");
    }

    #[test]
    fn fragments_in_a_gap_count_as_no_sentences() {
        // Where A has a sentence B dropped, B has four fragments of a few words (an
        // obfuscated or badly extracted copy): a gap of one sentence, not of five.
        let a = "The council approved the budget on Monday after a long debate. Schools will get four new teachers next year. The mayor thanked the staff for their patient work. The library will open on Sundays from March. Road repairs take the largest share of the money.";
        let b = "The council approved the budget on Monday after a long debate. Schools will get four new teachers next year. Yes. Not now. Maybe so. Right then. The library will open on Sundays from March. Road repairs take the largest share of the money.";
        let one = only_block(a, b);
        assert_eq!((one.2, one.3), (5, false), "{one:?}");
    }

    #[test]
    fn neighbouring_paragraphs_swapped_are_one_block() {
        // The copy holds A's eight sentences in one region with two paragraphs in each
        // other's place: one region reused, reordered (its rows still say what moved).
        let b = concat!(paragraph!(1), "\n\n", paragraph!(3), "\n\n", paragraph!(2));
        let one = only_block(SOURCE, b);
        assert_eq!((one.2, one.3), (8, false), "{one:?}");
    }

    #[test]
    fn paragraphs_swapped_around_one_the_copy_dropped_are_one_block() {
        // B keeps A's first and last paragraphs in each other's place and drops the one
        // between them: one region reused, reordered, with a paragraph left out.
        let a = concat!(
            paragraph!(1),
            "\n\nResidents lined up to speak at the evening session. Several asked about bus routes in the north. The clerk read out written comments from three schools.\n\n",
            paragraph!(3)
        );
        let b = concat!(paragraph!(3), "\n\n", paragraph!(1));
        let one = only_block(a, b);
        assert_eq!((one.2, one.3), (9, false), "{one:?}");
    }

    #[test]
    fn sentences_of_a_passage_reversed_are_one_block() {
        // An obfuscated copy: the passage's three sentences in reverse order, lightly edited.
        let a = "Intro line of the source text that nobody copies at all.\n\nThe river flooded the lower town after three days of heavy rain. Volunteers filled sandbags through the night near the old bridge. The mayor thanked the fire brigade for its quick work on Sunday.\n\nA closing sentence of the source that stays its own as well.";
        let b = "Something else entirely opens this other text here today.\n\nThe mayor thanked the fire brigade for its very quick work on Sunday. Volunteers filled many sandbags through the night near the old bridge. The river flooded the lower town after three long days of heavy rain.";
        let one = only_block(a, b);
        assert_eq!(one.2, 3, "{one:?}");
    }

    #[test]
    fn two_sentences_swapped_stay_one_block() {
        // A move across one sentence is an edit inside the block, not a block of its own.
        let b = "The council approved the budget on Monday after a long debate. The library will open on Sundays from March. Schools will get four new teachers next year. Road repairs take the largest share of the money. The mayor called the plan fair to every district.";
        let one = only_block(SOURCE, b);
        assert!(!one.3);
        assert_eq!(one.2, 5);
    }

    #[test]
    fn two_sentences_swapped_at_the_end_stay_one_block() {
        // The block reaches to the moved row past its last matched one, on the side it is on.
        let b = "The council approved the budget on Monday after a long debate. Schools will get four new teachers next year. The library will open on Sundays from March. The mayor called the plan fair to every district. Road repairs take the largest share of the money.";
        let (_, _, rows) = aligned(SOURCE, b);
        let last = rows
            .iter()
            .map(|row| row.op)
            .rfind(|&op| op != RowOp::AOnly);
        assert_eq!(last, Some(RowOp::Moved), "{rows:?}");
        let one = only_block(SOURCE, b);
        assert!(!one.3);
        assert!(one.0.ends_with("fair to every district"), "{one:?}");
        assert!(one.1.ends_with("share of the money"), "{one:?}");
    }

    #[test]
    fn blocks_never_share_sentences() {
        let b = "Opposition members voted against the new parking fees. The council approved the budget on Monday after a long debate. Schools will get four new teachers next year. A public hearing on the fees is set for April. The library will open on Sundays from March. The budget takes effect in July. Road repairs take the largest share of the money.";
        let (ea, eb, rows) = aligned(SOURCE, b);
        let blocks = reused_blocks(&ea, &eb, &rows);
        for (i, x) in blocks.iter().enumerate() {
            for y in &blocks[i + 1..] {
                let apart = |p: [usize; 2], q: [usize; 2]| p[1] < q[0] || q[1] < p[0];
                assert!(apart(x.a_sentences, y.a_sentences), "{blocks:?}");
                assert!(apart(x.b_sentences, y.b_sentences), "{blocks:?}");
            }
        }
    }

    #[test]
    fn unrelated_texts_have_no_block() {
        let b = "A storm brought down trees across the valley overnight. Power was cut to thousands of homes.";
        assert!(blocks_of(COPIED, b).is_empty());
    }
}
