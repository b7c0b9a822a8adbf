//! The report's `pairs` and `passages`, and one pair aligned on demand from a report.

use crate::analysis::align::{align_pair, Row, RowOp};
use crate::analysis::blocks::reused_blocks;
use crate::base::Config;
use crate::corpus::Corpus;
use crate::matching::passages::{shared_passages, Passage};
use crate::matching::similarity::document_similarity;
use crate::report::format::{round, BlockReport, PairReport, Report, RowCounts};
use crate::text::Document;

/// The alignment of documents `a` and `b` (either order), with the figures from `matrix`
/// (`a_in_b` and `b_in_a` are 0 when the matrix does not hold them).
pub fn pair_report(
    corpus: &Corpus,
    matrix: &[Vec<f32>],
    a: usize,
    b: usize,
    config: &Config,
) -> PairReport {
    let entries = corpus.entries();
    let rows = align_pair(&entries[a], &entries[b], config);
    let blocks = reused_blocks(&entries[a], &entries[b], &rows)
        .into_iter()
        .map(|k| BlockReport {
            a_range: k.a.pair(),
            b_range: k.b.pair(),
            rows: k.rows,
            partner_rows: k.partner_rows,
            a_sentences: k.a_sentences,
            b_sentences: k.b_sentences,
            words: k.words,
            kept: round(k.kept),
        })
        .collect();
    let (a_in_b, b_in_a) = shares(matrix, a, b);
    PairReport {
        a,
        b,
        similarity: round(document_similarity(
            &entries[a].vocabulary,
            &entries[b].vocabulary,
        )),
        a_in_b,
        b_in_a,
        counts: count_rows(&rows),
        rows: rows
            .into_iter()
            .map(|mut r| {
                r.score = round(r.score);
                r
            })
            .collect(),
        blocks,
    }
}

/// How much of `a` is found in `b` and of `b` in `a`, from the share matrix, rounded: 0 where
/// the matrix was left out (`max_matrix_documents`), rather than a panic.
pub(crate) fn shares(matrix: &[Vec<f32>], a: usize, b: usize) -> (f32, f32) {
    let share = |x: usize, y: usize| matrix.get(x).and_then(|r| r.get(y)).copied();
    (
        round(share(a, b).unwrap_or(0.0)),
        round(share(b, a).unwrap_or(0.0)),
    )
}

/// The shared passages of documents `a` and `b`.
pub fn pair_passages(corpus: &Corpus, a: usize, b: usize, config: &Config) -> Vec<Passage> {
    let entries = corpus.entries();
    shared_passages(&entries[a].words, &entries[b].words, config)
}

/// Documents `a` and `b` of a report as a corpus of their own (`a` at index 0, `b` at 1) with
/// their 2×2 share matrix: what [`pair_report`] and [`pair_passages`] need to align one pair
/// when only the report is at hand (the browser page, whose corpus lives in a worker). Each
/// document is read again from the report's text, so the alignment is the one the whole
/// corpus gives (a pair's alignment depends on those two documents only). `None` when an
/// index is out of range.
pub fn pair_corpus(report: &Report, a: usize, b: usize) -> Option<(Corpus, Vec<Vec<f32>>)> {
    let (x, y) = (report.documents.get(a)?, report.documents.get(b)?);
    let share = |i: usize, j: usize| report.matrix.get(i).and_then(|r| r.get(j)).copied();
    let matrix = vec![vec![1.0, share(a, b)?], vec![share(b, a)?, 1.0]];
    let corpus = Corpus::from_documents([
        Document::parse(x.name.clone(), x.text.clone()),
        Document::parse(y.name.clone(), y.text.clone()),
    ]);
    Some((corpus, matrix))
}

/// The pairs `[a, b]` (`a < b`) of a similarity matrix, most similar first: by the larger of
/// the two shares (`matrix[a][b]`, `matrix[b][a]`: how much of one the other carries), then
/// the smaller, then by index. For corpora too large for a matrix on screen, the list of
/// pairs worth opening. At most `limit` pairs.
pub fn ranked_pairs(matrix: &[Vec<f32>], limit: usize) -> Vec<[usize; 2]> {
    let n = matrix.len();
    let share = |a: usize, b: usize| matrix[a].get(b).copied().unwrap_or(0.0);
    // The best `limit` kept in order while the pairs stream by: a pair that does not beat
    // the last kept costs one comparison, so a thousand articles (half a million pairs) take
    // no sort of them all.
    let before = |p: &([usize; 2], f32, f32), q: &([usize; 2], f32, f32)| {
        q.1.total_cmp(&p.1)
            .then(q.2.total_cmp(&p.2))
            .then(p.0.cmp(&q.0))
            .is_lt()
    };
    let mut best: Vec<([usize; 2], f32, f32)> =
        Vec::with_capacity(limit.min(n.saturating_mul(n)) + 1);
    for a in 0..n {
        for b in a + 1..n {
            let (x, y) = (share(a, b), share(b, a));
            let pair = ([a, b], x.max(y), x.min(y));
            if best.len() == limit && !best.last().is_some_and(|last| before(&pair, last)) {
                continue;
            }
            let at = best.partition_point(|kept| before(kept, &pair));
            best.insert(at, pair);
            best.truncate(limit);
        }
    }
    best.into_iter().map(|(pair, _, _)| pair).collect()
}

/// Counts rows by kind; a moved pair (two rows) counts once, page furniture not at all.
pub fn count_rows(rows: &[Row]) -> RowCounts {
    let mut counts = RowCounts::default();
    for row in rows {
        match row.op {
            RowOp::Equal => counts.equal += 1,
            RowOp::Changed => counts.changed += 1,
            RowOp::Moved if !row.a.is_empty() => counts.moved += 1,
            RowOp::Moved => {}
            RowOp::AOnly | RowOp::BOnly if row.furniture => {}
            RowOp::AOnly => counts.a_only += 1,
            RowOp::BOnly => counts.b_only += 1,
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranked_pairs_put_the_most_shared_first() {
        let matrix = vec![
            vec![0.0, 0.1, 0.5, 0.0],
            vec![0.2, 0.0, 0.1, 0.9],
            vec![0.5, 0.1, 0.0, 0.0],
            vec![0.0, 0.3, 0.0, 0.0],
        ];
        assert_eq!(
            ranked_pairs(&matrix, 10),
            [[1, 3], [0, 2], [0, 1], [1, 2], [0, 3], [2, 3]]
        );
        assert_eq!(ranked_pairs(&matrix, 2), [[1, 3], [0, 2]]);
        assert!(ranked_pairs(&[], 5).is_empty());
        assert!(ranked_pairs(&matrix, 0).is_empty());
    }

    /// The streamed selection gives what sorting every pair would, ties included.
    #[test]
    fn ranked_pairs_equal_a_full_sort() {
        let n = 30;
        let matrix: Vec<Vec<f32>> = (0..n)
            .map(|a| {
                (0..n)
                    .map(|b| ((a * 7 + b * 13) % 11) as f32 / 10.0)
                    .collect()
            })
            .collect();
        let mut all: Vec<([usize; 2], f32, f32)> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| [a, b]))
            .map(|[a, b]| {
                let (x, y) = (matrix[a][b], matrix[b][a]);
                ([a, b], x.max(y), x.min(y))
            })
            .collect();
        all.sort_by(|p, q| {
            q.1.total_cmp(&p.1)
                .then(q.2.total_cmp(&p.2))
                .then(p.0.cmp(&q.0))
        });
        for limit in [1, 7, 50, 1000] {
            let expected: Vec<[usize; 2]> = all.iter().take(limit).map(|p| p.0).collect();
            assert_eq!(ranked_pairs(&matrix, limit), expected, "limit {limit}");
        }
    }
}
