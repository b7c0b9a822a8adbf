//! Number discrepancies: facts that documents state with different figures (the death toll:
//! 87 / over 80 / 89 people). The figures themselves are read per document by
//! [`crate::features::figures`].
//!
//! **The same fact** in two documents: two figures
//!
//! 1. count the same thing (same word key: `hour` and `hours` agree),
//! 2. both are or both are not a time offset (`five hours later`, `two days ago`),
//! 3. lie within a factor of [`MAX_FIGURE_RATIO`] (a death toll of 87 and one of 320,000 are two
//!    different facts, not one reported differently),
//! 4. do not name different kinds of event around them (killed against wounded: see
//!    [`crate::lang::Tables::event_words`]), and
//! 5. share the kind of event, or at least one other content word within
//!    [`crate::features::figures::CONTEXT_WORDS`] words of the number.
//!
//! Figures joined by these links form a fact; a fact stated with two or more different claims
//! (qualifier and value: `87`, `over 80`, `89`) by two or more documents is a **discrepancy**.
//! Equal figures (`two hours` and `2 hours`) are no discrepancy.

use std::collections::HashMap;

use crate::corpus::Corpus;
use crate::features::figures::Figure;
use crate::matching::similarity::shared;

/// Largest ratio between two figures of one fact.
pub const MAX_FIGURE_RATIO: f64 = 3.0;

/// Whether two figures (of different documents) state the same fact (see the module table).
pub fn same_fact(a: &Figure, b: &Figure) -> bool {
    if a.unit != b.unit || a.offset != b.offset || a.value <= 0.0 || b.value <= 0.0 {
        return false;
    }
    if a.value.max(b.value) / a.value.min(b.value) > MAX_FIGURE_RATIO {
        return false;
    }
    match (a.event, b.event) {
        (Some(x), Some(y)) if x != y => false,
        (Some(x), Some(y)) if x == y => true,
        _ => shared(&a.context, &b.context) > 0,
    }
}

/// Whether two figures make the same claim: same qualifier, same value.
pub fn same_claim(a: &Figure, b: &Figure) -> bool {
    a.qualifier == b.qualifier && a.value == b.value
}

/// A figure of the corpus: `(document, index into its figures)`.
pub type FigureRef = (usize, usize);

/// The facts stated with different figures: each a list of figures (sorted), at least two
/// documents and two different claims among them.
pub fn number_discrepancies(corpus: &Corpus) -> Vec<Vec<FigureRef>> {
    let entries = corpus.entries();
    let refs: Vec<FigureRef> = entries
        .iter()
        .enumerate()
        .flat_map(|(d, e)| (0..e.figures.len()).map(move |f| (d, f)))
        .collect();
    let figure = |r: &FigureRef| &entries[r.0].figures[r.1];
    // Figures by counted thing: only those can be one fact.
    let mut by_unit: HashMap<u64, Vec<usize>> = HashMap::new();
    for (k, r) in refs.iter().enumerate() {
        by_unit.entry(figure(r).unit).or_default().push(k);
    }
    let mut parent: Vec<usize> = (0..refs.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut units: Vec<&Vec<usize>> = by_unit.values().collect();
    crate::base::order::sort_by(&mut units, |a, b| a.cmp(b));
    for members in units {
        for (i, &x) in members.iter().enumerate() {
            for &y in &members[i + 1..] {
                if refs[x].0 != refs[y].0 && same_fact(figure(&refs[x]), figure(&refs[y])) {
                    let (rx, ry) = (root(&mut parent, x), root(&mut parent, y));
                    parent[rx.max(ry)] = rx.min(ry);
                }
            }
        }
    }
    let mut facts: HashMap<usize, Vec<FigureRef>> = HashMap::new();
    for (k, r) in refs.iter().enumerate() {
        facts.entry(root(&mut parent, k)).or_default().push(*r);
    }
    let mut out: Vec<Vec<FigureRef>> = facts
        .into_values()
        .filter(|members| {
            let mut documents: Vec<usize> = members.iter().map(|r| r.0).collect();
            documents.dedup();
            let claims_differ = members
                .iter()
                .any(|r| !same_claim(figure(r), figure(&members[0])));
            documents.len() >= 2 && claims_differ
        })
        .collect();
    // Facts more documents state first, then in corpus order.
    crate::base::order::sort_by_key(&mut out, |members| {
        let mut documents: Vec<usize> = members.iter().map(|r| r.0).collect();
        documents.dedup();
        (std::cmp::Reverse(documents.len()), members[0])
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::Config;
    use crate::text::Document;

    fn discrepancies(texts: &[&str]) -> Vec<Vec<String>> {
        let corpus = Corpus::from_documents(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| Document::parse(i.to_string(), t.to_string())),
        );
        number_discrepancies(&corpus)
            .into_iter()
            .map(|fact| {
                fact.iter()
                    .map(|&(d, f)| {
                        let e = &corpus.entries()[d];
                        format!("{d}:{}", e.figures[f].span.of(&e.document.text))
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_death_toll_reported_three_ways_is_one_discrepancy() {
        let got = discrepancies(&[
            "The attack on a rebel-held town last week killed 87 people.",
            "A toxic gas attack hit the town, killing over 80 people and wounding scores of others.",
            "The chemical attack left 89 people dead.",
        ]);
        assert_eq!(got, [["0:87", "1:over 80", "2:89"]]);
        let _ = Config::default();
    }

    #[test]
    fn decoys_are_not_flagged() {
        // Different counted things, equal figures, another kind of event, another order of
        // magnitude, a time offset against a duration.
        let cases: &[&[&str]] = &[
            &[
                "The meeting lasted 2 hours in Moscow.",
                "Firefighters in Moscow rescued 3 dogs.",
            ],
            &["Putin met him for two hours.", "Putin met him for 2 hours."],
            &[
                "The attack killed 10 people in the town.",
                "The attack injured 12 people in the town.",
            ],
            &[
                "The attack killed 87 people.",
                "The war has killed more than 320,000 people.",
            ],
            &[
                "They talked for two hours at the Kremlin.",
                "At the Kremlin the strike came five hours later.",
            ],
        ];
        for texts in cases {
            assert!(
                discrepancies(texts).is_empty(),
                "{texts:?}: {:?}",
                discrepancies(texts)
            );
        }
    }

    #[test]
    fn a_duration_reported_differently_is_a_discrepancy() {
        let got = discrepancies(&[
            "Tillerson spoke with Putin for two hours after lunch.",
            "Putin met the top American diplomat for almost two hours.",
        ]);
        assert_eq!(got, [["0:two", "1:almost two"]]);
    }
}
