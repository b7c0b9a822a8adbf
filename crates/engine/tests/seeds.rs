//! The engine on the five seed articles: snapshots of the report and checks a reader would make.
//!
//! The seeds are read from the repository's `seeds/` folder (the project's own copy).

use std::path::PathBuf;

use parallax_engine::analysis::align::RowOp;
use parallax_engine::report::Report;
use parallax_engine::text::document::text_files;
use parallax_engine::text::normalize::fold;
use parallax_engine::{analyze, Analyzer, Config, Corpus, Document};

fn seeds() -> Corpus {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let files = text_files(&dir).expect("seeds/ exists");
    Corpus::from_documents(files.iter().map(|p| {
        let text = std::fs::read_to_string(p).expect("UTF-8 seed");
        Document::parse(p.file_stem().expect("stem").to_string_lossy(), text)
    }))
}

fn report() -> Report {
    analyze(&seeds(), &Config::default())
}

fn sentence(r: &Report, d: usize, s: usize) -> &str {
    let doc = &r.documents[d];
    &doc.text[doc.sentences[s].start..doc.sentences[s].end]
}

/// A share as the JSON report prints it (four decimals), for `json!` values.
fn share(value: f32) -> f64 {
    (f64::from(value) * 1e4).round() / 1e4
}

/// A readable digest of the report: what a reviewer checks by eye.
fn digest(r: &Report) -> serde_json::Value {
    let documents: Vec<_> = r
        .documents
        .iter()
        .map(|d| {
            serde_json::json!({
                "name": d.name, "title": d.title, "source_domain": d.source_domain,
                "words": d.words, "shared": share(d.shared), "sentences": d.sentences.len(),
            })
        })
        .collect();
    let clusters: Vec<_> = r
        .clusters
        .iter()
        .map(|c| {
            c.members
                .iter()
                .map(|&[d, s]| format!("{d}:{s} {}", sentence(r, d, s)))
                .collect::<Vec<_>>()
        })
        .collect();
    let pairs: Vec<_> = r
        .pairs
        .iter()
        .map(|p| {
            let rows: Vec<String> = p
                .rows
                .iter()
                .filter(|row| row.op != RowOp::AOnly && row.op != RowOp::BOnly)
                .map(|row| format!("{:?} a{:?} b{:?} {:.2} {:?}", row.op, row.a, row.b, row.score, row.partner))
                .collect();
            let blocks: Vec<String> = p
                .blocks
                .iter()
                .map(|k| {
                    format!(
                        "a{:?} b{:?}{} kept {:.2}: {}",
                        k.a_sentences,
                        k.b_sentences,
                        if k.partner_rows.is_some() { " moved" } else { "" },
                        k.kept,
                        r.documents[p.a].text[k.a_range[0]..k.a_range[1]].chars().take(60).collect::<String>()
                    )
                })
                .collect();
            serde_json::json!({ "pair": [p.a, p.b], "similarity": share(p.similarity), "a_in_b": share(p.a_in_b), "b_in_a": share(p.b_in_a), "counts": p.counts, "matched_rows": rows, "blocks": blocks })
        })
        .collect();
    let matrix: Vec<Vec<f64>> = r
        .matrix
        .iter()
        .map(|row| row.iter().map(|&v| share(v)).collect())
        .collect();
    let text = |d: usize, start: usize, end: usize| r.documents[d].text[start..end].to_string();
    let quotes: Vec<_> = r
        .quotes
        .iter()
        .filter(|g| g.documents > 1)
        .map(|g| {
            g.members
                .iter()
                .map(|m| {
                    format!(
                        "{} {:?}: {}",
                        m.document,
                        m.speaker,
                        text(m.document, m.start, m.end)
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let discrepancies: Vec<_> = r
        .discrepancies
        .iter()
        .map(|d| {
            let members: Vec<String> = d
                .members
                .iter()
                .map(|m| format!("{}:{} {}", m.document, m.sentence, m.value))
                .collect();
            serde_json::json!({ "kind": d.kind, "members": members })
        })
        .collect();
    serde_json::json!({ "documents": documents, "clusters": clusters, "pairs": pairs, "matrix": matrix, "passages": r.passages.len(), "quotes_in_several": quotes, "quotes": r.quotes.len(), "discrepancies": discrepancies })
}

#[test]
fn report_digest_snapshot() {
    insta::assert_json_snapshot!("seeds_digest", digest(&report()));
}

#[test]
fn full_report_snapshot() {
    let mut r = report();
    // The texts are the seed files themselves; keep the snapshot about what the engine found.
    for d in &mut r.documents {
        d.text = format!("<{} bytes>", d.text.len()).into();
    }
    insta::assert_json_snapshot!("seeds_report", r);
}

#[test]
fn the_four_trust_wordings_are_one_statement() {
    let r = report();
    let trust: Vec<(usize, usize)> = r
        .documents
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| {
            doc.sentences
                .iter()
                .enumerate()
                // Folded: seed 004 has no-break spaces inside this phrase.
                .filter(move |(_, s)| {
                    fold(&doc.text[s.start..s.end]).contains("low level of trust between our")
                })
                .map(move |(s, _)| (d, s))
        })
        .collect();
    assert_eq!(
        trust.iter().map(|&(d, _)| d).collect::<Vec<_>>(),
        [0, 1, 3, 4]
    );
    let cluster = r.documents[0].sentences[trust[0].1]
        .cluster
        .expect("clustered");
    for &(d, s) in &trust {
        assert_eq!(
            r.documents[d].sentences[s].cluster,
            Some(cluster),
            "{}",
            sentence(&r, d, s)
        );
    }
    assert_eq!(r.clusters[cluster].documents, 4);
}

#[test]
fn pair_000_001_matches_the_trust_quote_on_one_row() {
    let r = report();
    let pair = r
        .pairs
        .iter()
        .find(|p| p.a == 0 && p.b == 1)
        .expect("pair 0-1");
    let row = pair
        .rows
        .iter()
        .find(|row| {
            row.a
                .iter()
                .any(|&s| sentence(&r, 0, s).contains("low level of trust"))
        })
        .expect("a row with 000's trust sentence");
    assert_eq!(row.op, RowOp::Equal, "differs only in quote marks");
    assert!(row
        .b
        .iter()
        .any(|&s| sentence(&r, 1, s).contains("low level of trust")));
}

#[test]
fn stock_openings_do_not_link() {
    let r = report();
    // 003 and 004 both open sentences with "Tillerson said Wednesday that …" about different things.
    let (d3, d4) = (&r.documents[3], &r.documents[4]);
    let firm = d3
        .sentences
        .iter()
        .position(|s| d3.text[s.start..s.end].contains("firm information"))
        .expect("003 firm");
    let moscow = d4
        .sentences
        .iter()
        .position(|s| d4.text[s.start..s.end].starts_with("MOSCOW--"))
        .expect("004 lead");
    let (c3, c4) = (d3.sentences[firm].cluster, d4.sentences[moscow].cluster);
    assert!(
        c3.is_none() || c3 != c4,
        "stock opening linked two statements"
    );
}

#[test]
fn reordered_paragraphs_are_moved() {
    let r = report();
    let pair = r
        .pairs
        .iter()
        .find(|p| p.a == 3 && p.b == 4)
        .expect("pair 3-4");
    assert_eq!(pair.counts.moved, 1);
    let moved = pair
        .rows
        .iter()
        .find(|row| row.op == RowOp::Moved && !row.a.is_empty())
        .expect("moved");
    assert!(sentence(&r, 3, moved.a[0]).contains("clarify areas of common objectives"));
}

/// A reader holding only the report (the browser page) aligns a pair from the report's two
/// texts: the very rows and passages the whole corpus gives, and the report survives its JSON.
#[test]
fn a_pair_from_the_report_alone_equals_the_pair_from_the_corpus() {
    use parallax_engine::report::{pair_corpus, pair_passages, pair_report};
    let corpus = seeds();
    let config = Config::default();
    let report = analyze(&corpus, &config);
    let back: Report = serde_json::from_str(&serde_json::to_string(&report).expect("json"))
        .expect("the report reads back");
    assert_eq!(back, report);
    for a in 0..corpus.len() {
        for b in 0..corpus.len() {
            if a == b {
                continue;
            }
            let (two, matrix) = pair_corpus(&back, a, b).expect("in range");
            let mut alone = pair_report(&two, &matrix, 0, 1, &config);
            (alone.a, alone.b) = (a, b);
            assert_eq!(
                alone,
                pair_report(&corpus, &report.matrix, a, b, &config),
                "{a}-{b}"
            );
            assert_eq!(
                pair_passages(&two, 0, 1, &config),
                pair_passages(&corpus, a, b, &config)
            );
        }
    }
    assert!(pair_corpus(&report, 0, corpus.len()).is_none());
}

#[test]
fn a_corpus_grown_one_article_at_a_time_reports_as_one_taken_at_once() {
    // The worker keeps one analyzer while the user adds articles; each report must equal the
    // report of the same articles analysed from scratch, also across a change of threshold.
    let all = seeds();
    let mut grown = Corpus::new();
    let mut analyzer = Analyzer::new();
    for (k, entry) in all.entries().iter().enumerate() {
        grown.add(entry.document.clone());
        let config = if k == 3 {
            Config::default().with_threshold(0.6)
        } else {
            Config::default()
        };
        let fresh = analyze(
            &Corpus::from_documents(grown.entries().iter().map(|e| e.document.clone())),
            &config,
        );
        assert_eq!(
            analyzer.report(&grown, &config),
            fresh,
            "after {} articles",
            k + 1
        );
    }
    // And in the other order: the last seed first.
    let mut reversed = Corpus::new();
    let mut analyzer = Analyzer::new();
    for entry in all.entries().iter().rev() {
        reversed.add(entry.document.clone());
        let _ = analyzer.report(&reversed, &Config::default());
    }
    let fresh = analyze(
        &Corpus::from_documents(all.entries().iter().rev().map(|e| e.document.clone())),
        &Config::default(),
    );
    assert_eq!(analyzer.report(&reversed, &Config::default()), fresh);
}

#[test]
fn a_corpus_matched_step_by_step_reports_as_one_taken_at_once() {
    // The worker matches a large pick a few articles at a time (`Analyzer::take`) and makes
    // one report at the end: it must equal the report of the same articles analysed at once.
    let all = seeds();
    let config = Config::default();
    let mut grown = Corpus::new();
    let mut analyzer = Analyzer::new();
    for step in all.entries().chunks(2) {
        for entry in step {
            grown.add(entry.document.clone());
        }
        analyzer.take(&grown, &config);
    }
    assert_eq!(analyzer.report(&grown, &config), analyze(&all, &config));
}

#[test]
fn a_listing_names_each_document_as_the_report_does() {
    // Shown before the report on many articles: the same names, titles and texts, about the
    // same number of words (the listing also counts a source line and page furniture), and
    // nothing found across them yet.
    let all = seeds();
    let config = Config::default();
    let listed =
        parallax_engine::report::listing(all.entries().iter().map(|e| &e.document), &config);
    let report = analyze(&all, &config);
    assert_eq!(listed.documents.len(), report.documents.len());
    for (l, r) in listed.documents.iter().zip(&report.documents) {
        assert_eq!((&l.name, &l.title, &l.text), (&r.name, &r.title, &r.text));
        assert!(
            l.words >= r.words && l.words <= r.words * 11 / 10,
            "{} words listed, {} counted",
            l.words,
            r.words
        );
        assert_eq!((&l.language, l.headline), (&r.language, r.headline));
        assert!(l.sentences.is_empty() && l.shared == 0.0);
    }
    assert!(listed.clusters.is_empty() && listed.matrix.is_empty() && listed.quotes.is_empty());
}
