//! **Report**: everything the engine found, assembled into one serde value ([`analyze`]).
//!
//! Its JSON form is a contract documented field by field in `docs/report-format.md`; it only
//! ever grows (new fields, new sections), and [`REPORT_VERSION`] says which edition it is.
//!
//! | module          | does                                                              |
//! |-----------------|-------------------------------------------------------------------|
//! | `format`        | every type of the report (the contract) and its JSON text         |
//! | `documents`     | `documents` (with each sentence's cluster and spread) and `clusters` |
//! | `pairs`         | `pairs` and `passages`; one pair on demand (`pair_corpus`, `pair_report`); `ranked_pairs` |
//! | `quotes`        | `quotes`: groups with their most common wording and word diffs   |
//! | `discrepancies` | `discrepancies`: numbers, then speakers                           |
//!
//! The top layer: it may import every layer below.

mod discrepancies;
mod documents;
mod format;
mod pairs;
mod quotes;

pub use discrepancies::discrepancy_reports;
pub use format::{
    to_json, write_json, BlockReport, ClusterReport, DiscrepancyKind, DiscrepancyMember,
    DiscrepancyReport, DocumentReport, PairReport, PassageReport, QuoteGroupReport,
    QuoteMemberReport, Report, RowCounts, SentenceReport, REPORT_VERSION,
};
pub use pairs::{count_rows, pair_corpus, pair_passages, pair_report, ranked_pairs};
pub use quotes::{quote_reports, quote_reports_with, QuoteDiffs};

use crate::analysis::cluster::{analyze_corpus, CorpusAnalysis, Statements};
use crate::analysis::quote_groups::{group_quotes, QuoteLinks, QuoteRef};
use crate::base::Config;
use crate::corpus::Corpus;
use crate::report::format::round;
use crate::text::Document;

/// Analyses a corpus: documents, clusters, matrix, and (for corpora up to
/// `config.max_pair_documents`) every pair with its passages.
pub fn analyze(corpus: &Corpus, config: &Config) -> Report {
    // What was matched is dropped before the report is assembled (an [`Analyzer`] keeps it).
    let (analysis, (quotes, pairs)) = side_by_side(
        corpus,
        || analyze_corpus(corpus, config),
        || {
            side_by_side(
                corpus,
                || quote_reports(corpus, &group_quotes(corpus, config)),
                || Pairs::of(corpus, config),
            )
        },
    );
    assemble(corpus, config, analysis, quotes, pairs)
}

/// The report's `pairs` and `passages`: every pair of documents, aligned, for corpora up to
/// `config.max_pair_documents` (nothing above). A pair's shares (`a_in_b`, `b_in_a`) come from
/// the corpus analysis and are set by [`Pairs::share`].
#[derive(Default)]
struct Pairs {
    pairs: Vec<PairReport>,
    passages: Vec<PassageReport>,
}

impl Pairs {
    /// Every pair's alignment, and every pair's passages beside it (the two need only the
    /// prepared documents, so on a native build with a second core they run side by side).
    fn of(corpus: &Corpus, config: &Config) -> Pairs {
        if corpus.len() > config.max_pair_documents {
            return Pairs::default();
        }
        let n = corpus.len();
        let each = || (0..n).flat_map(move |a| (a + 1..n).map(move |b| (a, b)));
        let (pairs, passages) = side_by_side(
            corpus,
            || {
                each()
                    .map(|(a, b)| pair_report(corpus, &[], a, b, config))
                    .collect()
            },
            || {
                each()
                    .flat_map(|(a, b)| {
                        pair_passages(corpus, a, b, config)
                            .into_iter()
                            .map(move |p| PassageReport {
                                a,
                                a_range: p.a_range,
                                b,
                                b_range: p.b_range,
                                words: p.words,
                            })
                    })
                    .collect()
            },
        );
        Pairs { pairs, passages }
    }

    /// Sets each pair's shares from the corpus's share matrix (0 where it was left out).
    fn share(&mut self, matrix: &[Vec<f32>]) {
        for pair in &mut self.pairs {
            (pair.a_in_b, pair.b_in_a) = pairs::shares(matrix, pair.a, pair.b);
        }
    }
}

/// Least text in a corpus, in bytes, for which the report's independent parts (clusters,
/// quotes, pairs) run on threads of their own (about 25 ms of work, as for preparing
/// documents).
#[cfg(not(target_arch = "wasm32"))]
const BYTES_FOR_A_THREAD: usize = 256 * 1024;

/// `here()` on this thread and `beside()` on another, when there is a second core and the
/// corpus is worth it: the report's parts that need only the prepared documents (the corpus
/// analysis, the quotes, the pairs) run side by side.
#[cfg(not(target_arch = "wasm32"))]
fn side_by_side<A, B: Send>(
    corpus: &Corpus,
    here: impl FnOnce() -> A,
    beside: impl FnOnce() -> B + Send,
) -> (A, B) {
    let bytes: usize = corpus.entries().iter().map(|e| e.document.text.len()).sum();
    let cores = crate::base::threads::cores();
    if cores < 2 || bytes < BYTES_FOR_A_THREAD {
        let a = here();
        return (a, beside());
    }
    std::thread::scope(|scope| {
        let other = scope.spawn(beside);
        let a = here();
        match other.join() {
            Ok(b) => (a, b),
            // A panic in the other part is a bug; carry it to the caller as it was.
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// `here()`, then `beside()` (wasm has one thread).
#[cfg(target_arch = "wasm32")]
fn side_by_side<A, B>(_: &Corpus, here: impl FnOnce() -> A, beside: impl FnOnce() -> B) -> (A, B) {
    let a = here();
    (a, beside())
}

/// The analyses across documents, kept between reports of one growing corpus (the worker
/// keeps one beside its corpus): the sentences and quotes of the documents added since the
/// last report are matched against the rest, and nothing matched before is matched again. A
/// changed threshold or passage rule, or a corpus with fewer documents, starts afresh; a
/// caller that changes documents already taken (renames, removes, replaces) makes a new one.
///
/// What is found is the same as for the corpus taken at once ([`Statements`],
/// [`QuoteLinks`]); joining it into clusters, groups, the matrix and the report is redone on
/// each report and is linear in what was found.
#[derive(Clone, Debug, Default)]
pub struct Analyzer {
    statements: Option<Statements>,
    quotes: Option<QuoteLinks>,
    /// The quotes' word diffs, kept with `quotes` (and dropped with them).
    quote_diffs: QuoteDiffs,
}

impl Analyzer {
    /// Nothing matched yet.
    pub fn new() -> Analyzer {
        Analyzer::default()
    }

    /// Clusters and the matrix of `corpus` at `config`.
    pub fn corpus_analysis(&mut self, corpus: &Corpus, config: &Config) -> CorpusAnalysis {
        statements(&mut self.statements, corpus, config).analysis(corpus, config)
    }

    /// The quotations of `corpus` grouped at `config`.
    pub fn quote_groups(&mut self, corpus: &Corpus, config: &Config) -> Vec<Vec<QuoteRef>> {
        quotes(&mut self.quotes, &mut self.quote_diffs, corpus, config).groups()
    }

    /// Matches the documents of `corpus` added since the last call (sentences and quotes)
    /// without making a report: a caller whose corpus grows in steps can match each step as
    /// it comes, and the next report only joins what was found. Matching in steps finds
    /// exactly what matching at once does.
    pub fn take(&mut self, corpus: &Corpus, config: &Config) {
        statements(&mut self.statements, corpus, config);
        quotes(&mut self.quotes, &mut self.quote_diffs, corpus, config);
    }

    /// The report on `corpus` at `config` (see [`analyze`]).
    pub fn report(&mut self, corpus: &Corpus, config: &Config) -> Report {
        let Analyzer {
            statements: kept_statements,
            quotes: kept_quotes,
            quote_diffs,
        } = self;
        let (analysis, (quotes, pairs)) = side_by_side(
            corpus,
            || statements(kept_statements, corpus, config).analysis(corpus, config),
            || {
                side_by_side(
                    corpus,
                    || {
                        let groups = quotes(kept_quotes, quote_diffs, corpus, config).groups();
                        quote_reports_with(corpus, &groups, quote_diffs)
                    },
                    || Pairs::of(corpus, config),
                )
            },
        );
        assemble(corpus, config, analysis, quotes, pairs)
    }
}

/// The sentence matching kept in `slot`, brought up to date with `corpus` (afresh at another
/// threshold, or when documents taken are gone).
fn statements<'a>(
    slot: &'a mut Option<Statements>,
    corpus: &Corpus,
    config: &Config,
) -> &'a Statements {
    let kept = slot.take().filter(|s| s.serves(corpus, config));
    let statements = slot.insert(kept.unwrap_or_else(|| Statements::new(config.threshold)));
    statements.add(corpus);
    statements
}

/// The quote links kept in `slot`, brought up to date with `corpus` (afresh under other
/// rules, and then without the word diffs kept with them).
fn quotes<'a>(
    slot: &'a mut Option<QuoteLinks>,
    diffs: &mut QuoteDiffs,
    corpus: &Corpus,
    config: &Config,
) -> &'a QuoteLinks {
    let kept = slot.take().filter(|q| q.serves(corpus, config));
    if kept.is_none() {
        diffs.clear();
    }
    let quotes = slot.insert(kept.unwrap_or_else(|| QuoteLinks::new(config)));
    quotes.add(corpus);
    quotes
}

/// A report that lists `documents` before they are prepared and compared: each with its
/// title, what its file states, its text and its number of words, and nothing found across
/// them (no sentences, clusters, quotes or matrix). A caller with many documents to compare
/// shows this first, and the report follows.
pub fn listing<'a>(documents: impl IntoIterator<Item = &'a Document>, config: &Config) -> Report {
    Report {
        version: REPORT_VERSION,
        config: config.clone(),
        documents: documents.into_iter().map(documents::listed).collect(),
        pairs: Vec::new(),
        pairs_complete: false,
        passages: Vec::new(),
        clusters: Vec::new(),
        matrix: Vec::new(),
        matrix_complete: false,
        quotes: Vec::new(),
        discrepancies: Vec::new(),
    }
}

/// The report from what was found across the corpus.
fn assemble(
    corpus: &Corpus,
    config: &Config,
    analysis: CorpusAnalysis,
    quotes: Vec<QuoteGroupReport>,
    mut pairs: Pairs,
) -> Report {
    let documents = documents::document_reports(corpus, &analysis);
    let pairs_complete = corpus.len() <= config.max_pair_documents;
    let matrix_complete = corpus.len() <= config.max_matrix_documents;
    pairs.share(&analysis.matrix);
    let Pairs { pairs, passages } = pairs;
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
        // Rounded in place: at thousands of documents the matrix is the report's largest part.
        matrix: analysis
            .matrix
            .into_iter()
            .filter(|_| matrix_complete)
            .map(|mut row| {
                row.iter_mut().for_each(|v| *v = round(*v));
                row
            })
            .collect(),
        matrix_complete,
        quotes,
        discrepancies,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn the_matrix_is_left_out_above_its_limit_and_says_so() {
        let corpus = Corpus::from_documents((0..3).map(|i| {
            Document::parse(
                i.to_string(),
                format!("Alpha bravo charlie delta echo. Article {i} stands alone here."),
            )
        }));
        let small = analyze(&corpus, &Config::default());
        assert!(small.matrix_complete);
        assert_eq!(small.matrix.len(), 3);
        let json = to_json(&small).unwrap_or_default();
        assert!(!json.contains("matrix_complete"), "written only when false");

        let config = Config {
            max_matrix_documents: 2,
            ..Config::default()
        };
        let large = analyze(&corpus, &config);
        assert!(!large.matrix_complete);
        assert!(large.matrix.is_empty());
        assert_eq!(large.clusters, small.clusters, "everything else is kept");
        let json = to_json(&large).unwrap_or_default();
        assert!(json.contains("\"matrix_complete\": false"));
        let back: Report = serde_json::from_str(&json).expect("reads back");
        assert!(!back.matrix_complete);
        let old: Report =
            serde_json::from_str(&to_json(&small).unwrap_or_default()).expect("reads");
        assert!(old.matrix_complete, "absent means complete");
    }
}
