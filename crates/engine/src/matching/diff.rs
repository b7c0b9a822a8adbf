//! Word-level diff of two passages. The only module that uses `similar`.
//!
//! Both texts are tokenised into words, punctuation and white space ([`crate::text::normalize`]);
//! tokens are compared by their folded form, so differences that are only normalisation
//! (`’` vs `'`, `“` vs `"`, case, a no-break space) are not changes. The result is two lists of
//! [`Piece`]s, one per side, that reconstruct each text exactly.

use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices, Algorithm, DiffTag};

use crate::base::hash::hash_str;
use crate::lang::Language;
use crate::text::normalize::{fold_into, tokenize, Token, TokenKind};
use crate::text::numbers::is_number;

// Ops are set per token and merged into pieces below; `Replace` is a delete plus an insert.

/// Largest number of tokens on either side that is diffed word by word. Longer passages
/// (pathological input: one "sentence" of thousands of words) are reported as wholly changed,
/// which caps the work without relying on a clock.
pub const MAX_DIFF_TOKENS: usize = 4_000;

/// What happened to a piece of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PieceOp {
    /// The same on both sides (up to normalisation).
    Equal,
    /// Only on side A.
    Delete,
    /// Only on side B.
    Insert,
}

/// A piece of one side of a word diff: a byte range of that side's document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    /// `equal`, or `delete` (side A) / `insert` (side B).
    pub op: PieceOp,
    /// Byte range `[start, end]` in the side's document text.
    pub range: [usize; 2],
    /// A number replaced by another number (`87` against `89`, `two` against `three`): a
    /// changed figure, which matters more than a stylistic edit. Such a number is a piece of its
    /// own. A number only dropped or added is not flagged.
    #[serde(default, skip_serializing_if = "is_false")]
    pub figure: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// A word diff of two passages.
///
/// Invariant: the ranges of `a` are contiguous and cover the A passage exactly (likewise `b`);
/// `a` holds only `equal` and `delete` pieces, `b` only `equal` and `insert`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordDiff {
    /// Pieces of side A.
    pub a: Vec<Piece>,
    /// Pieces of side B.
    pub b: Vec<Piece>,
}

impl WordDiff {
    /// Whether the two passages differ in more than normalisation.
    pub fn has_changes(&self) -> bool {
        self.a.iter().chain(&self.b).any(|p| p.op != PieceOp::Equal)
    }
}

/// Diffs `a_text[a_offset..]`-based passage `a` against `b`. Ranges in the result are offset by
/// `a_offset` and `b_offset` so they index the documents the passages come from.
pub fn word_diff(a: &str, a_offset: usize, b: &str, b_offset: usize) -> WordDiff {
    if a == b {
        return identical(a.len(), a_offset, b_offset);
    }
    let a_tokens = tokenize(a);
    let b_tokens = tokenize(b);
    if a_tokens.len() > MAX_DIFF_TOKENS || b_tokens.len() > MAX_DIFF_TOKENS {
        return whole_change(a, a_offset, b, b_offset);
    }
    // White space is left out of the comparison (so a space can never be matched in place of a
    // word) and takes the op of its neighbours afterwards.
    let a_solid: Vec<usize> = solid(&a_tokens);
    let b_solid: Vec<usize> = solid(&b_tokens);
    let a_keys = keys(a, &a_tokens, &a_solid);
    let b_keys = keys(b, &b_tokens, &b_solid);
    let mut a_ops = vec![PieceOp::Equal; a_tokens.len()];
    let mut b_ops = vec![PieceOp::Equal; b_tokens.len()];
    let mut a_figure = vec![false; a_tokens.len()];
    let mut b_figure = vec![false; b_tokens.len()];
    for op in capture_diff_slices(Algorithm::Myers, &a_keys, &b_keys) {
        let (tag, old, new) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            continue;
        }
        old.clone()
            .for_each(|k| a_ops[a_solid[k]] = PieceOp::Delete);
        new.clone()
            .for_each(|k| b_ops[b_solid[k]] = PieceOp::Insert);
        // A number replaced by a number (`87` → `89`) is a changed figure; a number only
        // dropped or added (`our two countries` → `our countries`) is not.
        let numbers = |text: &str,
                       tokens: &[Token],
                       solid: &[usize],
                       range: std::ops::Range<usize>|
         -> Vec<usize> {
            range
                .map(|k| solid[k])
                .filter(|&t| {
                    tokens[t].kind == TokenKind::Word
                        && is_number(
                            &text[tokens[t].start..tokens[t].end],
                            Language::default().tables(),
                        )
                })
                .collect()
        };
        let (old_numbers, new_numbers) = (
            numbers(a, &a_tokens, &a_solid, old),
            numbers(b, &b_tokens, &b_solid, new),
        );
        if !old_numbers.is_empty() && !new_numbers.is_empty() {
            old_numbers.iter().for_each(|&t| a_figure[t] = true);
            new_numbers.iter().for_each(|&t| b_figure[t] = true);
        }
    }
    WordDiff {
        a: pieces(&a_tokens, &a_ops, &a_figure, a_offset),
        b: pieces(&b_tokens, &b_ops, &b_figure, b_offset),
    }
}

/// Indices of the tokens that are not white space.
fn solid(tokens: &[Token]) -> Vec<usize> {
    (0..tokens.len())
        .filter(|&i| tokens[i].kind != TokenKind::Space)
        .collect()
}

/// The diff of two identical passages of `len` bytes: one equal piece a side.
fn identical(len: usize, a_offset: usize, b_offset: usize) -> WordDiff {
    let piece = |offset| Piece {
        op: PieceOp::Equal,
        range: [offset, offset + len],
        figure: false,
    };
    if len == 0 {
        return WordDiff::default();
    }
    WordDiff {
        a: vec![piece(a_offset)],
        b: vec![piece(b_offset)],
    }
}

fn whole_change(a: &str, a_offset: usize, b: &str, b_offset: usize) -> WordDiff {
    let piece = |op, text: &str, offset| {
        (!text.is_empty()).then(|| Piece {
            op,
            range: [offset, offset + text.len()],
            figure: false,
        })
    };
    WordDiff {
        a: piece(PieceOp::Delete, a, a_offset).into_iter().collect(),
        b: piece(PieceOp::Insert, b, b_offset).into_iter().collect(),
    }
}

/// Matching keys of the tokens at `indices`: hashes of their folded text.
fn keys(text: &str, tokens: &[Token], indices: &[usize]) -> Vec<u64> {
    let mut folded = String::new();
    indices
        .iter()
        .map(|&i| {
            folded.clear();
            fold_into(&text[tokens[i].start..tokens[i].end], &mut folded);
            hash_str(&folded)
        })
        .collect()
}

/// Pieces from per-token ops: white space between two changed tokens is changed too (so
/// "~~two countries~~" reads as one change); neighbours with the same op merge, except that a
/// changed figure (`figures[token]`) is a piece of its own.
fn pieces(tokens: &[Token], ops: &[PieceOp], figures: &[bool], offset: usize) -> Vec<Piece> {
    let mut merged: Vec<Piece> = Vec::with_capacity(tokens.len());
    for (i, token) in tokens.iter().enumerate() {
        let mut op = ops[i];
        if token.kind == TokenKind::Space {
            let before = i.checked_sub(1).map(|p| ops[p]);
            let after = ops.get(i + 1).copied();
            op = match (before, after) {
                (Some(x), Some(y)) if x == y && x != PieceOp::Equal => x,
                _ => PieceOp::Equal,
            };
        }
        let figure = figures[i];
        let range = [offset + token.start, offset + token.end];
        match merged.last_mut() {
            Some(last) if last.op == op && !figure && !last.figure => last.range[1] = range[1],
            _ => merged.push(Piece { op, range, figure }),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str, pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| {
                let s = &text[p.range[0]..p.range[1]];
                match p.op {
                    PieceOp::Equal => s.to_string(),
                    PieceOp::Delete => format!("[-{s}-]"),
                    PieceOp::Insert => format!("{{+{s}+}}"),
                }
            })
            .collect()
    }

    #[test]
    fn marks_dropped_and_added_words() {
        let a = "There is a low level of trust between our two countries.";
        let b = "“There is a low level of trust between our countries”, Tillerson said.";
        let d = word_diff(a, 0, b, 0);
        assert_eq!(
            render(a, &d.a),
            "There is a low level of trust between our [-two-] countries."
        );
        assert_eq!(
            render(b, &d.b),
            "{+“+}There is a low level of trust between our countries{+”, Tillerson said+}."
        );
        assert!(d.has_changes());
    }

    #[test]
    fn normalisation_only_is_not_a_change() {
        let a = "The world’s two “foremost”\u{A0}powers.";
        let b = "The world's two \"foremost\" powers.";
        assert!(!word_diff(a, 0, b, 0).has_changes());
    }

    /// A sentence quoted in any style, with or without spaces inside the marks, is the same
    /// sentence.
    #[test]
    fn quote_marks_of_any_style_are_not_a_change() {
        let styles = [
            "Sie sagte: „Wir sind bereit.“",
            "Sie sagte: «Wir sind bereit.»",
            "Sie sagte: « Wir sind bereit. »",
            "Sie sagte: »Wir sind bereit.«",
            "Sie sagte: 「Wir sind bereit.」",
            "Sie sagte: 『Wir sind bereit.』",
            "Sie sagte: \"Wir sind bereit.\"",
        ];
        for style in styles {
            let d = word_diff("Sie sagte: “Wir sind bereit.”", 0, style, 0);
            assert!(!d.has_changes(), "{style}");
        }
        let single = word_diff("Er sagte ‹nein›.", 0, "Er sagte ‘nein’.", 0);
        assert!(!single.has_changes());
    }

    #[test]
    fn offsets_are_applied() {
        let d = word_diff("ab", 10, "ab cd", 20);
        assert_eq!(
            d.a,
            [Piece {
                op: PieceOp::Equal,
                range: [10, 12],
                figure: false,
            }]
        );
        assert_eq!(
            d.b,
            [
                Piece {
                    op: PieceOp::Equal,
                    range: [20, 23],
                    figure: false,
                },
                Piece {
                    op: PieceOp::Insert,
                    range: [23, 25],
                    figure: false,
                }
            ]
        );
    }

    #[test]
    fn changed_figures_are_pieces_of_their_own() {
        let a = "the attack that left 89 people dead";
        let b = "the attack that killed 87 people";
        let d = word_diff(a, 0, b, 0);
        let figures: Vec<&str> =
            d.a.iter()
                .chain(&d.b)
                .filter(|p| p.figure)
                .map(|p| {
                    if p.op == PieceOp::Delete {
                        &a[p.range[0]..p.range[1]]
                    } else {
                        &b[p.range[0]..p.range[1]]
                    }
                })
                .collect();
        assert_eq!(figures, ["89", "87"]);
        assert_eq!(
            render(a, &d.a),
            "the attack that [-left -][-89-] people [-dead-]"
        );
        let same = word_diff("killed two people", 0, "killed two men", 0);
        assert!(same.a.iter().chain(&same.b).all(|p| !p.figure));
        // A number only dropped is a stylistic edit, not a changed figure.
        let dropped = word_diff("between our two countries", 0, "between our countries", 0);
        assert!(dropped.has_changes());
        assert!(dropped.a.iter().chain(&dropped.b).all(|p| !p.figure));
    }

    #[test]
    fn huge_passages_are_capped() {
        let a = "word ".repeat(MAX_DIFF_TOKENS);
        let d = word_diff(&a, 0, "other", 0);
        assert_eq!(d.a.len(), 1);
        assert_eq!(d.a[0].op, PieceOp::Delete);
    }
}
