//! The scanner: HTML text to a [`Dom`], tolerantly. It never fails, whatever the input, and
//! stays linear in the page's size.
//!
//! Tokens are read as the HTML standard reads them, simplified: start and end tags with their
//! attributes (quoted, unquoted or bare), comments, doctype and processing instructions
//! (skipped), raw-text elements (`<script>`, `<style>`, `<title>`, `<textarea>`, …: their
//! contents are not markup), and text (references decoded). A tag cut off by the end of the
//! file is dropped, as browsers drop it; a `<` that opens no tag is text.
//!
//! The tree follows the standard's main rules, so that it looks like the one a browser builds:
//! a block start tag closes an open `<p>`; `<li>`, `<dd>`/`<dt>`, `<td>`/`<th>`/`<tr>`, `<option>`
//! and headings close the open one of their kind; an end tag closes the element it names when
//! that element is in scope (not across a table cell, nor, for inline elements, across a
//! block); a stray `</p>` is an empty paragraph and `</br>` a line break. `<html>`, `<head>`
//! and `<body>` make no nodes: their content hangs from the document. Past
//! [`MAX_DEPTH`] levels, elements hang from the deepest allowed one (as Blink does), so no
//! walk over the tree goes deeper.

use super::charref::decode_entities;
use super::dom::{without_tags, Dom, Kind, Node, NodeId, BARE_LT, ROOT};
use std::collections::HashMap;

/// Deepest nesting of the tree; deeper elements become siblings at this depth. Browsers cap
/// it too (Blink at 512); real pages stay under 100, and the cap keeps any recursion over the
/// tree and any walk up to the root short.
pub const MAX_DEPTH: usize = 512;

/// Elements without content or end tag.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "title",
    "textarea",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// Start tags that close an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dd",
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
    "li",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
];

/// Elements an end tag for another element does not close across (the standard's scope
/// markers).
const SCOPE: &[&str] = &[
    "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
];

/// The standard's "special" elements: an end tag of an inline element does not close across
/// them.
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "article",
    "aside",
    "blockquote",
    "button",
    "caption",
    "center",
    "colgroup",
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
    "li",
    "listing",
    "main",
    "marquee",
    "menu",
    "nav",
    "object",
    "ol",
    "p",
    "pre",
    "section",
    "select",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Table parts: their end tags look for their element up to the table.
const TABLE_PARTS: &[&str] = &[
    "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup",
];

const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// Reads `html` into a tree.
pub fn parse(html: &str) -> Dom {
    let mut builder = Builder::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            builder.text(rest);
            break;
        };
        builder.text(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            let (comment, next) = match after.find("-->") {
                Some(end) => (&after[..end], &after[end + 3..]),
                None => (after, ""),
            };
            builder.comment(comment);
            rest = next;
            continue;
        }
        if let Some(after) = rest.strip_prefix("<![CDATA[") {
            rest = after.find("]]>").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let next = rest.as_bytes().get(1).copied().unwrap_or(0);
        let after_slash = rest.as_bytes().get(2).copied().unwrap_or(0);
        if next == b'!' || next == b'?' || (next == b'/' && !after_slash.is_ascii_alphabetic()) {
            // Doctype, processing instruction, `</>` or `</ …>`: a bogus comment, skipped.
            rest = rest.find('>').map_or("", |end| &rest[end + 1..]);
            continue;
        }
        if !(next.is_ascii_alphabetic() || next == b'/') {
            builder.bare_lt();
            rest = &rest[1..];
            continue;
        }
        let Some(tag) = parse_tag(rest) else {
            // A tag cut off by the end of the file: dropped, as browsers drop it.
            break;
        };
        rest = &rest[tag.length..];
        if tag.closing {
            builder.end(&tag.name);
            continue;
        }
        if RAW_TEXT.contains(&tag.name.as_str()) {
            let name = tag.name.clone();
            let end = match name.as_str() {
                "plaintext" => rest.len(),
                name => find_end_tag(rest, name),
            };
            if end == rest.len() && matches!(name.as_str(), "title" | "textarea") {
                // Never closed: a browser would show a blank page, but saved pages do have
                // such titles; it ends at the next tag instead.
                let end = rest.find('<').unwrap_or(end);
                builder.raw(tag, &rest[..end]);
                rest = &rest[end..];
                continue;
            }
            builder.raw(tag, &rest[..end]);
            rest = &rest[end..];
            rest = rest.find('>').map_or("", |e| &rest[e + 1..]);
            continue;
        }
        builder.start(tag);
    }
    builder.dom
}

/// A start or end tag.
pub struct Tag {
    /// Lower-case name.
    pub name: String,
    pub closing: bool,
    /// Lower-case names and decoded values.
    pub attributes: Vec<(String, String)>,
    /// Bytes from `<` to `>` inclusive.
    pub length: usize,
}

/// Reads the tag at the start of `s` (`<` then a letter or `/`), or `None` when the file ends
/// inside it.
pub fn parse_tag(s: &str) -> Option<Tag> {
    let bytes = s.as_bytes();
    let closing = bytes.get(1) == Some(&b'/');
    let mut i = if closing { 2 } else { 1 };
    let name_start = i;
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'/' | b'>') {
        i += 1;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        match bytes.get(i) {
            None => return None,
            Some(b'>') => {
                i += 1;
                break;
            }
            _ => {}
        }
        let attr_start = i;
        // The first character may be `=` (an odd name, kept as the standard keeps it).
        i += 1;
        while i < bytes.len()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
            && !bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        let attr_name = s[attr_start..i].to_ascii_lowercase();
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        let mut value = String::new();
        if bytes.get(j) == Some(&b'=') {
            i = j + 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = s[i + 1..].find(quote as char)? + i + 1;
                    value = decode_entities(&s[i + 1..end]);
                    i = end + 1;
                }
                _ => {
                    let start = i;
                    while i < bytes.len() && bytes[i] != b'>' && !bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    value = decode_entities(&s[start..i]);
                }
            }
        }
        if !attributes.iter().any(|(n, _)| *n == attr_name) {
            attributes.push((attr_name, value));
        }
    }
    Some(Tag {
        name,
        closing,
        attributes,
        length: i,
    })
}

/// Offset in `s` of the end tag `</name` (any case), or the end of `s`. Compares in place:
/// lower-casing the rest of the page for every `<script>` would make a page of many scripts
/// quadratic.
fn find_end_tag(s: &str, name: &str) -> usize {
    s.match_indices("</")
        .map(|(at, _)| at)
        .find(|&at| {
            let bytes = s.as_bytes();
            let end = at + 2 + name.len();
            bytes
                .get(at + 2..end)
                .is_some_and(|tag| tag.eq_ignore_ascii_case(name.as_bytes()))
                && bytes
                    .get(end)
                    .is_none_or(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/')
        })
        .unwrap_or(s.len())
}

/// Builds the tree from tokens.
struct Builder {
    dom: Dom,
    /// Open elements, outermost first; the document at the bottom.
    stack: Vec<NodeId>,
    /// How many elements of each name are open: lets an end tag with nothing to close be
    /// ignored without searching the stack.
    open: HashMap<String, usize>,
}

impl Builder {
    fn new() -> Builder {
        Builder {
            dom: Dom::new(),
            stack: vec![ROOT],
            open: HashMap::new(),
        }
    }

    /// Where new nodes go: the innermost open element, or its ancestor at [`MAX_DEPTH`].
    fn parent(&self) -> NodeId {
        self.stack[self.stack.len().min(MAX_DEPTH) - 1]
    }

    fn name(&self, id: NodeId) -> &str {
        self.dom.nodes[id].name()
    }

    /// Whether the innermost open element is a `name`.
    fn top_is(&self, name: &str) -> bool {
        self.stack.last().is_some_and(|&id| self.name(id) == name)
    }

    fn add(&mut self, kind: Kind) -> NodeId {
        let id = self.dom.nodes.len();
        let parent = self.parent();
        self.dom.nodes.push(Node {
            kind,
            parent: Some(parent),
            children: Vec::new(),
        });
        self.dom.nodes[parent].children.push(id);
        id
    }

    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let mut text = decode_entities(raw);
        if text.contains(BARE_LT) {
            text = text.replace(BARE_LT, "\u{fffd}");
        }
        self.push_text(&text);
    }

    /// A `<` that opened no tag.
    fn bare_lt(&mut self) {
        self.push_text(BARE_LT.encode_utf8(&mut [0; 4]));
    }

    fn push_text(&mut self, text: &str) {
        let parent = self.parent();
        if let Some(&last) = self.dom.nodes[parent].children.last() {
            if let Kind::Text(previous) = &mut self.dom.nodes[last].kind {
                previous.push_str(text);
                return;
            }
        }
        self.add(Kind::Text(text.to_string()));
    }

    fn comment(&mut self, comment: &str) {
        if self.dom.saved_from.is_some() {
            return;
        }
        // `saved from url=(0051)https://…`: the length in brackets, then the address.
        let Some(at) = comment.find("saved from url=") else {
            return;
        };
        let rest = &comment[at + "saved from url=".len()..];
        let rest = rest
            .strip_prefix('(')
            .and_then(|r| r.split_once(')'))
            .map_or(rest, |(_, r)| r);
        let url = rest.split_ascii_whitespace().next().unwrap_or("");
        self.dom.saved_from = super::meta::absolute_url(url);
    }

    /// A raw-text element and its content.
    fn raw(&mut self, tag: Tag, content: &str) {
        let in_svg = self.open.get("svg").is_some_and(|&n| n > 0);
        if tag.name == "title" && !in_svg && self.dom.title.is_none() {
            self.dom.title = Some(without_tags(&decode_entities(content)));
        }
        let is_json_ld = tag.name == "script"
            && tag
                .attributes
                .iter()
                .any(|(n, v)| n == "type" && v.trim().eq_ignore_ascii_case("application/ld+json"));
        if is_json_ld {
            self.dom.json_ld.push(content.to_string());
        }
        let larger = |kept: &Option<String>| kept.as_ref().is_none_or(|k| k.len() < content.len());
        if tag.name == "noscript" && larger(&self.dom.noscript) {
            self.dom.noscript = Some(content.to_string());
        }
        let text = matches!(tag.name.as_str(), "xmp" | "plaintext")
            .then(|| without_tags(&decode_entities(content)));
        self.add(Kind::Element {
            name: tag.name,
            attributes: tag.attributes,
        });
        if let Some(text) = text {
            // Shown as written: a child of the element just added.
            let id = self.dom.nodes.len() - 1;
            self.stack.push(id);
            self.add(Kind::Text(text));
            self.stack.pop();
        }
    }

    fn start(&mut self, tag: Tag) {
        let name = tag.name.as_str();
        match name {
            "html" | "head" | "body" => return,
            "image" => {
                return self.start(Tag {
                    name: "img".into(),
                    ..tag
                })
            }
            _ => {}
        }
        if CLOSES_P.contains(&name) {
            self.close_p();
        }
        if HEADINGS.contains(&name) && HEADINGS.iter().any(|h| self.top_is(h)) {
            self.pop_to(self.stack.len() - 1);
        }
        match name {
            "li" => self.close_item(&["li"]),
            "dd" | "dt" => self.close_item(&["dd", "dt"]),
            "td" | "th" => self.close_in_table(&["td", "th"]),
            "tr" => self.close_in_table(&["tr"]),
            "tbody" | "thead" | "tfoot" => self.close_in_table(&["tbody", "thead", "tfoot"]),
            "option" | "optgroup" if self.top_is("option") => self.pop_to(self.stack.len() - 1),
            "a" => {
                if let Some(at) = self.find_open("a", SPECIAL) {
                    self.pop_to(at);
                }
            }
            _ => {}
        }
        let is_void = VOID.contains(&name);
        let name = tag.name;
        let id = self.add(Kind::Element {
            name: name.clone(),
            attributes: tag.attributes,
        });
        if !is_void {
            self.stack.push(id);
            *self.open.entry(name).or_insert(0) += 1;
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "html" | "head" | "body" => {}
            "br" => self.start(Tag {
                name: "br".into(),
                closing: false,
                attributes: Vec::new(),
                length: 0,
            }),
            "p" => {
                if !self.close_p() {
                    // A stray `</p>`: an empty paragraph, as browsers make one.
                    self.add(Kind::Element {
                        name: "p".into(),
                        attributes: Vec::new(),
                    });
                }
            }
            _ if HEADINGS.contains(&name) => {
                if !self.any_open(HEADINGS) {
                    return;
                }
                let at = self
                    .stack
                    .iter()
                    .rposition(|&id| {
                        let n = self.name(id);
                        HEADINGS.contains(&n) || SCOPE.contains(&n)
                    })
                    .filter(|&at| HEADINGS.contains(&self.name(self.stack[at])));
                if let Some(at) = at {
                    self.pop_to(at);
                }
            }
            _ if TABLE_PARTS.contains(&name) => {
                if let Some(at) = self.find_open(name, &["table", "template", "html"]) {
                    self.pop_to(at);
                }
            }
            "li" => {
                if let Some(at) = self.find_open(name, &["ol", "ul", "table", "td", "th"]) {
                    self.pop_to(at);
                }
            }
            _ if SPECIAL.contains(&name) => {
                if let Some(at) = self.find_open(name, SCOPE) {
                    self.pop_to(at);
                }
            }
            _ => {
                if let Some(at) = self.find_open(name, SPECIAL) {
                    self.pop_to(at);
                }
            }
        }
    }

    /// Closes an open `<p>` (up to a scope marker or `<button>`); whether there was one.
    fn close_p(&mut self) -> bool {
        match self.find_open(
            "p",
            &[
                "button", "applet", "caption", "html", "table", "td", "th", "marquee", "object",
                "template",
            ],
        ) {
            Some(at) => {
                self.pop_to(at);
                true
            }
            None => false,
        }
    }

    /// Closes an open list item of one of `names`, unless a block other than `<address>`,
    /// `<div>` or `<p>` stands between.
    fn close_item(&mut self, names: &[&str]) {
        if !self.any_open(names) {
            return;
        }
        for at in (1..self.stack.len()).rev() {
            let n = self.name(self.stack[at]);
            if names.contains(&n) {
                self.pop_to(at);
                return;
            }
            if SPECIAL.contains(&n) && !matches!(n, "address" | "div" | "p") {
                return;
            }
        }
    }

    /// Closes the innermost open table part of one of `names` inside the innermost table, and
    /// what is open inside it (a row closes its cells).
    fn close_in_table(&mut self, names: &[&str]) {
        if !self.any_open(names) {
            return;
        }
        for at in (1..self.stack.len()).rev() {
            let n = self.name(self.stack[at]);
            if names.contains(&n) {
                self.pop_to(at);
                return;
            }
            if matches!(n, "table" | "template") {
                return;
            }
        }
    }

    /// Whether an element of one of `names` is open.
    fn any_open(&self, names: &[&str]) -> bool {
        names
            .iter()
            .any(|n| self.open.get(*n).is_some_and(|&c| c > 0))
    }

    /// Position in the stack of the innermost open `name`, searching down to (not past) an
    /// element in `barriers`.
    fn find_open(&self, name: &str, barriers: &[&str]) -> Option<usize> {
        if !self.any_open(&[name]) {
            return None;
        }
        for at in (1..self.stack.len()).rev() {
            let n = self.name(self.stack[at]);
            if n == name {
                return Some(at);
            }
            if barriers.contains(&n) {
                return None;
            }
        }
        None
    }

    /// Closes the elements from stack position `at` up.
    fn pop_to(&mut self, at: usize) {
        for id in self.stack.split_off(at) {
            let Kind::Element { name, .. } = &self.dom.nodes[id].kind else {
                continue;
            };
            if let Some(n) = self.open.get_mut(name.as_str()) {
                *n = n.saturating_sub(1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree as nested names, text as quoted strings.
    fn outline(dom: &Dom, id: NodeId) -> String {
        let node = dom.node(id);
        let inner: Vec<String> = node.children.iter().map(|&c| outline(dom, c)).collect();
        match &node.kind {
            Kind::Text(t) => format!("{:?}", crate::html::dom::shown(t).trim()),
            Kind::Document => inner.join(" "),
            Kind::Element { name, .. } if inner.is_empty() => name.clone(),
            Kind::Element { name, .. } => format!("{name}({})", inner.join(" ")),
        }
    }

    fn tree(html: &str) -> String {
        outline(&parse(html), ROOT)
    }

    #[test]
    fn implied_end_tags() {
        assert_eq!(tree("<p>one<p>two"), r#"p("one") p("two")"#);
        assert_eq!(tree("<p>one<div>two</div>"), r#"p("one") div("two")"#);
        assert_eq!(tree("<ul><li>a<li>b</ul>"), r#"ul(li("a") li("b"))"#);
        assert_eq!(
            tree("<table><tr><td>a<td>b<tr><td>c</table>"),
            r#"table(tr(td("a") td("b")) tr(td("c")))"#
        );
        assert_eq!(tree("<h1>a<h2>b</h2>"), r#"h1("a") h2("b")"#);
        assert_eq!(tree("<a href=x>a<a href=y>b</a>"), r#"a("a") a("b")"#);
    }

    #[test]
    fn end_tags_close_only_what_is_in_scope() {
        // `</span>` does not close across a block; `</div>` does close the span inside.
        assert_eq!(
            tree("<div><span>a<p>b</span>c</p>d</div>e"),
            r#"div(span("a" p("bc") "d")) "e""#
        );
        // `</div>` does not close a div outside the cell.
        assert_eq!(
            tree("<div><table><tr><td>a</div>b</td></tr></table>c</div>"),
            r#"div(table(tr(td("ab"))) "c")"#
        );
        assert_eq!(tree("a</p>b</br>c"), r#""a" p "b" br "c""#);
    }

    #[test]
    fn raw_text_and_comments() {
        let dom = parse(
            "<!-- saved from url=(0038)https://example.com/news/story.html -->\
             <title>A &amp; B</title><script>if (a<b) x='</p>';</script>\
             <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>\
             <p>text<!-- <p>hidden</p> --></p><style>p{}</style>",
        );
        assert_eq!(dom.title.as_deref(), Some("A & B"));
        assert_eq!(
            dom.saved_from.as_deref(),
            Some("https://example.com/news/story.html")
        );
        assert_eq!(dom.json_ld, ["{\"@type\":\"NewsArticle\"}"]);
        assert_eq!(
            outline(&dom, ROOT),
            r#"title script script p("text") style"#
        );
    }

    #[test]
    fn attributes() {
        let dom = parse("<div class=\"a b\" id=x data-x='1 &amp; 2' hidden CLASS=dup>t</div>");
        let div = dom.node(1);
        assert_eq!(div.attr("class"), Some("a b"));
        assert_eq!(div.attr("id"), Some("x"));
        assert_eq!(div.attr("data-x"), Some("1 & 2"));
        assert_eq!(div.attr("hidden"), Some(""));
    }

    #[test]
    fn deep_nesting_is_capped() {
        let html = "<div>".repeat(10_000) + "deep" + &"</div>".repeat(10_000);
        let dom = parse(&html);
        let text = dom
            .nodes
            .iter()
            .position(|n| matches!(&n.kind, Kind::Text(t) if t == "deep"))
            .unwrap();
        let mut depth = 0;
        let mut at = text;
        while let Some(parent) = dom.node(at).parent {
            depth += 1;
            at = parent;
        }
        assert!(depth <= MAX_DEPTH + 1, "{depth}");
    }

    #[test]
    fn broken_markup() {
        assert_eq!(tree("<p>cut <a href=\"x"), r#"p("cut")"#);
        assert_eq!(tree("a < b <3 </ x> c"), r#""a < b <3  c""#);
        assert_eq!(tree("<div/>after"), r#"div("after")"#);
    }
}
