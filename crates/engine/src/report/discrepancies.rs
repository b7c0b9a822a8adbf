//! The report's `discrepancies`: facts the documents state differently (numbers, then
//! speakers).

use crate::analysis::discrepancies::number_discrepancies;
use crate::corpus::Corpus;
use crate::report::format::{
    DiscrepancyKind, DiscrepancyMember, DiscrepancyReport, QuoteGroupReport,
};

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
