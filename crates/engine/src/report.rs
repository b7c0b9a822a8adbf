//! The report: everything the engine found, as one serde value.
//!
//! Its JSON form is a contract documented field by field in `docs/report-format.md`; it only
//! ever grows (new fields, new sections), and [`REPORT_VERSION`] says which edition it is.

use serde::{Deserialize, Serialize};

use crate::align::{align_pair, Row, RowOp};
use crate::cluster::{analyze_corpus, CorpusAnalysis};
use crate::corpus::Corpus;
use crate::figures::number_discrepancies;
use crate::passages::{shared_passages, Passage};
use crate::quotes::{group_quotes, quote_reports, QuoteGroupReport};
use crate::similarity::document_similarity;
use crate::Config;

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
    /// `matrix[a][b]`: share of document `a`'s words found in document `b`.
    pub matrix: Vec<Vec<f32>>,
    /// Every quotation, grouped across documents when it is the same quote; groups carried by
    /// more documents first.
    #[serde(default)]
    pub quotes: Vec<QuoteGroupReport>,
    /// Facts the documents state differently: numbers first, then speakers.
    #[serde(default)]
    pub discrepancies: Vec<DiscrepancyReport>,
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
    /// The document's text, unchanged; every range indexes it.
    pub text: String,
    /// Number of words in its sentences.
    pub words: usize,
    /// Share of its words in sentences found in at least one other document.
    pub shared: f32,
    /// Its sentences, in order.
    pub sentences: Vec<SentenceReport>,
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
    /// In how many documents it appears, its own included (1 = only here).
    pub documents: usize,
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

/// The alignment of two documents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairReport {
    /// Index of the left document.
    pub a: usize,
    /// Index of the right document.
    pub b: usize,
    /// How alike the two documents are as wholes ([`document_similarity`]): ranks copied and
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

/// A statement several documents carry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterReport {
    /// `[document, sentence]` of every member, sorted.
    pub members: Vec<[usize; 2]>,
    /// Number of distinct documents among the members.
    pub documents: usize,
}

/// The report as the JSON text of `docs/report-format.md`: pretty-printed, with a final
/// newline. `parallax compare --json` prints it and the app's "Download JSON report" saves it,
/// so the two are the same bytes for the same articles and settings.
///
/// Writing plain data to memory cannot fail; should it ever, the error says so without
/// serde_json's message (formatting it would cost the app's wasm for a case that never occurs).
pub fn to_json(report: &Report) -> Result<String, String> {
    let mut bytes = serde_json::to_vec_pretty(report)
        .map_err(|_| "could not write the report as JSON".to_string())?;
    bytes.push(b'\n');
    // serde_json writes UTF-8 only.
    String::from_utf8(bytes).map_err(|_| "the report's JSON is not UTF-8".to_string())
}

/// Analyses a corpus: documents, clusters, matrix, and (for corpora up to
/// `config.max_pair_documents`) every pair with its passages.
pub fn analyze(corpus: &Corpus, config: &Config) -> Report {
    let analysis = analyze_corpus(corpus, config);
    let documents = document_reports(corpus, &analysis);
    let pairs_complete = corpus.len() <= config.max_pair_documents;
    let mut pairs = Vec::new();
    let mut passages = Vec::new();
    if pairs_complete {
        for a in 0..corpus.len() {
            for b in a + 1..corpus.len() {
                pairs.push(pair_report(corpus, &analysis.matrix, a, b, config));
                passages.extend(pair_passages(corpus, a, b, config).into_iter().map(|p| {
                    PassageReport {
                        a,
                        a_range: p.a_range,
                        b,
                        b_range: p.b_range,
                        words: p.words,
                    }
                }));
            }
        }
    }
    let quotes = quote_reports(corpus, &group_quotes(corpus, config));
    let discrepancies = discrepancy_reports(corpus, &quotes);
    Report {
        version: REPORT_VERSION,
        config: config.clone(),
        documents,
        pairs,
        pairs_complete,
        passages,
        clusters: analysis
            .clusters
            .iter()
            .map(|c| ClusterReport {
                members: c.members.iter().map(|&(d, s)| [d, s]).collect(),
                documents: c.documents,
            })
            .collect(),
        matrix: analysis
            .matrix
            .iter()
            .map(|row| row.iter().map(|&v| round(v)).collect())
            .collect(),
        quotes,
        discrepancies,
    }
}

/// The report's `discrepancies`: number discrepancies, then quotes whose speakers differ.
pub fn discrepancy_reports(corpus: &Corpus, quotes: &[QuoteGroupReport]) -> Vec<DiscrepancyReport> {
    let entries = corpus.entries();
    let sentence_at = |d: usize, at: usize| {
        entries[d]
            .sentences
            .iter()
            .position(|s| s.span.start <= at && at < s.span.end.max(s.span.start + 1))
            .unwrap_or(0)
    };
    let member = |d: usize, range: [usize; 2]| DiscrepancyMember {
        document: d,
        start: range[0],
        end: range[1],
        value: entries[d].document.text[range[0]..range[1]].to_string(),
        sentence: sentence_at(d, range[0]),
        counted: None,
    };
    let mut out: Vec<DiscrepancyReport> = number_discrepancies(corpus)
        .into_iter()
        .map(|fact| DiscrepancyReport {
            kind: DiscrepancyKind::Number,
            members: fact
                .iter()
                .map(|&(d, f)| {
                    let figure = &entries[d].figures[f];
                    DiscrepancyMember {
                        counted: Some(figure.counted.of(&entries[d].document.text).to_string()),
                        ..member(d, figure.span.pair())
                    }
                })
                .collect(),
            quote: None,
        })
        .collect();
    for (g, group) in quotes.iter().enumerate() {
        if !group.speakers_differ {
            continue;
        }
        out.push(DiscrepancyReport {
            kind: DiscrepancyKind::Speaker,
            members: group
                .members
                .iter()
                .filter_map(|m| m.speaker_range.map(|range| member(m.document, range)))
                .collect(),
            quote: Some(g),
        });
    }
    out
}

/// The alignment of documents `a` and `b` (either order), with the figures from `matrix`.
pub fn pair_report(
    corpus: &Corpus,
    matrix: &[Vec<f32>],
    a: usize,
    b: usize,
    config: &Config,
) -> PairReport {
    let entries = corpus.entries();
    let rows = align_pair(&entries[a], &entries[b], config);
    let a_in_b = round(matrix[a][b]);
    let b_in_a = round(matrix[b][a]);
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
    }
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
        crate::Document::parse(x.name.clone(), x.text.clone()),
        crate::Document::parse(y.name.clone(), y.text.clone()),
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
    let mut pairs: Vec<([usize; 2], f32, f32)> = (0..n)
        .flat_map(|a| (a + 1..n).map(move |b| [a, b]))
        .map(|[a, b]| {
            let (x, y) = (share(a, b), share(b, a));
            ([a, b], x.max(y), x.min(y))
        })
        .collect();
    crate::order::sort_by(&mut pairs, |p, q| {
        q.1.total_cmp(&p.1)
            .then(q.2.total_cmp(&p.2))
            .then(p.0.cmp(&q.0))
    });
    pairs.truncate(limit);
    pairs.into_iter().map(|(pair, _, _)| pair).collect()
}

/// Counts rows by kind; a moved pair (two rows) counts once.
pub fn count_rows(rows: &[Row]) -> RowCounts {
    let mut counts = RowCounts::default();
    for row in rows {
        match row.op {
            RowOp::Equal => counts.equal += 1,
            RowOp::Changed => counts.changed += 1,
            RowOp::Moved if !row.a.is_empty() => counts.moved += 1,
            RowOp::Moved => {}
            RowOp::AOnly => counts.a_only += 1,
            RowOp::BOnly => counts.b_only += 1,
        }
    }
    counts
}

fn document_reports(corpus: &Corpus, analysis: &CorpusAnalysis) -> Vec<DocumentReport> {
    corpus
        .entries()
        .iter()
        .enumerate()
        .map(|(d, entry)| {
            let doc = &entry.document;
            let sentences: Vec<SentenceReport> = entry
                .sentences
                .iter()
                .enumerate()
                .map(|(s, sentence)| SentenceReport {
                    start: sentence.span.start,
                    end: sentence.span.end,
                    paragraph: sentence.paragraph,
                    words: entry.sentence_words(s),
                    cluster: analysis.sentence_cluster[d][s],
                    documents: analysis.documents_of(d, s),
                })
                .collect();
            let words = entry.word_count();
            let shared_words: usize = sentences
                .iter()
                .filter(|s| s.documents > 1)
                .map(|s| s.words)
                .sum();
            DocumentReport {
                name: doc.name.clone(),
                title: doc.title.clone(),
                source: doc.source.clone(),
                source_domain: doc.source_domain().map(str::to_string),
                headline: doc.headline.map(|s| s.pair()),
                text: doc.text.clone(),
                words,
                shared: if words == 0 {
                    0.0
                } else {
                    round(shared_words as f32 / words as f32)
                },
                sentences,
            }
        })
        .collect()
}

/// Rounds a share or score to four decimals, so reports are stable and readable.
fn round(value: f32) -> f32 {
    (value * 10_000.0).round() / 10_000.0
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
    }
}
