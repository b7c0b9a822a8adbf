//! Sentence segmentation tuned for news text.
//!
//! The text is first cut into **blocks**: each non-empty line is a block, except that a line
//! starting with a lower-case letter continues the block above it (hard-wrapped prose). A
//! line that is only a URL is metadata and belongs to no sentence. Each block is one
//! paragraph, so headlines and other lines without final punctuation are units of their own.
//!
//! Inside a block a sentence may end after a run of terminal punctuation (`.` `!` `?` `…`),
//! together with any closing quotes or brackets that follow it (`."`, `.”`, `?’)`), when white
//! space follows. Whether it does end is decided by the first rule that applies:
//!
//! | rule | when                                                              | ends? |
//! |------|-------------------------------------------------------------------|-------|
//! | R1   | the next word starts with a lower-case letter (`?” he asked`)     | no    |
//! | R2   | the run holds `!` or `?` (`?!`, `!!`)                             | yes   |
//! | R3   | the run is an ellipsis (`...`, `…`), or closing quotes follow it  | yes   |
//! | R4   | a number that opens the block: a list marker (`1. Pack`)          | no    |
//! | R5   | a title before the dot (`Mr.`, `Gen.`, `St.`, `Sen.`)             | no    |
//! | R6   | an initial (`Jonas E. Smith`), unless a sentence starter follows  | starter |
//! | R7   | a dotted abbreviation (`U.S.`, `U.N.`, `a.m.`, `e.g.`)            | starter |
//! | R8   | a common abbreviation (`Inc.`, `etc.`, `Jan.`, `No.`); before a digit never | starter |
//! | R9   | anything else                                                      | yes   |
//!
//! "starter" means: the sentence ends only if the next word is one that commonly opens a
//! sentence (`The`, `He`, `But`, …; see [`STARTERS`]), so "the U.S. The talks" splits and "U.S.
//! President" does not. Decimals, money, e-mail addresses and URLs never split because no
//! white space follows their dots.

use crate::document::{is_url_line, non_empty_lines};
use crate::Span;

/// A sentence (or other unit such as a headline) of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Its bytes in the document's text, without surrounding white space.
    pub span: Span,
    /// Index of its paragraph (block) in the document, counting from 0.
    pub paragraph: usize,
}

/// Titles that never end a sentence: a name follows them.
const TITLES: &[&str] = &[
    "adm", "capt", "cmdr", "col", "cpl", "dr", "fr", "gen", "gov", "hon", "lt", "maj", "messrs",
    "mr", "mrs", "ms", "mt", "pres", "prof", "rep", "rev", "sen", "sgt", "sr", "st", "supt", "vs",
];

/// Abbreviations that may end a sentence, but usually do not.
const ABBREVIATIONS: &[&str] = &[
    "al", "apr", "approx", "aug", "ave", "blvd", "co", "corp", "dec", "dept", "est", "etc", "feb",
    "fig", "inc", "jan", "jr", "jul", "jun", "ltd", "mar", "no", "nos", "nov", "oct", "op", "pp",
    "rd", "sep", "sept", "vol",
];

/// Words that commonly open a sentence; after an abbreviation they mark a sentence end.
pub const STARTERS: &[&str] = &[
    "a",
    "after",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "many",
    "meanwhile",
    "mr",
    "mrs",
    "ms",
    "no",
    "on",
    "one",
    "our",
    "she",
    "so",
    "some",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "we",
    "what",
    "when",
    "while",
    "who",
    "why",
    "yet",
    "you",
];

/// Splits `text` into sentences, in order, skipping URL-only lines.
///
/// Invariants (checked by property tests): sentences are in order and do not overlap; each
/// starts and ends on a `char` boundary and on a non-white-space character; together they
/// cover every non-white-space character outside URL-only lines.
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (paragraph, block) in blocks(text).into_iter().enumerate() {
        for span in split_block(text, block) {
            sentences.push(Sentence { span, paragraph });
        }
    }
    sentences
}

/// The blocks of `text`: non-empty, non-URL lines, a line that starts in lower case joined to
/// the line right above it.
fn blocks(text: &str) -> Vec<Span> {
    let mut blocks: Vec<Span> = Vec::new();
    let mut previous_line_end: Option<usize> = None;
    for line in non_empty_lines(text) {
        let body = line.of(text);
        if is_url_line(body) {
            previous_line_end = None;
            continue;
        }
        let continues = previous_line_end.is_some_and(|end| {
            let gap = &text[end..line.start];
            gap.matches('\n').count() <= 1
        }) && body.trim_start().starts_with(char::is_lowercase);
        match blocks.last_mut() {
            Some(last) if continues => last.end = line.end,
            _ => blocks.push(line),
        }
        previous_line_end = Some(line.end);
    }
    blocks
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '{')
}

/// Splits one block into trimmed sentence spans.
fn split_block(text: &str, block: Span) -> Vec<Span> {
    let body = block.of(text);
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let byte = |index: usize| block.start + chars.get(index).map_or(body.len(), |&(b, _)| b);
    let mut spans = Vec::new();
    let mut start = skip_space(&chars, 0);
    let mut i = start;
    while i < chars.len() {
        if !is_terminal(chars[i].1) {
            i += 1;
            continue;
        }
        let run_start = i;
        let mut run_end = i;
        while run_end < chars.len() && is_terminal(chars[run_end].1) {
            run_end += 1;
        }
        let mut after = run_end;
        while after < chars.len() && is_closer(chars[after].1) {
            after += 1;
        }
        if after >= chars.len() || !chars[after].1.is_whitespace() {
            i = after.max(i + 1);
            continue;
        }
        let next = skip_space(&chars, after);
        if next >= chars.len() {
            break;
        }
        let run: String = chars[run_start..run_end].iter().map(|&(_, c)| c).collect();
        let closed = after > run_end;
        if ends_sentence(&chars, start, run_start, &run, closed, next) {
            spans.push(Span::new(byte(start), byte(after)));
            start = next;
        }
        i = next;
    }
    let end = trim_end(&chars, chars.len());
    if start < end {
        spans.push(Span::new(byte(start), byte(end)));
    }
    spans
}

fn skip_space(chars: &[(usize, char)], mut i: usize) -> usize {
    while i < chars.len() && chars[i].1.is_whitespace() {
        i += 1;
    }
    i
}

fn trim_end(chars: &[(usize, char)], mut end: usize) -> usize {
    while end > 0 && chars[end - 1].1.is_whitespace() {
        end -= 1;
    }
    end
}

/// Applies the rule table of the module documentation.
fn ends_sentence(
    chars: &[(usize, char)],
    sentence_start: usize,
    run_start: usize,
    run: &str,
    closed: bool,
    next: usize,
) -> bool {
    let next_word = word_at(chars, next);
    // R1: a lower-case continuation.
    if next_word.starts_with(char::is_lowercase) {
        return false;
    }
    // R2, R3: ! ? and ellipses end a sentence before anything that is not lower case, and
    // so does a dot inside closing quotes or brackets (`no.” Then`).
    if run.contains(['!', '?', '‼', '⁇', '⁈', '⁉']) || run.contains('…') || run.len() > 1
    {
        return true;
    }
    if closed {
        return true;
    }
    let (word, first_in_block) = word_before(chars, sentence_start, run_start);
    if word.is_empty() || word.ends_with(is_closer) || word.contains(['@', '/']) {
        return true;
    }
    let lower = word.to_lowercase();
    let starter = STARTERS.contains(&next_word.to_lowercase().as_str());
    // R4: a list marker such as "1." at the start of a block.
    if first_in_block && word.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    // R5: titles.
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    // R6: initials.
    let mut letters = word.chars();
    if let (Some(c), None) = (letters.next(), letters.next()) {
        if c.is_uppercase() {
            return starter;
        }
    }
    // R7: dotted abbreviations.
    if word.contains('.') {
        return starter;
    }
    // R8: common abbreviations.
    if ABBREVIATIONS.contains(&lower.as_str()) {
        let before_digit = chars.get(next).is_some_and(|&(_, c)| c.is_ascii_digit());
        return !before_digit && starter;
    }
    // R9.
    true
}

/// The word starting at `i`, without opening quotes or brackets.
fn word_at(chars: &[(usize, char)], mut i: usize) -> String {
    while i < chars.len() && is_opener(chars[i].1) {
        i += 1;
    }
    chars[i..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric())
        .collect()
}

/// The white-space-delimited word that ends right before `run_start` (without opening quotes
/// or brackets), and whether it is the first word of its sentence.
fn word_before(chars: &[(usize, char)], sentence_start: usize, run_start: usize) -> (String, bool) {
    let mut begin = run_start;
    while begin > sentence_start && !chars[begin - 1].1.is_whitespace() {
        begin -= 1;
    }
    let first = begin == sentence_start;
    while begin < run_start && is_opener(chars[begin].1) {
        begin += 1;
    }
    (
        chars[begin..run_start].iter().map(|&(_, c)| c).collect(),
        first,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        segment(text).iter().map(|s| s.span.of(text)).collect()
    }

    /// The rule table: input, expected sentences. Cases marked "seed" are taken from the
    /// five seed articles.
    const CASES: &[(&str, &[&str])] = &[
        // Plain sentences.
        ("One. Two.", &["One.", "Two."]),
        ("One! Two? Three.", &["One!", "Two?", "Three."]),
        ("Really?! Yes!! Fine.", &["Really?!", "Yes!!", "Fine."]),
        ("No final punctuation", &["No final punctuation"]),
        ("  Padded sentence.   ", &["Padded sentence."]),
        ("", &[]),
        ("   \n\n  ", &[]),
        // Titles (R5).
        ("Mr. Tillerson arrived. He spoke.", &["Mr. Tillerson arrived.", "He spoke."]),
        ("Mrs. May and Ms. Haley met.", &["Mrs. May and Ms. Haley met."]),
        ("Dr. Smith spoke. Gen. Mattis agreed.", &["Dr. Smith spoke.", "Gen. Mattis agreed."]),
        ("They met in St. Petersburg today.", &["They met in St. Petersburg today."]),
        ("Sen. John McCain said so.", &["Sen. John McCain said so."]),
        ("Gov. Brown and Rep. Smith voted.", &["Gov. Brown and Rep. Smith voted."]),
        ("It was Russia vs. the West.", &["It was Russia vs. the West."]),
        ("Lt. Col. James Hart led it.", &["Lt. Col. James Hart led it."]),
        ("Prof. Lee disagreed.", &["Prof. Lee disagreed."]),
        // Initials (R6).
        ("Jonas E. Smith spoke.", &["Jonas E. Smith spoke."]),
        ("J. R. R. Tolkien wrote it.", &["J. R. R. Tolkien wrote it."]),
        ("George W. Bush was there.", &["George W. Bush was there."]),
        ("He chose plan B. The rest agreed.", &["He chose plan B.", "The rest agreed."]),
        // Dotted abbreviations (R7).
        ("U.S. officials met.", &["U.S. officials met."]),
        ("Relations with the U.S. are low.", &["Relations with the U.S. are low."]),
        ("He left the U.S. The talks ended.", &["He left the U.S.", "The talks ended."]),
        ("The U.N. Security Council voted.", &["The U.N. Security Council voted."]),
        ("It began at 9 a.m. The talks ran late.", &["It began at 9 a.m.", "The talks ran late."]),
        ("At 5 p.m. local time it ended.", &["At 5 p.m. local time it ended."]),
        ("Some, e.g. Russia, objected.", &["Some, e.g. Russia, objected."]),
        ("That is, i.e. the base.", &["That is, i.e. the base."]),
        ("She has a Ph.D. in law.", &["She has a Ph.D. in law."]),
        ("The U.S.-Russia talks ended.", &["The U.S.-Russia talks ended."]),
        // Common abbreviations (R8).
        ("Exxon Mobil Corp. And more.", &["Exxon Mobil Corp.", "And more."]),
        ("Apple Inc. Shares fell.", &["Apple Inc. Shares fell."]),
        ("Guns, tanks, etc. The list goes on.", &["Guns, tanks, etc.", "The list goes on."]),
        ("It is No. 1 again.", &["It is No. 1 again."]),
        ("It happened on Jan. 5 this year.", &["It happened on Jan. 5 this year."]),
        ("Martin Luther King Jr. Day is near.", &["Martin Luther King Jr. Day is near."]),
        // Numbers, money, decimals (no white space after the dot).
        ("It cost $100.00 today. Then more.", &["It cost $100.00 today.", "Then more."]),
        ("Growth was 2.5 percent. Good.", &["Growth was 2.5 percent.", "Good."]),
        ("It was 20 percent. Syria denied it.", &["It was 20 percent.", "Syria denied it."]),
        ("In 2016. The vote came.", &["In 2016.", "The vote came."]),
        // E-mail addresses and URLs.
        ("Write to press@example.com. We reply.", &["Write to press@example.com.", "We reply."]),
        ("See example.com/news for more. Thanks.", &["See example.com/news for more.", "Thanks."]),
        ("Visit www.example.org today.", &["Visit www.example.org today."]),
        // Quotations.
        ("He said \"no.\" Then he left.", &["He said \"no.\"", "Then he left."]),
        ("He said “no.” Then he left.", &["He said “no.”", "Then he left."]),
        ("“Are we going?” he asked.", &["“Are we going?” he asked."]),
        ("“Go!” she said. “Now.”", &["“Go!” she said.", "“Now.”"]),
        ("He said ‘fine.’ Then left.", &["He said ‘fine.’", "Then left."]),
        ("(It was late.) They left.", &["(It was late.)", "They left."]),
        // Ellipses (R3).
        ("It's Russia ... Russia is alone.", &["It's Russia ...", "Russia is alone."]),
        ("Wait… Then go.", &["Wait…", "Then go."]),
        ("It was ... well, odd.", &["It was ... well, odd."]),
        // List markers and bullets (R4, blocks).
        ("1. Pack the bags.", &["1. Pack the bags."]),
        ("1. Pack.\n2. Leave.", &["1. Pack.", "2. Leave."]),
        ("  • Carolyn Briggs", &["• Carolyn Briggs"]),
        ("- first item\n- second item", &["- first item", "- second item"]),
        // Blocks, headlines and metadata lines.
        ("Headline here\nBody starts. Ends here.", &["Headline here", "Body starts.", "Ends here."]),
        ("http://www.foxnews.com/x.html\nTitle line\nBody.", &["Title line", "Body."]),
        ("Line one\n\nLine two", &["Line one", "Line two"]),
        ("This wraps\nover two lines.", &["This wraps\nover two lines."]),
        ("Related news:", &["Related news:"]),
        // Seeds.
        (
            "\"I expressed the view that the current state of U.S.-Russia relations is at a low point,\" Tillerson said in a news conference with Russian Foreign Minister Sergey Lavrov. \"There is a low level of trust between our two countries. The world's two foremost nuclear powers cannot have this kind of relationship.\"",
            &[
                "\"I expressed the view that the current state of U.S.-Russia relations is at a low point,\" Tillerson said in a news conference with Russian Foreign Minister Sergey Lavrov.",
                "\"There is a low level of trust between our two countries.",
                "The world's two foremost nuclear powers cannot have this kind of relationship.\"",
            ],
        ),
        (
            "Citing the countries’ disagreements, Tillerson said, “We need to attempt to put an end to this steady degradation.”",
            &["Citing the countries’ disagreements, Tillerson said, “We need to attempt to put an end to this steady degradation.”"],
        ),
        (
            "different-despite President Trump's earlier interest in an understanding\". Early expectations of an easy rapport have crashed.",
            &[
                "different-despite President Trump's earlier interest in an understanding\".",
                "Early expectations of an easy rapport have crashed.",
            ],
        ),
        ("In the days since the attacks, U.S.", &["In the days since the attacks, U.S."]),
        (
            "He also rejected American claims. He also said Putin had agreed to reactivate a U.S.",
            &["He also rejected American claims.", "He also said Putin had agreed to reactivate a U.S."],
        ),
        (
            "According to an official Russian interpreter. Putin said that Russia saw some very troubling actions.",
            &["According to an official Russian interpreter.", "Putin said that Russia saw some very troubling actions."],
        ),
        (
            "MOSCOW-- US Secretary of State Rex Tillerson said Wednesday that relations with Moscow are at a low point.",
            &["MOSCOW-- US Secretary of State Rex Tillerson said Wednesday that relations with Moscow are at a low point."],
        ),
        (
            "\"Russia right now is an island,\" he said. \"It's Russia, North Korea and Iran ... Russia is among that group the only non-failed state.\" He said Russia is \"isolating\" itself.",
            &[
                "\"Russia right now is an island,\" he said.",
                "\"It's Russia, North Korea and Iran ...",
                "Russia is among that group the only non-failed state.\"",
                "He said Russia is \"isolating\" itself.",
            ],
        ),
        (
            "The deaths have been widely blamed on Syrian President Bashar al-Assad's regime. Syria claims that they carried out their\u{A0} first strike five hours later.",
            &[
                "The deaths have been widely blamed on Syrian President Bashar al-Assad's regime.",
                "Syria claims that they carried out their\u{A0} first strike five hours later.",
            ],
        ),
        ("Trump declares US-Russia relations may be at 'all-time low'", &["Trump declares US-Russia relations may be at 'all-time low'"]),
    ];

    #[test]
    fn rule_table() {
        assert!(
            CASES.len() >= 60,
            "the rule table has {} cases",
            CASES.len()
        );
        let mut failures = Vec::new();
        for (input, want) in CASES {
            let got = split(input);
            if got != *want {
                failures.push(format!(
                    "input: {input:?}\n  want: {want:?}\n  got:  {got:?}"
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases fail:\n{}",
            failures.len(),
            CASES.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn paragraphs_count_blocks() {
        let text = "Title\n\nFirst. Second.\nThird.";
        let paragraphs: Vec<usize> = segment(text).iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 1, 1, 2]);
    }

    #[test]
    fn tables_are_lower_case() {
        for word in TITLES.iter().chain(ABBREVIATIONS).chain(STARTERS) {
            assert_eq!(word.to_lowercase(), *word);
        }
    }
}
