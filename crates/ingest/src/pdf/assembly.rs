//! Assembly: pages' lines into an article's paragraphs, running headers, footers and page
//! numbers dropped, the title first.

use std::collections::{HashMap, HashSet};

use super::content::single_spaced;
use super::{Assembled, Line};

/// Lines at the top and at the bottom of a page where headers, footers and numbers are looked for.
const EDGE_LINES: usize = 2;
/// Pages with the same line at the same place at their top or bottom that make it a running
/// header or footer, whatever the number of pages (a chapter's title).
const RUNNING_PAGES: usize = 3;
/// Lines at the top of page 1 where the title is looked for.
const TITLE_SEARCH_LINES: usize = 8;
/// The title's type is at least this many times the body text's.
const TITLE_SIZE_RATIO: f32 = 1.15;
/// Sizes within this share of each other are the same type.
const SAME_SIZE_SHARE: f32 = 0.05;
/// Sizes apart by more than this share start a new paragraph.
const SIZE_CHANGE_SHARE: f32 = 0.12;
/// A vertical gap over this many times the usual line spacing starts a new paragraph.
const PARAGRAPH_GAP_RATIO: f32 = 1.4;
/// A line indented by more than this many ems past the previous one starts a paragraph.
const INDENT_EM: f32 = 0.8;
/// A line ending a sentence and shorter than this share of a full line ends its paragraph.
const SHORT_LINE_SHARE: f32 = 0.8;
/// What a list item starts with: it starts a paragraph.
const BULLETS: [char; 6] = ['•', '◦', '▪', '‣', '∙', '●'];
/// Share of the sorted line gaps taken as the usual spacing (low: paragraph gaps are larger).
const SPACING_PERCENTILE: f32 = 0.3;
/// Share of the sorted line lengths taken as a full line.
const FULL_LINE_PERCENTILE: f32 = 0.8;

/// Joins pages' lines into the article's text (see [`Assembled`]): running headers, footers and
/// page numbers dropped; the title (the first lines of page 1 in type larger than the body's)
/// first; paragraphs from vertical gaps, indents, size changes and short lines ending a
/// sentence; lines of a paragraph joined with a space, a word hyphenated at a line end rejoined.
pub fn assemble(pages: &[Vec<Line>]) -> Assembled {
    let mut kept = drop_running_lines(pages);
    let body = body_size(&kept);
    let title_lines = take_title(&mut kept, body);
    let title = Some(join_lines(&title_lines)).filter(|t| !t.is_empty());
    let layout = Layout::measure(&kept, body);
    let mut paragraphs: Vec<String> = title.iter().cloned().collect();
    let mut current: Vec<&Line> = Vec::new();
    let mut previous: Option<(usize, &Line)> = None;
    for (page, lines) in kept.iter().enumerate() {
        for &line in lines {
            if let Some((previous_page, before)) = previous {
                if layout.breaks(before, line, previous_page == page) {
                    paragraphs.push(join_lines(&current));
                    current.clear();
                }
            }
            current.push(line);
            previous = Some((page, line));
        }
    }
    paragraphs.push(join_lines(&current));
    paragraphs.retain(|p| !p.is_empty());
    Assembled {
        title,
        text: paragraphs.join("\n\n"),
    }
}

/// A line as compared for running headers: its place and size to the point, and its text in
/// lower case, digits dropped, single-spaced (empty when that leaves no text).
fn running_key(line: &Line) -> String {
    let lower: String = line
        .text
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect();
    let text = single_spaced(&lower);
    if text.is_empty() {
        return text;
    }
    format!("{} {} {text}", line.y.round(), line.size.round())
}

/// A page number alone: "3", "Page 3 of 12", "- 3 -", "3 / 12", or "xiv" (front matter).
fn is_page_number(text: &str) -> bool {
    let lower = text.to_lowercase().replace("page", " ").replace("of", " ");
    let roman = !lower.is_empty() && lower.len() <= 5 && lower.chars().all(|c| "ivx".contains(c));
    let arabic = lower.chars().any(|c| c.is_ascii_digit())
        && lower
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || "-–—/|.()".contains(c));
    roman || arabic
}

/// The pages' lines without running headers and footers (the same line, digits aside, among the
/// top or bottom [`EDGE_LINES`] of more than half the pages, or of [`RUNNING_PAGES`]) and page
/// numbers.
fn drop_running_lines(pages: &[Vec<Line>]) -> Vec<Vec<&Line>> {
    let edge = |count: usize, i: usize| i < EDGE_LINES || i + EDGE_LINES >= count;
    let mut counts: HashMap<String, usize> = HashMap::new();
    for page in pages {
        let keys: HashSet<String> = page
            .iter()
            .enumerate()
            .filter(|(i, _)| edge(page.len(), *i))
            .map(|(_, line)| running_key(line))
            .filter(|key| !key.is_empty())
            .collect();
        for key in keys {
            *counts.entry(key).or_default() += 1;
        }
    }
    let running = |line: &Line| {
        let seen = counts.get(&running_key(line)).copied().unwrap_or(0);
        seen >= 2 && (seen * 2 > pages.len() || seen >= RUNNING_PAGES)
    };
    pages
        .iter()
        .map(|page| {
            let furniture = |i: usize, line: &Line| {
                edge(page.len(), i) && (is_page_number(&line.text) || running(line))
            };
            page.iter()
                .enumerate()
                .filter(|&(i, line)| !furniture(i, line))
                .map(|(_, l)| l)
                .collect()
        })
        .collect()
}

/// The body text's size: the size (to half a point) of the most characters; the smaller on a tie.
fn body_size(pages: &[Vec<&Line>]) -> f32 {
    let mut weights: HashMap<i32, usize> = HashMap::new();
    for line in pages.iter().flatten() {
        *weights.entry((line.size * 2.0).round() as i32).or_default() += line.text.chars().count();
    }
    let best = weights
        .into_iter()
        .max_by_key(|&(size, chars)| (chars, std::cmp::Reverse(size)));
    best.map_or(0.0, |(size, _)| size as f32 / 2.0)
}

/// Takes the title lines out of page 1: the first consecutive lines in its largest type, among
/// its first [`TITLE_SEARCH_LINES`], when that type is larger than the body's.
fn take_title<'a>(pages: &mut [Vec<&'a Line>], body: f32) -> Vec<&'a Line> {
    let Some(first) = pages.first_mut() else {
        return Vec::new();
    };
    let window = &first[..first.len().min(TITLE_SEARCH_LINES)];
    let largest = window.iter().map(|l| l.size).fold(0.0, f32::max);
    if largest <= body * TITLE_SIZE_RATIO {
        return Vec::new();
    }
    let same = |line: &&Line| (line.size - largest).abs() <= largest * SAME_SIZE_SHARE;
    let Some(start) = window.iter().position(same) else {
        return Vec::new();
    };
    let count = window[start..].iter().take_while(|line| same(line)).count();
    first.drain(start..start + count).collect()
}

/// What the page layout says about paragraphs: the body size, its usual line spacing, and the
/// length in characters of a full line.
struct Layout {
    body: f32,
    spacing: f32,
    full_line: f32,
}

impl Layout {
    fn measure(pages: &[Vec<&Line>], body: f32) -> Layout {
        let is_body = |line: &Line| (line.size - body).abs() <= body * SAME_SIZE_SHARE;
        let mut gaps = Vec::new();
        let mut lengths = Vec::new();
        for page in pages {
            for pair in page.windows(2) {
                let gap = pair[0].y - pair[1].y;
                if is_body(pair[0]) && is_body(pair[1]) && gap > 0.0 && gap < 3.0 * body {
                    gaps.push(gap);
                }
            }
            lengths.extend(
                page.iter()
                    .filter(|l| is_body(l))
                    .map(|l| l.text.chars().count() as f32),
            );
        }
        Layout {
            body,
            spacing: percentile(gaps, SPACING_PERCENTILE).unwrap_or(body * 1.2),
            full_line: percentile(lengths, FULL_LINE_PERCENTILE).unwrap_or(60.0),
        }
    }

    /// Whether `line` starts a new paragraph after `before`.
    fn breaks(&self, before: &Line, line: &Line, same_page: bool) -> bool {
        let size = line.size.max(before.size);
        if (line.size - before.size).abs() > SIZE_CHANGE_SHARE * size {
            return true;
        }
        let spacing = if self.body > 0.0 {
            self.spacing * size / self.body
        } else {
            self.spacing
        };
        if same_page && before.y - line.y > PARAGRAPH_GAP_RATIO * spacing {
            return true;
        }
        if line.x - before.x > INDENT_EM * line.size || line.text.starts_with(BULLETS) {
            return true;
        }
        let short = (before.text.chars().count() as f32) < SHORT_LINE_SHARE * self.full_line;
        short && ends_sentence(&before.text)
    }
}

fn percentile(mut values: Vec<f32>, share: f32) -> Option<f32> {
    values.sort_by(f32::total_cmp);
    let last = values.len().checked_sub(1)?;
    values
        .get(((last as f32 * share).round() as usize).min(last))
        .copied()
}

fn ends_sentence(text: &str) -> bool {
    let text = text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    text.ends_with(['.', '!', '?', ':', '…'])
}

/// Lines joined with spaces; a hyphen at a line end after a letter is dropped when the next line
/// starts in lower case ("negoti-" "ations") and kept without a space otherwise ("Anglo-"
/// "American"); a dash at a word's end joins without a space.
fn join_lines(lines: &[&Line]) -> String {
    let mut out = String::new();
    for line in lines {
        let text = line.text.trim();
        if text.is_empty() {
            continue;
        }
        let mut ending = out.chars().rev();
        let (last, before) = (ending.next(), ending.next());
        let after_letter = before.is_some_and(char::is_alphabetic);
        match last {
            None => {}
            Some('-') if after_letter && text.starts_with(char::is_lowercase) => {
                out.pop();
            }
            Some('-' | '—' | '–') if after_letter => {}
            Some(_) => out.push(' '),
        }
        out.push_str(text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::content::{clean_text, finish_line};
    use crate::pdf::testing::press_release;
    use crate::pdf::Pdf;

    #[test]
    fn a_press_release_reads_in_whole_paragraphs() {
        let bytes = press_release();
        let pdf = Pdf::open(&bytes).unwrap();
        assert_eq!(pdf.page_count(), 3);
        let header = Line {
            text: "Ministry of Finance — Press release".into(),
            x: 72.0,
            y: 760.0,
            size: 9.0,
        };
        assert_eq!(pdf.page_lines(0)[0], header);
        assert_eq!(pdf.page_lines(2)[2].text, "Last paragraph.");
        assert!(pdf.page_lines(3).is_empty());
        let pages: Vec<Vec<Line>> = (0..3).map(|i| pdf.page_lines(i)).collect();
        let assembled = assemble(&pages);
        assert_eq!(assembled.title.as_deref(), Some("Talks to resume in March"));
        assert_eq!(
            assembled.text,
            "Talks to resume in March\n\n\
             The minister said the negotiations would resume.\n\n\
             A second paragraph starts here and it runs on across the end of the page without a \
             break in the sentence, about Anglo-American trade, which is where the story ends.\n\n\
             The third paragraph is indented and has no gap before it.\n\n\
             Short closing line.\n\nLast paragraph."
        );
    }

    #[test]
    fn page_numbers_and_line_ends() {
        for number in ["3", "Page 3 of 12", "- 3 -", "3 / 12", "page 7", "xiv"] {
            assert!(is_page_number(number), "{number}");
        }
        for text in ["Chapter 3", "3 ministers", "-", "civil"] {
            assert!(!is_page_number(text), "{text}");
        }
        let line = |text: &str| Line {
            text: text.into(),
            x: 0.0,
            y: 0.0,
            size: 10.0,
        };
        let (a, b, c, d) = (line("well-"), line("known"), line("Anglo-"), line("Saxon"));
        assert_eq!(join_lines(&[&a, &b]), "wellknown");
        assert_eq!(join_lines(&[&c, &d]), "Anglo-Saxon");
        assert_eq!(join_lines(&[&line("so —"), &line("then")]), "so — then");
        assert_eq!(join_lines(&[&line("so—"), &line("then")]), "so—then");
        assert_eq!(clean_text("\u{fb01}ne\u{a0}x\u{1}\u{e001}"), "fine x");
        assert_eq!(finish_line("co\u{ad}op\u{ad}"), "coop-");
    }
}
