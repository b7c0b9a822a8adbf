//! A Word document (`.docx`, Office Open XML) as an article: its paragraphs in order (table
//! cells and text boxes included, deleted revisions and field codes left out), the document's
//! title (a paragraph in the Title style, else its first top-level heading, else the title
//! property), and its author and creation date as the byline and date.
//!
//! Style names come from `word/styles.xml`: Word writes the built-in names in English ("Title",
//! "heading 1") whatever the language of the document, while style ids are translated.

use crate::html::decode_entities;
use crate::meta::Metadata;
use crate::zip::Archive;

/// How far down the document a top-level heading still counts as its title (paragraphs).
const TITLE_WITHIN: usize = 3;

/// A Word document's text and what it says about itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Title first (when there is one), then the paragraphs, one blank line apart.
    pub text: String,
    pub meta: Metadata,
}

/// Reads a `.docx` file's bytes, or says why not (a phrase that follows the file's name).
pub fn read(bytes: &[u8]) -> Result<Document, String> {
    let archive = Archive::open(bytes).map_err(|why| format!("could not be read: {why}"))?;
    let body = archive
        .entry("word/document.xml")
        .ok_or("is a ZIP archive, not a Word document (no word/document.xml)")?;
    let body = archive
        .read(body)
        .map_err(|why| format!("could not be read: {why}"))?;
    let part = |name: &str| {
        archive
            .entry(name)
            .and_then(|e| archive.read(e).ok())
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    };
    let styles = heading_styles(&part("word/styles.xml"));
    let paragraphs = paragraphs(&String::from_utf8_lossy(&body), &styles);
    let core = part("docProps/core.xml");
    let property = |tag: &str| element_text(&core, tag).filter(|t| !t.is_empty());
    let title_in_body = body_title(&paragraphs);
    let title = title_in_body.clone().or_else(|| property("dc:title"));
    let mut texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
    if title_in_body.is_none() {
        if let Some(title) = &title {
            if texts.first() != Some(&title.as_str()) {
                texts.insert(0, title);
            }
        }
    }
    Ok(Document {
        text: texts.join("\n\n"),
        meta: Metadata {
            title,
            byline: property("dc:creator"),
            published: property("dcterms:created"),
            ..Metadata::default()
        },
    })
}

/// A paragraph's text and its heading level (0 for the Title style, 1 for "heading 1", …).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Paragraph {
    text: String,
    level: Option<u8>,
}

/// The title the body gives: its Title paragraph, else a top-level heading near its start.
fn body_title(paragraphs: &[Paragraph]) -> Option<String> {
    paragraphs
        .iter()
        .find(|p| p.level == Some(0))
        .or_else(|| {
            paragraphs
                .iter()
                .take(TITLE_WITHIN)
                .find(|p| p.level == Some(1))
        })
        .map(|p| p.text.clone())
}

/// Style id → heading level, from `styles.xml` (by the style's built-in name).
fn heading_styles(styles: &str) -> Vec<(String, u8)> {
    let mut found = Vec::new();
    let mut id: Option<String> = None;
    for tag in tags(styles) {
        match (tag.name, tag.end) {
            ("w:style", false) => id = tag.attribute("w:styleId"),
            ("w:name", false) => {
                if let (Some(id), Some(name)) = (&id, tag.attribute("w:val")) {
                    if let Some(level) = level_of(&name) {
                        found.push((id.clone(), level));
                    }
                }
            }
            ("w:style", true) => id = None,
            _ => {}
        }
    }
    found
}

/// The heading level of a style name or id ("Title" → 0, "heading 2"/"Heading2" → 2).
fn level_of(name: &str) -> Option<u8> {
    let name = name.to_ascii_lowercase();
    if name == "title" {
        return Some(0);
    }
    let digits = name.strip_prefix("heading")?.trim();
    digits.parse().ok().filter(|level| (1..=9).contains(level))
}

/// The document's paragraphs, empty ones left out.
fn paragraphs(xml: &str, styles: &[(String, u8)]) -> Vec<Paragraph> {
    let mut out = Vec::new();
    // Paragraphs inside paragraphs (text boxes) finish first; the outer one goes on after.
    let mut open: Vec<Paragraph> = Vec::new();
    let mut in_text = false;
    let mut fallback_depth = 0usize;
    for piece in pieces(xml) {
        let tag = match piece {
            Piece::Text(text) => {
                if in_text && fallback_depth == 0 {
                    if let Some(p) = open.last_mut() {
                        p.text.push_str(&decode_entities(text));
                    }
                }
                continue;
            }
            Piece::Tag(tag) => tag,
        };
        match (tag.name, tag.end) {
            ("mc:Fallback", false) if !tag.empty => fallback_depth += 1,
            ("mc:Fallback", true) => fallback_depth = fallback_depth.saturating_sub(1),
            _ if fallback_depth > 0 => {}
            ("w:p", false) => {
                open.push(Paragraph {
                    text: String::new(),
                    level: None,
                });
                if tag.empty {
                    open.pop();
                }
            }
            ("w:p", true) => {
                if let Some(p) = open.pop() {
                    let text = collapse(&p.text);
                    if !text.is_empty() {
                        out.push(Paragraph { text, ..p });
                    }
                }
            }
            ("w:pStyle", false) => {
                let level = tag.attribute("w:val").and_then(|id| {
                    styles
                        .iter()
                        .find(|(s, _)| *s == id)
                        .map(|&(_, l)| l)
                        .or_else(|| level_of(&id))
                });
                if let Some(p) = open.last_mut() {
                    p.level = p.level.or(level);
                }
            }
            ("w:t", false) => in_text = !tag.empty,
            ("w:t", true) => in_text = false,
            ("w:tab" | "w:br" | "w:cr", false) => {
                if let Some(p) = open.last_mut() {
                    p.text.push(' ');
                }
            }
            ("w:noBreakHyphen", false) => {
                if let Some(p) = open.last_mut() {
                    p.text.push('-');
                }
            }
            _ => {}
        }
    }
    out
}

/// White space runs (but not no-break spaces) as one space, trimmed.
fn collapse(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() && c != '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of the first `<tag>…</tag>` in `xml`, unescaped and trimmed.
fn element_text(xml: &str, tag: &str) -> Option<String> {
    let open = xml.find(&format!("<{tag}"))?;
    let start = open + xml[open..].find('>')? + 1;
    if xml[open..start].ends_with("/>") {
        return None;
    }
    let end = start + xml[start..].find(&format!("</{tag}>"))?;
    Some(collapse(&decode_entities(&xml[start..end])))
}

/// A tag: its name, whether it closes (`</…>`) or is empty (`<…/>`), and its attributes' text.
struct Tag<'a> {
    name: &'a str,
    end: bool,
    empty: bool,
    attributes: &'a str,
}

impl Tag<'_> {
    /// An attribute's value, unescaped.
    fn attribute(&self, name: &str) -> Option<String> {
        let mut rest = self.attributes;
        while let Some(at) = rest.find(name) {
            let after = &rest[at + name.len()..];
            let preceded = at == 0 || rest[..at].ends_with(char::is_whitespace);
            if let (true, Some(value)) = (preceded, after.trim_start().strip_prefix('=')) {
                let value = value.trim_start();
                let quote = value.chars().next()?;
                if quote == '"' || quote == '\'' {
                    let value = &value[1..];
                    return Some(decode_entities(&value[..value.find(quote)?]));
                }
            }
            rest = after;
        }
        None
    }
}

enum Piece<'a> {
    Tag(Tag<'a>),
    Text(&'a str),
}

/// The tags and the text between them, in order; comments, processing instructions and
/// CDATA are skipped.
fn pieces(xml: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = xml;
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        if !rest.starts_with('<') {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = &rest[..end];
            rest = &rest[end..];
            return Some(Piece::Text(text));
        }
        for (open, close) in [
            ("<!--", "-->"),
            ("<![CDATA[", "]]>"),
            ("<?", "?>"),
            ("<!", ">"),
        ] {
            if rest.starts_with(open) {
                rest = rest[open.len()..]
                    .find(close)
                    .map_or("", |e| &rest[open.len() + e + close.len()..]);
                break;
            }
        }
        if !rest.starts_with('<') || rest.starts_with("<!") || rest.starts_with("<?") {
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        let inner = &rest[1..end];
        rest = &rest[(end + 1).min(rest.len())..];
        let (end_tag, inner) = match inner.strip_prefix('/') {
            Some(inner) => (true, inner),
            None => (false, inner),
        };
        let (empty, inner) = match inner.strip_suffix('/') {
            Some(inner) => (true, inner),
            None => (false, inner),
        };
        let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
        return Some(Piece::Tag(Tag {
            name: &inner[..name_end],
            end: end_tag,
            empty,
            attributes: &inner[name_end..],
        }));
    })
}

/// Tags only.
fn tags(xml: &str) -> impl Iterator<Item = Tag<'_>> {
    pieces(xml).filter_map(|p| match p {
        Piece::Tag(tag) => Some(tag),
        Piece::Text(_) => None,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::zip::tests::archive;

    const STYLES: &str = r#"<?xml version="1.0"?><w:styles xmlns:w="x"><w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Standard"><w:name w:val="Normal"/></w:style></w:styles>"#;

    fn paragraph(style: Option<&str>, runs: &str) -> String {
        let style = style.map_or(String::new(), |s| {
            format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#)
        });
        format!("<w:p>{style}{runs}</w:p>")
    }

    fn run(text: &str) -> String {
        format!(r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#)
    }

    /// A Word document with these paragraphs (style id, runs) and core properties.
    pub(crate) fn docx(paragraphs: &[(Option<&str>, String)], core: &str) -> Vec<u8> {
        let body: String = paragraphs.iter().map(|(s, r)| paragraph(*s, r)).collect();
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="x"><w:body>{body}<w:sectPr/></w:body></w:document>"#
        );
        archive(
            &[
                ("[Content_Types].xml", b"<Types/>"),
                ("word/document.xml", document.as_bytes()),
                ("word/styles.xml", STYLES.as_bytes()),
                ("docProps/core.xml", core.as_bytes()),
            ],
            true,
        )
    }

    const CORE: &str = r#"<cp:coreProperties xmlns:dc="d" xmlns:dcterms="t"><dc:title>Press release 14/2017</dc:title><dc:creator>Press Office</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2017-12-13T09:41:00Z</dcterms:created></cp:coreProperties>"#;

    #[test]
    fn paragraphs_in_order_with_the_title_style_as_title() {
        let bytes = docx(
            &[
                (Some("Titel"), run("Budget agreed")),
                (
                    None,
                    format!(
                        "{}{}",
                        run("The council &amp; the mayor "),
                        run("agreed on “Monday”.")
                    ),
                ),
                (Some("berschrift1"), run("Reactions")),
                (
                    None,
                    format!(
                        "{}<w:r><w:tab/></w:r>{}<w:r><w:br/></w:r>{}",
                        run("One"),
                        run("two"),
                        run("three.")
                    ),
                ),
                (None, String::new()),
            ],
            CORE,
        );
        let document = read(&bytes).expect("reads");
        assert_eq!(
            document.text,
            "Budget agreed\n\nThe council & the mayor agreed on “Monday”.\n\nReactions\n\nOne two three."
        );
        assert_eq!(document.meta.title.as_deref(), Some("Budget agreed"));
        assert_eq!(document.meta.byline.as_deref(), Some("Press Office"));
        assert_eq!(
            document.meta.published.as_deref(),
            Some("2017-12-13T09:41:00Z")
        );
    }

    #[test]
    fn without_a_title_style_the_property_leads() {
        let bytes = docx(&[(None, run("First paragraph."))], CORE);
        let document = read(&bytes).expect("reads");
        assert_eq!(document.text, "Press release 14/2017\n\nFirst paragraph.");
        assert_eq!(
            document.meta.title.as_deref(),
            Some("Press release 14/2017")
        );
    }

    #[test]
    fn deleted_revisions_and_fallbacks_are_not_read_twice() {
        let runs = format!(
            "{}<w:del><w:r><w:delText>old words</w:delText></w:r></w:del><mc:AlternateContent><mc:Choice>{}</mc:Choice><mc:Fallback>{}</mc:Fallback></mc:AlternateContent>",
            run("Kept "),
            run("box"),
            run("box")
        );
        let document = read(&docx(&[(None, runs)], "")).expect("reads");
        assert_eq!(document.text, "Kept box");
    }

    #[test]
    fn other_archives_are_refused_by_name() {
        let zip = archive(&[("photo.jpg", b"\xff\xd8")], false);
        let why = read(&zip).expect_err("not Word");
        assert!(why.contains("not a Word document"), "{why}");
        assert!(read(b"PK\x03\x04garbage").is_err());
    }

    #[test]
    fn unescapes_what_xml_escapes() {
        assert_eq!(
            decode_entities("a &lt;b&gt; &#8220;c&#x201D; &bogus; &"),
            "a <b> “c” &bogus; &"
        );
    }
}
