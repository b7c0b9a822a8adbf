//! Sentence segmentation tuned for news text.
//!
//! The text is first cut into **blocks**: each non-empty line is a block, except that a line
//! starting with a lower-case letter continues the block above it (hard-wrapped prose) unless
//! that block starts in lower case too (a list of lower-case items), and that in a
//! **hard-wrapped** text (e-mail, text from a PDF: every line at most ~100 characters, most of
//! them close to the longest) a line continues the block above whenever the line above ran to
//! the margin, whatever its first letter. A
//! line that is only a URL is metadata and belongs to no sentence. Each block is one
//! paragraph, so headlines and other lines without final punctuation are units of their own.
//!
//! Inside a block, an **inline list** is cut before each of its markers: a bullet (`•`, `◦`,
//! `▪`, `‣`, `⁃`) or a run of numbered or lettered markers that count up (`1.) … 2.) …`,
//! `1) … 2) …`, `a. … b. …`, `• 9. … • 10. …`). Each item is a sentence and keeps its marker;
//! a marker's own dot never ends a sentence.
//!
//! Chinese and Japanese end a sentence after `。！？` (and full-width `．`, unless it stands
//! between digits as a decimal point: `３．５％`) at once, with the closing brackets that follow
//! (`。」`), white space or not: they put none between sentences. But a full stop inside a
//! corner-bracket quote (or a Chinese `“…”`) that closes later in the block ends nothing, and
//! neither does one whose closing bracket a Hiragana particle follows: Japanese news quotes
//! several sentences and goes on after them (`市長は「…。…」と述べた。` is one sentence).
//!
//! Otherwise a sentence may end after a run of terminal punctuation (`.` `!` `?` `…`, the
//! Arabic `؟`, the Urdu `۔`, the Devanagari `।` and `॥`, and spaced ellipses `. . .` and
//! `. . . .` as one run), together with any closing quotes or brackets that follow it (`."`,
//! `.”`, `?’)`, the German `.“`, the French `. »`, `.«`) and footnote marks (`.[1]`), when
//! white space follows, or when a capitalised word is glued to a single dot after a plain word
//! (`world.Today`, `1,000.That`; never `U.S.A`, `example.Com` or `2.5`). Whether it does end
//! is decided by the first rule that applies:
//!
//! | rule | when                                                              | ends? |
//! |------|-------------------------------------------------------------------|-------|
//! | R1   | the next word starts with a lower-case letter (`?” he asked`), or a dash follows (`voilà! -- you`) | no |
//! | R2   | an elision in brackets (`[...]`), or a citation in parentheses follows and the sentence ends after it (`…" (Smith 55).`) | no |
//! | R3   | the run holds `!` or `?` (`?!`, `!!`)                             | yes   |
//! | R4   | the run is an ellipsis (`...`, `…`, `. . .`), or closing quotes follow it; but a three-dot ellipsis before the pronoun `I` is a pause (`is . . . I didn't`) | yes |
//! | R5   | a number that opens the block: a list marker (`1. Pack`); a day before its month (`am 21. Oktober`), or a number after a word that opens an ordinal (`der 2. Weltkrieg`) | no |
//! | R6   | a title before the dot (`Mr.`, `Gen.`, `St.`, `Sen.`; `Prof.`, `Sra.`, `TS.`, `د.`) | no |
//! | R7   | the pronoun `I` after a lower-case word (`than I. We`)            | yes   |
//! | R8   | an initial (`Jonas E. Smith`), unless a sentence starter follows (not another initial: `А. С. Пушкин`) | starter |
//! | R9   | a reference abbreviation before a number (`p. 55`, `No. 5`, `N°. 12`, `Fig. 3`) | no |
//! | R10  | a dotted abbreviation (`U.S.`, `U.N.`, `a.m.`, `e.g.`), not a decimal number (`3.5%였다.`) | starter |
//! | R11  | a common abbreviation (`Inc.`, `etc.`, `Jan.`; `bzw.`, `z. B.`, `EE. UU.`, `т. е.`), or a compound ending in one (`Hauptstr.`) | starter |
//! | R12  | anything else                                                      | yes   |
//!
//! The words the rules look up are the language's tables ([`crate::lang::Tables`]): titles
//! (R6), references (R9), abbreviations and their compound endings (R10–R11), ordinal openers
//! (R5), opening prepositions and starters, each language its own (English's for Chinese,
//! Japanese and Korean, whose abbreviations are the Latin ones they quote), and beside them the
//! titles, abbreviations and references many languages share
//! ([`crate::lang::common::OTHER_TITLES`]); this module holds only the algorithm. A word is
//! looked up without an elided article before it (`l'avv.` as `avv.`).
//!
//! "starter" means: the sentence ends only if the next word is one that commonly opens a
//! sentence (`The`, `He`, `How`, `Mr`, …; see [`Sentences::starters`](crate::lang::Sentences::starters)), and the sentence so far is more
//! than an opening time or place phrase (`At 5 a.m. Mr. Smith left` stays whole, `He left at
//! 6 p.m. Mr. Smith stayed` splits). So "the U.S. How did" splits and "U.S. President" does
//! not. Decimals, money, e-mail addresses and URLs never split because no white space follows
//! their dots. Last, a piece with no letter or digit (a stray `. . .` or `—`) is never a
//! sentence of its own: it joins the sentence before it.

use crate::base::Span;
use crate::lang::common::{
    DOMAIN_ENDINGS, DOT_ORDINAL_MONTHS, ELISIONS, OTHER_ABBREVIATIONS, OTHER_REFERENCES,
    OTHER_TITLES,
};
use crate::lang::{listed, Language, Tables};
use crate::text::document::{is_url_line, non_empty_lines};
use crate::text::normalize::lowercase;

/// A sentence (or other unit such as a headline) of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Its bytes in the document's text, without surrounding white space.
    pub span: Span,
    /// Index of its paragraph (block) in the document, counting from 0.
    pub paragraph: usize,
}

/// Most words an opening time or place phrase has (`At 5 a.m.` has three).
const OPENING_PHRASE_WORDS: usize = 4;

/// Characters that mark an item of a bulleted list.
const BULLETS: &[char] = &['•', '◦', '▪', '‣', '⁃'];

/// Splits `text` into sentences, in order, skipping URL-only lines.
///
/// Invariants (checked by property tests): sentences are in order and do not overlap; each
/// starts and ends on a `char` boundary and on a non-white-space character; together they
/// cover every non-white-space character outside URL-only lines.
pub fn segment(text: &str) -> Vec<Sentence> {
    segment_in(text, Language::default().tables())
}

/// [`segment`] with the abbreviation, title and starter tables of `lang`.
pub fn segment_in(text: &str, lang: &Tables) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (paragraph, block) in blocks(text).into_iter().enumerate() {
        for span in split_block(text, block, lang) {
            sentences.push(Sentence { span, paragraph });
        }
    }
    sentences
}

/// Widest line of a text that can be hard-wrapped (e-mail, PDF and old web text wrap at 60–100
/// columns); a text with a longer line is written one paragraph per line.
pub const WRAP_MAX_WIDTH: usize = 110;

/// Fewest lines a hard-wrapped text has.
pub const WRAP_MIN_LINES: usize = 4;

/// Share of a hard-wrapped text's lines that run close to its width (at least
/// [`WRAP_FULL_SHARE`] of it): most lines of wrapped prose end near the margin.
pub const WRAP_LINES_NEAR_WIDTH: f32 = 0.5;

/// A line of a hard-wrapped text at least this share of its width, and without final
/// punctuation, ran to the margin: the paragraph goes on in the next line.
pub const WRAP_FULL_SHARE: f32 = 0.85;

/// The blocks of `text`: non-empty, non-URL lines, joined where one paragraph runs over several
/// lines: a line that starts in lower case continues the line right above it, and in a
/// hard-wrapped text ([`wrap_width`]) so does every line after one that ran to the margin.
fn blocks(text: &str) -> Vec<Span> {
    let width = wrap_width(text);
    let mut blocks: Vec<Span> = Vec::new();
    let mut previous: Option<Span> = None;
    for line in non_empty_lines(text) {
        let body = line.of(text);
        if is_url_line(body) {
            previous = None;
            continue;
        }
        let adjacent = previous.filter(|p| text[p.end..line.start].matches('\n').count() <= 1);
        // A lower-case line continues prose that was wrapped, not a list of lower-case items.
        let prose = blocks
            .last()
            .is_some_and(|last| !last.of(text).trim_start().starts_with(char::is_lowercase));
        let lower = prose && body.trim_start().starts_with(char::is_lowercase);
        let wrapped = match (adjacent, width) {
            (Some(p), Some(width)) => ran_to_margin(p.of(text), body, width),
            _ => false,
        };
        match blocks.last_mut() {
            Some(last) if adjacent.is_some() && (lower || wrapped) => last.end = line.end,
            _ => blocks.push(line),
        }
        previous = Some(line);
    }
    blocks
}

/// The width a text is hard-wrapped at (its longest line, in characters), if it is: it has at
/// least [`WRAP_MIN_LINES`] lines, none longer than [`WRAP_MAX_WIDTH`], and at least
/// [`WRAP_LINES_NEAR_WIDTH`] of them run close to the longest.
pub fn wrap_width(text: &str) -> Option<usize> {
    let lengths: Vec<usize> = non_empty_lines(text)
        .map(|l| l.of(text).trim_end().chars().count())
        .collect();
    let width = *lengths.iter().max()?;
    if lengths.len() < WRAP_MIN_LINES || width > WRAP_MAX_WIDTH {
        return None;
    }
    let near = lengths
        .iter()
        .filter(|&&n| n as f32 >= WRAP_FULL_SHARE * width as f32)
        .count();
    (near as f32 >= WRAP_LINES_NEAR_WIDTH * lengths.len() as f32).then_some(width)
}

/// Whether `line` of a text wrapped at `width` ended only because `next`'s first word did not
/// fit (or nearly so, without final punctuation): `next` goes on with its paragraph. A short
/// line, such as a headline, ends its paragraph.
fn ran_to_margin(line: &str, next: &str, width: usize) -> bool {
    let line = line.trim_end();
    let length = line.chars().count();
    let next_word = next
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    let no_room = length + 1 + next_word > width;
    let ends = line
        .trim_end_matches(is_closer)
        .ends_with(|c: char| is_terminal(c) || c == ':');
    no_room || (!ends && length as f32 >= WRAP_FULL_SHARE * width as f32)
}

fn is_terminal(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '.' | '!' | '?');
    }
    matches!(c, '…' | '‼' | '⁇' | '⁈' | '⁉') || is_script_terminal(c)
}

/// Sentence ends of other scripts: the ideographic full stop and full-width `！？．` (which
/// end a sentence whether or not white space follows: Chinese and Japanese put none), the
/// Arabic question mark `؟`, the Urdu full stop `۔`, the Devanagari danda `।` and double
/// danda `॥`.
fn is_script_terminal(c: char) -> bool {
    is_unspaced_terminal(c) || matches!(c, '؟' | '۔' | '।' | '॥')
}

/// Terminals of the scripts written without spaces: a sentence ends after them at once.
fn is_unspaced_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '．' | '｡')
}

/// Closing quotes and brackets that stay with the sentence they follow: besides the usual
/// ones, the German closing `“` and `‘` (`„…“`), `«` closing `»…«`, and the corner brackets
/// and full-width closers of Chinese and Japanese.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | ')'
            | ']'
            | '}'
            | '“'
            | '‘'
            | '«'
            | '」'
            | '』'
            | '）'
            | '〉'
            | '》'
            | '】'
            | '〕'
            | '›'
    )
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '{')
}

/// Splits one block into trimmed sentence spans.
fn split_block(text: &str, block: Span, lang: &Tables) -> Vec<Span> {
    let body = block.of(text);
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let byte = |index: usize| block.start + chars.get(index).map_or(body.len(), |&(b, _)| b);
    let markers = list_markers(&chars);
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut start = skip_space(&chars, 0);
    let mut i = start;
    let mut next_marker = 0;
    while i < chars.len() {
        // An inline list item starts here: the sentence before it ends.
        while next_marker < markers.len() && markers[next_marker].start < i {
            next_marker += 1;
        }
        if let Some(marker) = markers.get(next_marker).filter(|m| m.start == i) {
            if i > start {
                pieces.push((start, trim_end(&chars, i)));
                start = i;
            }
            i = marker.end;
            continue;
        }
        if !is_terminal(chars[i].1) {
            i += 1;
            continue;
        }
        let run_start = i;
        let run_end = terminal_run_end(&chars, i);
        let after = closers_end(&chars, run_end);
        // Chinese and Japanese end a sentence with `。！？` and put no space after it; not inside
        // a corner-bracket quote, nor before the particle that goes on after one.
        if chars[run_start..run_end]
            .iter()
            .any(|&(_, c)| is_unspaced_terminal(c))
            && !full_width_decimal(&chars, run_start, run_end)
        {
            if inside_corner_quote(&chars, start, after) || goes_on_after_quote(&chars, after) {
                i = after;
                continue;
            }
            let next = skip_space(&chars, after);
            pieces.push((start, after));
            start = next;
            i = next;
            continue;
        }
        if after < chars.len() && glued_sentence(&chars, start, run_start, run_end, after, lang) {
            pieces.push((start, after));
            start = after;
            i = after;
            continue;
        }
        if after >= chars.len() || !chars[after].1.is_whitespace() {
            i = after.max(i + 1);
            continue;
        }
        let next = skip_space(&chars, after);
        if next >= chars.len() {
            break;
        }
        let run: String = chars[run_start..run_end]
            .iter()
            .map(|&(_, c)| c)
            .filter(|c| !c.is_whitespace())
            .collect();
        let at = Boundary {
            sentence_start: start,
            run_start,
            run_end,
            after,
            next,
        };
        if ends_sentence(&chars, &at, &run, lang) {
            pieces.push((start, after));
            start = next;
        }
        i = next;
    }
    let end = trim_end(&chars, chars.len());
    if start < end {
        pieces.push((start, end));
    }
    join_punctuation_only(&chars, &mut pieces);
    pieces
        .into_iter()
        .map(|(from, to)| Span::new(byte(from), byte(to)))
        .collect()
}

/// Whether the run is one full-width dot between digits (`３．５％`): a decimal point.
fn full_width_decimal(chars: &[(usize, char)], run_start: usize, run_end: usize) -> bool {
    let digit = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_numeric());
    run_end == run_start + 1
        && chars[run_start].1 == '．'
        && run_start > 0
        && digit(run_start - 1)
        && digit(run_end)
}

/// Whether the chars before `end` (from the sentence's `start`) leave a corner bracket (`「`,
/// `『`) or a Chinese double quote (`“`) open that closes later in the block: a quote of
/// several sentences (`「…。…」と述べた。`, `他说：“…。…。”`) is one sentence with the words
/// around it.
fn inside_corner_quote(chars: &[(usize, char)], start: usize, end: usize) -> bool {
    let depth = chars[start..end]
        .iter()
        .fold(0i32, |depth, &(_, c)| match c {
            '「' | '『' | '“' => depth + 1,
            '」' | '』' | '”' => depth - 1,
            _ => depth,
        });
    depth > 0
        && chars[end..]
            .iter()
            .any(|&(_, c)| matches!(c, '」' | '』' | '”'))
}

/// Whether a corner-bracket quote closes right before `after` and a Hiragana particle follows
/// it (`」と述べた`, `」って`): the sentence goes on past the quote's own full stop.
fn goes_on_after_quote(chars: &[(usize, char)], after: usize) -> bool {
    let closed = after
        .checked_sub(1)
        .is_some_and(|k| matches!(chars[k].1, '」' | '』'));
    closed
        && chars
            .get(after)
            .is_some_and(|&(_, c)| matches!(c, '\u{3041}'..='\u{309F}'))
}

/// Where a candidate sentence end lies, as indices into the block's chars.
struct Boundary {
    /// First char of the sentence so far.
    sentence_start: usize,
    /// First char of the terminal run.
    run_start: usize,
    /// One past the terminal run.
    run_end: usize,
    /// One past the closing quotes and brackets after the run.
    after: usize,
    /// First char of the next word.
    next: usize,
}

/// One past the closing quotes, brackets and footnote marks (`[1]`, `[12]`) from `i` on.
fn closers_end(chars: &[(usize, char)], mut i: usize) -> usize {
    loop {
        while i < chars.len() && is_closer(chars[i].1) {
            // `“ ‘ «` close a German or Scandinavian quote, but open the next sentence's
            // quote in English, French or Chinese: they close only where nothing is glued on.
            let opens_next = matches!(chars[i].1, '“' | '‘' | '«')
                && chars
                    .get(i + 1)
                    .is_some_and(|&(_, c)| !c.is_whitespace() && !is_closer(c));
            if opens_next {
                break;
            }
            i += 1;
        }
        // French sets its closing guillemet off with a (no-break) space: `… fin. »`. One glued
        // to the next word opens that sentence's quote instead (German `… Einsatz. »Wir …«`).
        let spaced_guillemet = chars
            .get(i)
            .is_some_and(|&(_, c)| matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
            && chars.get(i + 1).is_some_and(|&(_, c)| c == '»')
            && chars.get(i + 2).is_none_or(|&(_, c)| !c.is_alphanumeric());
        if spaced_guillemet {
            i += 2;
            continue;
        }
        let digits = chars.get(i + 1..).map_or(0, |rest| {
            rest.iter()
                .take_while(|&&(_, c)| c.is_ascii_digit())
                .count()
        });
        let footnote = chars.get(i).is_some_and(|&(_, c)| c == '[')
            && (1..=3).contains(&digits)
            && chars.get(i + 1 + digits).is_some_and(|&(_, c)| c == ']');
        if !footnote {
            return i;
        }
        i += digits + 2;
    }
}

/// Whether a single dot with no space after it still ends a sentence because a capitalised
/// word is glued to it (`world.Today is`, `1,000.That`): the word before it is plain letters
/// (two or more) or a number, and the word after it a capital followed by lower case. Dotted
/// abbreviations, initials, domains (`example.Com`) and decimals stay whole.
fn glued_sentence(
    chars: &[(usize, char)],
    sentence_start: usize,
    run_start: usize,
    run_end: usize,
    after: usize,
    lang: &Tables,
) -> bool {
    if run_end - run_start != 1 || chars[run_start].1 != '.' || after != run_end {
        return false;
    }
    let capitalised = chars.get(after).is_some_and(|&(_, c)| c.is_uppercase())
        && chars.get(after + 1).is_some_and(|&(_, c)| c.is_lowercase());
    if !capitalised {
        return false;
    }
    let glued: String = chars[after..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric())
        .collect();
    if listed(DOMAIN_ENDINGS, &lowercase(&glued)) {
        return false;
    }
    let (word, _) = word_before(chars, sentence_start, run_start);
    let letters = word.chars().count() >= 2 && word.chars().all(char::is_alphabetic);
    let number = word.starts_with(|c: char| c.is_ascii_digit())
        && word.chars().all(|c| c.is_ascii_digit() || c == ',');
    let lower = lowercase(&word);
    (letters || number)
        && !listed(lang.sentences.titles, lower.as_str())
        && !listed(lang.sentences.abbreviations, lower.as_str())
        && !word.chars().all(char::is_uppercase)
}

/// One past the run of terminal punctuation starting at `i`; dots separated by single spaces
/// (`. . .`, `. . . .`) are one run.
fn terminal_run_end(chars: &[(usize, char)], i: usize) -> usize {
    let mut end = i;
    loop {
        while end < chars.len() && is_terminal(chars[end].1) {
            end += 1;
        }
        let spaced_dot = chars[end - 1].1 == '.'
            && chars.get(end).is_some_and(|&(_, c)| c == ' ')
            && chars.get(end + 1).is_some_and(|&(_, c)| c == '.');
        if !spaced_dot {
            return end;
        }
        end += 1;
    }
}

/// Pieces with no letter or digit (a stray ellipsis, a dash) join the piece before them, or
/// the one after when they come first. A block of nothing but punctuation stays one piece.
fn join_punctuation_only(chars: &[(usize, char)], pieces: &mut Vec<(usize, usize)>) {
    let Some(&(first, _)) = pieces.first() else {
        return;
    };
    let Some(&(_, last)) = pieces.last() else {
        return;
    };
    let has_word =
        |&(from, to): &(usize, usize)| chars[from..to].iter().any(|&(_, c)| c.is_alphanumeric());
    let mut joined: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for &piece in pieces.iter() {
        match joined.last_mut() {
            Some(previous) if !has_word(&piece) => previous.1 = piece.1,
            // Wordless pieces before the first word join it: start the first piece at the top.
            None if !has_word(&piece) => {}
            None => joined.push((first, piece.1)),
            Some(_) => joined.push(piece),
        }
    }
    if joined.is_empty() {
        joined.push((first, last));
    }
    *pieces = joined;
}

/// A list marker found in a block: chars `start..end` (the marker and the space after it).
#[derive(Clone, Copy, Debug)]
struct Marker {
    start: usize,
    end: usize,
}

/// The style and value of a numbered or lettered marker candidate.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Numbering {
    /// Digits or letters, and the punctuation after them (`.`, `)`, `.)`).
    style: (bool, &'static str),
    value: u32,
}

/// The inline list markers of a block: every bullet that follows white space, and every
/// numbered or lettered marker next to another of the same style whose value is one more or
/// one less (`1) … 2)`); a lone `b.` or `1)` is ordinary text.
fn list_markers(chars: &[(usize, char)]) -> Vec<Marker> {
    let mut candidates: Vec<(Marker, Option<Numbering>)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let at_word_start = i == 0 || chars[i - 1].1.is_whitespace();
        if !at_word_start || chars[i].1.is_whitespace() {
            i += 1;
            continue;
        }
        if !chars[i].1.is_ascii() && BULLETS.contains(&chars[i].1) {
            let end = skip_space(chars, i + 1);
            let glued = end == i + 1 && numbering_at(chars, end).is_some();
            if end > i + 1 || glued {
                candidates.push((Marker { start: i, end }, None));
                // A numbered marker right after a bullet belongs to it (`• 9. …`).
                if let Some((numbering, after)) = numbering_at(chars, end) {
                    candidates.push((
                        Marker {
                            start: end,
                            end: after,
                        },
                        Some(numbering),
                    ));
                    i = after;
                    continue;
                }
                i = end;
                continue;
            }
        }
        if let Some((numbering, after)) = numbering_at(chars, i) {
            candidates.push((
                Marker {
                    start: i,
                    end: after,
                },
                Some(numbering),
            ));
            i = after;
            continue;
        }
        i += 1;
    }
    let counts_up = |x: Option<&Numbering>, y: Option<&Numbering>| match (x, y) {
        (Some(x), Some(y)) => x.style == y.style && y.value == x.value + 1,
        _ => false,
    };
    // Numbered candidates in order, so a sequence is found across the bullets between them.
    let numbered: Vec<usize> = (0..candidates.len())
        .filter(|&k| candidates[k].1.is_some())
        .collect();
    let mut markers = Vec::new();
    for (k, (marker, numbering)) in candidates.iter().enumerate() {
        let keep = match numbering {
            None => true,
            Some(_) => {
                let at = numbered.partition_point(|&n| n < k);
                let previous = at
                    .checked_sub(1)
                    .map(|p| candidates[numbered[p]].1.as_ref());
                let next = numbered.get(at + 1).map(|&n| candidates[n].1.as_ref());
                previous.is_some_and(|p| counts_up(p, numbering.as_ref()))
                    || next.is_some_and(|n| counts_up(numbering.as_ref(), n))
            }
        };
        // A marker right after a bullet starts no item of its own.
        let after_bullet =
            k > 0 && candidates[k - 1].1.is_none() && candidates[k - 1].0.end == marker.start;
        if keep {
            markers.push(Marker {
                start: if after_bullet {
                    candidates[k - 1].0.start
                } else {
                    marker.start
                },
                end: marker.end,
            });
        }
    }
    // A bullet and the marker after it are one marker: keep the longer.
    crate::base::order::sort_by_key(&mut markers, |m| (m.start, std::cmp::Reverse(m.end)));
    markers.dedup_by_key(|m| m.start);
    markers
}

/// A numbered or lettered marker at `i` (`12.`, `3)`, `4.)`, `a.`, `b)`) followed by white
/// space: its numbering and the index of the next word.
fn numbering_at(chars: &[(usize, char)], i: usize) -> Option<(Numbering, usize)> {
    let mut j = i;
    while j < chars.len() && chars[j].1.is_ascii_digit() && j - i < 3 {
        j += 1;
    }
    let digits = j > i;
    let value = if digits {
        chars[i..j]
            .iter()
            .fold(0u32, |v, &(_, c)| v * 10 + c.to_digit(10).unwrap_or(0))
    } else {
        let c = chars.get(i)?.1;
        // Lower-case letters only: "A. Smith and B. Jones" are initials, not a list.
        if !c.is_ascii_lowercase() {
            return None;
        }
        j = i + 1;
        u32::from(c) - u32::from('a') + 1
    };
    // Every marker's punctuation starts with `.` or `)`: most words stop here.
    if !chars.get(j).is_some_and(|&(_, c)| matches!(c, '.' | ')')) {
        return None;
    }
    let punctuation = [".)", ")", "."].into_iter().find(|p| {
        p.chars()
            .enumerate()
            .all(|(k, c)| chars.get(j + k).is_some_and(|&(_, x)| x == c))
    })?;
    let after = j + punctuation.len();
    if !chars.get(after).is_some_and(|&(_, c)| c.is_whitespace()) {
        return None;
    }
    let next = skip_space(chars, after);
    // A word must follow: `1. 2. 3.` alone is not a list.
    if !chars
        .get(next)
        .is_some_and(|&(_, c)| c.is_alphanumeric() || is_opener(c))
    {
        return None;
    }
    Some((
        Numbering {
            style: (digits, punctuation),
            value,
        },
        next,
    ))
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
fn ends_sentence(chars: &[(usize, char)], at: &Boundary, run: &str, lang: &Tables) -> bool {
    let next_word = word_at(chars, at.next);
    // R1: a lower-case continuation, or a dash that goes on with an aside (`voilà! -- you`).
    let dash = chars
        .get(at.next)
        .is_some_and(|&(_, c)| matches!(c, '-' | '–' | '—'));
    if next_word.starts_with(char::is_lowercase) || dash {
        return false;
    }
    // R2: an elision in brackets, or a citation in parentheses that the sentence ends after.
    if elided(chars, at) || citation_follows(chars, at.next) {
        return false;
    }
    // R3: ! and ? end a sentence before anything that is not lower case.
    if run.contains(['!', '?', '‼', '⁇', '⁈', '⁉', '؟']) {
        return true;
    }
    // R4: ellipses, and a dot inside closing quotes or brackets (`no.” Then`).
    let dots = run.chars().filter(|&c| c == '.').count() + 3 * run.matches('…').count();
    if run.chars().count() > 1 || run.contains('…') {
        let pause = dots == 3 && next_word == "I";
        return !pause;
    }
    if at.after > at.run_end {
        return true;
    }
    let (word, first_in_block) = word_before(chars, at.sentence_start, at.run_start);
    if word.is_empty() || word.ends_with(is_closer) || word.contains(['@', '/']) {
        return true;
    }
    let lower = without_elision(lowercase(&word));
    let starter = listed(lang.sentences.starters, &lowercase(&next_word))
        && !opening_phrase(chars, at.sentence_start, at.run_start, lang);
    // R5: a list marker such as "1." at the start of a block, or a day written as an ordinal
    // before its month (`am 21. Oktober`) or after a word that opens an ordinal (`der 2.`).
    let digits = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
    let ordinal = || {
        listed(DOT_ORDINAL_MONTHS, &lowercase(&next_word))
            || listed(
                lang.sentences.ordinal_openers,
                &lowercase(&word_before_word(chars, at.sentence_start, at.run_start)),
            )
    };
    if digits && (first_in_block || ordinal()) {
        return false;
    }
    // R6: titles (the language's, and other languages': `Prof.`, `Sra.`).
    if listed(lang.sentences.titles, lower.as_str()) || listed(OTHER_TITLES, lower.as_str()) {
        return false;
    }
    // R7: the pronoun "I" after a lower-case word ends the sentence.
    if word == "I" && previous_word_is_lower(chars, at.sentence_start, at.run_start - 1) {
        return true;
    }
    // R8: initials; another initial after one is no sentence start, even when the letter is
    // a word that opens sentences (Russian `А. С. Пушкин`, `с` is a preposition).
    let mut letters = word.chars();
    if let (Some(c), None) = (letters.next(), letters.next()) {
        if c.is_uppercase() {
            let initial_follows = next_word.chars().count() == 1
                && chars[at.next..]
                    .iter()
                    .skip_while(|&&(_, c)| is_opener(c))
                    .nth(1)
                    .is_some_and(|&(_, c)| c == '.');
            return starter && !initial_follows;
        }
    }
    // R9: a reference before a number.
    let before_digit = chars.get(at.next).is_some_and(|&(_, c)| c.is_ascii_digit());
    if before_digit
        && (listed(lang.sentences.references, lower.as_str())
            || listed(OTHER_REFERENCES, lower.as_str()))
    {
        return false;
    }
    // R10: dotted abbreviations (not a number with a decimal point: `3.5%였다.`).
    if word.contains('.') && !decimal_only(&word) {
        return starter;
    }
    // R11: common abbreviations (the language's, and other languages': `bzw.`, `z. B.`), and
    // compounds ending in one (`Hauptstr.`).
    let compound = lang
        .sentences
        .abbreviation_endings
        .iter()
        .any(|e| lower.len() > e.len() && lower.ends_with(e));
    if listed(lang.sentences.abbreviations, lower.as_str())
        || listed(OTHER_ABBREVIATIONS, lower.as_str())
        || compound
    {
        return !before_digit && starter;
    }
    // R12.
    true
}

/// `word` (lower case) without an elided article or preposition before it (`l'avv` →
/// `avv`, `dell'on` → `on`): the abbreviation is what follows the apostrophe.
fn without_elision(word: String) -> String {
    let Some((at, mark)) = word.char_indices().find(|&(_, c)| c == '\'' || c == '’') else {
        return word;
    };
    let elided = format!("{}'", &word[..at]);
    if ELISIONS.contains(&elided.as_str()) {
        word[at + mark.len_utf8()..].to_string()
    } else {
        word
    }
}

/// Whether every dot of `word` stands between two digits (`3.5%`, `1.234`): a number, not a
/// dotted abbreviation.
fn decimal_only(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.iter().enumerate().all(|(k, &c)| {
        c != '.'
            || (k > 0
                && chars[k - 1].is_ascii_digit()
                && chars.get(k + 1).is_some_and(char::is_ascii_digit))
    })
}

/// The white-space-delimited word before the word that ends at `run_start` (empty when that
/// word opens the sentence).
fn word_before_word(chars: &[(usize, char)], sentence_start: usize, run_start: usize) -> String {
    let mut k = run_start;
    while k > sentence_start && !chars[k - 1].1.is_whitespace() {
        k -= 1;
    }
    while k > sentence_start && chars[k - 1].1.is_whitespace() {
        k -= 1;
    }
    let end = k;
    while k > sentence_start && !chars[k - 1].1.is_whitespace() {
        k -= 1;
    }
    chars[k..end].iter().map(|&(_, c)| c).collect()
}

/// Whether the terminal run is an elision mark inside square brackets (`[...]`, `[…]`).
fn elided(chars: &[(usize, char)], at: &Boundary) -> bool {
    at.run_start > 0
        && chars[at.run_start - 1].1 == '['
        && chars.get(at.run_end).is_some_and(|&(_, c)| c == ']')
}

/// Whether a parenthesis opens at `next`, closes in the same block and is followed by the
/// sentence's final punctuation (`(Smith 55).`): a citation that belongs to the sentence.
fn citation_follows(chars: &[(usize, char)], next: usize) -> bool {
    if chars.get(next).is_none_or(|&(_, c)| c != '(') {
        return false;
    }
    let Some(close) = chars[next..].iter().position(|&(_, c)| c == ')') else {
        return false;
    };
    chars
        .get(next + close + 1)
        .is_some_and(|&(_, c)| is_terminal(c))
}

/// Whether the sentence from `start` to `end` is only an opening phrase of time or place:
/// a preposition and at most [`OPENING_PHRASE_WORDS`] words (`At 5 a.m.`, `On Jan.`).
fn opening_phrase(chars: &[(usize, char)], start: usize, end: usize, lang: &Tables) -> bool {
    let phrase: String = chars[start..end].iter().map(|&(_, c)| c).collect();
    let mut words = phrase.split_whitespace();
    let first = lowercase(words.next().unwrap_or(""));
    listed(lang.sentences.opening_prepositions, first.as_str())
        && phrase.split_whitespace().count() <= OPENING_PHRASE_WORDS
}

/// Whether the word before the one ending at `end` (exclusive of the word itself) starts in
/// lower case (`said I.` yes, `Albert I.` no).
fn previous_word_is_lower(chars: &[(usize, char)], start: usize, end: usize) -> bool {
    let mut k = end;
    while k > start && !chars[k - 1].1.is_whitespace() {
        k -= 1;
    }
    while k > start && chars[k - 1].1.is_whitespace() {
        k -= 1;
    }
    let stop = k;
    while k > start && !chars[k - 1].1.is_whitespace() {
        k -= 1;
    }
    chars[k..stop]
        .iter()
        .find(|&&(_, c)| c.is_alphanumeric())
        .is_some_and(|&(_, c)| c.is_lowercase())
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
        // Titles (R6).
        ("Mr. Tillerson arrived. He spoke.", &["Mr. Tillerson arrived.", "He spoke."]),
        ("Mrs. May and Ms. Haley met.", &["Mrs. May and Ms. Haley met."]),
        ("Dr. Smith spoke. Gen. Mattis agreed.", &["Dr. Smith spoke.", "Gen. Mattis agreed."]),
        ("They met in St. Petersburg today.", &["They met in St. Petersburg today."]),
        ("Sen. John McCain said so.", &["Sen. John McCain said so."]),
        ("Gov. Brown and Rep. Smith voted.", &["Gov. Brown and Rep. Smith voted."]),
        ("It was Russia vs. the West.", &["It was Russia vs. the West."]),
        ("Lt. Col. James Hart led it.", &["Lt. Col. James Hart led it."]),
        ("Prof. Lee disagreed.", &["Prof. Lee disagreed."]),
        // Initials (R8).
        ("Jonas E. Smith spoke.", &["Jonas E. Smith spoke."]),
        ("J. R. R. Tolkien wrote it.", &["J. R. R. Tolkien wrote it."]),
        ("George W. Bush was there.", &["George W. Bush was there."]),
        ("He chose plan B. The rest agreed.", &["He chose plan B.", "The rest agreed."]),
        // Dotted abbreviations (R10).
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
        // Common abbreviations (R11).
        ("Exxon Mobil Corp. And more.", &["Exxon Mobil Corp.", "And more."]),
        ("Apple Inc. Shares fell.", &["Apple Inc. Shares fell."]),
        ("Guns, tanks, etc. The list goes on.", &["Guns, tanks, etc.", "The list goes on."]),
        ("It is No. 1 again.", &["It is No. 1 again."]),
        ("It happened on Jan. 5 this year.", &["It happened on Jan. 5 this year."]),
        ("Martin Luther King Jr. Day is near.", &["Martin Luther King Jr. Day is near."]),
        // Openers, times before titles, references before numbers (R9–R11).
        ("Is this the U.S. How did it get here?", &["Is this the U.S.", "How did it get here?"]),
        ("They left the U.S. Where did they go?", &["They left the U.S.", "Where did they go?"]),
        ("Trade with the U.S. Still fell in May.", &["Trade with the U.S.", "Still fell in May."]),
        ("At 5 a.m. Mr. Smith went to the bank.", &["At 5 a.m. Mr. Smith went to the bank."]),
        ("He left the bank at 6 p.m. Mr. Smith then went home.", &["He left the bank at 6 p.m.", "Mr. Smith then went home."]),
        ("By 9 a.m. The crowd had gone.", &["By 9 a.m. The crowd had gone."]),
        ("See p. 55 for the table.", &["See p. 55 for the table."]),
        ("Read pp. 10 to 12 first.", &["Read pp. 10 to 12 first."]),
        ("It is listed as No. 5 on the chart.", &["It is listed as No. 5 on the chart."]),
        ("The file N°. 12 was lost.", &["The file N°. 12 was lost."]),
        ("See Fig. 3 and Sec. 4 below.", &["See Fig. 3 and Sec. 4 below."]),
        ("The answer is No. The vote failed.", &["The answer is No.", "The vote failed."]),
        // The pronoun I (R7) and initials (R8).
        ("The winner was I. We celebrated.", &["The winner was I.", "We celebrated."]),
        ("She was taller than I. Then she grew.", &["She was taller than I.", "Then she grew."]),
        ("Albert I. Jones spoke first.", &["Albert I. Jones spoke first."]),
        ("King Albert I. The Belgians mourned.", &["King Albert I.", "The Belgians mourned."]),
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
        // A guillemet glued to the next word opens its quote (German `»…«`); a spaced one after
        // a full stop closes the French quote before it.
        ("Sie waren im Einsatz. »Wir sind bereit«, sagte er.", &["Sie waren im Einsatz.", "»Wir sind bereit«, sagte er."]),
        ("Il a dit : « Fini. » Puis il est parti.", &["Il a dit : « Fini. »", "Puis il est parti."]),
        ("(It was late.) They left.", &["(It was late.)", "They left."]),
        // Ellipses (R4), elisions and citations (R2).
        ("It's Russia ... Russia is alone.", &["It's Russia ...", "Russia is alone."]),
        ("Wait… Then go.", &["Wait…", "Then go."]),
        ("It was ... well, odd.", &["It was ... well, odd."]),
        ("He paused . . . Then the vote came.", &["He paused . . .", "Then the vote came."]),
        ("It ended there. . . . The next day came.", &["It ended there. . . .", "The next day came."]),
        ("It was . . . well, odd.", &["It was . . . well, odd."]),
        ("The thing is . . . I didn't mean it.", &["The thing is . . . I didn't mean it."]),
        ("I never said that.... She left.", &["I never said that....", "She left."]),
        ("Wait...see what happens. Fine.", &["Wait...see what happens.", "Fine."]),
        ("One more thing.\n. . .\nThe end came.", &["One more thing.", ". . .", "The end came."]),
        ("It is over. . . . ", &["It is over. . . ."]),
        ("He said \"they fell from the stairways [...]\" (Smith 55). It was late.", &["He said \"they fell from the stairways [...]\" (Smith 55).", "It was late."]),
        ("The rule [...] applies. Next one.", &["The rule [...] applies.", "Next one."]),
        ("It worked well. (It did not last.) Then it failed.", &["It worked well.", "(It did not last.)", "Then it failed."]),
        // Inline lists: each item is a sentence with its marker.
        ("1.) The first item 2.) The second item", &["1.) The first item", "2.) The second item"]),
        ("1) The first item 2) The second item 3) The third", &["1) The first item", "2) The second item", "3) The third"]),
        ("a. The first item b. The second item c. The third item", &["a. The first item", "b. The second item", "c. The third item"]),
        ("a) Pack b) Leave", &["a) Pack", "b) Leave"]),
        ("• 9. The first item • 10. The second item", &["• 9. The first item", "• 10. The second item"]),
        ("• Bread • Milk • Eggs", &["• Bread", "• Milk", "• Eggs"]),
        ("⁃4. Stir well ⁃5. Serve hot", &["⁃4. Stir well", "⁃5. Serve hot"]),
        ("apples\npears and plums\nfresh herbs", &["apples", "pears and plums", "fresh herbs"]),
        // Footnote marks, dash asides, sentences glued together.
        ("He was a bishop and martyr.[1] The city honours him.", &["He was a bishop and martyr.[1]", "The city honours him."]),
        ("It rose sharply.[12][13] Prices fell later.", &["It rose sharply.[12][13]", "Prices fell later."]),
        ("Mix it, heat it, and -- presto! -- dinner is ready.", &["Mix it, heat it, and -- presto! -- dinner is ready."]),
        ("Is it fair? — many asked — or not?", &["Is it fair? — many asked — or not?"]),
        ("It rained all day.Tomorrow looks dry. Mr. Lee bought 1,000.That is many.", &["It rained all day.", "Tomorrow looks dry.", "Mr. Lee bought 1,000.", "That is many."]),
        ("He lives in the U.S.A and works at example.Com now.", &["He lives in the U.S.A and works at example.Com now."]),
        ("Growth was 2.5.Then it fell.", &["Growth was 2.5.Then it fell."]),
        ("You need: 1) a pen 2) paper.", &["You need:", "1) a pen", "2) paper."]),
        ("He chose plan b. The rest agreed.", &["He chose plan b.", "The rest agreed."]),
        ("A. Smith and B. Jones agreed.", &["A. Smith and B. Jones agreed."]),
        ("It grew 1) slowly and then fast.", &["It grew 1) slowly and then fast."]),
        // List markers and bullets (R5, blocks).
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
        // Hard-wrapped text (PDF, e-mail): a line that ran to the margin goes on in the next,
        // whatever its first letter; a short line (a headline) ends its paragraph.
        (
            "Talks in Moscow end without agreement\nSecretary of State Rex Tillerson met Russian Foreign Minister Sergey\nLavrov on Wednesday. The two men spoke for more than two hours, and\nTillerson later said that relations were at a low point. Lavrov said\nMoscow was open to further talks with Washington.",
            &[
                "Talks in Moscow end without agreement",
                "Secretary of State Rex Tillerson met Russian Foreign Minister Sergey\nLavrov on Wednesday.",
                "The two men spoke for more than two hours, and\nTillerson later said that relations were at a low point.",
                "Lavrov said\nMoscow was open to further talks with Washington.",
            ],
        ),
        (
            "The first paragraph of a wrapped text is here and it runs on\nto a second line that ends early.\nThe second paragraph starts on a new line and it runs on to\nthe margin of the text once more before it ends as well.",
            &[
                "The first paragraph of a wrapped text is here and it runs on\nto a second line that ends early.",
                "The second paragraph starts on a new line and it runs on to\nthe margin of the text once more before it ends as well.",
            ],
        ),
        // Lines of different lengths are not a wrapped text: each capitalised line is a unit.
        (
            "Short line\nAnother Line that is rather longer than the first one was\nThird Line\nFourth",
            &["Short line", "Another Line that is rather longer than the first one was", "Third Line", "Fourth"],
        ),
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
    fn hard_wrapped_texts_are_told_from_texts_written_a_paragraph_a_line() {
        let wrapped = "A line of text that runs to the margin\nof the page and on into the next\none, as e-mail and PDF text do, until\nthe paragraph ends short.";
        assert_eq!(wrap_width(wrapped), Some(38));
        let lines = "Headline\nA paragraph that is one long line, as news sites write them, running well past a hundred characters.\nAnother.\nAnd one more.";
        assert_eq!(wrap_width(lines), None);
        assert_eq!(wrap_width("One line.\nTwo lines."), None);
    }

    #[test]
    fn japanese_quotes_of_several_sentences_stay_in_their_sentence() {
        assert_eq!(
            split("市長は「全力を挙げている。外出は控えてほしい」と述べた。雪はやんだ。"),
            [
                "市長は「全力を挙げている。外出は控えてほしい」と述べた。",
                "雪はやんだ。"
            ]
        );
        assert_eq!(
            split("「はい。」と彼は言った。「終わりだ。」会議は終わった。"),
            [
                "「はい。」と彼は言った。",
                "「終わりだ。」",
                "会議は終わった。"
            ]
        );
        // A bracket that never closes leaves the paragraph's sentences as they are.
        assert_eq!(split("彼は「はい。いいえ。"), ["彼は「はい。", "いいえ。"]);
    }

    #[test]
    fn titles_of_scripts_and_languages_beyond_europe_do_not_end_a_sentence() {
        assert_eq!(
            split("Theo TS. Lê Minh Tuấn, lượng mưa đã vượt 500 mm. Ông Tuấn cảnh báo."),
            [
                "Theo TS. Lê Minh Tuấn, lượng mưa đã vượt 500 mm.",
                "Ông Tuấn cảnh báo."
            ]
        );
        assert_eq!(
            split("وقال د. سامي حداد إن الإصابات طفيفة. وغادر المصابون."),
            ["وقال د. سامي حداد إن الإصابات طفيفة.", "وغادر المصابون."]
        );
    }

    #[test]
    fn paragraphs_count_blocks() {
        let text = "Title\n\nFirst. Second.\nThird.";
        let paragraphs: Vec<usize> = segment(text).iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 1, 1, 2]);
    }
}
