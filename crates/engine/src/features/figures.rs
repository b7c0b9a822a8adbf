//! Figures: the numbers a document states, each with what it counts. (Which figures of
//! different documents state one fact is [`crate::analysis::discrepancies`].)
//!
//! **A figure** is a number (digits such as `87`, `320,000`, `2.5`, or a number word from the
//! language's tables, times `thousand`/`million`/`billion` when one follows) with the
//! qualifier before it (`over`, `more than`, `at least`, `nearly`, …; see
//! [`Tables::qualifiers`]) and the **counted thing** after it: the next word that is not a stop
//! word (`people`, `hours`, `percent`; `%` counts as `percent`). A number without a counted
//! thing, a year (`2016`) and a date (`April 4`, `4 April`) are not figures. The words on
//! each side ([`CONTEXT_WORDS`]) say what kind of event it counts and what it is about.

use crate::base::hash::hash_str;
use crate::base::Span;
use crate::lang::{Language, Tables};
use crate::text::normalize::{fold, tokenize, word_key, TokenKind};
use crate::text::numbers::number_value;
use crate::text::Sentence;

/// Words on each side of a number that describe the fact it counts.
pub const CONTEXT_WORDS: usize = 8;

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
    /// The kind of event named around it ([`Tables::event_words`]), if any.
    pub event: Option<&'static str>,
    /// Keys of the other content words around the number, sorted.
    pub context: Vec<u64>,
}

/// A word of a sentence with its folded text.
struct Token {
    span: Span,
    folded: String,
}

/// The figures of a document, in order (with the default language's tables).
pub fn extract(text: &str, sentences: &[Sentence]) -> Vec<Figure> {
    extract_in(text, sentences, Language::default().tables())
}

/// The figures of a document in language `lang`, in order.
pub fn extract_in(text: &str, sentences: &[Sentence], lang: &Tables) -> Vec<Figure> {
    let mut figures = Vec::new();
    for (index, sentence) in sentences.iter().enumerate() {
        let tokens: Vec<Token> = tokenize(sentence.span.of(text))
            .into_iter()
            .filter(|t| t.kind == TokenKind::Word || &sentence.span.of(text)[t.start..t.end] == "%")
            .map(|t| {
                let span = Span::new(sentence.span.start + t.start, sentence.span.start + t.end);
                Token {
                    span,
                    folded: fold(span.of(text)),
                }
            })
            .collect();
        for k in 0..tokens.len() {
            if let Some(figure) = figure_at(&tokens, k, index, lang) {
                figures.push(figure);
            }
        }
    }
    figures
}

fn figure_at(tokens: &[Token], k: usize, sentence: usize, lang: &Tables) -> Option<Figure> {
    let mut value = number_value(&tokens[k].folded, lang)?;
    let folded = &tokens[k].folded;
    // Years and dates are not counts.
    let year = folded.len() == 4 && (1800.0..=2100.0).contains(&value);
    let month = |t: Option<&Token>| {
        t.is_some_and(|t| lang.months.contains(&t.folded.trim_end_matches('.')))
    };
    if year || month(k.checked_sub(1).map(|p| &tokens[p])) || month(tokens.get(k + 1)) {
        return None;
    }
    let mut next = k + 1;
    if let Some(&(_, factor)) = tokens
        .get(next)
        .and_then(|t| lang.multipliers.iter().find(|(w, _)| *w == t.folded))
    {
        value *= factor;
        next += 1;
    }
    let unit_token = tokens.get(next)?;
    let unit_key = if unit_token.folded == "%" {
        "percent".to_string()
    } else {
        word_key(&unit_token.folded, lang)
    };
    if lang.is_stopword(&unit_key) || number_value(&unit_token.folded, lang).is_some() {
        return None;
    }
    let (qualifier, start) = qualifier_before(tokens, k, lang);
    let offset = tokens
        .get(next + 1)
        .is_some_and(|t| lang.offset_words.contains(&t.folded.as_str()));
    let window = k.saturating_sub(CONTEXT_WORDS)..(next + 1 + CONTEXT_WORDS).min(tokens.len());
    // The event word nearest the number names the event.
    let mut event: Option<(usize, &'static str)> = None;
    let mut context: Vec<u64> = Vec::new();
    for (j, t) in tokens[window.clone()].iter().enumerate() {
        let j = window.start + j;
        if (start..=next).contains(&j) || number_value(&t.folded, lang).is_some() {
            continue;
        }
        if let Some(&(kind, _)) = lang
            .event_words
            .iter()
            .find(|(_, words)| words.contains(&t.folded.as_str()))
        {
            let distance = j.abs_diff(k);
            if event.is_none_or(|(d, _)| distance < d) {
                event = Some((distance, kind));
            }
            continue;
        }
        let key = word_key(&t.folded, lang);
        if !lang.is_stopword(&key) && key.chars().any(char::is_alphabetic) {
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
fn qualifier_before(tokens: &[Token], k: usize, lang: &Tables) -> (String, usize) {
    for q in lang.qualifiers {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment::segment;

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
}
