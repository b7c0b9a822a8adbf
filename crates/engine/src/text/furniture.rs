//! Page furniture: the lines a web page or a wire story carries around the article itself
//! ("Advertisement", "Read more", "Share this article", photo credits, copyright lines,
//! bylines, "… contributed to this report"). Two unrelated articles from one site share them,
//! so they are never evidence that two articles share a statement: they are shown, marked as
//! furniture, and take no part in matching, shares or similarity.
//!
//! A paragraph is furniture when, folded and without the punctuation around it,
//!
//! | rule    | it                                                                  | example |
//! |---------|---------------------------------------------------------------------|---------|
//! | line    | is one of the language's furniture lines                            | `Advertisement`, `Read more`, `Share this article` |
//! | prefix  | starts with one of its furniture openings, and is short              | `Read more: …`, `Photo: …`, `© 2017 …`, `Reporting by …` |
//! | phrase  | holds one of its furniture phrases, and is short                     | `… contributed to this report.`, `… (Getty Images)`, `All rights reserved.` |
//! | byline  | is the byline word and a few names, nothing else                     | `By Rex Smith and Jane Doe, Reuters` |
//!
//! "Short" is at most [`MAX_FURNITURE_WORDS`] words: a long paragraph that mentions a photo
//! credit is still an article's paragraph. The words are the language's
//! ([`crate::lang::Tables`]).

use crate::lang::{listed, Tables};
use crate::text::normalize::fold;

/// Most words a paragraph that a furniture opening or phrase marks can have.
pub const MAX_FURNITURE_WORDS: usize = 30;

/// Most names (capitalised words) a byline has after its byline word.
pub const MAX_BYLINE_WORDS: usize = 8;

/// Whether a paragraph is page furniture (see the module table).
pub fn is_furniture(paragraph: &str, lang: &Tables) -> bool {
    // Every rule is about short paragraphs; most of an article's are long.
    if paragraph
        .split_whitespace()
        .nth(MAX_FURNITURE_WORDS)
        .is_some()
    {
        return false;
    }
    let folded = fold(paragraph);
    let line = folded.trim_matches(|c: char| !c.is_alphanumeric());
    if line.is_empty() {
        return false;
    }
    if listed(lang.furniture_lines, line) {
        return true;
    }
    let short = line.split_whitespace().count() <= MAX_FURNITURE_WORDS;
    // Openings are matched on the folded paragraph (`© 2017` keeps its sign).
    let opening = folded.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    if short
        && lang
            .furniture_openings
            .iter()
            .any(|p| opening.starts_with(p))
    {
        return true;
    }
    if short && lang.furniture_phrases.iter().any(|p| folded.contains(p)) {
        return true;
    }
    byline(paragraph, lang)
}

/// Whether a paragraph is a byline: the byline word, then only names (capitalised words, and
/// the words that join names), at most [`MAX_BYLINE_WORDS`] of them, no final full stop.
fn byline(paragraph: &str, lang: &Tables) -> bool {
    let text = paragraph.trim();
    if text.ends_with(['.', '!', '?', ':']) {
        return false;
    }
    let mut words = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    if !lang
        .byline_words
        .iter()
        .any(|b| fold(first).trim_end_matches(':') == *b)
    {
        return false;
    }
    let rest: Vec<&str> = words.collect();
    !rest.is_empty()
        && rest.len() <= MAX_BYLINE_WORDS
        && rest.iter().all(|w| {
            w.starts_with(char::is_uppercase) || lang.name_connectors.contains(w) || *w == "and"
        })
        && rest[0].starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    /// Paragraph, furniture or not.
    const CASES: &[(&str, bool)] = &[
        ("Advertisement", true),
        ("ADVERTISEMENT", true),
        ("Read more", true),
        ("Read more:", true),
        ("Share this article", true),
        ("Sign up for our newsletter", true),
        ("Read more: Tillerson meets Putin in Moscow", true),
        ("Related news:", true),
        ("Photo: Alexander Zemlianichenko/AP", true),
        ("© 2017 The Associated Press. All rights reserved.", true),
        ("Copyright 2017 Reuters. All rights reserved.", true),
        ("Reporting by Denis Pinchuk; Editing by Jon Boyle", true),
        ("The Associated Press and Fox News' Rich Edson contributed to this report.", true),
        ("Russian President Vladimir Putin, right, and Rex Tillerson in Moscow (Getty Images)", true),
        ("By Rex Smith and Jane Doe, Reuters", true),
        ("By JONATHAN LEMIRE", true),
        // Article text is not furniture.
        ("By Tuesday, the talks had ended.", false),
        ("By the end of the day, both men had left Moscow.", false),
        ("Tillerson said he would read more about the proposal before deciding.", false),
        ("The advertisement ran for weeks before the election.", false),
        (
            "The photo, taken by a resident and shared on social media, shows the aftermath of the attack on the town, where rescuers worked through the night and the next day to free survivors; Getty Images later bought it.",
            false,
        ),
        ("Russia is Syria's most powerful ally.", false),
        ("An icy welcome", false),
        ("", false),
    ];

    #[test]
    fn furniture_table() {
        let en = Language::English.tables();
        for &(paragraph, want) in CASES {
            assert_eq!(is_furniture(paragraph, en), want, "{paragraph:?}");
        }
    }
}
