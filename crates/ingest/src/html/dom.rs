//! A light document tree: elements with their attributes and text, in document order, built
//! by [`super::scan`]. Nodes live in one vector (a node's index is its id, and ids grow in
//! document order), so walking the page is a loop, not a recursion.

/// A node's index in [`Dom::nodes`].
pub type NodeId = usize;

/// The document node: the root of every tree.
pub const ROOT: NodeId = 0;

/// An element or a run of text.
#[derive(Debug)]
pub enum Kind {
    /// The document itself.
    Document,
    /// An element: lower-case name, attributes (lower-case names, decoded values).
    Element {
        name: String,
        attributes: Vec<(String, String)>,
    },
    /// Text, references decoded, white space as written.
    Text(String),
}

/// A node and where it stands.
#[derive(Debug)]
pub struct Node {
    pub kind: Kind,
    /// `None` only for the document.
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
}

impl Node {
    /// The element's name, or "" for text and the document.
    pub fn name(&self) -> &str {
        match &self.kind {
            Kind::Element { name, .. } => name,
            _ => "",
        }
    }

    /// The value of attribute `name` (lower case), if the element has it.
    pub fn attr(&self, name: &str) -> Option<&str> {
        match &self.kind {
            Kind::Element { attributes, .. } => attributes
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }
}

/// A parsed page: its tree and what the scanner noted on the way.
#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<Node>,
    /// The first `<title>`'s text (outside `<svg>`).
    pub title: Option<String>,
    /// The address in a "saved from url=(0051)https://…" comment.
    pub saved_from: Option<String>,
    /// The contents of `<script type="application/ld+json">` elements.
    pub json_ld: Vec<String>,
    /// The largest `<noscript>`'s content, as written (markup for readers without scripts).
    pub noscript: Option<String>,
}

impl Dom {
    /// An empty document.
    pub fn new() -> Dom {
        Dom {
            nodes: vec![Node {
                kind: Kind::Document,
                parent: None,
                children: Vec::new(),
            }],
            title: None,
            saved_from: None,
            json_ld: Vec::new(),
            noscript: None,
        }
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// Ids of the elements and text inside `id`, in document order (not `id` itself).
    /// Ids grow in document order, so a subtree is a contiguous range: everything after `id`
    /// up to the first node that is not below it.
    pub fn descendants(&self, id: NodeId) -> std::ops::Range<NodeId> {
        id + 1..self.subtree_end(id)
    }

    /// One past the last id inside `id`.
    pub fn subtree_end(&self, id: NodeId) -> NodeId {
        let mut last = id;
        while let Some(&child) = self.nodes[last].children.last() {
            last = child;
        }
        last + 1
    }

    /// Whether `ancestor` is `id` or holds it.
    pub fn contains(&self, ancestor: NodeId, id: NodeId) -> bool {
        ancestor <= id && id < self.subtree_end(ancestor)
    }

    /// The text inside `id`, white space collapsed (block elements and line breaks separate
    /// words), when it is at most `limit` characters, else `None`; stops reading as soon as
    /// it knows, so a search over many elements stays linear.
    pub fn short_text_of(&self, id: NodeId, limit: usize) -> Option<String> {
        let mut out = String::new();
        let mut chars = 0;
        for (visited, d) in self.descendants(id).enumerate() {
            if visited > limit * SHORT_TEXT_NODES_PER_CHAR {
                return None;
            }
            match &self.nodes[d].kind {
                Kind::Text(text) => {
                    chars += text.chars().filter(|c| !c.is_whitespace()).count();
                    if chars > limit {
                        return None;
                    }
                    out.push_str(&shown(text));
                }
                Kind::Element { name, .. } if !INLINE.contains(&name.as_str()) => out.push(' '),
                _ => {}
            }
        }
        Some(collapse(&out))
    }
}

/// How many nodes [`Dom::short_text_of`] reads per character of its limit before giving up:
/// real bylines are a few elements around a few words.
const SHORT_TEXT_NODES_PER_CHAR: usize = 10;

/// Inline (phrasing) elements: their text runs on with the text around them.
pub const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong",
    "sub", "sup", "time", "tt", "u", "var",
];

/// Text without anything that reads as a tag (`<b>`, `</p`, `<!--`): for text that came from
/// raw-text elements, attributes or JSON, which may hold markup as written. Nothing that
/// leaves this function can be taken for markup when the text is shown.
pub fn without_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt + 1..];
        if after.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?')) {
            rest = after.find('>').map_or("", |gt| &after[gt + 1..]);
        } else {
            out.push('<');
            rest = after;
        }
    }
    out.push_str(rest);
    // What is left of `<<!-- x -->b` is `<b`: a space keeps it text.
    shown(&out.replace('<', BARE_LT.encode_utf8(&mut [0; 4])))
}

/// What a `<` that opened no tag (`a < b`) is kept as in text nodes, until the text is shown
/// ([`shown`]): unlike a `<` written as `&lt;`, it must not meet a letter from a later run of
/// text (`<` then a comment, then `b`) and spell what reads as a tag.
pub const BARE_LT: char = '\u{e000}';

/// Text as shown: each [`BARE_LT`] a `<`, with a space before a following letter, `/`, `!` or
/// `?`.
pub fn shown(text: &str) -> String {
    if !text.contains(BARE_LT) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != BARE_LT {
            out.push(c);
            continue;
        }
        out.push('<');
        let tag_like = chars
            .peek()
            .is_some_and(|&n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?'));
        if tag_like {
            out.push(' ');
        }
    }
    out
}

/// Runs of ASCII white space as one space, trimmed (a no-break space stays).
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_ascii_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_taken_out_of_text() {
        assert_eq!(without_tags("a <b>bold</b> move"), "a bold move");
        assert_eq!(
            without_tags("1 < 2 and 3<4, <!-- x --> <p"),
            "1 < 2 and 3<4,  "
        );
        assert_eq!(collapse("  a \n\t b\u{a0}c "), "a b\u{a0}c");
    }
}
