//! The report's `quotes`: every quotation, grouped, with the most common wording of each group
//! and every other wording's word diff against it.

use crate::analysis::quote_groups::QuoteRef;
use crate::corpus::Corpus;
use crate::features::quotes::Speaker;
use std::collections::HashMap;

use crate::matching::diff::{word_diff, WordDiff};
use crate::report::format::{QuoteGroupReport, QuoteMemberReport};

/// Word diffs of quotes against their group's reference wording, kept between reports of a
/// growing corpus (the texts they index do not change): by `[reference document, reference
/// quote, document, quote]`.
pub type QuoteDiffs = HashMap<[usize; 4], WordDiff>;

/// The report's `quotes`: every quotation, grouped.
pub fn quote_reports(corpus: &Corpus, groups: &[Vec<QuoteRef>]) -> Vec<QuoteGroupReport> {
    quote_reports_with(corpus, groups, &mut QuoteDiffs::new())
}

/// [`quote_reports`], taking the word diffs made before from `diffs` and keeping the new
/// ones there.
pub fn quote_reports_with(
    corpus: &Corpus,
    groups: &[Vec<QuoteRef>],
    diffs: &mut QuoteDiffs,
) -> Vec<QuoteGroupReport> {
    let entries = corpus.entries();
    groups
        .iter()
        .map(|group| {
            let quote = |r: &QuoteRef| &entries[r.document].quotes[r.quote];
            let text = |r: &QuoteRef| quote(r).span.of(&entries[r.document].document.text);
            // The most common wording (by normalised words); ties to the longest, then first.
            let prints: Vec<(u64, usize)> = group.iter().map(|r| r.wording).collect();
            // Counted in a sorted copy (a wire quote has thousands of copies).
            let mut sorted = prints.clone();
            crate::base::order::sort_by(&mut sorted, |a, b| a.cmp(b));
            let count = |p: &(u64, usize)| {
                sorted.partition_point(|x| x <= p) - sorted.partition_point(|x| x < p)
            };
            let reference = (0..group.len())
                .max_by_key(|&k| (count(&prints[k]), prints[k].1, std::cmp::Reverse(k)))
                .unwrap_or(0);
            let base = quote(&group[reference]).span;
            let mut keys: Vec<String> = group
                .iter()
                .filter_map(|r| quote(r).speaker.as_ref().map(Speaker::key))
                .collect();
            crate::base::order::sort_by(&mut keys, |a, b| a.cmp(b));
            keys.dedup();
            let members = group
                .iter()
                .enumerate()
                .map(|(k, r)| {
                    let q = quote(r);
                    let diff = (k != reference).then(|| {
                        let at = &group[reference];
                        diffs
                            .entry([at.document, at.quote, r.document, r.quote])
                            .or_insert_with(|| {
                                word_diff(text(at), base.start, text(r), q.span.start)
                            })
                            .clone()
                    });
                    QuoteMemberReport {
                        document: r.document,
                        start: q.span.start,
                        end: q.span.end,
                        speaker: q.speaker.as_ref().map(|s| s.name.clone()),
                        speaker_range: q.speaker.as_ref().map(|s| s.span.pair()),
                        diff,
                    }
                })
                .collect();
            let mut documents: Vec<usize> = group.iter().map(|r| r.document).collect();
            documents.dedup();
            QuoteGroupReport {
                members,
                reference,
                documents: documents.len(),
                speakers_differ: keys.len() > 1,
            }
        })
        .collect()
}
