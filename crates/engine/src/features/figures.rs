//! Figures: the numbers a document states, each with what it counts. (Which figures of
//! different documents state one fact is [`crate::analysis::discrepancies`].)
//!
//! **A figure** is a number (digits such as `87`, `320,000`, `2.5`, or a number word from the
//! language's tables, times the multipliers that follow: `thousand`/`million`/`billion`,
//! `Millionen`, `млн`, `mil millones`, `3万`, Korean `3만` glued to its digits) with the
//! qualifier before it (`over`, `more than`, `at least`, `nearly`, …; see
//! [`Tables::qualifiers`]) and the **counted thing**: a percent phrase before the number
//! (`yüzde 6`, `%6`, `百分之六`) or after it (`%`, `percent`, `Prozent`, `por ciento`), else
//! the next word after it (past a link word after a multiplier: `millions de personnes`) that
//! is not a stop word (`people`, `hours`). Every percent phrase counts as `percent`; a counted
//! noun counts by the stem of its counted form ([`crate::lang::Numbers::counted_forms`]: `дней`
//! and `день` are one thing). A number without a counted thing, a year (`2016`) and a date
//! (`April 4`, `4 April`) are not figures. The words on each side ([`CONTEXT_WORDS`]) say what
//! kind of event it counts and what it is about.
//!
//! All of a language's words for this are in its [`crate::lang::Numbers`]; a number written in
//! a script without spaces is read from the characters the language takes together as one
//! (`三万`, see [`crate::lang::common::han_numeral`]).

use crate::base::hash::{hash_str, key_of, Key};
use crate::base::Span;
use crate::lang::common::is_unspaced;
use crate::lang::{counted_form, value_in, Language, Tables};
use crate::text::normalize::{fold, fold_into, number_prefix_len, tokens_of, word_key, TokenKind};
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
    pub context: Vec<Key>,
}

/// A word of a sentence with its folded text.
struct Token {
    span: Span,
    folded: String,
}

impl Token {
    fn new(text: &str, span: Span) -> Token {
        Token {
            span,
            folded: fold(span.of(text)),
        }
    }
}

/// The key of the counted thing of a percentage, whatever words state it (`%`, `percent`,
/// `Prozent`, `yüzde`): the key English's `percent` has.
const PERCENT_KEY: &str = "percent";

/// Most characters of a number written in a script without spaces (`三万五千`).
const MAX_NUMERAL_CHARS: usize = 8;

/// The figures of a document, in order (with the default language's tables).
pub fn extract(text: &str, sentences: &[Sentence]) -> Vec<Figure> {
    extract_in(text, sentences, Language::default().tables())
}

/// The figures of a document in language `lang`, in order.
pub fn extract_in(text: &str, sentences: &[Sentence], lang: &Tables) -> Vec<Figure> {
    let mut folded = String::new();
    extract_where(text, sentences, lang, |index| {
        has_number_word(sentences[index].span.of(text), lang, &mut folded)
    })
}

/// [`extract_in`] for a caller that has folded the sentences' words already (the corpus
/// layer, keying them): `number_word(index)` says whether sentence `index` has a word that
/// the language's tables read as a number ([`has_number_word`]), or may have one.
///
/// Only a sentence with a number can state a figure: one with a digit or a character of a
/// script without spaces ([`has_numeral`]), or with a number word. Most sentences have none,
/// and skipping them spares folding every word into a token of its own. The test is exact,
/// not a guess: a sentence without any of these gives [`sentence_tokens`] no token with a
/// [`number_value`].
pub fn extract_where(
    text: &str,
    sentences: &[Sentence],
    lang: &Tables,
    mut number_word: impl FnMut(usize) -> bool,
) -> Vec<Figure> {
    let mut figures = Vec::new();
    for (index, sentence) in sentences.iter().enumerate() {
        if !has_numeral(sentence.span.of(text)) && !number_word(index) {
            continue;
        }
        let tokens = sentence_tokens(text, sentence.span, lang);
        for k in 0..tokens.len() {
            if let Some(figure) = figure_at(&tokens, k, index, lang) {
                figures.push(figure);
            }
        }
    }
    figures
}

/// Whether `sentence` has a digit (of any script) or a character of a script without spaces
/// (whose numerals [`join_numerals`] reads from runs of them). Bytes first: most sentences
/// are ASCII, or nearly.
fn has_numeral(sentence: &str) -> bool {
    let numeral = |c: char| !c.is_ascii() && (c.is_numeric() || is_unspaced(c));
    sentence.bytes().any(|b| b.is_ascii_digit())
        || (!sentence.is_ascii() && sentence.chars().any(numeral))
}

/// Whether a word of `sentence`, folded, is one the language's tables read as a number
/// (`seven`, `zwölf`; [`crate::lang::Numbers::word`]). `folded` is scratch space.
fn has_number_word(sentence: &str, lang: &Tables, folded: &mut String) -> bool {
    tokens_of(sentence)
        .filter(|t| t.kind == TokenKind::Word)
        .any(|t| {
            folded.clear();
            fold_into(&sentence[t.start..t.end], folded);
            number_value(folded, lang).is_some()
        })
}

/// The words of the sentence at `span` (and `%`), with a number glued to a multiplier or a
/// percent word split from it ([`split_glued`]) and the characters of a number in a script
/// without spaces joined ([`join_numerals`]).
fn sentence_tokens(text: &str, span: Span, lang: &Tables) -> Vec<Token> {
    let sentence = span.of(text);
    let mut tokens = Vec::new();
    for t in tokens_of(sentence) {
        let word = Span::new(span.start + t.start, span.start + t.end);
        if t.kind == TokenKind::Word {
            split_glued(text, word, lang, &mut tokens);
        } else if &sentence[t.start..t.end] == "%" {
            tokens.push(Token::new(text, word));
        }
    }
    join_numerals(text, tokens, lang)
}

/// Pushes the word at `span`, split when it glues a number to the multipliers or the percent
/// word after it (Korean `3만`, `1천만`, `6퍼센트`, `3만명`): the number, each multiplier or
/// percent word, and what is left, as words of their own. Any other word is pushed whole. The
/// words are compared as written: the scripts that glue them have no case to fold.
fn split_glued(text: &str, span: Span, lang: &Tables, out: &mut Vec<Token>) {
    let word = span.of(text);
    let number = number_prefix_len(word);
    // Bytes of the multiplier or percent word that `rest` starts with, if it starts with one.
    let glued = |rest: &str| {
        let numbers = &lang.numbers;
        let multipliers = numbers.multipliers.iter().map(|(w, _)| w);
        multipliers
            .chain(numbers.percent_after)
            .find(|w| rest.starts_with(**w))
            .map(|w| w.len())
    };
    if number == 0 || glued(&word[number..]).is_none() {
        out.push(Token::new(text, span));
        return;
    }
    let mut at = 0;
    while at < word.len() {
        let end = match at {
            0 => number,
            _ => glued(&word[at..]).map_or(word.len(), |length| at + length),
        };
        out.push(Token::new(
            text,
            Span::new(span.start + at, span.start + end),
        ));
        at = end;
    }
}

/// Joins runs of adjacent characters of a script without spaces that the language reads as
/// one number (`三` `万` is `三万`, 30,000), the longest run, up to [`MAX_NUMERAL_CHARS`].
fn join_numerals(text: &str, mut tokens: Vec<Token>, lang: &Tables) -> Vec<Token> {
    let unspaced = |t: &Token| t.folded.chars().next().is_some_and(is_unspaced);
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut run = String::new();
    let mut k = 0;
    while k < tokens.len() {
        // One past the last token of the longest number starting at `k`.
        let mut end = k + 1;
        if unspaced(&tokens[k]) {
            run.clear();
            let mut e = k;
            while e < tokens.len()
                && e - k < MAX_NUMERAL_CHARS
                && unspaced(&tokens[e])
                && (e == k || tokens[e - 1].span.end == tokens[e].span.start)
            {
                run.push_str(&tokens[e].folded);
                e += 1;
                if e > k + 1 && (lang.numbers.word)(&run).is_some() {
                    end = e;
                }
            }
        }
        if end == k + 1 {
            out.push(Token {
                span: tokens[k].span,
                folded: std::mem::take(&mut tokens[k].folded),
            });
        } else {
            let span = Span::new(tokens[k].span.start, tokens[end - 1].span.end);
            out.push(Token::new(text, span));
        }
        k = end;
    }
    out
}

/// How many tokens from `at` spell `phrase` (its words apart by spaces, or its characters
/// together in a script without spaces: `por ciento`, `百分之`), if they do.
fn phrase_len(tokens: &[Token], at: usize, phrase: &str) -> Option<usize> {
    let mut rest = phrase;
    let mut n = 0;
    while !rest.is_empty() {
        let token = tokens.get(at + n)?;
        rest = rest
            .strip_prefix(token.folded.as_str())?
            .trim_start_matches(' ');
        n += 1;
    }
    Some(n)
}

/// The number of tokens from `at` that spell one of `phrases`, if any does.
fn phrase_at(tokens: &[Token], at: usize, phrases: &[&str]) -> Option<usize> {
    phrases.iter().find_map(|p| phrase_len(tokens, at, p))
}

/// The first token of a percent phrase that ends right before token `k` (`yüzde 6`, `%6`,
/// `百分之六`), if one does.
fn percent_before(tokens: &[Token], k: usize, lang: &Tables) -> Option<usize> {
    lang.numbers.percent_before.iter().find_map(|phrase| {
        (1..=k.min(phrase.chars().count()))
            .map(|n| k - n)
            .find(|&at| phrase_len(tokens, at, phrase) == Some(k - at))
    })
}

/// What a number counts: the key of the counted thing and where it is written (tokens
/// `first..end`).
struct Counted {
    key: String,
    first: usize,
    end: usize,
}

/// The counted thing of the number at token `k` whose multipliers (and link word) end before
/// token `next`: a percent phrase before the number, one after it, `%`, or the next word that
/// is neither a stop word nor a number (its key the stem of its counted form).
fn counted_at(tokens: &[Token], k: usize, next: usize, lang: &Tables) -> Option<Counted> {
    let percent = |first: usize, end: usize| Counted {
        key: PERCENT_KEY.to_string(),
        first,
        end,
    };
    if let Some(first) = percent_before(tokens, k, lang) {
        return Some(percent(first, k));
    }
    if let Some(n) = phrase_at(tokens, next, lang.numbers.percent_after) {
        return Some(percent(next, next + n));
    }
    let unit = tokens.get(next)?;
    if unit.folded == "%" {
        return Some(percent(next, next + 1));
    }
    let key = word_key(counted_form(lang.numbers.counted_forms, &unit.folded), lang);
    if lang.is_stopword(&key) || number_value(&unit.folded, lang).is_some() {
        return None;
    }
    Some(Counted {
        key,
        first: next,
        end: next + 1,
    })
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
    // A number word that multiplies (`mil`, `mille`, `tausend`) after a number is part of it.
    let multiplies = |t: &Token| value_in(lang.numbers.multipliers, &t.folded).is_some();
    if multiplies(&tokens[k])
        && k.checked_sub(1).is_some_and(|p| {
            multiplies(&tokens[p]) || number_value(&tokens[p].folded, lang).is_some()
        })
    {
        return None;
    }
    // Multipliers, several in a row multiplying together (`mil millones`, `3千万`).
    let mut next = k + 1;
    while let Some(factor) = tokens
        .get(next)
        .and_then(|t| value_in(lang.numbers.multipliers, &t.folded))
    {
        value *= factor;
        next += 1;
    }
    let number_end = next;
    // `millions de personnes`: the link word stands before the counted thing.
    if next > k + 1
        && tokens
            .get(next)
            .is_some_and(|t| lang.numbers.multiplier_links.contains(&t.folded.as_str()))
    {
        next += 1;
    }
    let counted = counted_at(tokens, k, next, lang)?;
    let (qualifier, start) = qualifier_before(tokens, counted.first.min(k), lang);
    let offset = tokens
        .get(counted.end.max(number_end))
        .is_some_and(|t| lang.offset_words.contains(&t.folded.as_str()));
    let last = counted.end.max(number_end) - 1;
    let window = k.saturating_sub(CONTEXT_WORDS)..(last + 1 + CONTEXT_WORDS).min(tokens.len());
    // The event word nearest the number names the event.
    let mut event: Option<(usize, &'static str)> = None;
    let mut context: Vec<Key> = Vec::new();
    for (j, t) in tokens[window.clone()].iter().enumerate() {
        let j = window.start + j;
        if (start..=last).contains(&j) || number_value(&t.folded, lang).is_some() {
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
            context.push(key_of(hash_str(&key)));
        }
    }
    context.sort_unstable();
    context.dedup();
    Some(Figure {
        span: Span::new(tokens[start].span.start, tokens[number_end - 1].span.end),
        sentence,
        value,
        qualifier,
        unit: hash_str(&counted.key),
        counted: Span::new(
            tokens[counted.first].span.start,
            tokens[counted.end - 1].span.end,
        ),
        offset,
        event: event.map(|(_, kind)| kind),
        context,
    })
}

/// The qualifier ending right before token `k` (folded) and the index of its first token.
fn qualifier_before(tokens: &[Token], k: usize, lang: &Tables) -> (String, usize) {
    for q in lang.qualifiers {
        let words = q.split(' ').count();
        if words > k {
            continue;
        }
        let at = k - words;
        if tokens[at..k]
            .iter()
            .zip(q.split(' '))
            .all(|(t, w)| t.folded == w)
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

    /// Figures, with their counted thing, read with the tables of `language`.
    fn figures_in(language: Language, text: &str) -> Vec<(String, f64, String)> {
        let lang = language.tables();
        extract_in(text, &crate::text::segment::segment_in(text, lang), lang)
            .into_iter()
            .map(|f| {
                let span = f.span.of(text).to_string();
                (span, f.value, f.counted.of(text).to_string())
            })
            .collect()
    }

    /// A figure's qualifier, value and event.
    type Claim<'q> = (&'q str, f64, Option<&'static str>);

    /// The qualifier and the event of the first figure of `text` in `language`.
    fn claim_in(language: Language, text: &str) -> (String, f64, Option<&'static str>) {
        let lang = language.tables();
        let figures = extract_in(text, &crate::text::segment::segment_in(text, lang), lang);
        let first = &figures[0];
        (first.qualifier.clone(), first.value, first.event)
    }

    /// Qualifiers and event words are compared with folded words: they are written folded.
    #[test]
    fn qualifiers_and_event_words_are_folded() {
        use crate::text::normalize::fold;
        for language in [
            Language::German,
            Language::French,
            Language::Spanish,
            Language::Italian,
            Language::Portuguese,
            Language::Russian,
            Language::Turkish,
        ] {
            let lang = language.tables();
            let events = lang.event_words.iter().flat_map(|(_, words)| words.iter());
            for word in lang.qualifiers.iter().chain(events) {
                assert_eq!(&fold(word), word, "{}", lang.code);
            }
        }
    }

    #[test]
    fn qualifiers_and_event_words_of_other_languages() {
        let cases: &[(Language, &str, Claim)] = &[
            (
                Language::German,
                "Mehr als 200 Menschen wurden verletzt.",
                ("mehr als", 200.0, Some("injury")),
            ),
            (
                Language::German,
                "Bei dem Unglück starben rund 40 Menschen.",
                ("rund", 40.0, Some("death")),
            ),
            (
                Language::French,
                "Plus de 300 personnes ont été évacuées.",
                ("plus de", 300.0, Some("displacement")),
            ),
            (
                Language::French,
                "Près de 12 personnes sont mortes.",
                ("pres de", 12.0, Some("death")),
            ),
            (
                Language::Spanish,
                "Más de 50 personas resultaron heridas.",
                ("mas de", 50.0, Some("injury")),
            ),
            (
                Language::Spanish,
                "Al menos 15 personas fueron detenidas.",
                ("al menos", 15.0, Some("arrest")),
            ),
            (
                Language::Italian,
                "Circa 80 persone sono state salvate.",
                ("circa", 80.0, Some("rescue")),
            ),
            (
                Language::Italian,
                "Più di 20 persone sono rimaste ferite.",
                ("piu di", 20.0, Some("injury")),
            ),
            (
                Language::Portuguese,
                "Mais de 100 pessoas estão desaparecidas.",
                ("mais de", 100.0, Some("missing")),
            ),
            (
                Language::Portuguese,
                "Pelo menos 7 pessoas morreram.",
                ("pelo menos", 7.0, Some("death")),
            ),
            (
                Language::Russian,
                "Более 200 человек были эвакуированы.",
                ("более", 200.0, Some("displacement")),
            ),
            (
                Language::Russian,
                "Около 30 человек погибли.",
                ("около", 30.0, Some("death")),
            ),
            (
                Language::Turkish,
                "Yaklaşık 40 kişi yaralandı.",
                ("yaklasik", 40.0, Some("injury")),
            ),
            (
                Language::Turkish,
                "En az 12 kişi kurtarıldı.",
                ("en az", 12.0, Some("rescue")),
            ),
            // English keeps its own: a German qualifier means nothing to it.
            (
                Language::English,
                "Mehr als 200 people were hurt.",
                ("", 200.0, Some("injury")),
            ),
        ];
        for &(language, text, (qualifier, value, event)) in cases {
            let (q, v, e) = claim_in(language, text);
            assert_eq!((q.as_str(), v, e), (qualifier, value, event), "{text}");
        }
    }

    #[test]
    fn multipliers_percent_phrases_and_glued_numbers() {
        let cases: &[(Language, &str, (&str, f64, &str))] = &[
            // Multipliers in a row, and a link word before the counted thing.
            (
                Language::Spanish,
                "Cuesta 2 mil millones de euros.",
                ("2 mil millones", 2e9, "euros"),
            ),
            // A multiplier that is also a number word, after a number.
            (
                Language::French,
                "Il y avait deux mille personnes.",
                ("deux mille", 2000.0, "personnes"),
            ),
            // A percent phrase of two words after the number, one before it.
            (
                Language::French,
                "Ils ont 6 pour cent des voix.",
                ("6", 6.0, "pour cent"),
            ),
            (
                Language::Turkish,
                "Oy oranı yüzde 6 arttı.",
                ("yüzde 6", 6.0, "yüzde"),
            ),
            // A number glued to multipliers and to what it counts.
            (Language::Korean, "1천만명이 왔다.", ("1천만", 1e7, "명이")),
            // Han numerals read together; digits and multipliers apart.
            (
                Language::Chinese,
                "有三万五千人。",
                ("三万五千", 35_000.0, "人"),
            ),
            (Language::Chinese, "有3千万人。", ("3千万", 3e7, "人")),
        ];
        for &(language, text, (span, value, counted)) in cases {
            assert_eq!(
                figures_in(language, text),
                [(span.to_string(), value, counted.to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn english_words_glued_to_digits_stay_one_word() {
        // Only a language's multipliers and percent words split from digits.
        assert!(figures("He ran 10km in 2015 and left at 5pm.").is_empty());
    }

    #[test]
    fn counted_nouns_count_by_their_counted_form() {
        let unit = |language: Language, text: &str| {
            let lang = language.tables();
            extract_in(text, &crate::text::segment::segment_in(text, lang), lang)[0].unit
        };
        assert_eq!(
            unit(Language::Russian, "Это длилось 17 дней."),
            unit(Language::Russian, "Это длилось 21 день.")
        );
        assert_eq!(
            unit(Language::Russian, "Это длилось 5 лет."),
            unit(Language::Russian, "Это длилось 2 года.")
        );
        assert_ne!(
            unit(Language::Russian, "Это длилось 5 лет."),
            unit(Language::Russian, "Это длилось 5 дней.")
        );
    }

    #[test]
    fn english_has_no_link_words_and_no_percent_phrases() {
        let cases: &[(&str, &[(&str, f64)])] = &[(
            "Prices rose 5 per cent, and 2 million of them.",
            &[("5", 5.0)],
        )];
        for (text, want) in cases {
            let want: Vec<(String, f64)> = want.iter().map(|&(s, v)| (s.to_string(), v)).collect();
            assert_eq!(figures(text), want, "{text}");
        }
    }
}
