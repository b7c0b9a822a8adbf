//! Pure helpers that cut a document's text into displayable pieces. They slice the engine's
//! byte ranges (a listing, which has none yet, is split at its blank lines); nothing here
//! compares text.

use parallax_engine::analysis::align::RowOp;
use parallax_engine::report::{BlockReport, DocumentReport, PairReport};

/// The body paragraphs of a document: sentence indices grouped by paragraph, without the
/// sentences of the headline (views show it as the heading).
pub fn body_paragraphs(doc: &DocumentReport) -> Vec<Vec<usize>> {
    let mut paragraphs: Vec<Vec<usize>> = Vec::new();
    let mut last = None;
    for (i, s) in doc.sentences.iter().enumerate() {
        if let Some([start, end]) = doc.headline {
            if s.start >= start && s.end <= end {
                continue;
            }
        }
        if last == Some(s.paragraph) {
            if let Some(p) = paragraphs.last_mut() {
                p.push(i);
            }
        } else {
            paragraphs.push(vec![i]);
            last = Some(s.paragraph);
        }
    }
    paragraphs
}

/// The paragraphs of a listed document's text as written (blank lines apart), after its
/// headline.
pub fn listed_paragraphs(doc: &DocumentReport) -> Vec<String> {
    let body = doc
        .headline
        .map_or(&doc.text[..], |[_, end]| doc.text.get(end..).unwrap_or(""));
    body.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// The text of byte range `range` of a document, or nothing for a range that does not fit it.
pub fn slice(doc: &DocumentReport, range: [usize; 2]) -> &str {
    doc.text.get(range[0]..range[1]).unwrap_or("")
}

/// The text of sentence `index` of a document.
pub fn sentence_text(doc: &DocumentReport, index: usize) -> &str {
    doc.sentences
        .get(index)
        .map_or("", |s| slice(doc, [s.start, s.end]))
}

/// The byte range of consecutive sentences of a document (an alignment row's side), from the
/// first one's start to the last one's end; `None` for no sentences.
pub fn sentences_range(doc: &DocumentReport, sentences: &[usize]) -> Option<[usize; 2]> {
    let (first, last) = (sentences.first()?, sentences.last()?);
    Some([
        doc.sentences.get(*first)?.start,
        doc.sentences.get(*last)?.end,
    ])
}

/// An alignment row's kind as the pair view and the HTML report name it: CSS class suffix and
/// label.
pub fn row_kind(op: RowOp) -> (&'static str, &'static str) {
    match op {
        RowOp::Equal => ("equal", "same"),
        RowOp::Changed => ("changed", "changed"),
        RowOp::Moved => ("moved", "moved"),
        RowOp::AOnly => ("a-only", "only in A"),
        RowOp::BOnly => ("b-only", "only in B"),
    }
}

/// Where a row of the pair view stands in a reused block of two rows or more: whether it opens
/// or closes the block, and, on the row that opens it, what the block is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BlockMark {
    /// The block's first row.
    pub start: bool,
    /// The block's last row.
    pub end: bool,
    /// On the first row: "reused block: 7 sentences, 92% of words kept".
    pub label: Option<String>,
}

/// The block marks of each row of `pair` (rows outside a block of two rows or more: `None`).
/// A moved block is marked on its rows on each side.
pub fn block_marks(pair: &PairReport) -> Vec<Option<BlockMark>> {
    let mut marks = vec![None; pair.rows.len()];
    for block in &pair.blocks {
        let label = block_label(block);
        let spans = std::iter::once(block.rows).chain(block.partner_rows);
        for [first, last] in spans {
            if last <= first || last >= marks.len() {
                continue;
            }
            for (r, mark) in marks.iter_mut().enumerate().take(last + 1).skip(first) {
                *mark = Some(BlockMark {
                    start: r == first,
                    end: r == last,
                    label: (r == first).then(|| label.clone()),
                });
            }
        }
    }
    marks
}

/// What a reused block is, in words: "reused block: 7 sentences, 92% of words kept" (or "moved
/// block: …").
pub fn block_label(block: &BlockReport) -> String {
    let sentences = block.a_sentences[1] + 1 - block.a_sentences[0];
    format!(
        "{} block: {}, {} of words kept",
        if block.partner_rows.is_some() {
            "moved"
        } else {
            "reused"
        },
        plural(sentences, "sentence"),
        percent(block.kept)
    )
}

/// What an empty side of a row says: where its partner is (moved), that the other side is page
/// furniture, or which side has it.
pub fn empty_side_note(op: RowOp, side_a: bool, furniture: bool) -> &'static str {
    match (op, side_a) {
        (RowOp::Moved, _) => "moved: see the partner row",
        _ if furniture => "page furniture, not compared",
        (_, true) => "only in B",
        (_, false) => "only in A",
    }
}

/// Index of the sentence of a document that holds byte `at` (the last one starting at or
/// before it; 0 for a document without sentences).
pub fn sentence_at(doc: &DocumentReport, at: usize) -> usize {
    doc.sentences
        .partition_point(|s| s.start <= at)
        .saturating_sub(1)
}

/// A piece of text and whether it is marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Byte range in the document.
    pub range: [usize; 2],
    /// Whether a mark covers it.
    pub marked: bool,
}

/// Cuts `range` into segments, marking the parts covered by `marks` (byte ranges, any order,
/// may overlap or reach outside `range`). Segments are contiguous and cover `range` exactly.
pub fn mark_segments(range: [usize; 2], marks: &[[usize; 2]]) -> Vec<Segment> {
    let mut inside: Vec<[usize; 2]> = marks
        .iter()
        .map(|m| [m[0].max(range[0]), m[1].min(range[1])])
        .filter(|m| m[0] < m[1])
        .collect();
    inside.sort_unstable();
    let mut segments = Vec::new();
    let mut at = range[0];
    for [start, end] in inside {
        if end <= at {
            continue;
        }
        if start > at {
            segments.push(Segment {
                range: [at, start],
                marked: false,
            });
        }
        let from = start.max(at);
        segments.push(Segment {
            range: [from, end],
            marked: true,
        });
        at = end;
    }
    if at < range[1] || segments.is_empty() {
        segments.push(Segment {
            range: [at, range[1]],
            marked: false,
        });
    }
    segments
}

/// A short label for a document: the part of its name before the first `_` (`000`), or the
/// first eight characters, cut at a space with `…` when the name goes on (`My own…`).
pub fn short_label(name: &str) -> String {
    match name.split_once('_') {
        Some((head, _)) if !head.is_empty() => head.to_string(),
        _ => {
            let head: String = name.chars().take(8).collect();
            match head.rfind(' ') {
                Some(i) if i > 0 && head.len() < name.len() => format!("{}…", head[..i].trim_end()),
                _ => head,
            }
        }
    }
}

/// Where a passage comes from, for lists that show several articles: the short label and the
/// outlet, e.g. "001 · foxnews.com", or only the label when the source is unknown.
pub fn source_label(doc: &DocumentReport) -> String {
    let label = short_label(&doc.name);
    match &outlet(doc) {
        Some(domain) => format!("{label} · {domain}"),
        None => label,
    }
}

/// The `dir` of a text in `language` (an ISO 639-1 code from the report): `rtl` for Arabic,
/// Hebrew, Persian and Urdu, else `ltr` (`auto` when the language is undetermined).
pub fn text_direction(language: &str) -> &'static str {
    if parallax_engine::lang::detect::is_right_to_left(language) {
        "rtl"
    } else if language == "und" {
        "auto"
    } else {
        "ltr"
    }
}

/// Who published an article: the outlet its file states, else its source's host.
pub fn outlet(doc: &DocumentReport) -> Option<String> {
    doc.outlet.clone().or_else(|| doc.source_domain.clone())
}

/// Month abbreviations for [`date_label`].
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// An ISO 8601 date, with the time and offset when it states them, as the report's
/// `published` holds it.
pub struct IsoDate<'a> {
    pub year: i64,
    /// 1 to 12.
    pub month: usize,
    /// 1 to 31.
    pub day: i64,
    /// `HH:MM`, when a time is given.
    pub clock: Option<&'a str>,
    /// `Z` or `±hh:mm`, when an offset is given.
    pub zone: Option<&'a str>,
}

/// Reads `2017-12-13`, `2017-12-13T09:41`, `2017-12-13T09:41:00Z` or `…+01:00`; `None` for
/// anything else.
pub fn iso_date(iso: &str) -> Option<IsoDate<'_>> {
    let (date, time) = iso.split_once('T').unwrap_or((iso, ""));
    let mut parts = date.split('-');
    let year = parts
        .next()
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()?;
    let month = parts
        .next()?
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let day = parts
        .next()?
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    Some(IsoDate {
        year,
        month,
        day,
        clock: time.get(..5).filter(|c| c.as_bytes().get(2) == Some(&b':')),
        zone: time.find(['Z', '+', '-']).map(|at| &time[at..]),
    })
}

/// An ISO 8601 publication date for a reader: `13 Dec 2017`, with the time as stated when
/// there is one (`13 Dec 2017, 09:41 UTC`, `13 Dec 2017, 09:41 +01:00`). Text that is not such
/// a date is shown as it is.
pub fn date_label(iso: &str) -> String {
    let Some(d) = iso_date(iso) else {
        return iso.to_string();
    };
    let date = format!("{} {} {}", d.day, MONTHS[d.month - 1], d.year);
    let Some(clock) = d.clock else {
        return date;
    };
    match d.zone.map(|z| if z == "Z" { "UTC" } else { z }) {
        Some(zone) => format!("{date}, {clock} {zone}"),
        None => format!("{date}, {clock}"),
    }
}

/// A count and a noun, e.g. "1 article", "5 articles".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A number of bytes for a reader: `512 bytes`, `24 KB`, `1.3 MB`, `2.1 GB` (decimal units,
/// one decimal under 10). Integer formatting: float formatting would add kilobytes to the wasm.
pub fn bytes(n: f64) -> String {
    let n = n.max(0.0);
    if n < 1000.0 {
        return plural(n as usize, "byte");
    }
    let (value, unit) = [(1e3, "KB"), (1e6, "MB"), (1e9, "GB"), (1e12, "TB")]
        .into_iter()
        .take_while(|&(size, _)| n >= size)
        .last()
        .map(|(size, unit)| (n / size, unit))
        .unwrap_or((n, "bytes"));
    let tenths = (value * 10.0).round() as u64;
    if tenths < 100 {
        format!("{}.{} {unit}", tenths / 10, tenths % 10)
    } else {
        format!("{} {unit}", (tenths + 5) / 10)
    }
}

/// A share in [0, 1] as a whole percentage.
pub fn percent(share: f32) -> String {
    // Integer formatting: float formatting would add several kilobytes to the wasm.
    format!("{}%", (share.clamp(0.0, 1.0) * 100.0).round() as u32)
}

/// Background of a similarity cell: the matched blue, more opaque for a larger share. The ramp
/// is stretched so that the shares news articles reach (0–60%) use most of it, and stops at 0.7
/// opacity so the figure in the cell keeps AA contrast in both themes.
pub fn heat(share: f32) -> String {
    // In hundredths, formatted as an integer: float formatting would add kilobytes to the wasm.
    let alpha = (4.0 + 66.0 * (share / 0.6).clamp(0.0, 1.0)).round() as u32;
    format!("background: rgba(0, 114, 178, 0.{alpha:02})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_article_reads_by_paragraph_after_its_headline() {
        let text = "Storm hits the coast\n\nThe storm hit the coast\non Monday. Power was cut.\n\n\nSchools stay shut.\n";
        let listed = parallax_engine::report::listing(
            &[parallax_engine::Document::parse("a", text)],
            &parallax_engine::Config::default(),
        );
        assert_eq!(
            listed_paragraphs(&listed.documents[0]),
            [
                "The storm hit the coast on Monday. Power was cut.",
                "Schools stay shut."
            ]
        );
    }

    #[test]
    fn right_to_left_languages_read_right_to_left() {
        assert_eq!(text_direction("ar"), "rtl");
        assert_eq!(text_direction("he"), "rtl");
        assert_eq!(text_direction("zh"), "ltr");
        assert_eq!(text_direction("und"), "auto");
    }

    #[test]
    fn dates_read_as_a_reader_writes_them() {
        assert_eq!(date_label("2017-12-13"), "13 Dec 2017");
        assert_eq!(date_label("2017-12-13T09:41:00Z"), "13 Dec 2017, 09:41 UTC");
        assert_eq!(
            date_label("2017-12-13T09:41:00+01:00"),
            "13 Dec 2017, 09:41 +01:00"
        );
        assert_eq!(date_label("2017-12-13T09:41"), "13 Dec 2017, 09:41");
        assert_eq!(date_label("last Tuesday"), "last Tuesday");
        assert_eq!(date_label("2017-13-01"), "2017-13-01");
    }

    #[test]
    fn heat_ramps_to_seventy_percent_opacity() {
        assert_eq!(heat(0.0), "background: rgba(0, 114, 178, 0.04)");
        assert_eq!(heat(0.3), "background: rgba(0, 114, 178, 0.37)");
        assert_eq!(heat(0.6), "background: rgba(0, 114, 178, 0.70)");
        assert_eq!(heat(1.0), "background: rgba(0, 114, 178, 0.70)");
    }

    #[test]
    fn segments_cover_the_range() {
        let segs = mark_segments([10, 30], &[[12, 15], [14, 18], [25, 40], [0, 5]]);
        let ranges: Vec<([usize; 2], bool)> = segs.iter().map(|s| (s.range, s.marked)).collect();
        assert_eq!(
            ranges,
            [
                ([10, 12], false),
                ([12, 15], true),
                ([15, 18], true),
                ([18, 25], false),
                ([25, 30], true)
            ]
        );
        assert_eq!(
            mark_segments([3, 3], &[]),
            [Segment {
                range: [3, 3],
                marked: false
            }]
        );
    }

    #[test]
    fn sentences_by_offset() {
        use parallax_engine::{analyze, Config, Corpus, Document};
        let corpus =
            Corpus::from_documents([Document::parse("a", "One two three. Four five six.")]);
        let r = analyze(&corpus, &Config::default());
        let doc = &r.documents[0];
        assert_eq!(sentence_at(doc, 0), 0);
        assert_eq!(sentence_at(doc, 5), 0);
        assert_eq!(sentence_at(doc, 15), 1);
        assert_eq!(sentence_at(doc, 100), 1);
    }

    #[test]
    fn source_labels() {
        use parallax_engine::{analyze, Config, Corpus, Document};
        let corpus = Corpus::from_documents([
            Document::parse("001_abc", "https://www.foxnews.com/x\nTitle\nBody."),
            Document::parse("002_def", "Title\nBody."),
        ]);
        let r = analyze(&corpus, &Config::default());
        assert_eq!(source_label(&r.documents[0]), "001 · foxnews.com");
        assert_eq!(source_label(&r.documents[1]), "002");
    }

    #[test]
    fn short_labels() {
        assert_eq!(short_label("000_be9d27741bf0bd67"), "000");
        assert_eq!(short_label("guardian-report"), "guardian");
        assert_eq!(short_label("_x"), "_x");
        assert_eq!(short_label("My own account of the talks"), "My own…");
        assert_eq!(short_label("Two word"), "Two word");
    }

    #[test]
    fn words() {
        assert_eq!(plural(1, "article"), "1 article");
        assert_eq!(plural(5, "article"), "5 articles");
        assert_eq!(percent(0.346), "35%");
        assert_eq!(percent(1.2), "100%");
    }

    #[test]
    fn byte_counts_read_as_a_person_would_say_them() {
        for (n, want) in [
            (0.0, "0 bytes"),
            (1.0, "1 byte"),
            (999.0, "999 bytes"),
            (24_321.0, "24 KB"),
            (1_349_000.0, "1.3 MB"),
            (9_960_000.0, "10 MB"),
            (2_147_483_648.0, "2.1 GB"),
        ] {
            assert_eq!(bytes(n), want, "{n}");
        }
    }

    #[test]
    fn reused_blocks_mark_their_rows_and_say_what_they_are() {
        use parallax_engine::report::{BlockReport, PairReport};
        let block = |rows: [usize; 2], partner_rows: Option<[usize; 2]>, kept: f32| BlockReport {
            a_range: [0, 0],
            b_range: [0, 0],
            rows,
            partner_rows,
            a_sentences: [2, 2 + rows[1] - rows[0]],
            b_sentences: [0, 0],
            words: 10,
            kept,
        };
        let pair = PairReport {
            a: 0,
            b: 1,
            similarity: 0.0,
            a_in_b: 0.0,
            b_in_a: 0.0,
            counts: Default::default(),
            rows: Vec::new(),
            blocks: vec![
                block([1, 3], None, 0.92),
                block([5, 5], None, 1.0),
                block([6, 7], Some([9, 10]), 0.5),
            ],
        };
        let row = parallax_engine::analysis::align::Row {
            op: RowOp::AOnly,
            a: Vec::new(),
            b: Vec::new(),
            score: 0.0,
            partner: None,
            diff: None,
            furniture: false,
        };
        let pair = PairReport {
            rows: vec![row; 11],
            ..pair
        };
        let marks = block_marks(&pair);
        let shown: Vec<Option<(bool, bool)>> = marks
            .iter()
            .map(|m| m.as_ref().map(|m| (m.start, m.end)))
            .collect();
        assert_eq!(
            shown,
            [
                None,
                Some((true, false)),
                Some((false, false)),
                Some((false, true)),
                None,
                None,
                Some((true, false)),
                Some((false, true)),
                None,
                Some((true, false)),
                Some((false, true)),
            ]
        );
        assert_eq!(
            marks[1].as_ref().and_then(|m| m.label.clone()).as_deref(),
            Some("reused block: 3 sentences, 92% of words kept")
        );
        assert_eq!(
            marks[9].as_ref().and_then(|m| m.label.clone()).as_deref(),
            Some("moved block: 2 sentences, 50% of words kept")
        );
    }
}
