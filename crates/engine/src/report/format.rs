//! The report's format: every type of the JSON report, as `docs/report-format.md` documents
//! it field by field, and its JSON text. The other modules of this layer fill these types in.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::analysis::align::Row;
use crate::base::Config;
use crate::matching::diff::WordDiff;

/// Edition of the report format.
pub const REPORT_VERSION: u32 = 2;

/// Everything the engine found in a corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Edition of the format ([`REPORT_VERSION`]).
    pub version: u32,
    /// The settings of this analysis.
    pub config: Config,
    /// The documents, in corpus order; other sections refer to them by index.
    pub documents: Vec<DocumentReport>,
    /// Every pair `a < b` (when the corpus has at most `config.max_pair_documents` documents).
    pub pairs: Vec<PairReport>,
    /// Whether `pairs` (and `passages`) hold every pair.
    pub pairs_complete: bool,
    /// Shared passages of every pair in `pairs`.
    pub passages: Vec<PassageReport>,
    /// Statements found in two or more documents, most documents first.
    pub clusters: Vec<ClusterReport>,
    /// `matrix[a][b]`: share of document `a`'s words found in document `b` (empty when
    /// `matrix_complete` is false).
    pub matrix: Vec<Vec<f32>>,
    /// Whether `matrix` is there: false when the corpus has more than
    /// `config.max_matrix_documents` documents. Written only when false.
    #[serde(default = "complete", skip_serializing_if = "is_true")]
    pub matrix_complete: bool,
    /// Every quotation, grouped across documents when it is the same quote; groups carried by
    /// more documents first.
    #[serde(default)]
    pub quotes: Vec<QuoteGroupReport>,
    /// Facts the documents state differently: numbers first, then speakers.
    #[serde(default)]
    pub discrepancies: Vec<DiscrepancyReport>,
}

fn complete() -> bool {
    true
}

fn is_true(value: &bool) -> bool {
    *value
}

/// One document of the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentReport {
    /// Identifier (file stem).
    pub name: String,
    /// Title for display.
    pub title: String,
    /// Source URL, if the file names one.
    pub source: Option<String>,
    /// Host of the source URL without `www.`.
    pub source_domain: Option<String>,
    /// Byte range of the headline line, if the document starts with one.
    pub headline: Option<[usize; 2]>,
    /// The language it is written in: an ISO 639-1 code (`en`, `de`, `zh`), or `und` when the
    /// text is too short to tell. Absent in reports written before languages were detected.
    #[serde(default = "undetermined")]
    pub language: String,
    /// The outlet, as the file states it (a page's `og:site_name`); absent when it does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The byline, as the file states it; absent when it does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// When it was published (ISO 8601 date, or date and time with offset), as the file
    /// states it; absent when it does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The document's text, unchanged; every range indexes it. Shared with the document it
    /// reports on rather than copied (a report on thousands of documents would hold every
    /// text twice).
    pub text: Arc<str>,
    /// Number of words in its sentences.
    pub words: usize,
    /// Share of its words in sentences found in at least one other document.
    pub shared: f32,
    /// Its sentences, in order.
    pub sentences: Vec<SentenceReport>,
}

/// The language of a document from a report that does not name one.
fn undetermined() -> String {
    "und".to_string()
}

/// One sentence of a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentenceReport {
    /// First byte in the document's text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Paragraph (block) index, from 0.
    pub paragraph: usize,
    /// Number of words.
    pub words: usize,
    /// Index of its cluster in `clusters`, if it has one.
    pub cluster: Option<usize>,
    /// Page furniture ("Advertisement", "Read more", a photo credit, a byline): shown, but
    /// never matched and not counted (its `words` is 0).
    #[serde(default, skip_serializing_if = "is_false")]
    pub furniture: bool,
    /// In how many documents it appears, its own included (1 = only here).
    pub documents: usize,
}

/// A statement several documents carry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterReport {
    /// `[document, sentence]` of every member, sorted.
    pub members: Vec<[usize; 2]>,
    /// Number of distinct documents among the members.
    pub documents: usize,
}

/// The alignment of two documents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairReport {
    /// Index of the left document.
    pub a: usize,
    /// Index of the right document.
    pub b: usize,
    /// How alike the two documents are as wholes ([`crate::matching::similarity::document_similarity`]): ranks copied and
    /// revised texts above independent ones on the same topic.
    pub similarity: f32,
    /// Share of `a`'s words found in `b` (the matrix cell `[a][b]`).
    pub a_in_b: f32,
    /// Share of `b`'s words found in `a`.
    pub b_in_a: f32,
    /// Rows by kind.
    pub counts: RowCounts,
    /// The rows of the side-by-side view.
    pub rows: Vec<Row>,
    /// The regions of `a` reused in `b` ([`crate::analysis::blocks`]): in-order blocks in
    /// reading order, then moved ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<BlockReport>,
}

/// A region of one document reused in the other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BlockReport {
    /// Byte range in `a`'s text, trimmed to the shared words at its edges.
    pub a_range: [usize; 2],
    /// Byte range in `b`'s text.
    pub b_range: [usize; 2],
    /// First and last row of the block (of a moved block: its rows on `a`'s side).
    pub rows: [usize; 2],
    /// Of a moved block: the first and last of its rows on `b`'s side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_rows: Option<[usize; 2]>,
    /// First and last sentence of `a` in the block.
    pub a_sentences: [usize; 2],
    /// First and last sentence of `b` in the block.
    pub b_sentences: [usize; 2],
    /// Words of `a` in the block.
    pub words: usize,
    /// Share of those words that `b` keeps unchanged.
    pub kept: f32,
}

/// Counts of an alignment's rows by kind (a `moved` pair counts once).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowCounts {
    /// `equal` rows.
    pub equal: usize,
    /// `changed` rows.
    pub changed: usize,
    /// Moved pairs.
    pub moved: usize,
    /// `a_only` rows.
    pub a_only: usize,
    /// `b_only` rows.
    pub b_only: usize,
}

/// A passage two documents share.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PassageReport {
    /// Index of the first document.
    pub a: usize,
    /// Byte range in `a`'s text.
    pub a_range: [usize; 2],
    /// Index of the second document.
    pub b: usize,
    /// Byte range in `b`'s text.
    pub b_range: [usize; 2],
    /// Number of words (on `a`'s side).
    pub words: usize,
}

/// A quote group as the report gives it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroupReport {
    /// The quotations, sorted by document and position.
    pub members: Vec<QuoteMemberReport>,
    /// Index into `members` of the most common wording (the one the diffs compare with).
    pub reference: usize,
    /// Number of distinct documents among the members.
    pub documents: usize,
    /// Whether the members name two or more different speakers.
    pub speakers_differ: bool,
}

/// One quotation of a group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteMemberReport {
    /// Document index.
    pub document: usize,
    /// First byte of the quoted words (inside the marks).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Who the text says spoke it, as written; `null` when it does not say.
    pub speaker: Option<String>,
    /// Where the speaker's name stands, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_range: Option<[usize; 2]>,
    /// Word diff of the reference wording (side `a`) against this one (side `b`); absent for
    /// the reference itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<WordDiff>,
}

/// What a discrepancy is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiscrepancyKind {
    /// The same fact given with different figures.
    Number,
    /// The same quote attributed to different people.
    Speaker,
}

/// A fact stated differently by different documents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiscrepancyReport {
    /// `number` or `speaker`.
    pub kind: DiscrepancyKind,
    /// The figures (with their qualifiers) or the attributions, sorted by document and position.
    pub members: Vec<DiscrepancyMember>,
    /// For `speaker`: the index of the quote group in `quotes`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<usize>,
}

/// One document's side of a discrepancy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiscrepancyMember {
    /// Document index.
    pub document: usize,
    /// First byte of the figure (qualifier included) or of the speaker's name.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The text of that range, as written (`over 80`, `Rex Tillerson`).
    pub value: String,
    /// Index of the sentence it stands in.
    pub sentence: usize,
    /// For `number`: the counted thing as written after the figure (`people`, `hours`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
}

/// The report as the JSON text of `docs/report-format.md`: pretty-printed, with a final
/// newline. `parallax compare --json` prints it and the app's "Download JSON report" saves it,
/// so the two are the same bytes for the same articles and settings.
///
/// Writing plain data to memory cannot fail; should it ever, the error says so without
/// serde_json's message (formatting it would cost the app's wasm for a case that never occurs).
pub fn to_json(report: &Report) -> Result<String, String> {
    // Written into room for about what it will take (six bytes of JSON for each byte of the
    // documents' text in a pair's report), not grown by doubling from nothing.
    let text: usize = report.documents.iter().map(|d| d.text.len()).sum();
    let mut bytes = Vec::with_capacity(text.saturating_mul(JSON_BYTES_PER_TEXT_BYTE));
    report
        .serialize(&mut serde_json::Serializer::with_formatter(
            &mut bytes,
            Pretty::default(),
        ))
        .map_err(|_| "could not write the report as JSON".to_string())?;
    bytes.push(b'\n');
    // serde_json writes UTF-8 only.
    String::from_utf8(bytes).map_err(|_| "the report's JSON is not UTF-8".to_string())
}

/// Writes the report's JSON text ([`to_json`], the same bytes) to `out` as it is made: the
/// CLI streams it to its output rather than holding megabytes of text first. (Apart from
/// [`to_json`] so the app's wasm, which only uses that, carries no I/O error type.)
pub fn write_json(report: &Report, mut out: impl std::io::Write) -> std::io::Result<()> {
    report.serialize(&mut serde_json::Serializer::with_formatter(
        &mut out,
        Pretty::default(),
    ))?;
    out.write_all(b"\n")
}

/// A comma, a line break and the indent of up to 16 levels, which [`Pretty`] writes in one
/// piece (deeper lines, which the report does not have, take more).
const BREAKS: &[u8] = b",\n                                ";

/// serde_json's pretty layout (`serde_json::to_writer_pretty`: a value per line, two spaces a
/// level), byte for byte, with each line's comma, break and indent written in one piece rather
/// than a write per level: a pair's report has hundreds of thousands of lines.
#[derive(Default)]
struct Pretty {
    level: usize,
    has_value: bool,
}

impl Pretty {
    /// A comma when `comma`, a line break and the current level's indent.
    fn new_line<W: ?Sized + std::io::Write>(
        &self,
        out: &mut W,
        comma: bool,
    ) -> std::io::Result<()> {
        let from = usize::from(!comma);
        let mut spaces = self.level * 2;
        let head = spaces.min(BREAKS.len() - 2);
        out.write_all(&BREAKS[from..2 + head])?;
        spaces -= head;
        while spaces > 0 {
            let part = spaces.min(BREAKS.len() - 2);
            out.write_all(&BREAKS[2..2 + part])?;
            spaces -= part;
        }
        Ok(())
    }

    fn open<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        mark: &[u8],
    ) -> std::io::Result<()> {
        self.level += 1;
        self.has_value = false;
        out.write_all(mark)
    }

    fn close<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        mark: &[u8],
    ) -> std::io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.new_line(out, false)?;
        }
        out.write_all(mark)
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.new_line(out, !first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.new_line(out, !first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
    ) -> std::io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Bytes of JSON the report takes per byte of its documents' text, about (a pair of long
/// documents: 6.2): room reserved before it is written.
const JSON_BYTES_PER_TEXT_BYTE: usize = 6;

/// Rounds a share or score to four decimals, so reports are stable and readable.
pub(crate) fn round(value: f32) -> f32 {
    (value * 10_000.0).round() / 10_000.0
}

fn is_false(value: &bool) -> bool {
    !*value
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`Pretty`] writes for `value`.
    fn pretty(value: &impl Serialize) -> String {
        let mut bytes = Vec::new();
        let written = value.serialize(&mut serde_json::Serializer::with_formatter(
            &mut bytes,
            Pretty::default(),
        ));
        assert!(written.is_ok());
        String::from_utf8(bytes).unwrap_or_default()
    }

    #[test]
    fn pretty_writes_what_serde_jsons_pretty_printer_writes() {
        // Empty and nested arrays and objects, strings to escape, and lines deeper than
        // `BREAKS` indents in one piece.
        let mut deep = serde_json::json!({"end": [1, {"a": []}, {}], "text": "“quoted”\n\"line\""});
        for level in 0..20 {
            deep = serde_json::json!({ "level": level, "inner": [deep, [], {}, null, 2.5] });
        }
        let expected = serde_json::to_string_pretty(&deep).unwrap_or_default();
        assert!(expected
            .lines()
            .any(|l| l.len() - l.trim_start().len() > BREAKS.len()));
        assert_eq!(pretty(&deep), expected);
        for value in [
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!("x"),
        ] {
            assert_eq!(
                pretty(&value),
                serde_json::to_string_pretty(&value).unwrap_or_default()
            );
        }
    }
}
