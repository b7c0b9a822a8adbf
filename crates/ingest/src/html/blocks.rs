//! The page cut into blocks: runs of text between block-level boundaries (`<p>`, `<div>`,
//! `<li>`, headings, table cells, …; two `<br>` in a row), each with its length, the share of
//! it inside links, and its heading level.
//!
//! A single `<br>` stays inside its block, as a line break after a sentence's end and as a
//! space elsewhere, so it never cuts a sentence. Some subtrees never give text
//! ([`skipped`]): scripts, styles, forms' controls, media, figures with their captions, and
//! hidden elements (the `hidden` attribute, `aria-hidden="true"`, an inline style with
//! `display:none` or `visibility:hidden`, the usual screen-reader-only classes). `<form>`
//! itself is read through: ASP.NET pages wrap the whole page in one.

use super::dom::{collapse, shown, Dom, Kind, NodeId, ROOT};

/// A run of text between block boundaries.
#[derive(Clone, Debug)]
pub struct Block {
    /// The innermost block element around it.
    pub owner: NodeId,
    /// Its text, white space collapsed; a `<br>` kept as `\n`.
    pub text: String,
    /// Characters of text (white space aside), as [`text_weight`] counts them.
    pub chars: usize,
    /// Characters inside links (`<a href>`), counted the same way.
    pub link_chars: usize,
    /// The heading level when it is a heading's text.
    pub heading: Option<u8>,
    /// The text node it starts with (the inline elements around it, up to `owner`, are how
    /// the block's first words are styled).
    pub first_text: NodeId,
    /// Byte offsets in `text` of the characters (a space or a `\n`) that stand for a `<br>`
    /// between two lines, in order.
    pub breaks: Vec<usize>,
}

impl Block {
    /// Its lines as the page shows them, one `<br>` apart (trimmed).
    pub fn lines(&self) -> Vec<&str> {
        let starts = std::iter::once(0).chain(self.breaks.iter().map(|&b| b + 1));
        let ends = self.breaks.iter().copied().chain([self.text.len()]);
        starts
            .zip(ends)
            .map(|(start, end)| self.text.get(start..end).unwrap_or_default().trim())
            .collect()
    }
}

/// Elements that start and end a block.
const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "xmp",
    "plaintext",
];

/// Elements whose content is never article text: code, styles, media, controls, figures.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "head",
    "title",
    "button",
    "select",
    "option",
    "textarea",
    "input",
    "label",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "map",
    "dialog",
    "figure",
    "figcaption",
    "picture",
    "meta",
    "link",
];

/// Class names that hide an element from sight (the common utility classes for text meant
/// for screen readers only: "Advertisement", "Skip to content", "Opens in a new window").
const HIDDEN_CLASSES: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screenreader-only",
    "hidden",
    "hide",
    "u-hidden",
    "is-hidden",
    "element-invisible",
    "offscreen",
];

/// Share of a block's characters inside links above which it is a link, not prose.
pub const MAX_LINK_DENSITY: f64 = 0.5;

/// Characters from which a block is prose whatever its punctuation (about two lines).
pub const PROSE_CHARS: usize = 80;

/// Characters from which a block ending like a sentence is prose ("He resigned on Monday.").
pub const SENTENCE_CHARS: usize = 25;

/// Which nodes give no text: inside a skipped element ([`SKIPPED`]) or a hidden one.
pub fn skipped(dom: &Dom) -> Vec<bool> {
    let mut skipped = vec![false; dom.nodes.len()];
    for id in 1..dom.nodes.len() {
        let node = dom.node(id);
        let parent_skipped = node.parent.is_some_and(|p| skipped[p]);
        skipped[id] = parent_skipped
            || match &node.kind {
                Kind::Element { name, .. } => {
                    SKIPPED.contains(&name.as_str()) || is_hidden(dom, id)
                }
                _ => false,
            };
    }
    skipped
}

/// Whether the element is hidden from sight by its attributes or inline style.
fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    let node = dom.node(id);
    if node.attr("hidden").is_some() {
        return true;
    }
    if node
        .attr("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = node.attr("style") {
        let style: String = style
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return true;
        }
    }
    node.attr("class").is_some_and(|class| {
        class
            .split_ascii_whitespace()
            .any(|c| HIDDEN_CLASSES.iter().any(|h| c.eq_ignore_ascii_case(h)))
    })
}

/// The marker a `<br>` leaves in a block's raw text.
const BREAK: char = '\0';

/// A block being read.
struct Run {
    text: String,
    link_chars: usize,
    /// The first text node with visible text.
    first_text: Option<NodeId>,
}

/// Cuts the page into blocks (see the module documentation), in document order.
pub fn blocks(dom: &Dom, skipped: &[bool]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut run = Run {
        text: String::new(),
        link_chars: 0,
        first_text: None,
    };
    // Innermost block element around the walk.
    let mut owners: Vec<NodeId> = vec![ROOT];
    // Depth-first walk with an explicit stack: (node, whether it is being left).
    let mut stack: Vec<(NodeId, bool)> = vec![(ROOT, false)];
    let mut links = 0usize;
    while let Some((id, leaving)) = stack.pop() {
        let node = dom.node(id);
        if skipped[id] && id != ROOT {
            continue;
        }
        match &node.kind {
            Kind::Text(text) => {
                let text: String = text.chars().filter(|&c| c != BREAK).collect();
                if links > 0 {
                    run.link_chars += text_weight(&text);
                }
                if run.first_text.is_none() && !text.trim().is_empty() {
                    run.first_text = Some(id);
                }
                run.text.push_str(&text);
            }
            Kind::Element { name, .. } => {
                let name = name.as_str();
                let is_block = BLOCK_ELEMENTS.contains(&name);
                let is_link = name == "a" && node.attr("href").is_some();
                if leaving {
                    if is_block {
                        flush(
                            dom,
                            &mut run,
                            owners.last().copied().unwrap_or(ROOT),
                            &mut out,
                        );
                        owners.pop();
                    }
                    if is_link {
                        links -= 1;
                    }
                    continue;
                }
                match name {
                    "br" => {
                        if ends_with_break(&run.text) {
                            flush(
                                dom,
                                &mut run,
                                owners.last().copied().unwrap_or(ROOT),
                                &mut out,
                            );
                        } else {
                            run.text.push(BREAK);
                        }
                        continue;
                    }
                    "hr" | "img" | "wbr" => {
                        if name == "hr" {
                            flush(
                                dom,
                                &mut run,
                                owners.last().copied().unwrap_or(ROOT),
                                &mut out,
                            );
                        }
                        continue;
                    }
                    _ => {}
                }
                if is_block {
                    flush(
                        dom,
                        &mut run,
                        owners.last().copied().unwrap_or(ROOT),
                        &mut out,
                    );
                    owners.push(id);
                }
                if is_link {
                    links += 1;
                }
                stack.push((id, true));
                for &child in node.children.iter().rev() {
                    stack.push((child, false));
                }
            }
            Kind::Document => {
                for &child in node.children.iter().rev() {
                    stack.push((child, false));
                }
            }
        }
    }
    flush(
        dom,
        &mut run,
        owners.last().copied().unwrap_or(ROOT),
        &mut out,
    );
    out
}

/// What a character of a script written without spaces between words (Chinese, Japanese)
/// counts for in a block's length: one carries about as much as a short word, so a
/// sentence of them is as long as an English one of this many letters per character.
pub const WIDE_CHAR_WEIGHT: usize = 3;

/// What a Hangul syllable counts for: Korean puts spaces between words of two or three.
pub const HANGUL_WEIGHT: usize = 2;

/// A text's length for scoring: its characters, white space aside, those of scripts dense in
/// meaning weighted ([`WIDE_CHAR_WEIGHT`], [`HANGUL_WEIGHT`]), so that prose in Chinese,
/// Japanese or Korean weighs what the same prose in English does.
pub fn text_weight(text: &str) -> usize {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c as u32 {
            0xac00..=0xd7af | 0x1100..=0x11ff | 0x3130..=0x318f => HANGUL_WEIGHT,
            0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff => {
                WIDE_CHAR_WEIGHT
            }
            0x20000..=0x3134f => WIDE_CHAR_WEIGHT,
            _ => 1,
        })
        .sum()
}

/// Whether the raw text ends with a `<br>` (white space after it aside).
fn ends_with_break(text: &str) -> bool {
    text.trim_end_matches(|c: char| c.is_ascii_whitespace())
        .ends_with(BREAK)
}

/// Ends the block being read, if it has text.
fn flush(dom: &Dom, run: &mut Run, owner: NodeId, out: &mut Vec<Block>) {
    let raw = std::mem::take(&mut run.text);
    let link_chars = std::mem::take(&mut run.link_chars);
    let first_text = run.first_text.take().unwrap_or(owner);
    let (text, breaks) = tidy(&raw);
    if text.is_empty() {
        return;
    }
    let chars = text_weight(&text);
    let heading = match dom.node(owner).name() {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    };
    out.push(Block {
        owner,
        text,
        chars: chars.max(1),
        link_chars: link_chars.min(chars),
        heading,
        first_text,
        breaks,
    });
}

/// A block's raw text as it is shown: white space collapsed, each `<br>` a line break after
/// a sentence's end, else a space, and bare `<`s made text ([`shown`]); with the offsets of
/// the characters that stand for a `<br>` ([`Block::breaks`]).
fn tidy(raw: &str) -> (String, Vec<usize>) {
    let mut out = String::new();
    let mut breaks = Vec::new();
    for line in raw.split(BREAK) {
        let line = collapse(line);
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            breaks.push(out.len());
            out.push(if ends_sentence(&out) { '\n' } else { ' ' });
        }
        out.push_str(&shown(&line));
    }
    (out, breaks)
}

/// Whether text ends like a sentence: terminal punctuation, maybe inside quotes or brackets.
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*']);
    trimmed.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？'])
}

/// Whether a block is prose: long, or a sentence.
pub fn is_prose(block: &Block) -> bool {
    block.chars >= PROSE_CHARS || (block.chars >= SENTENCE_CHARS && ends_sentence(&block.text))
}

/// The share of a block's characters inside links.
pub fn link_density(block: &Block) -> f64 {
    block.link_chars as f64 / block.chars as f64
}

/// Whether two texts are the same after folding case, quotes and white space.
pub fn same_text(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// Text folded for comparison: lower case, letters and digits only.
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::scan::parse;

    /// The blocks' texts.
    fn texts(html: &str) -> Vec<String> {
        let dom = parse(html);
        blocks(&dom, &skipped(&dom))
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    #[test]
    fn hidden_elements_give_no_text() {
        let html = "<p>shown</p><p hidden>attribute</p><div aria-hidden=\"true\">aria</div>\
            <div aria-hidden=\"false\">aria shown</div>\
            <p style=\"color: red; DISPLAY : None\">style</p><p style=\"visibility:hidden\">vis</p>\
            <span class=\"sr-only\">Advertisement</span>";
        assert_eq!(texts(html), ["shown", "aria shown"]);
    }

    #[test]
    fn forms_are_read_through_but_not_their_controls() {
        let html = "<form action=\"/x\"><input type=hidden value=\"viewstate\">\
            <div><p>The story.</p></div><label>Search</label><select><option>One</select>\
            <button>Go</button><textarea>typed</textarea></form>";
        assert_eq!(texts(html), ["The story."]);
    }

    #[test]
    fn a_line_break_stays_inside_its_paragraph() {
        // After a sentence's end a line break, else a space: never a cut sentence.
        assert_eq!(
            texts("<p>He said.<br>Then he left.</p>"),
            ["He said.\nThen he left."]
        );
        assert_eq!(
            texts("<p>Secretary of State<br>Rex Tillerson said.</p>"),
            ["Secretary of State Rex Tillerson said."]
        );
        // Two in a row (white space between or not) end the paragraph.
        assert_eq!(
            texts("<div>One paragraph.<br><br>Another.<br> <br/>A third</div>"),
            ["One paragraph.", "Another.", "A third"]
        );
    }

    #[test]
    fn figures_scripts_and_media_give_no_text() {
        let html = "<p>Text.</p><figure><img src=a.jpg><figcaption>Photo: Agency</figcaption>\
            </figure><script>var a = 1;</script><svg><text>chart</text></svg><video>no video</video>";
        assert_eq!(texts(html), ["Text."]);
    }

    #[test]
    fn table_cells_and_headings_are_blocks() {
        let dom = parse(
            "<h2>Results</h2><table><tr><td>Leeds</td><td>3</td></tr>\
             <tr><td>Hull</td><td>1</td></tr></table>",
        );
        let blocks = blocks(&dom, &skipped(&dom));
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Results", "Leeds", "3", "Hull", "1"]);
        assert_eq!(blocks[0].heading, Some(2));
        assert_eq!(blocks[1].heading, None);
    }

    #[test]
    fn link_text_is_counted() {
        let dom = parse("<p>Read <a href=\"/a\">the report</a> here. <a name=x>anchor</a></p>");
        let blocks = blocks(&dom, &skipped(&dom));
        // "the report": 9 characters without spaces; an anchor without `href` is no link.
        assert_eq!(blocks[0].link_chars, 9);
        assert_eq!(blocks[0].chars, 24);
    }

    #[test]
    fn prose_and_sentences() {
        assert!(ends_sentence("He left.\u{201d}"));
        assert!(ends_sentence("Why?)"));
        assert!(!ends_sentence("Home"));
        assert!(same_text("Storm “Ana” hits", "storm ana HITS"));
    }
}
