//! Figures: the numbers a document states, and the facts that documents state with different
//! figures.
//!
//! **A figure** is a number (digits such as `87`, `320,000`, `2.5`, or a number word from
//! `one` to `twenty`, times `thousand`/`million`/`billion` when one follows) with the
//! qualifier before it (`over`, `more than`, `at least`, `nearly`, …; see [`QUALIFIERS`]) and
//! the **counted thing** after it: the next word that is not a stop word (`people`, `hours`,
//! `percent`; `%` counts as `percent`). A number without a counted thing, a year (`2016`) and a
//! date (`April 4`, `4 April`) are not figures.
//!
//! **The same fact** in two documents: two figures
//!
//! 1. count the same thing (same word key: `hour` and `hours` agree),
//! 2. both are or both are not a time offset (`five hours later`, `two days ago`),
//! 3. lie within a factor of [`MAX_FIGURE_RATIO`] (a death toll of 87 and one of 320,000 are two
//!    different facts, not one reported differently),
//! 4. do not name different kinds of event around them (killed against wounded: see
//!    [`EVENT_WORDS`]), and
//! 5. share the kind of event, or at least one other content word within [`CONTEXT_WORDS`]
//!    words of the number.
//!
//! Figures joined by these links form a fact; a fact stated with two or more different claims
//! (qualifier and value: `87`, `over 80`, `89`) by two or more documents is a **discrepancy**.
//! Equal figures (`two hours` and `2 hours`) are no discrepancy.

use std::collections::HashMap;

use crate::corpus::Corpus;
use crate::hash::hash_str;
use crate::normalize::{fold, is_stopword, word_key};
use crate::segment::Sentence;
use crate::Span;

/// Largest ratio between two figures of one fact.
pub const MAX_FIGURE_RATIO: f64 = 3.0;

/// Words on each side of a number that describe the fact it counts.
pub const CONTEXT_WORDS: usize = 8;

/// Qualifiers that may stand before a number, longest first.
pub const QUALIFIERS: &[&str] = &[
    "as many as",
    "as few as",
    "more than",
    "fewer than",
    "less than",
    "at least",
    "at most",
    "up to",
    "close to",
    "upwards of",
    "just over",
    "just under",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "below",
    "above",
];

/// Number words and their values.
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
];

/// Words that multiply the number before them.
const MULTIPLIERS: &[(&str, f64)] = &[("thousand", 1e3), ("million", 1e6), ("billion", 1e9)];

/// Kinds of event a count can be about, by the words that name them.
pub const EVENT_WORDS: &[(&str, &[&str])] = &[
    (
        "death",
        &[
            "dead",
            "death",
            "deaths",
            "die",
            "died",
            "dies",
            "dying",
            "fatalities",
            "kill",
            "killed",
            "killing",
            "kills",
            "lives",
            "perished",
        ],
    ),
    (
        "injury",
        &[
            "hurt", "injured", "injuries", "injuring", "injury", "wounded", "wounding", "wounds",
        ],
    ),
    ("arrest", &["arrest", "arrested", "arrests", "detained"]),
    ("missing", &["disappeared", "missing"]),
    (
        "displacement",
        &["displaced", "evacuated", "fled", "homeless"],
    ),
    ("rescue", &["rescued", "saved"]),
];

const MONTHS: &[&str] = &[
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "feb",
    "february",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "may",
    "nov",
    "november",
    "oct",
    "october",
    "sep",
    "sept",
    "september",
];

/// Words after a counted thing that make the figure a time offset.
const OFFSET_WORDS: &[&str] = &["ago", "earlier", "later"];

/// A number a document states.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The qualifier and the number as written (`over 80`).
    pub span: Span,
    /// Index of its sentence.
    pub sentence: usize,
    /// The number's value (`1.8 million` is 1,800,000).
    pub value: f64,
    /// The qualifier, folded (`more than`), or empty.
    pub qualifier: String,
    /// Key of the counted thing (`people`, `hour`).
    pub unit: u64,
    /// The counted thing as written (`people`, `hours`, `%`).
    pub counted: Span,
    /// Whether the figure is a time offset (`five hours later`).
    pub offset: bool,
    /// The kind of event named around it ([`EVENT_WORDS`]), if any.
    pub event: Option<&'static str>,
    /// Keys of the other content words around the number, sorted.
    pub context: Vec<u64>,
}

/// A word of a sentence with its folded text.
struct Token {
    span: Span,
    folded: String,
}

/// The figures of a document, in order.
pub fn extract(text: &str, sentences: &[Sentence]) -> Vec<Figure> {
    let mut figures = Vec::new();
    for (index, sentence) in sentences.iter().enumerate() {
        let tokens: Vec<Token> = crate::normalize::tokenize(sentence.span.of(text))
            .into_iter()
            .filter(|t| {
                t.kind == crate::normalize::TokenKind::Word
                    || &sentence.span.of(text)[t.start..t.end] == "%"
            })
            .map(|t| {
                let span = Span::new(sentence.span.start + t.start, sentence.span.start + t.end);
                Token {
                    span,
                    folded: fold(span.of(text)),
                }
            })
            .collect();
        for k in 0..tokens.len() {
            if let Some(figure) = figure_at(&tokens, k, index) {
                figures.push(figure);
            }
        }
    }
    figures
}

/// Reads `320,000` or `2.5` (commas group thousands, one dot starts the decimals).
/// Arithmetic by hand: float parsing would add kilobytes to the wasm.
fn parse_decimal(digits: &str) -> Option<f64> {
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if fraction.contains(['.', ',']) {
        return None;
    }
    let mut value = 0.0f64;
    for c in whole.chars().filter(|&c| c != ',') {
        value = value * 10.0 + f64::from(c.to_digit(10)?);
    }
    let mut scale = 0.1;
    for c in fraction.chars() {
        value += f64::from(c.to_digit(10)?) * scale;
        scale /= 10.0;
    }
    Some(value)
}

/// Whether a word is a number (digits, or a number word from one to twenty).
pub fn is_number(word: &str) -> bool {
    number_value(&fold(word)).is_some()
}

/// The value of a number token: digits with `,` thousands and `.` decimals, or a number word.
fn number_value(folded: &str) -> Option<f64> {
    if folded.starts_with(|c: char| c.is_ascii_digit()) {
        if !folded
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            return None;
        }
        return parse_decimal(folded);
    }
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == folded)
        .map(|&(_, v)| v)
}

fn figure_at(tokens: &[Token], k: usize, sentence: usize) -> Option<Figure> {
    let mut value = number_value(&tokens[k].folded)?;
    let folded = &tokens[k].folded;
    // Years and dates are not counts.
    let year = folded.len() == 4 && (1800.0..=2100.0).contains(&value);
    let month =
        |t: Option<&Token>| t.is_some_and(|t| MONTHS.contains(&t.folded.trim_end_matches('.')));
    if year || month(k.checked_sub(1).map(|p| &tokens[p])) || month(tokens.get(k + 1)) {
        return None;
    }
    let mut next = k + 1;
    if let Some(&(_, factor)) = tokens
        .get(next)
        .and_then(|t| MULTIPLIERS.iter().find(|(w, _)| *w == t.folded))
    {
        value *= factor;
        next += 1;
    }
    let unit_token = tokens.get(next)?;
    let unit_key = if unit_token.folded == "%" {
        "percent".to_string()
    } else {
        word_key(&unit_token.folded)
    };
    if is_stopword(&unit_key) || number_value(&unit_token.folded).is_some() {
        return None;
    }
    let (qualifier, start) = qualifier_before(tokens, k);
    let offset = tokens
        .get(next + 1)
        .is_some_and(|t| OFFSET_WORDS.contains(&t.folded.as_str()));
    let window = k.saturating_sub(CONTEXT_WORDS)..(next + 1 + CONTEXT_WORDS).min(tokens.len());
    // The event word nearest the number names the event.
    let mut event: Option<(usize, &'static str)> = None;
    let mut context: Vec<u64> = Vec::new();
    for (j, t) in tokens[window.clone()].iter().enumerate() {
        let j = window.start + j;
        if (start..=next).contains(&j) || number_value(&t.folded).is_some() {
            continue;
        }
        if let Some(&(kind, _)) = EVENT_WORDS
            .iter()
            .find(|(_, words)| words.contains(&t.folded.as_str()))
        {
            let distance = j.abs_diff(k);
            if event.is_none_or(|(d, _)| distance < d) {
                event = Some((distance, kind));
            }
            continue;
        }
        let key = word_key(&t.folded);
        if !is_stopword(&key) && key.chars().any(char::is_alphabetic) {
            context.push(hash_str(&key));
        }
    }
    context.sort_unstable();
    context.dedup();
    Some(Figure {
        span: Span::new(tokens[start].span.start, tokens[next - 1].span.end),
        sentence,
        value,
        qualifier,
        unit: hash_str(&unit_key),
        counted: unit_token.span,
        offset,
        event: event.map(|(_, kind)| kind),
        context,
    })
}

/// The qualifier ending right before token `k` (folded) and the index of its first token.
fn qualifier_before(tokens: &[Token], k: usize) -> (String, usize) {
    for q in QUALIFIERS {
        let words: Vec<&str> = q.split(' ').collect();
        if words.len() > k {
            continue;
        }
        let at = k - words.len();
        if tokens[at..k]
            .iter()
            .zip(&words)
            .all(|(t, w)| t.folded == *w)
        {
            return (q.to_string(), at);
        }
    }
    (String::new(), k)
}

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
        _ => crate::similarity::shared(&a.context, &b.context) > 0,
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
    crate::order::sort_by(&mut units, |a, b| a.cmp(b));
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
    crate::order::sort_by_key(&mut out, |members| {
        let mut documents: Vec<usize> = members.iter().map(|r| r.0).collect();
        documents.dedup();
        (std::cmp::Reverse(documents.len()), members[0])
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;
    use crate::{Config, Document};

    fn figures(text: &str) -> Vec<(String, f64)> {
        extract(text, &segment(text))
            .into_iter()
            .map(|f| (f.span.of(text).to_string(), f.value))
            .collect()
    }

    #[test]
    fn extraction_table() {
        let cases: &[(&str, &[(&str, f64)])] = &[
            ("The attack killed 87 people.", &[("87", 87.0)]),
            (
                "It killed over 80 people and wounded scores.",
                &[("over 80", 80.0)],
            ),
            ("At least 15 children died.", &[("At least 15", 15.0)]),
            (
                "Nearly 300 people fled; more than 320,000 people have died.",
                &[("Nearly 300", 300.0), ("more than 320,000", 320_000.0)],
            ),
            (
                "He spoke for two hours and then for almost three hours.",
                &[("two", 2.0), ("almost three", 3.0)],
            ),
            (
                "Prices rose 2.5 percent, or 20% in all.",
                &[("2.5", 2.5), ("20", 20.0)],
            ),
            (
                "They sold 1.8 million shares.",
                &[("1.8 million", 1_800_000.0)],
            ),
            (
                "Up to twenty soldiers were hurt.",
                &[("Up to twenty", 20.0)],
            ),
            // Years, dates, times and numbers without a counted thing are not figures.
            (
                "On April 4, in 2016, at 5 a.m., on 4 April and in the 2016 election.",
                &[],
            ),
            ("It was one of the worst. The score was 3.", &[]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, f64)> = want.iter().map(|&(s, v)| (s.to_string(), v)).collect();
            assert_eq!(figures(text), want, "{text}");
        }
    }

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
