//! A saved web page reduced to the article's readable text: title on the first line, the
//! page's own address (when it names one) on the next, then the paragraphs, one blank line
//! apart. No markup survives; entities are decoded; scripts, styles, navigation, headers,
//! footers, asides and forms are left out.
//!
//! Where the page marks its article (`<article>`, the one with the most text when there are
//! several) only that is kept, else `<main>`, else the whole body: news pages wrap the story in
//! one of these and the menus and teasers around it are not the story.
//!
//! A small tolerant scanner, not a full HTML parser: it never fails, whatever the input.

/// Elements whose content is never text to compare.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "nav", "header", "footer",
    "aside", "form", "button", "select", "textarea", "iframe", "object", "figure", "canvas",
    "video", "audio", "dialog", "menu",
];

/// Elements without content or end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "hr",
    "br",
    "figcaption",
    "address",
    "center",
];

/// Elements whose content is raw text up to their end tag.
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "plaintext"];

/// The readable text of an HTML page (see the module documentation).
pub fn to_text(html: &str) -> String {
    let page = scan(html);
    let mut out = String::new();
    let title = page
        .title
        .as_deref()
        .map(collapse)
        .filter(|t| !t.is_empty());
    let title = title.or_else(|| page.first_h1.clone());
    let paragraphs = page.kept_paragraphs();
    if let Some(title) = &title {
        out.push_str(title);
        out.push('\n');
        if let Some(url) = &page.url {
            out.push_str(url);
            out.push('\n');
        }
    }
    for (i, p) in paragraphs.iter().enumerate() {
        // The headline repeated as the first paragraph is the title already.
        if i == 0 && title.as_deref() == Some(p.as_str()) {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(p);
        out.push('\n');
    }
    out
}

/// A paragraph and where it stands.
struct Paragraph {
    text: String,
    /// Index of the outermost `<article>` around it.
    article: Option<usize>,
    /// Whether a `<main>` is around it.
    in_main: bool,
}

#[derive(Default)]
struct Page {
    title: Option<String>,
    first_h1: Option<String>,
    url: Option<String>,
    paragraphs: Vec<Paragraph>,
}

impl Page {
    /// The paragraphs of the article with the most text, else of `<main>`, else all.
    fn kept_paragraphs(&self) -> Vec<String> {
        let mut by_article: Vec<(usize, usize)> = Vec::new();
        for p in &self.paragraphs {
            if let Some(a) = p.article {
                match by_article.iter_mut().find(|(id, _)| *id == a) {
                    Some((_, n)) => *n += p.text.len(),
                    None => by_article.push((a, p.text.len())),
                }
            }
        }
        let best = by_article
            .iter()
            .max_by_key(|&&(id, n)| (n, std::cmp::Reverse(id)))
            .map(|&(id, _)| id);
        let any_main = self.paragraphs.iter().any(|p| p.in_main);
        self.paragraphs
            .iter()
            .filter(|p| match best {
                Some(id) => p.article == Some(id),
                None => !any_main || p.in_main,
            })
            .map(|p| p.text.clone())
            .collect()
    }
}

/// Scans `html` into the page's title, address and paragraphs.
fn scan(html: &str) -> Page {
    let mut walk = WalkState::default();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            walk.text(rest);
            break;
        };
        walk.text(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            rest = rest.find('>').map_or("", |end| &rest[end + 1..]);
            continue;
        }
        let Some(tag) = parse_tag(rest) else {
            if rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') {
                // A tag cut off by the end of the file: dropped, as browsers do.
                break;
            }
            // A `<` that opens no tag is text.
            walk.text("<");
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.length..];
        if tag.closing {
            walk.close(&tag.name);
            continue;
        }
        if RAW.contains(&tag.name.as_str()) {
            let end = find_end_tag(rest, &tag.name);
            let content = &rest[..end];
            if tag.name == "title" && walk.page.title.is_none() {
                walk.page.title = Some(decode_entities(content));
            }
            rest = &rest[end..];
            // Skip the end tag itself.
            rest = rest.find('>').map_or("", |e| &rest[e + 1..]);
            continue;
        }
        walk.open(&tag);
    }
    walk.finish()
}

/// State of the walk over the tags.
#[derive(Default)]
struct WalkState {
    page: Page,
    stack: Vec<String>,
    skipping: usize,
    /// Id of the outermost open `<article>`, if one is open.
    article: Option<usize>,
    articles: usize,
    mains: usize,
    current: String,
    h1_depth: Option<usize>,
}

impl WalkState {
    fn text(&mut self, raw: &str) {
        if self.skipping > 0 || raw.is_empty() {
            return;
        }
        self.current.push_str(&decode_entities(raw));
    }

    fn open(&mut self, tag: &Tag) {
        let name = tag.name.as_str();
        if name == "link" || name == "meta" {
            self.note_address(tag);
        }
        if BLOCKS.contains(&name) {
            self.break_paragraph();
        }
        if VOID.contains(&name) || tag.self_closing {
            return;
        }
        if SKIPPED.contains(&name) {
            self.skipping += 1;
        }
        if name == "article" && self.article.is_none() {
            self.article = Some(self.articles);
            self.articles += 1;
        }
        if name == "main" {
            self.mains += 1;
        }
        if name == "h1" && self.h1_depth.is_none() && self.page.first_h1.is_none() {
            self.h1_depth = Some(self.stack.len());
        }
        self.stack.push(tag.name.clone());
    }

    fn close(&mut self, name: &str) {
        let Some(at) = self.stack.iter().rposition(|t| t == name) else {
            if BLOCKS.contains(&name) {
                self.break_paragraph();
            }
            return;
        };
        if BLOCKS.contains(&name) {
            self.break_paragraph();
        }
        for closed in self.stack.split_off(at) {
            if SKIPPED.contains(&closed.as_str()) {
                self.skipping -= 1;
            }
            if closed == "main" {
                self.mains -= 1;
            }
        }
        if !self.stack.iter().any(|t| t == "article") {
            self.article = None;
        }
        if self.h1_depth.is_some_and(|d| d >= self.stack.len()) {
            self.h1_depth = None;
        }
    }

    /// Ends the paragraph being read, if it has text.
    fn break_paragraph(&mut self) {
        let text = collapse(&self.current);
        self.current.clear();
        if text.is_empty() {
            return;
        }
        if self.h1_depth.is_some() && self.page.first_h1.is_none() {
            self.page.first_h1 = Some(text.clone());
        }
        self.page.paragraphs.push(Paragraph {
            text,
            article: self.article,
            in_main: self.mains > 0,
        });
    }

    /// The page's own address, from `<link rel="canonical">` or `<meta property="og:url">`.
    fn note_address(&mut self, tag: &Tag) {
        if self.page.url.is_some() {
            return;
        }
        let attr = |name: &str| {
            tag.attributes
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let url = match tag.name.as_str() {
            "link" if attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                attr("href")
            }
            "meta" if attr("property").is_some_and(|p| p == "og:url") => attr("content"),
            _ => None,
        };
        let url = url.map(str::trim).filter(|u| {
            (u.starts_with("http://") || u.starts_with("https://"))
                && !u.contains(char::is_whitespace)
        });
        self.page.url = url.map(str::to_string);
    }

    fn finish(mut self) -> Page {
        self.break_paragraph();
        self.page
    }
}

/// A start or end tag.
struct Tag {
    /// Lower-case name.
    name: String,
    closing: bool,
    self_closing: bool,
    /// Lower-case names and decoded values.
    attributes: Vec<(String, String)>,
    /// Bytes from `<` to `>` inclusive.
    length: usize,
}

/// Reads the tag at the start of `s` (which starts with `<`), or `None` when `<` opens no tag
/// (`a < b`).
fn parse_tag(s: &str) -> Option<Tag> {
    let bytes = s.as_bytes();
    let mut i = 1;
    let closing = bytes.get(1) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
        i += 1;
    }
    if i == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    let mut attributes = Vec::new();
    let mut self_closing = false;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        match bytes.get(i) {
            None => return None,
            Some(b'>') => {
                i += 1;
                break;
            }
            Some(b'/') => {
                self_closing = bytes.get(i + 1) == Some(&b'>');
                i += 1;
                continue;
            }
            _ => {}
        }
        let attr_start = i;
        while i < bytes.len()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
            && !bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        let attr_name = s[attr_start..i].to_ascii_lowercase();
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if bytes.get(i) == Some(&b'=') {
            i += 1;
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
        if !attr_name.is_empty() {
            attributes.push((attr_name, value));
        }
    }
    Some(Tag {
        name,
        closing,
        self_closing,
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
            s.as_bytes()
                .get(at + 2..at + 2 + name.len())
                .is_some_and(|tag| tag.eq_ignore_ascii_case(name.as_bytes()))
        })
        .unwrap_or(s.len())
}

/// Runs of HTML white space (ASCII) as one space, trimmed; a no-break space stays.
fn collapse(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// Named entities news pages use; the rest are left as written.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("deg", '°'),
    ("middot", '·'),
    ("bull", '•'),
    ("times", '×'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("ntilde", 'ñ'),
    ("ccedil", 'ç'),
    ("uuml", 'ü'),
    ("ouml", 'ö'),
    ("auml", 'ä'),
    ("szlig", 'ß'),
    ("shy", '\u{ad}'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
];

/// Text with character references (`&amp;`, `&#8217;`, `&#x2019;`) replaced by their
/// characters. Unknown or malformed references stay as written.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map_or(rest.len(), |e| e + 1);
        let name = &rest[1..end];
        let decoded = if let Some(number) = name.strip_prefix('#') {
            let value = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => number.parse::<u32>().ok(),
            };
            value.and_then(char::from_u32).filter(|&c| c != '\0')
        } else {
            ENTITIES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
        };
        match decoded {
            Some(c) if !name.is_empty() => {
                out.push(c);
                rest = &rest[end..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html><head>
<meta charset="utf-8"><title>Tillerson says ties at &lsquo;low point&rsquo; | Fox News</title>
<link rel="canonical" href="https://www.foxnews.com/politics/tillerson.html">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><p>Breaking news banner</p></header>
<main>
<article>
<h1>Tillerson says ties at ‘low point’</h1>
<p>Secretary of State Rex Tillerson held a hastily arranged meeting&nbsp;in Moscow.</p>
<p>"There is a low level of trust between our two countries,"
   Tillerson said.<br>He stressed the need to improve ties.</p>
<figure><img src="a.jpg"><figcaption>Photo credit</figcaption></figure>
<aside>Read more: other story</aside>
<p>Russia &amp; the U.S. plan a working group &#8212; officials said &#x2026;</p>
</article>
<article><p>A teaser for another story.</p></article>
</main>
<footer>&copy; 2017 Fox News</footer>
<!-- <p>commented out</p> -->
</body></html>"#;

    #[test]
    fn keeps_the_story_and_nothing_around_it() {
        let text = to_text(PAGE);
        assert_eq!(
            text,
            "Tillerson says ties at ‘low point’ | Fox News\n\
             https://www.foxnews.com/politics/tillerson.html\n\
             \n\
             Tillerson says ties at ‘low point’\n\
             \n\
             Secretary of State Rex Tillerson held a hastily arranged meeting\u{a0}in Moscow.\n\
             \n\
             \"There is a low level of trust between our two countries,\" Tillerson said.\n\
             \n\
             He stressed the need to improve ties.\n\
             \n\
             Russia & the U.S. plan a working group — officials said …\n"
        );
    }

    #[test]
    fn without_a_title_the_first_heading_is_the_title() {
        let text = to_text("<h1>Storm &amp; flood</h1><p>It rained.</p>");
        assert_eq!(text, "Storm & flood\n\nIt rained.\n");
    }

    #[test]
    fn markup_in_text_never_survives_as_tags() {
        let text = to_text(
            "<p>a < b and <b>bold</b> <img src=x onerror=alert(1)> \
             &lt;script&gt;alert(2)&lt;/script&gt;</p><script>alert(3)</script>",
        );
        assert_eq!(text, "a < b and bold <script>alert(2)</script>\n");
    }

    #[test]
    fn unclosed_and_broken_markup_is_tolerated() {
        assert_eq!(to_text("<p>one<p>two<div>three"), "one\n\ntwo\n\nthree\n");
        assert_eq!(to_text("<p>cut <a href=\"x"), "cut\n");
        assert_eq!(to_text("plain text, no tags"), "plain text, no tags\n");
        assert_eq!(to_text("<script>never closed"), "");
    }

    #[test]
    fn entities() {
        assert_eq!(decode_entities("&amp;&lt;&#39;&#x41;&euro;"), "&<'A€");
        assert_eq!(
            decode_entities("AT&T &unknown; &#xZZ; & &#0;"),
            "AT&T &unknown; &#xZZ; & &#0;"
        );
        assert_eq!(decode_entities("&ampx"), "&ampx");
    }

    #[test]
    fn a_largest_article_wins() {
        let text = to_text(
            "<article><p>Short teaser.</p></article>\
             <article><h1>Main story</h1><p>The long story, with many more words in it.</p></article>",
        );
        assert_eq!(
            text,
            "Main story\n\nThe long story, with many more words in it.\n"
        );
    }
}
