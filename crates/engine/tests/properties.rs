//! Property tests over arbitrary Unicode, and over repetitive text built from a few sentences
//! (the shape of syndicated copy): the engine never panics and keeps its invariants.

use parallax_engine::analysis::align::{align_pair, Row, RowOp};
use parallax_engine::analysis::blocks::{
    block_parts, reused_blocks, Block, CONDENSED_RATIO, MAX_BLOCK_GAP, MAX_CONDENSED_GAP,
    MIN_BLOCK_KEPT_WORDS, MIN_GAP_SENTENCE_WORDS, MIN_JOINED_KEPT,
};
use parallax_engine::corpus::Entry;
use parallax_engine::matching::diff::{word_diff, PieceOp};
use parallax_engine::matching::passages::shared_passages;
use parallax_engine::matching::similarity::{min_shared_words, score, shared, Features};
use parallax_engine::text::document::is_url_line;
use parallax_engine::text::normalize::tokenize;
use parallax_engine::text::segment::segment;
use parallax_engine::{analyze, Config, Corpus, Document};
use proptest::prelude::*;

/// Text that looks a little like news: words, punctuation, quotes, line breaks, no-break
/// spaces, abbreviations, plus any Unicode at all.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Za-z]{1,9}",
        2 => Just(" ".to_string()),
        1 => prop::sample::select(vec![
            ". ", "? ", "! ", "…", "...", ", ", "\n", "\n\n", "\u{a0}", "“", "”", "’", "\"", "'",
            "U.S. ", "Mr. ", "3.5", "$100.00", "—", "-", "• ", "https://example.com/x\n", "é",
            "e\u{301}", "\u{200b}", "\r\n",
        ]).prop_map(str::to_string),
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Cases per property: 256, or `PROPTEST_CASES` for a longer run.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// Sentences that recur with small edits, the way wire copy is reprinted.
const POOL: &[&str] = &[
    "Tillerson met Lavrov in Moscow on Wednesday for talks on Syria.",
    "There is a low level of trust between our two countries.",
    "The attack killed 87 people in the town of Khan Sheikhoun.",
    "Russia vetoed the resolution at the United Nations Security Council.",
    "Putin said relations had worsened under the new administration.",
    "Officials said the meeting lasted two hours.",
];

/// One sentence of the pool, verbatim or with a word dropped, added or swapped.
fn pooled_sentence() -> impl Strategy<Value = String> {
    (0..POOL.len(), 0..4usize, 0..12usize).prop_map(|(s, edit, at)| {
        let mut words: Vec<&str> = POOL[s].split(' ').collect();
        let at = at % words.len();
        match edit {
            1 if words.len() > 3 => {
                words.remove(at);
            }
            2 => words.insert(at, "reportedly"),
            3 => words[at] = "Moscow",
            _ => {}
        }
        words.join(" ")
    })
}

/// A document of pooled sentences in paragraphs, repeating freely.
fn repetitive() -> impl Strategy<Value = String> {
    prop::collection::vec((pooled_sentence(), prop::bool::weighted(0.3)), 0..40).prop_map(|v| {
        v.into_iter()
            .map(|(s, newline)| if newline { s + "\n\n" } else { s + " " })
            .collect()
    })
}

/// The alignment invariants: every sentence once per side in order, moved rows paired,
/// one-sided rows hold one sentence, matched rows hold both sides, a row's sentences are
/// consecutive.
fn check_rows(
    ea: &Entry,
    eb: &Entry,
    rows: &[parallax_engine::analysis::align::Row],
) -> Result<(), TestCaseError> {
    let seen_a: Vec<usize> = rows.iter().flat_map(|r| r.a.iter().copied()).collect();
    let seen_b: Vec<usize> = rows.iter().flat_map(|r| r.b.iter().copied()).collect();
    prop_assert_eq!(seen_a, (0..ea.sentences.len()).collect::<Vec<_>>());
    prop_assert_eq!(seen_b, (0..eb.sentences.len()).collect::<Vec<_>>());
    for (i, row) in rows.iter().enumerate() {
        for side in [&row.a, &row.b] {
            prop_assert!(
                side.windows(2).all(|w| w[1] == w[0] + 1),
                "consecutive: {:?}",
                side
            );
        }
        match row.op {
            RowOp::Moved => {
                let p = row.partner.expect("moved rows have partners");
                prop_assert_eq!(rows[p].partner, Some(i));
                prop_assert!(row.a.is_empty() != row.b.is_empty());
            }
            RowOp::AOnly => prop_assert!(row.b.is_empty() && row.a.len() == 1),
            RowOp::BOnly => prop_assert!(row.a.is_empty() && row.b.len() == 1),
            RowOp::Equal | RowOp::Changed => prop_assert!(!row.a.is_empty() && !row.b.is_empty()),
        }
    }
    Ok(())
}

/// Parts of reuse ([`block_parts`]): ranges inside both texts on `char` boundaries, not reversed; no two blocks of
/// either kind overlap on either side (neither their byte ranges nor their sentences), so no
/// block holds another; a block starts and ends on matched rows of its kind (a moved block's
/// partner rows too); in-order blocks are in reading order. Between a block's first and last
/// sentence on each side lie only its own matched sentences and unmatched ones: for an in-order
/// block, gaps that `MAX_BLOCK_GAP` and `MAX_CONDENSED_GAP` allow (page furniture not
/// counted), where a moved sentence no other block holds counts as unmatched; for a moved
/// block, moved and one-sided rows only.
fn check_parts(
    ea: &Entry,
    eb: &Entry,
    rows: &[Row],
    blocks: &[Block],
) -> Result<(), TestCaseError> {
    let (a, b) = (&*ea.document.text, &*eb.document.text);
    // Which row holds each sentence, per side.
    let mut row_of_a = vec![usize::MAX; ea.sentences.len()];
    let mut row_of_b = vec![usize::MAX; eb.sentences.len()];
    for (r, row) in rows.iter().enumerate() {
        row.a.iter().for_each(|&i| row_of_a[i] = r);
        row.b.iter().for_each(|&j| row_of_b[j] = r);
    }
    let matched = |op: RowOp| matches!(op, RowOp::Equal | RowOp::Changed);
    for k in blocks {
        for (span, text) in [(k.a, a), (k.b, b)] {
            prop_assert!(span.start <= span.end && span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        prop_assert!(k.a_sentences[0] <= k.a_sentences[1] && k.b_sentences[0] <= k.b_sentences[1]);
        prop_assert!((0.0..=1.0).contains(&k.kept));
        // Where each side starts and ends: for a moved block, on its own rows; for an in-order
        // block, on a matched row or on a moved row whose partner it also holds (a swap at its
        // edge), all within its rows.
        let ends = [
            row_of_a[k.a_sentences[0]],
            row_of_a[k.a_sentences[1]],
            row_of_b[k.b_sentences[0]],
            row_of_b[k.b_sentences[1]],
        ];
        if let Some(partner_rows) = k.partner_rows {
            prop_assert_eq!(
                ends,
                [k.rows[0], k.rows[1], partner_rows[0], partner_rows[1]]
            );
            for r in k.rows.into_iter().chain(partner_rows) {
                prop_assert_eq!(rows[r].op, RowOp::Moved, "block {:?}: row {}", k, r);
            }
        } else {
            let inside = |r: usize| k.rows[0] <= r && r <= k.rows[1];
            for r in ends.into_iter().chain(k.rows) {
                let row = &rows[r];
                prop_assert!(inside(r));
                prop_assert!(
                    matched(row.op) || (row.op == RowOp::Moved && row.partner.is_some_and(inside)),
                    "block {:?}: row {} is {:?}",
                    k,
                    r,
                    row.op
                );
            }
            prop_assert!(ends.contains(&k.rows[0]) && ends.contains(&k.rows[1]));
        }
        // A moved block holds moved sentences and, between them, unmatched ones.
        if k.moved() {
            for (row_of, range, one_sided) in [
                (&row_of_a, k.a_sentences, RowOp::AOnly),
                (&row_of_b, k.b_sentences, RowOp::BOnly),
            ] {
                for i in range[0]..=range[1] {
                    let op = rows[row_of[i]].op;
                    prop_assert!(
                        op == RowOp::Moved || op == one_sided,
                        "moved block {:?} holds a {:?} row",
                        k,
                        op
                    );
                }
            }
        }
        if !k.moved() {
            // Gaps between consecutive matched rows (sentences that are neither furniture nor
            // fragments): at most MAX_BLOCK_GAP on each side, or a summary's (at most
            // MAX_BLOCK_GAP on one side, CONDENSED_RATIO times that up to MAX_CONDENSED_GAP on
            // the other).
            let counts = |e: &Entry, i: usize| {
                !e.furniture[i] && e.features[i].words >= MIN_GAP_SENTENCE_WORDS
            };
            let mut gap = (0, 0);
            for row in &rows[k.rows[0]..=k.rows[1]] {
                if matched(row.op) {
                    let (small, large) = (gap.0.min(gap.1), gap.0.max(gap.1));
                    prop_assert!(
                        large <= MAX_BLOCK_GAP
                            || (small <= MAX_BLOCK_GAP
                                && large >= CONDENSED_RATIO * small
                                && large <= MAX_CONDENSED_GAP),
                        "block {:?}: a gap of {:?} sentences",
                        k,
                        gap
                    );
                    gap = (0, 0);
                } else {
                    gap.0 += row.a.iter().filter(|&&i| counts(ea, i)).count();
                    gap.1 += row.b.iter().filter(|&&j| counts(eb, j)).count();
                }
            }
            // Past its last matched row (a swap at its edge): no more than a gap may hold.
            let (small, large) = (gap.0.min(gap.1), gap.0.max(gap.1));
            prop_assert!(
                large <= MAX_BLOCK_GAP || (small == 0 && large <= MAX_CONDENSED_GAP),
                "block {:?}: {:?} sentences past its last matched row",
                k,
                gap
            );
        }
    }
    check_apart(blocks)?;
    // In-order blocks are in reading order.
    let in_order: Vec<&Block> = blocks.iter().filter(|k| !k.moved()).collect();
    for pair in in_order.windows(2) {
        prop_assert!(pair[0].rows[1] < pair[1].rows[0]);
        prop_assert!(pair[0].a_sentences[1] < pair[1].a_sentences[0]);
        prop_assert!(pair[0].b_sentences[1] < pair[1].b_sentences[0]);
    }
    Ok(())
}

/// No two of `blocks` overlap on either side, neither their sentences nor their byte ranges.
fn check_apart(blocks: &[Block]) -> Result<(), TestCaseError> {
    for (side, name) in [(0, "A"), (1, "B")] {
        let mut sorted: Vec<&Block> = blocks.iter().collect();
        let key = |k: &Block| {
            if side == 0 {
                k.a_sentences
            } else {
                k.b_sentences
            }
        };
        let span = |k: &Block| if side == 0 { k.a } else { k.b };
        sorted.sort_by_key(|k| key(k));
        for pair in sorted.windows(2) {
            prop_assert!(
                key(pair[0])[1] < key(pair[1])[0],
                "{} sentences of two blocks overlap: {:?} and {:?}",
                name,
                pair[0],
                pair[1]
            );
            prop_assert!(
                span(pair[0]).end <= span(pair[1]).start,
                "{} ranges of two blocks overlap: {:?} and {:?}",
                name,
                pair[0],
                pair[1]
            );
        }
    }
    Ok(())
}

/// Reused blocks (parts joined, those with too little kept left out): inside both texts, on
/// `char` boundaries; no two overlap on either side; each keeps at least
/// `MIN_BLOCK_KEPT_WORDS` words and no more than it has. Every part lies wholly inside one
/// block on both sides or outside every block on both sides, and every part that keeps enough
/// words on its own is in a block. A block spans exactly its parts (their first and last
/// sentences and bytes, per side), keeps the words they keep (at least `MIN_JOINED_KEPT` of
/// its words when it joins several), and is moved only when they all are. In-order blocks come in A's order, before the moved ones.
fn check_joined(a: &str, b: &str, parts: &[Block], blocks: &[Block]) -> Result<(), TestCaseError> {
    check_apart(blocks)?;
    let inside = |p: [usize; 2], hull: [usize; 2]| hull[0] <= p[0] && p[1] <= hull[1];
    let meets = |p: [usize; 2], hull: [usize; 2]| p[0] <= hull[1] && hull[0] <= p[1];
    for k in blocks {
        for (span, text) in [(k.a, a), (k.b, b)] {
            prop_assert!(span.start <= span.end && span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        prop_assert!(
            k.kept_words >= MIN_BLOCK_KEPT_WORDS && k.kept_words <= k.words,
            "{:?}",
            k
        );
        prop_assert!((0.0..=1.0).contains(&k.kept));
        let mine: Vec<&Block> = parts
            .iter()
            .filter(|p| inside(p.a_sentences, k.a_sentences))
            .collect();
        prop_assert!(!mine.is_empty(), "block {:?} holds no part", k);
        for p in &mine {
            prop_assert!(
                inside(p.b_sentences, k.b_sentences),
                "part {:?} of {:?} strays in B",
                p,
                k
            );
        }
        let first = |f: fn(&Block) -> usize| mine.iter().map(|p| f(p)).min();
        let last = |f: fn(&Block) -> usize| mine.iter().map(|p| f(p)).max();
        prop_assert_eq!(first(|p| p.a_sentences[0]), Some(k.a_sentences[0]));
        prop_assert_eq!(last(|p| p.a_sentences[1]), Some(k.a_sentences[1]));
        prop_assert_eq!(first(|p| p.b_sentences[0]), Some(k.b_sentences[0]));
        prop_assert_eq!(last(|p| p.b_sentences[1]), Some(k.b_sentences[1]));
        prop_assert_eq!(first(|p| p.a.start), Some(k.a.start));
        prop_assert_eq!(last(|p| p.a.end), Some(k.a.end));
        prop_assert_eq!(first(|p| p.b.start), Some(k.b.start));
        prop_assert_eq!(last(|p| p.b.end), Some(k.b.end));
        prop_assert_eq!(
            mine.iter().map(|p| p.kept_words).sum::<usize>(),
            k.kept_words
        );
        prop_assert!(mine.iter().map(|p| p.words).sum::<usize>() <= k.words);
        prop_assert_eq!(k.moved(), mine.iter().all(|p| p.moved()), "{:?}", k);
        if mine.len() > 1 {
            prop_assert!(k.kept >= MIN_JOINED_KEPT, "{:?} joined of {:?}", k, mine);
        }
    }
    for p in parts {
        let holders = blocks
            .iter()
            .filter(|k| meets(p.a_sentences, k.a_sentences) || meets(p.b_sentences, k.b_sentences))
            .count();
        prop_assert!(holders <= 1, "part {:?} meets {} blocks", p, holders);
        if p.kept_words >= MIN_BLOCK_KEPT_WORDS {
            prop_assert_eq!(holders, 1, "part {:?} is lost", p);
        }
    }
    let moved_from = blocks.iter().position(Block::moved).unwrap_or(blocks.len());
    prop_assert!(blocks[moved_from..].iter().all(Block::moved));
    for pair in blocks[..moved_from].windows(2) {
        prop_assert!(pair[0].a_sentences[1] < pair[1].a_sentences[0]);
    }
    Ok(())
}

fn non_space_outside_urls(text: &str) -> Vec<usize> {
    let mut offsets = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !is_url_line(body) || body.trim().is_empty() {
            for (i, c) in line.char_indices() {
                if !c.is_whitespace() {
                    offsets.push(at + i);
                }
            }
        }
        at += line.len();
    }
    offsets
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn tokens_reconstruct_the_text(text in texty()) {
        let tokens = tokenize(&text);
        let joined: String = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        prop_assert_eq!(joined, text);
    }

    #[test]
    fn sentences_are_ordered_on_boundaries_and_cover_the_text(text in texty()) {
        let sentences = segment(&text);
        let mut last_end = 0;
        for s in &sentences {
            prop_assert!(s.span.start >= last_end, "overlap or disorder at {:?}", s.span);
            prop_assert!(s.span.start < s.span.end, "empty sentence {:?}", s.span);
            prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            let body = s.span.of(&text);
            prop_assert!(!body.starts_with(char::is_whitespace) && !body.ends_with(char::is_whitespace));
            last_end = s.span.end;
        }
        for offset in non_space_outside_urls(&text) {
            prop_assert!(
                sentences.iter().any(|s| s.span.start <= offset && offset < s.span.end),
                "byte {offset} of {text:?} is in no sentence"
            );
        }
    }

    #[test]
    fn word_diff_pieces_reconstruct_both_sides(a in texty(), b in texty()) {
        let d = word_diff(&a, 7, &b, 11);
        let side_a: String = d.a.iter().map(|p| &a[p.range[0] - 7..p.range[1] - 7]).collect();
        let side_b: String = d.b.iter().map(|p| &b[p.range[0] - 11..p.range[1] - 11]).collect();
        prop_assert_eq!(side_a, a.clone());
        prop_assert_eq!(side_b, b.clone());
        prop_assert!(d.a.iter().all(|p| p.op != PieceOp::Insert));
        prop_assert!(d.b.iter().all(|p| p.op != PieceOp::Delete));
        if a == b {
            prop_assert!(!d.has_changes());
        }
    }

    #[test]
    fn every_sentence_appears_once_per_side_in_order(a in texty(), b in texty(), t in 0.2f32..0.9) {
        let config = Config::default().with_threshold(t);
        let (ea, eb) = (Entry::new(Document::parse("a", a)), Entry::new(Document::parse("b", b)));
        check_rows(&ea, &eb, &align_pair(&ea, &eb, &config))?;
    }

    #[test]
    fn repetitive_text_aligns_with_the_same_invariants(a in repetitive(), b in repetitive(), t in 0.3f32..0.9) {
        let config = Config::default().with_threshold(t);
        let (ea, eb) = (Entry::new(Document::parse("a", a)), Entry::new(Document::parse("b", b)));
        check_rows(&ea, &eb, &align_pair(&ea, &eb, &config))?;
    }

    #[test]
    fn reused_blocks_lie_in_the_texts_in_order_over_matched_rows(a in repetitive(), b in repetitive(), t in 0.3f32..0.9) {
        let config = Config::default().with_threshold(t);
        let (ea, eb) = (Entry::new(Document::parse("a", a.clone())), Entry::new(Document::parse("b", b.clone())));
        let rows = align_pair(&ea, &eb, &config);
        let parts = block_parts(&ea, &eb, &rows);
        check_parts(&ea, &eb, &rows, &parts)?;
        check_joined(&ea.document.text, &eb.document.text, &parts, &reused_blocks(&ea, &eb, &rows))?;
    }

    #[test]
    fn reused_blocks_of_any_text_keep_their_invariants(a in texty(), b in texty()) {
        let (ea, eb) = (Entry::new(Document::parse("a", a.clone())), Entry::new(Document::parse("b", b.clone())));
        let rows = align_pair(&ea, &eb, &Config::default());
        let parts = block_parts(&ea, &eb, &rows);
        check_parts(&ea, &eb, &rows, &parts)?;
        check_joined(&ea.document.text, &eb.document.text, &parts, &reused_blocks(&ea, &eb, &rows))?;
    }

    #[test]
    fn a_document_aligned_with_itself_is_all_equal(a in repetitive()) {
        let (ea, eb) = (Entry::new(Document::parse("a", a.clone())), Entry::new(Document::parse("b", a)));
        let rows = align_pair(&ea, &eb, &Config::default());
        prop_assert!(rows.iter().all(|r| r.op == RowOp::Equal && r.a == r.b), "{:?}", rows.iter().map(|r| r.op).collect::<Vec<_>>());
    }

    #[test]
    fn the_search_bound_never_drops_a_match(a in pooled_sentence(), b in pooled_sentence(), t in 0.2f32..0.95) {
        let (fa, fb) = (Features::of(&a), Features::of(&b));
        if score(&fa, &fb) >= t {
            prop_assert!(shared(&fa.content, &fb.content) >= min_shared_words(fa.sizes(), fb.sizes(), t));
        }
    }

    #[test]
    fn repetitive_corpora_cluster_consistently(docs in prop::collection::vec(repetitive(), 2..6)) {
        let corpus = Corpus::from_documents(docs.into_iter().enumerate().map(|(i, t)| Document::parse(i.to_string(), t)));
        let report = analyze(&corpus, &Config::default());
        for (c, cluster) in report.clusters.iter().enumerate() {
            prop_assert!(cluster.documents >= 2);
            for &[d, s] in &cluster.members {
                prop_assert_eq!(report.documents[d].sentences[s].cluster, Some(c));
            }
        }
        for pair in &report.pairs {
            prop_assert!((0.0..=1.0).contains(&pair.similarity));
        }
    }

    #[test]
    fn passages_lie_on_words_of_both_texts(a in texty(), b in texty()) {
        let (ea, eb) = (Entry::new(Document::parse("a", a.clone())), Entry::new(Document::parse("b", b.clone())));
        let config = Config { passage_min_words: 2, ..Config::default() };
        let mut last = 0;
        for p in shared_passages(&ea.words, &eb.words, &config) {
            prop_assert!(p.a_range[0] >= last && p.a_range[0] < p.a_range[1]);
            prop_assert!(a.is_char_boundary(p.a_range[0]) && a.is_char_boundary(p.a_range[1]));
            prop_assert!(b.is_char_boundary(p.b_range[0]) && b.is_char_boundary(p.b_range[1]));
            prop_assert!(p.words >= 2);
            last = p.a_range[1];
        }
    }

    #[test]
    fn analysis_never_panics_and_is_consistent(docs in prop::collection::vec(texty(), 0..5)) {
        let corpus = Corpus::from_documents(docs.into_iter().enumerate().map(|(i, t)| Document::parse(i.to_string(), t)));
        let report = analyze(&corpus, &Config::default());
        let n = report.documents.len();
        prop_assert_eq!(report.matrix.len(), n);
        prop_assert_eq!(report.pairs.len(), n * n.saturating_sub(1) / 2);
        for (c, cluster) in report.clusters.iter().enumerate() {
            prop_assert!(cluster.documents >= 2);
            for &[d, s] in &cluster.members {
                prop_assert_eq!(report.documents[d].sentences[s].cluster, Some(c));
            }
        }
        for row in &report.matrix {
            prop_assert!(row.iter().all(|v| (0.0..=1.0).contains(v)));
        }
        let on_boundaries = |d: usize, start: usize, end: usize| {
            let text = &report.documents[d].text;
            start <= end && text.is_char_boundary(start) && text.is_char_boundary(end)
        };
        for group in &report.quotes {
            prop_assert!(group.reference < group.members.len());
            for m in &group.members {
                prop_assert!(on_boundaries(m.document, m.start, m.end));
                if let Some([s, e]) = m.speaker_range {
                    prop_assert!(on_boundaries(m.document, s, e));
                }
            }
        }
        for d in &report.discrepancies {
            for m in &d.members {
                prop_assert!(on_boundaries(m.document, m.start, m.end));
                prop_assert_eq!(&report.documents[m.document].text[m.start..m.end], m.value.as_str());
            }
        }
    }
}
