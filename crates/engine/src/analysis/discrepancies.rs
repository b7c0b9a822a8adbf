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
//! Figures joined by these links form a fact, except that **two figures of one sentence are two
//! facts** (`just over 70%` and `just over 66%` in one sentence state two things, however
//! alike their context): a link that would put two figures of one sentence of a document in
//! one fact is not made. Links between equal values are made first, so each figure of such a
//! sentence joins the figure that states it in the other documents before a differing one can.
//!
//! A fact stated with two or more different claims (qualifier and value: `87`, `over 80`,
//! `89`) by two or more documents is a **discrepancy**. Equal figures (`two hours` and
//! `2 hours`) are no discrepancy.

use std::collections::HashMap;

use crate::base::hash::Key;
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

/// The index key of a kind of event (beside the context words' keys).
fn event_key(event: &str) -> u64 {
    crate::base::hash::hash_str(event) ^ EVENT_KEY_MARK
}

/// Sets event keys apart from word keys.
const EVENT_KEY_MARK: u64 = 0x5eed_e7e7_0000_0001;

/// What `same_fact` reads of a figure besides its unit: figures equal in it are one group.
type FigureKey<'a> = (bool, u64, Option<&'static str>, &'a [Key]);

fn figure_key(f: &Figure) -> FigureKey<'_> {
    (f.offset, f.value.to_bits(), f.event, f.context.as_slice())
}

/// A deterministic hash of a figure's key.
fn figure_hash(key: &FigureKey) -> u64 {
    use crate::base::hash::{combine, hash_str};
    let (offset, value, event, context) = *key;
    let head = combine(u64::from(offset), value);
    let head = combine(head, event.map_or(0, hash_str));
    context.iter().fold(head, |h, &w| combine(h, u64::from(w)))
}

/// Whether two groups of equal figures, found in these (sorted) documents, have a pair of
/// figures in different documents: only such figures are compared.
fn linked(x: &[usize], y: &[usize]) -> bool {
    !(x.len() == 1 && y.len() == 1 && x[0] == y[0])
}

/// Whether two figures make the same claim: same qualifier, same value.
pub fn same_claim(a: &Figure, b: &Figure) -> bool {
    a.qualifier == b.qualifier && a.value == b.value
}

/// A figure of the corpus: `(document, index into its figures)`.
pub type FigureRef = (usize, usize);

/// Where figures stand: `(document, sentence)` pairs, sorted, each once.
type Places = Vec<(usize, usize)>;

/// Whether two sorted place lists share a place.
fn share_a_place(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    let (mut x, mut y) = (0, 0);
    while x < a.len() && y < b.len() {
        match a[x].cmp(&b[y]) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// The places of two sorted place lists with no place in common, sorted.
fn merge_places(a: &[(usize, usize)], b: &[(usize, usize)]) -> Places {
    let mut out = Vec::with_capacity(a.len() + b.len());
    out.extend_from_slice(a);
    out.extend_from_slice(b);
    out.sort_unstable();
    out
}

/// Union-find root of `x`, halving the path on the way.
fn root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Joins the sets of `x` and `y` under the smaller root; returns the root.
fn join(parent: &mut [usize], x: usize, y: usize) -> usize {
    let (rx, ry) = (root(parent, x), root(parent, y));
    parent[rx.max(ry)] = rx.min(ry);
    rx.min(ry)
}

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
    let mut units: Vec<&Vec<usize>> = by_unit.values().collect();
    crate::base::order::sort_by(&mut units, |a, b| a.cmp(b));
    for members in units {
        // Copies of one figure (wire copy repeats them in hundreds of documents) are compared
        // once: figures equal in everything `same_fact` reads form one group, and the groups
        // are compared pairwise, so the work grows with the distinct figures of a unit.
        let mut groups: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
        // Groups by a hash of what `same_fact` reads (one map type in the wasm: the same as
        // `by_unit`), each hash's groups checked for equality.
        let mut group_of: HashMap<u64, Vec<usize>> = HashMap::new();
        for &k in members {
            let f = figure(&refs[k]);
            let key = figure_key(f);
            let bucket = group_of.entry(figure_hash(&key)).or_default();
            let found = bucket
                .iter()
                .copied()
                .find(|&g| figure_key(figure(&refs[groups[g].0[0]])) == key);
            let g = found.unwrap_or_else(|| {
                groups.push((Vec::new(), Vec::new()));
                bucket.push(groups.len() - 1);
                groups.len() - 1
            });
            groups[g].0.push(k);
            groups[g].1.push(refs[k].0);
        }
        for (_, documents) in &mut groups {
            documents.dedup();
        }
        // Where each group's figures stand, kept for the root of each set of joined groups
        // (figures of one unit join only as whole groups).
        let mut places: Vec<Places> = groups
            .iter()
            .map(|(xs, _)| {
                let mut p: Places = xs
                    .iter()
                    .map(|&k| (refs[k].0, figure(&refs[k]).sentence))
                    .collect();
                p.sort_unstable();
                p.dedup();
                p
            })
            .collect();
        let mut group_parent: Vec<usize> = (0..groups.len()).collect();
        // Within a group: equal figures state one fact whenever a figure states one with
        // itself (`same_fact(f, f)`; when it does not, it states none with any figure). Joined
        // through the first figure: a group in one document gains no second document by it,
        // and one linked to another document's figure would be joined figure by figure anyway.
        for (xs, _) in &groups {
            let f = figure(&refs[xs[0]]);
            if same_fact(f, f) {
                for &y in &xs[1..] {
                    join(&mut parent, xs[0], y);
                }
            }
        }
        // Between groups: only those sharing a context word or the kind of event can be one
        // fact (`same_fact`), found through an index of both rather than every pair.
        let mut by_key: HashMap<u64, Vec<usize>> = HashMap::new();
        for (g, (xs, _)) in groups.iter().enumerate() {
            let f = figure(&refs[xs[0]]);
            for &word in &f.context {
                by_key.entry(u64::from(word)).or_default().push(g);
            }
            if let Some(event) = f.event {
                by_key.entry(event_key(event)).or_default().push(g);
            }
        }
        // Equal values first, then the others (see the module documentation).
        for equal_values in [true, false] {
            let mut seen = vec![usize::MAX; groups.len()];
            for (i, (xs, dx)) in groups.iter().enumerate() {
                let fx = figure(&refs[xs[0]]);
                let keys = fx
                    .context
                    .iter()
                    .map(|&w| u64::from(w))
                    .chain(fx.event.map(event_key));
                for key in keys {
                    for &j in by_key.get(&key).map_or(&[][..], Vec::as_slice) {
                        if j <= i || seen[j] == i {
                            continue;
                        }
                        seen[j] = i;
                        let (ys, dy) = &groups[j];
                        let fy = figure(&refs[ys[0]]);
                        let (gx, gy) = (root(&mut group_parent, i), root(&mut group_parent, j));
                        // Already one fact (wire copy joins most groups early): nothing to add.
                        if gx != gy
                            && (fx.value == fy.value) == equal_values
                            && linked(dx, dy)
                            && same_fact(fx, fy)
                            && !share_a_place(&places[gx], &places[gy])
                        {
                            join(&mut parent, xs[0], ys[0]);
                            let joined = merge_places(&places[gx], &places[gy]);
                            let g = join(&mut group_parent, gx, gy);
                            places[gx.max(gy)] = Vec::new();
                            places[g] = joined;
                        }
                    }
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

    /// The facts by comparing every pair of figures, as the grouping must find them.
    fn brute_force(corpus: &Corpus) -> Vec<Vec<FigureRef>> {
        let refs: Vec<FigureRef> = corpus
            .entries()
            .iter()
            .enumerate()
            .flat_map(|(d, e)| (0..e.figures.len()).map(move |f| (d, f)))
            .collect();
        let figure = |r: &FigureRef| &corpus.entries()[r.0].figures[r.1];
        let place = |k: usize| (refs[k].0, figure(&refs[k]).sentence);
        let mut group: Vec<usize> = (0..refs.len()).collect();
        // Equal figures (everything `same_fact` reads, and the value) first, without the
        // one-sentence rule: they are one claim wherever they stand.
        let equal = |x: usize, y: usize| {
            let (a, b) = (figure(&refs[x]), figure(&refs[y]));
            figure_key(a) == figure_key(b) && a.unit == b.unit && same_fact(a, b)
        };
        for x in 0..refs.len() {
            for y in x + 1..refs.len() {
                if equal(x, y) {
                    let (gx, gy) = (group[x], group[y]);
                    group.iter_mut().filter(|g| **g == gy).for_each(|g| *g = gx);
                }
            }
        }
        // Then equal values, then the others, never two figures of one sentence in a fact.
        for equal_values in [true, false] {
            for x in 0..refs.len() {
                for y in x + 1..refs.len() {
                    let (a, b) = (figure(&refs[x]), figure(&refs[y]));
                    let (gx, gy) = (group[x], group[y]);
                    let places_of = |g: usize| -> Vec<(usize, usize)> {
                        (0..refs.len())
                            .filter(|&k| group[k] == g)
                            .map(place)
                            .collect()
                    };
                    let one_sentence = places_of(gx).iter().any(|p| places_of(gy).contains(p));
                    if gx != gy
                        && refs[x].0 != refs[y].0
                        && (a.value == b.value) == equal_values
                        && same_fact(a, b)
                        && !one_sentence
                    {
                        group.iter_mut().filter(|g| **g == gy).for_each(|g| *g = gx);
                    }
                }
            }
        }
        let mut facts: Vec<Vec<FigureRef>> = Vec::new();
        for g in 0..refs.len() {
            let members: Vec<FigureRef> = (0..refs.len())
                .filter(|&k| group[k] == g)
                .map(|k| refs[k])
                .collect();
            let mut documents: Vec<usize> = members.iter().map(|r| r.0).collect();
            documents.dedup();
            if documents.len() >= 2
                && members
                    .iter()
                    .any(|r| !same_claim(figure(r), figure(&members[0])))
            {
                facts.push(members);
            }
        }
        facts.sort();
        facts
    }

    #[test]
    fn copies_of_a_figure_are_grouped_as_comparing_every_pair_would() {
        // Wire copy: the same figures in many documents, some twice in one, a few changed.
        let texts: Vec<String> = (0..24)
            .map(|i| match i % 6 {
                0 => "The storm killed 87 people. Officials said 87 people died.".to_string(),
                1 => "The storm killed 89 people on Tuesday.".to_string(),
                2 => "The storm killed over 80 people and cut power to 12,000 homes.".to_string(),
                3 => "Power was cut to 12,000 homes by the storm.".to_string(),
                4 => "Power was cut to 15,000 homes, and 87 people were killed.".to_string(),
                _ => "Nothing in numbers here.".to_string(),
            })
            .collect();
        let corpus = Corpus::from_documents(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| Document::parse(i.to_string(), t.clone())),
        );
        let mut got = number_discrepancies(&corpus);
        got.sort();
        let expected = brute_force(&corpus);
        assert_eq!(expected.len(), 2, "{expected:?}");
        assert_eq!(got, expected);
    }

    #[test]
    fn two_figures_of_one_sentence_are_never_one_fact() {
        let shared = "Turnout was 70% in the north and 66% in the south.";
        assert!(discrepancies(&[shared, shared]).is_empty());
        // One of them changed: only that one differs.
        let got = discrepancies(&[shared, "Turnout was 72% in the north and 66% in the south."]);
        assert_eq!(got, [["0:70", "1:72"]]);
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
