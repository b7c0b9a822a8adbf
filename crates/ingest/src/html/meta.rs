//! What a page says about itself ([`crate::meta::Metadata`]): from its `<meta>` and `<link>`
//! tags, its JSON-LD (`<script type="application/ld+json">`: the `NewsArticle`, `Article`,
//! `ReportageNewsArticle`, `BlogPosting`, … object, inside `@graph` arrays too, with `@id`
//! references followed), its `<title>` and headline, its byline element, and the "saved from
//! url" comment browsers write.
//!
//! * **Title.** The candidates are the titles the page states for sharing and search
//!   (JSON-LD `headline`, or its `name` when only that is the `<title>`; then `dc:title`,
//!   `og:title`, `twitter:title`, `parsely-title`, …), else its `<title>`. The headline is
//!   the page's own headline block (an `<h1>`, else another heading, else any block) whose
//!   text is the first candidate or a good part of it (`Storm hits coast` in `Storm hits
//!   coast | World | Example News`), else the longest block that is one run of its parts set
//!   off by separators (`Storm hits coast` in `Example -- World: Storm hits coast`); else
//!   the first candidate without the site's name; else the first `<h1>`. A permalink mark
//!   after a heading (`¶`) is dropped. A site's name is the part a separator (` | `, ` - `, ` – `, ` — `,
//!   ` :: `, ` · `, ` / `, ` » `, …) sets off that names the outlet (`og:site_name`, JSON-LD
//!   publisher, the host's registered name) or, failing that, a short last part after a much
//!   longer first one, then a short section name before it. An `og:title` worded otherwise
//!   than the `<h1>` wins: it is the page's own choice, and on Readability's test pages the
//!   expected title follows it.
//! * **Outlet**: `og:site_name`, JSON-LD publisher, `application-name`, else the host without
//!   `www.`. **Address**: canonical link, `og:url`, JSON-LD `url`, the saved-from comment.
//! * **Byline**: JSON-LD authors (joined with ", "), an author `<meta>` that is a name (not an
//!   address), else the byline element (`rel=author`, `itemprop=author`, a `byline`/`author`
//!   class; its part marked as the name when there is one); without "By", a trailing date or
//!   a handle.
//! * **Date** ([`super::date`]): `article:published_time`, JSON-LD `datePublished`, the first
//!   `<time datetime>` in the article, then other date metas.

use super::blocks::{fold, Block};
use super::date::{iso_date, month};
use super::dom::{collapse, Dom, Kind, NodeId};
use super::hints::words;
use super::json::Json;

/// JSON-LD types that are an article.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "Report",
    "TechArticle",
    "ScholarlyArticle",
    "Review",
];

/// `<meta>` keys of the titles a page states for sharing and search, best first (Dublin
/// Core, Open Graph, Weibo, Twitter, Parse.ly: the order Readability reads them in). A plain
/// `<meta name=title>` is left out: old pages fill it with the site's slogan.
const STATED_TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "dcterms:title",
    "dc.title",
    "dcterms.title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "twitter:title",
    "parsely-title",
];

/// Share of a title's words another text must hold to be the same title reworded (see
/// [`word_share`]).
pub const SAME_TITLE_SHARE: f64 = 0.75;

/// Separators between a headline and the site's name in a `<title>`.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " / ", " » ", " • ", " ~ ", " -- ",
];

/// Most words a title's last part can have to be dropped as the site's name when it names no
/// known outlet ("Headline - Politico", "Headline | Opinion").
pub const MAX_SITE_WORDS: usize = 4;

/// Most words of a section's name left before the site's ("Headline - Business - Herald"),
/// dropped in a later round.
pub const MAX_SECTION_WORDS: usize = 2;

/// Most parts dropped from a title's end: the site's name and up to two sections after the
/// headline ("Carle sparks A-League interest - National - Sport - Blacktown Sun").
pub const MAX_STRIP_ROUNDS: usize = 3;

/// What the page's head (and JSON-LD) states, before choosing.
#[derive(Debug, Default)]
pub struct Head {
    /// `<meta>` values by key (`og:title`, `author`, …), lower-case keys, in page order.
    pub metas: Vec<(String, String)>,
    pub canonical: Option<String>,
    /// The JSON-LD article's fields.
    pub ld_headline: Option<String>,
    pub ld_authors: Vec<String>,
    pub ld_published: Option<String>,
    pub ld_publisher: Option<String>,
    pub ld_url: Option<String>,
    pub ld_body: Option<String>,
    /// The headline the page's share links pass on (`title=` in their addresses), the most
    /// common one ([`share_title`]).
    pub share_title: Option<String>,
}

impl Head {
    /// Whether the page states a title of its own for sharing or search (`og:title`,
    /// `twitter:title`, `dc:title`, …, JSON-LD `headline`), beside its `<title>`.
    pub fn states_title(&self) -> bool {
        self.meta(STATED_TITLE_KEYS).is_some()
            || self.ld_headline.is_some()
            || self.share_title.is_some()
    }

    /// The first non-empty `<meta>` value among `keys` (in the order of `keys`).
    pub fn meta(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|key| {
            self.metas
                .iter()
                .find(|(k, v)| k == key && !v.trim().is_empty())
                .map(|(_, v)| v.as_str())
        })
    }
}

/// Reads the head: `<meta>`, `<link rel=canonical>`, JSON-LD.
pub fn head(dom: &Dom) -> Head {
    let mut head = Head::default();
    let mut share_titles = Vec::new();
    for node in &dom.nodes {
        match node.name() {
            "meta" => {
                let Some(content) = node.attr("content") else {
                    continue;
                };
                let content = collapse(content);
                for key in ["property", "name", "itemprop"] {
                    if let Some(k) = node.attr(key) {
                        // `property` may list several (`og:title twitter:title`).
                        for k in k.split_ascii_whitespace() {
                            head.metas.push((k.to_ascii_lowercase(), content.clone()));
                        }
                    }
                }
            }
            "a" => {
                if let Some(title) = node.attr("href").and_then(share_link_title) {
                    share_titles.push(title);
                }
            }
            "link" if head.canonical.is_none() => {
                let canonical = node.attr("rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                });
                if canonical {
                    head.canonical = node.attr("href").and_then(absolute_url);
                }
            }
            _ => {}
        }
    }
    let values: Vec<Json> = dom
        .json_ld
        .iter()
        .flat_map(|s| Json::parse_all(s))
        .collect();
    let mut objects = Vec::new();
    for v in &values {
        flatten(v, &mut objects, 0);
    }
    if let Some(article) = best_article(&objects) {
        let text = |key: &str| {
            article
                .get(key)
                .and_then(|v| first_text(v, &objects))
                .map(|s| collapse(&s))
                .filter(|s| !s.is_empty())
        };
        head.ld_headline = ld_title(
            text("headline"),
            text("name"),
            dom.title.as_deref().map(collapse).as_deref(),
        );
        head.ld_published = text("datePublished").or_else(|| text("dateCreated"));
        head.ld_url = text("url").and_then(|u| absolute_url(&u));
        head.ld_body = article
            .get("articleBody")
            .and_then(Json::as_str)
            .map(str::to_string);
        if let Some(authors) = article.get("author").or_else(|| article.get("creator")) {
            for author in authors.items() {
                if let Some(name) = name_of(author, &objects) {
                    if !head.ld_authors.iter().any(|a| a == &name) {
                        head.ld_authors.push(name);
                    }
                }
            }
        }
        head.ld_publisher = article
            .get("publisher")
            .and_then(|p| p.items().iter().find_map(|p| name_of(p, &objects)));
    }
    head.share_title = share_title(share_titles);
    head
}

/// Fewest words of a title passed on by share links: fewer is a site's or a section's name.
pub const MIN_SHARE_TITLE_WORDS: usize = 2;

/// Most characters of a title passed on by share links.
pub const MAX_SHARE_TITLE_CHARS: usize = 300;

/// Query parameters that carry the address a share link passes on.
const SHARE_URL_KEYS: &[&str] = &["url", "u", "link"];

/// The title a share link passes on: the `title` parameter of its address's query, beside
/// the address it shares (`digg.com/submit?url=…&title=Storm+hits+coast`), decoded, when it
/// has a few words. A link with a title but no address (a slideshow's, a search's) passes on
/// no headline.
pub fn share_link_title(href: &str) -> Option<String> {
    let (_, query) = href.split_once('?')?;
    let query = query.split('#').next().unwrap_or("");
    let pairs: Vec<(&str, &str)> = query.split('&').filter_map(|p| p.split_once('=')).collect();
    let shares_address = pairs.iter().any(|(key, value)| {
        SHARE_URL_KEYS.iter().any(|k| key.eq_ignore_ascii_case(k)) && !value.is_empty()
    });
    if !shares_address {
        return None;
    }
    pairs.iter().find_map(|(key, value)| {
        let title = collapse(&percent_decode(value));
        let fits = words_in(&title) >= MIN_SHARE_TITLE_WORDS
            && title.chars().count() <= MAX_SHARE_TITLE_CHARS
            && !looks_like_url(&title);
        (key.eq_ignore_ascii_case("title") && fits).then_some(title)
    })
}

/// The page's share title: the one its share links pass on most often (the first on a tie).
pub fn share_title(titles: Vec<String>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for title in titles {
        match counts.iter_mut().find(|(t, _)| *t == title) {
            Some((_, n)) => *n += 1,
            None => counts.push((title, 1)),
        }
    }
    let most = counts.iter().map(|&(_, n)| n).max()?;
    counts.into_iter().find(|&(_, n)| n == most).map(|(t, _)| t)
}

/// A URL query value decoded: `+` a space, `%XX` a byte (bytes that are not UTF-8 replaced).
pub fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                if let (Some(high), Some(low)) = (hex(i + 1), hex(i + 2)) {
                    out.push((high * 16 + low) as u8);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The JSON-LD article's title: its `headline`, or its `name` when it has no headline or when
/// the name is the page's `<title>` and the headline is not (an encyclopedia's `headline` is
/// the entry's one-line description, its `name` the entry's title).
fn ld_title(headline: Option<String>, name: Option<String>, page: Option<&str>) -> Option<String> {
    let (Some(headline), Some(name)) = (&headline, &name) else {
        return headline.or(name);
    };
    let in_page = |t: &str| page.is_some_and(|p| word_share(t, p) >= SAME_TITLE_SHARE);
    if !in_page(headline) && in_page(name) {
        return Some(name.clone());
    }
    Some(headline.clone())
}

/// The share of `text`'s words (folded) that `other` holds too: 1.0 when every word of
/// `text` is in `other`, 0.0 when `text` has none.
pub fn word_share(text: &str, other: &str) -> f64 {
    let theirs: Vec<String> = other.split_whitespace().map(fold).collect();
    let ours: Vec<String> = text
        .split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    if ours.is_empty() {
        return 0.0;
    }
    let shared = ours.iter().filter(|w| theirs.contains(w)).count();
    shared as f64 / ours.len() as f64
}

/// Fewest characters of a word that says what a text is about: shorter ones are mostly
/// function words ("the", "on", "and").
pub const MIN_CONTENT_WORD_CHARS: usize = 4;

/// Share of a title's content words the article uses below which the title is not about
/// the article (the site's name, a section's: "The Hindu News Update Service").
pub const GENERIC_TITLE_SUPPORT: f64 = 0.25;

/// Share of a heading's content words the article uses from which the article is about it.
pub const HEADLINE_SUPPORT: f64 = 0.5;

/// The content words of some texts ([`MIN_CONTENT_WORD_CHARS`]), folded.
pub fn content_words<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    texts
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= MIN_CONTENT_WORD_CHARS)
        .map(fold)
        .collect()
}

/// The share of `text`'s content words in `words` ([`content_words`]): how much an article
/// is about a title. A text without content words counts its every word. (A title has a
/// few words: looking each up in the article's list is cheap.)
pub fn content_share(text: &str, words: &[String]) -> f64 {
    let all: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect();
    let content = all
        .iter()
        .filter(|w| w.chars().count() >= MIN_CONTENT_WORD_CHARS);
    let counted: Vec<&String> = if content.clone().next().is_none() {
        all.iter().collect()
    } else {
        content.collect()
    };
    if counted.is_empty() {
        return 0.0;
    }
    let found = counted.iter().filter(|w| words.contains(w)).count();
    found as f64 / counted.len() as f64
}

/// Every object in a JSON-LD value: the value, array items, `@graph` members.
fn flatten<'a>(value: &'a Json, out: &mut Vec<&'a Json>, depth: usize) {
    if depth > 4 {
        return;
    }
    match value {
        Json::Array(items) => {
            for item in items {
                flatten(item, out, depth + 1);
            }
        }
        Json::Object(_) => {
            out.push(value);
            if let Some(graph) = value.get("@graph") {
                flatten(graph, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// Whether an object's `@type` is (or lists) one of `types`.
fn has_type(object: &Json, types: &[&str]) -> bool {
    object.get("@type").is_some_and(|t| {
        t.items()
            .iter()
            .filter_map(Json::as_str)
            .any(|t| types.contains(&t))
    })
}

/// The article among the objects: the first of an article type with a headline, else the
/// first of an article type; a `WebPage` whose `mainEntity` is one counts too.
fn best_article<'a>(objects: &[&'a Json]) -> Option<&'a Json> {
    let mut articles: Vec<&Json> = objects
        .iter()
        .copied()
        .filter(|o| has_type(o, ARTICLE_TYPES))
        .collect();
    for o in objects {
        if let Some(main) = o.get("mainEntity") {
            for m in main.items() {
                if has_type(m, ARTICLE_TYPES) {
                    articles.push(m);
                }
            }
        }
    }
    articles
        .iter()
        .copied()
        .find(|a| a.get("headline").is_some())
        .or_else(|| articles.first().copied())
}

/// The object an `{"@id": …}` reference points to, or the value itself.
fn resolve<'a>(value: &'a Json, objects: &[&'a Json]) -> &'a Json {
    let Json::Object(fields) = value else {
        return value;
    };
    if fields.len() != 1 {
        return value;
    }
    let Some(id) = value.get("@id").and_then(Json::as_str) else {
        return value;
    };
    objects
        .iter()
        .copied()
        .find(|o| o.get("@id").and_then(Json::as_str) == Some(id) && !std::ptr::eq(*o, value))
        .unwrap_or(value)
}

/// A string value, or the first string of an array.
fn first_text(value: &Json, objects: &[&Json]) -> Option<String> {
    match resolve(value, objects) {
        Json::Str(s) => Some(s.clone()),
        Json::Array(items) => items.iter().find_map(|i| first_text(i, objects)),
        Json::Object(_) => value.get("@id").and_then(Json::as_str).map(str::to_string),
        _ => None,
    }
}

/// The name of a person or organisation (an object with `name`, or a string that is not an
/// address).
fn name_of(value: &Json, objects: &[&Json]) -> Option<String> {
    let name = match resolve(value, objects) {
        Json::Str(s) => s.clone(),
        o @ Json::Object(_) => o.get("name").and_then(|n| first_text(n, objects))?,
        _ => return None,
    };
    let name = collapse(&name);
    (!name.is_empty() && !looks_like_url(&name)).then_some(name)
}

fn looks_like_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//")
}

/// An absolute http(s) address without white space or markup characters, or `None`.
pub fn absolute_url(url: &str) -> Option<String> {
    let url = url.trim();
    let scheme = url.starts_with("http://") || url.starts_with("https://");
    let clean = !url.contains(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'));
    (scheme && clean).then(|| url.to_string())
}

/// The host of an address, without `www.`.
pub fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// The page's own address: canonical link, `og:url`, JSON-LD `url`, or where it was saved
/// from.
pub fn url(dom: &Dom, head: &Head) -> Option<String> {
    head.canonical
        .clone()
        .or_else(|| head.meta(&["og:url"]).and_then(absolute_url))
        .or_else(|| head.ld_url.clone())
        .or_else(|| dom.saved_from.clone())
}

/// The outlet: `og:site_name`, JSON-LD publisher, `application-name`, or the host.
pub fn outlet(head: &Head, url: Option<&str>) -> Option<String> {
    head.meta(&["og:site_name"])
        .map(str::to_string)
        .or_else(|| head.ld_publisher.clone())
        .or_else(|| head.meta(&["application-name"]).map(str::to_string))
        .or_else(|| url.and_then(host).map(str::to_string))
        .map(|s| collapse(&s))
        .filter(|s| !s.is_empty())
}

/// The headline candidates from the head, best first: those the page states for sharing
/// and search (JSON-LD `headline`, then the `<meta>` titles of [`STATED_TITLE_KEYS`]) when it
/// states any, else its `<title>`. The `<title>` is the window's caption, often a section's
/// or the site's name as much as the story's; the stated titles are meant to be the story's
/// own.
pub fn title_candidates(dom: &Dom, head: &Head) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let metas = STATED_TITLE_KEYS
        .iter()
        .filter_map(|key| head.meta(&[key]).map(str::to_string));
    let stated = std::iter::once(head.ld_headline.clone())
        .flatten()
        .chain(metas);
    let stated = stated.chain(head.share_title.clone());
    for t in stated {
        let t = collapse(&t);
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    }
    if out.is_empty() {
        out.extend(dom.title.as_deref().map(collapse).filter(|t| !t.is_empty()));
    }
    out
}

/// A title without the site's name around it (see the module documentation). `site` is the
/// outlet's name, `host` the page's host.
pub fn strip_site(title: &str, site: Option<&str>, host: Option<&str>) -> String {
    let mut title = title.trim().to_string();
    if let Some(headline) = after_breadcrumb(&title) {
        title = headline;
    }
    // At most three rounds: "Headline - Section - Section - Site".
    for round in 0..MAX_STRIP_ROUNDS {
        let guess = if round == 0 {
            MAX_SITE_WORDS
        } else {
            MAX_SECTION_WORDS
        };
        let Some(stripped) = strip_once(&title, site, host, guess) else {
            break;
        };
        title = stripped;
    }
    title
}

/// One round of [`strip_site`]; `None` when nothing is dropped. A last part that names no
/// known outlet is dropped when it has at most `guess` words and the rest is much longer.
fn strip_once(title: &str, site: Option<&str>, host: Option<&str>, guess: usize) -> Option<String> {
    let names_site = |part: &str| is_site_name(part, site, host);
    // The last separator: "Headline - Site".
    let mut best: Option<String> = None;
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if names_site(tail) && !head.trim().is_empty() {
                best = longer(best, head.trim());
            }
        }
        if let Some((head, tail)) = title.split_once(sep) {
            if names_site(head) && !tail.trim().is_empty() {
                best = longer(best, tail.trim());
            }
        }
    }
    if best.is_some() {
        return best;
    }
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if droppable(tail, head, guess) {
                return Some(head.trim().to_string());
            }
        }
    }
    // A site's name before a spaced colon, which headlines do not use ("Trend News : Fix
    // of Hubble Space Telescope on hold").
    if let Some((head, tail)) = title.split_once(SITE_COLON) {
        if droppable(head, tail, guess) {
            return Some(tail.trim().to_string());
        }
    }
    None
}

/// Whether a part of a title that names no known outlet is dropped as the site's (or a
/// section's) name: it has at most `guess` words, and the rest at least twice as many (and at
/// least four).
fn droppable(part: &str, rest: &str, guess: usize) -> bool {
    let part_words = part.split_whitespace().count();
    part_words <= guess && rest.split_whitespace().count() >= 2 * part_words.max(2)
}

/// A colon with a space before it, which sets a site's name off before a headline.
const SITE_COLON: &str = " : ";

/// Separators between the parts of a breadcrumb that opens a title ("Site.com > News >
/// World -- Headline"). Not a colon: headlines use it ("Obama: We will win").
const CRUMB_SEPARATORS: &[&str] = &[" > ", " » ", " -- ", " | ", " - ", " :: "];

/// The headline after a breadcrumb that opens a title with the site's domain name
/// (`SignOnSanDiego.com > News > World -- Rival factions clash`): the domain, then sections
/// of at most [`MAX_SECTION_WORDS`] words, each set off by a separator; `None` when the title
/// does not open with a domain name or too little would be left.
fn after_breadcrumb(title: &str) -> Option<String> {
    let crumb_end = |text: &str| {
        CRUMB_SEPARATORS
            .iter()
            .filter_map(|sep| text.find(sep).map(|at| (at, at + sep.len())))
            .min()
    };
    let (at, next) = crumb_end(title)?;
    if !is_domain_name(&title[..at]) {
        return None;
    }
    let mut rest = &title[next..];
    while let Some((at, next)) = crumb_end(rest) {
        let section = &rest[..at];
        if words_in(section) > MAX_SECTION_WORDS || words_in(&rest[next..]) < MIN_HEADLINE_WORDS {
            break;
        }
        rest = &rest[next..];
    }
    let rest = rest.trim();
    (words_in(rest) >= MIN_HEADLINE_WORDS).then(|| rest.to_string())
}

fn longer(best: Option<String>, candidate: &str) -> Option<String> {
    match best {
        Some(b) if b.len() >= candidate.len() => Some(b),
        _ => Some(candidate.to_string()),
    }
}

/// Whether a title's part names the site: its name or the name its host is registered under
/// (`BBC News` on `bbc.co.uk`).
fn is_site_name(part: &str, site: Option<&str>, host: Option<&str>) -> bool {
    if is_domain_name(part) {
        return true;
    }
    let part = fold(part);
    let names = [site.map(fold), host.and_then(registered_name)];
    names
        .into_iter()
        .flatten()
        .any(|name| similar_names(&part, &name))
}

/// Longest last label of a domain name taken for a site's name (`.com`, `.co.uk`, `.news`).
pub const MAX_TLD_CHARS: usize = 6;

/// Whether a title's part is a domain name, which names the site whatever the page says of
/// itself (`Goal.com`, `toledoblade.com`): one word of letters, digits and hyphens in labels
/// set off by dots, the last a few letters.
fn is_domain_name(part: &str) -> bool {
    let part = part.trim();
    let labels: Vec<&str> = part.split('.').collect();
    let Some((tld, names)) = labels.split_last() else {
        return false;
    };
    let label_ok =
        |l: &&str| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    !names.is_empty()
        && names.iter().all(label_ok)
        && (2..=MAX_TLD_CHARS).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
}

/// Whether two folded names are one: equal, or one holding the other and not much longer
/// (`bbcnews` and `bbc`, never a headline that happens to hold `ap`).
fn similar_names(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= 2
        && (short == long
            || (short.len() >= 3 && long.contains(short) && long.len() * 2 <= short.len() * 5))
}

/// The name a host is registered under, folded: `nytimes` for `www.nytimes.com`, `bbc` for
/// `news.bbc.co.uk`.
fn registered_name(host: &str) -> Option<String> {
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let name = if n >= 3 && labels[n - 2].len() <= 3 && labels[n - 1].len() == 2 {
        labels[n - 3]
    } else if n >= 2 {
        labels[n - 2]
    } else {
        labels[0]
    };
    let name = fold(name);
    (name.len() >= 2).then_some(name)
}

/// The headline as the page shows it: a block of text that is the head's title (or the
/// part of it left after the site's name and section), an `<h1>` before a heading before
/// any other block, the longest such text first; else the first `<h1>`.
pub struct Headline {
    /// The block element holding it.
    pub element: NodeId,
    pub text: String,
    /// Whether it matches the head's title.
    pub matched: bool,
}

/// Fewest words of a headline, wherever the reader takes it from (a block the title holds,
/// the line the article opens with, what a dateline leaves): fewer is a section name
/// ("Sport", "World news") or a label more likely than a headline.
pub const MIN_HEADLINE_WORDS: usize = 3;

/// Whether a title is a label rather than a headline: fewer than [`MIN_HEADLINE_WORDS`]
/// words ("Sports Wire", "News | Africa", "940 MONTREAL").
pub fn is_label(title: &str) -> bool {
    words_in(title) < MIN_HEADLINE_WORDS
}

/// Separators between the parts of a `<title>` a headline on the page may be one run of
/// ("Site -- Section - Column: Headline"): [`SEPARATORS`] and a few older ones.
const PART_SEPARATORS: &[&str] = &[" -- ", ": ", " > ", " : ", " ::", " |"];

/// The runs of consecutive parts of a title set off by separators ([`SEPARATORS`],
/// [`PART_SEPARATORS`]), folded: "A - B: C" gives `a`, `ab`, `abc`, `b`, `bc`, `c`.
pub fn title_runs(title: &str) -> Vec<String> {
    let mut cuts: Vec<(usize, usize)> = SEPARATORS
        .iter()
        .chain(PART_SEPARATORS)
        .flat_map(|sep| title.match_indices(sep).map(|(at, s)| (at, at + s.len())))
        .collect();
    cuts.sort_unstable();
    let starts = std::iter::once(0).chain(cuts.iter().map(|&(_, end)| end));
    let ends = cuts.iter().map(|&(at, _)| at).chain([title.len()]);
    let bounds: Vec<(usize, usize)> = starts.zip(ends).filter(|(s, e)| s <= e).collect();
    let mut runs = Vec::new();
    for (i, &(start, _)) in bounds.iter().enumerate() {
        for &(_, end) in &bounds[i..] {
            let run = title.get(start..end).map(fold).unwrap_or_default();
            if !run.is_empty() && !runs.contains(&run) {
                runs.push(run);
            }
        }
    }
    runs
}

/// Finds the headline among the page's blocks (see [`Headline`]): a block whose text is the
/// title, a good part of it, or one run of its parts set off by separators (the headline in
/// "Site -- Sports - Columnists: Headline").
pub fn headline(blocks: &[Block], title: Option<&str>) -> Option<Headline> {
    let folded = title.map(fold).unwrap_or_default();
    let runs = title.map(title_runs).unwrap_or_default();
    let long_enough = |text: &str| words_in(text) >= MIN_HEADLINE_WORDS;
    let matches = |text: &str| {
        let t = fold(text);
        !t.is_empty()
            && (folded == t
                || (folded.contains(t.as_str())
                    && t.len() * 5 >= folded.len() * 2
                    && long_enough(text)))
    };
    let matches_run = |text: &str| long_enough(text) && runs.contains(&fold(text));
    // Rank: an `<h1>`, another heading, any other block; then the longer text.
    let rank = |b: &Block| match b.heading {
        Some(1) => 0,
        Some(_) => 1,
        None => 2,
    };
    let fits = |b: &&Block| b.chars <= MAX_HEADLINE_CHARS;
    // A run of the title's parts: the longest, before its rank (a section's name or the
    // site's in an `<h1>` is shorter than the headline in an `<h2>`).
    let best = blocks
        .iter()
        .filter(fits)
        .filter(|b| matches(&b.text))
        .min_by_key(|b| (rank(b), std::cmp::Reverse(b.chars)))
        .or_else(|| {
            blocks
                .iter()
                .filter(fits)
                .filter(|b| matches_run(&b.text))
                .min_by_key(|b| (std::cmp::Reverse(b.chars), rank(b)))
        });
    if let Some(b) = best {
        return Some(Headline {
            element: b.owner,
            text: heading_text(&b.text),
            matched: true,
        });
    }
    blocks
        .iter()
        .find(|b| b.heading == Some(1) && b.chars <= MAX_HEADLINE_CHARS)
        .map(|b| Headline {
            element: b.owner,
            text: heading_text(&b.text),
            matched: false,
        })
}

/// Words of a text: runs between white space holding a letter or digit (not `>` or `|`).
fn words_in(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Marks documentation pages put after a heading as a link to it (`¶`, `§`, `🔗`).
const PERMALINK_MARKS: &[char] = &['¶', '§', '🔗'];

/// A heading's text as a title: on one line, without white space around it (a no-break
/// space set before it for layout) or a permalink mark after it ("Installing¶").
pub fn heading_text(text: &str) -> String {
    let text = text.replace('\n', " ");
    text.trim_start()
        .trim_end_matches(|c: char| PERMALINK_MARKS.contains(&c) || c.is_whitespace())
        .to_string()
}

/// Whether a `<title>` and a heading are one headline reworded: most of the title's words
/// are the heading's ([`SAME_TITLE_SHARE`]) and at least half of the heading's are the
/// title's ("Storm hits the coast, flooding towns" and "Storm hits the coast: what we
/// know").
pub fn reworded(title: &str, heading: &str) -> bool {
    word_share(title, heading) >= SAME_TITLE_SHARE && word_share(heading, title) >= 0.5
}

/// Longest headline, in characters: a longer block is a paragraph.
pub const MAX_HEADLINE_CHARS: usize = 300;

/// Chooses the headline (see the module documentation): the page's own headline when it
/// matches the head's title, else the head's title without the site's name, else the page's
/// first `<h1>`.
pub fn choose_title(
    candidates: &[String],
    headline: Option<&Headline>,
    site: Option<&str>,
    host: Option<&str>,
) -> Option<String> {
    if let Some(h) = headline.filter(|h| h.matched) {
        return Some(h.text.clone());
    }
    let cleaned = candidates
        .iter()
        .map(|c| strip_site(c, site, host))
        .find(|c| !c.is_empty());
    cleaned.or_else(|| headline.map(|h| h.text.clone()))
}

/// The byline: JSON-LD authors, else an author `<meta>` (`author`, `dc.creator`,
/// `parsely-author`, `article:author` when it is a name, not an address), else the page's
/// byline element ([`byline_element`]). "By", a trailing date and handles are dropped.
pub fn byline(dom: &Dom, head: &Head, skipped: &[bool], from: Option<NodeId>) -> Option<String> {
    let from_ld = (!head.ld_authors.is_empty()).then(|| head.ld_authors.join(", "));
    let from_meta = || {
        head.meta(&[
            "author",
            "dc.creator",
            "dcterms.creator",
            "parsely-author",
            "sailthru.author",
            "byl",
            "article:author",
            "og:article:author",
        ])
        .filter(|a| !looks_like_url(a))
        .map(str::to_string)
    };
    [from_ld, from_meta(), byline_element(dom, skipped, from)]
        .into_iter()
        .flatten()
        .map(|b| clean_byline(&b))
        .find(|b| !b.is_empty())
}

/// Longest byline text taken from an element: longer is a paragraph, not a name.
pub const MAX_BYLINE_CHARS: usize = 100;

/// Words of a class or id that mark a byline.
const BYLINE_WORDS: &[&str] = &["byline", "byl", "author", "writer", "writtenby", "creator"];

/// Words of a class or id that mark an author's name inside a byline.
const NAME_WORDS: &[&str] = &["name", "author", "fn"];

/// The text of the page's byline element: the first one (from the headline on, when known)
/// marked by `rel=author`, `itemprop=author` or a byline class (`byline`, `author`, …), with
/// text short enough for names; inside it, the part marked as the name when there is one
/// (`Dan Goodin`, not `Dan Goodin - Apr 16, 2015`).
pub fn byline_element(dom: &Dom, skipped: &[bool], from: Option<NodeId>) -> Option<String> {
    let start = from.unwrap_or(0);
    let marked = |id: NodeId, words_of_class: &[&str], props: &[&str]| {
        let node = dom.node(id);
        if !matches!(node.kind, Kind::Element { .. }) || skipped[id] {
            return false;
        }
        let attr_has = |attr: &str, values: &[&str]| {
            node.attr(attr).is_some_and(|v| {
                v.split_ascii_whitespace()
                    .any(|v| values.iter().any(|w| v.eq_ignore_ascii_case(w)))
            })
        };
        attr_has("rel", &["author"])
            || attr_has("itemprop", props)
            || [node.attr("class"), node.attr("id")]
                .into_iter()
                .flatten()
                .flat_map(|c| c.split_ascii_whitespace())
                .any(|c| {
                    let w = words(c);
                    w.iter().any(|w| words_of_class.contains(&w.as_str()))
                        && !w.iter().any(|w| {
                            matches!(
                                w.as_str(),
                                "bio" | "about" | "avatar" | "image" | "img" | "photo"
                            )
                        })
                })
    };
    (start..dom.nodes.len())
        .chain(0..start)
        .filter(|&id| marked(id, BYLINE_WORDS, &["author", "creator"]))
        .find_map(|id| {
            let text = dom
                .short_text_of(id, MAX_BYLINE_CHARS)
                .filter(|t| !t.is_empty())?;
            // The name inside, when marked.
            let inner = dom
                .descendants(id)
                .filter(|&d| marked(d, NAME_WORDS, &["name", "author"]))
                .find_map(|d| dom.short_text_of(d, MAX_BYLINE_CHARS))
                .filter(|t| !t.is_empty());
            Some(inner.unwrap_or(text))
        })
}

/// Words that open a byline, in the languages news pages use ("By", "Por", "Par", "Von").
pub(super) const BY_WORDS: &[&str] =
    &["by", "por", "par", "von", "door", "di", "av", "af", "przez"];

/// A byline without its "By", a date or place after a dash, handles and trailing
/// punctuation.
pub fn clean_byline(byline: &str) -> String {
    let mut b = collapse(byline);
    // A date or place after the names: "Dan Goodin - Apr 16, 2015", "Ana Ruiz | Madrid".
    for sep in [" - ", " – ", " — ", " | ", " · "] {
        if let Some((names, rest)) = b.split_once(sep) {
            if rest.chars().any(|c| c.is_ascii_digit()) || names.split_whitespace().count() >= 2 {
                b = names.to_string();
            }
        }
    }
    let mut words: Vec<&str> = b
        .split_whitespace()
        .filter(|w| !(w.starts_with('@') && w.len() > 1))
        .collect();
    // A date run on after the names: "Steven Musil January 18, 2017".
    if let Some(at) = words
        .iter()
        .position(|w| w.chars().any(|c| c.is_ascii_digit()))
    {
        let month_before = at > 0 && month(words[at - 1]).is_some();
        words.truncate(if month_before { at - 1 } else { at });
    }
    let mut words = words.as_slice();
    if let Some(first) = words.first() {
        let first = first.trim_end_matches(':').to_lowercase();
        if BY_WORDS.contains(&first.as_str()) && words.len() > 1 {
            words = &words[1..];
        }
    }
    words
        .join(" ")
        .trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | ',' | ':' | '·')
        })
        .to_string()
}

/// The publication date: `article:published_time`, JSON-LD `datePublished`, the first
/// `<time datetime>` in the article (`container`), then other date metas.
pub fn published(dom: &Dom, head: &Head, container: Option<NodeId>) -> Option<String> {
    let from_meta = head
        .meta(&["article:published_time", "og:published_time"])
        .and_then(iso_date);
    let from_ld = head.ld_published.as_deref().and_then(iso_date);
    let from_time = || {
        let range = container.map_or(0..dom.nodes.len(), |c| c..dom.subtree_end(c));
        range
            .filter(|&id| dom.node(id).name() == "time")
            .find_map(|id| dom.node(id).attr("datetime").and_then(iso_date))
    };
    let from_other = || {
        head.meta(&[
            "date",
            "pubdate",
            "publishdate",
            "dc.date",
            "dc.date.issued",
            "dcterms.date",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "datepublished",
            "publish-date",
            "og:article:published_time",
        ])
        .and_then(iso_date)
    };
    from_meta.or(from_ld).or_else(from_time).or_else(from_other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::scan::parse;

    #[test]
    fn the_sites_name_is_dropped_from_titles() {
        let nyt = Some("The New York Times");
        // Two sections between the headline and the site's name.
        assert_eq!(
            strip_site(
                "Carle sparks A-League interest - National - Sport - Blacktown Sun",
                None,
                None
            ),
            "Carle sparks A-League interest"
        );
        // Before a spaced colon, which headlines do not use; an unspaced one stays.
        assert_eq!(
            strip_site(
                "Trend News : Fix of Hubble Space Telescope on hold",
                None,
                None
            ),
            "Fix of Hubble Space Telescope on hold"
        );
        assert_eq!(
            strip_site("Obama: We will win this election", None, None),
            "Obama: We will win this election"
        );
        assert_eq!(
            strip_site(
                "Storm Hits Coast - The New York Times",
                nyt,
                Some("nytimes.com")
            ),
            "Storm Hits Coast"
        );
        // Named by the host.
        assert_eq!(
            strip_site(
                "Obama admits gun laws frustrate him | BBC News",
                None,
                Some("bbc.co.uk")
            ),
            "Obama admits gun laws frustrate him"
        );
        assert_eq!(
            strip_site(
                "CNN - Markets fall on rate fears",
                None,
                Some("edition.cnn.com")
            ),
            "Markets fall on rate fears"
        );
        assert_eq!(
            strip_site(
                "Storm :: Weather :: Example News",
                Some("Example News"),
                None
            ),
            "Storm :: Weather"
        );
        // Section and site: short last parts go when nothing names the site.
        assert_eq!(
            strip_site(
                "Kemble quits as coach after heavy defeat - World - Sport",
                None,
                None
            ),
            "Kemble quits as coach after heavy defeat"
        );
        assert_eq!(
            strip_site(
                "Kemble quits as coach - World news today - Sport Daily",
                None,
                None
            ),
            "Kemble quits as coach - World news today"
        );
        // A domain name is a site's name, whatever the page's own address.
        assert_eq!(
            strip_site(
                "toledoblade.com -- Steelers' turf is terrible, Taylor says",
                None,
                None
            ),
            "Steelers' turf is terrible, Taylor says"
        );
        assert_eq!(
            strip_site("Rain expected all week - Weather.co.uk", None, None),
            "Rain expected all week"
        );
        // A breadcrumb that opens with the site's domain.
        assert_eq!(
            strip_site(
                "SignOnSanDiego.com > News > World -- Rival factions clash in Gaza",
                None,
                None
            ),
            "Rival factions clash in Gaza"
        );
        assert_eq!(
            strip_site("Example.com > News", None, None),
            "Example.com > News"
        );
        assert_eq!(
            strip_site("Example.com > World > Obama: We will win", None, None),
            "Obama: We will win"
        );
        assert!(!is_domain_name("Mr. Smith"));
        assert!(!is_domain_name("version 2.0"));
        // Nothing to drop: a colon is the headline's, a long last part is the story's.
        assert_eq!(
            strip_site("Obama: We will win", None, Some("example.com")),
            "Obama: We will win"
        );
        assert_eq!(
            strip_site(
                "Ties at low point – Tillerson meets Lavrov in Moscow",
                None,
                None
            ),
            "Ties at low point – Tillerson meets Lavrov in Moscow"
        );
    }

    #[test]
    fn stated_titles_in_readabilitys_order() {
        let dom = parse(
            "<title>Window caption</title>\
             <meta property=\"og:title\" content=\"Shared title\">\
             <meta name=\"DC.title\" content=\"Named core title\">\
             <meta property=\"dc:title\" content=\"Core title\">\
             <meta name=\"title\" content=\"Site slogan\">\
             <meta name=\"parsely-title\" content=\"Parsed title\">",
        );
        let stated = head(&dom);
        assert!(stated.states_title());
        assert_eq!(
            title_candidates(&dom, &stated),
            [
                "Core title",
                "Named core title",
                "Shared title",
                "Parsed title"
            ]
        );
        // Parse.ly's alone is stated too.
        let dom = parse("<title>Caption</title><meta name=parsely-title content=\"Mill reopens\">");
        let stated = head(&dom);
        assert!(stated.states_title());
        assert_eq!(title_candidates(&dom, &stated), ["Mill reopens"]);
    }

    #[test]
    fn json_ld_headline_before_meta_titles() {
        let dom = parse(
            r#"<title>Mill reopens with new owners - Valley News</title>
               <meta property="og:title" content="Mill to reopen">
               <script type="application/ld+json">{"@type":"NewsArticle",
               "headline":"Mill reopens with new owners"}</script>"#,
        );
        let head = head(&dom);
        assert_eq!(
            title_candidates(&dom, &head),
            ["Mill reopens with new owners", "Mill to reopen"]
        );
    }

    #[test]
    fn json_ld_name_when_the_headline_is_a_description() {
        // The name is the `<title>`, the headline is not: the name.
        let title = ld_title(
            Some("island country in the Pacific".into()),
            Some("Aotearoa".into()),
            Some("Aotearoa - Encyclopedia"),
        );
        assert_eq!(title.as_deref(), Some("Aotearoa"));
        // Otherwise the headline.
        let title = ld_title(
            Some("Mill reopens".into()),
            Some("Valley News".into()),
            Some("Mill reopens | Valley News"),
        );
        assert_eq!(title.as_deref(), Some("Mill reopens"));
        assert_eq!(
            ld_title(None, Some("Only a name".into()), None).as_deref(),
            Some("Only a name")
        );
    }

    #[test]
    fn word_shares_and_rewordings() {
        assert_eq!(word_share("Storm hits coast", "storm HITS the coast!"), 1.0);
        assert_eq!(word_share("", "anything"), 0.0);
        assert!(reworded(
            "Storm hits the coast, flooding towns",
            "Storm hits the coast and floods towns"
        ));
        assert!(!reworded("Share this page", "Storm hits the coast"));
        // A site's name inside the heading is not the heading reworded.
        assert!(!reworded(
            "Valley",
            "Valley mill reopens with eighty new jobs"
        ));
    }

    #[test]
    fn title_runs_are_parts_between_separators() {
        let runs = title_runs("Site -- Sport - Column: Storm hits coast");
        for want in [
            "site",
            "sport",
            "column",
            "stormhitscoast",
            "columnstormhitscoast",
        ] {
            assert!(runs.contains(&want.to_string()), "{want}: {runs:?}");
        }
        assert!(!runs.contains(&"hitscoast".to_string()));
    }

    #[test]
    fn the_headline_may_be_one_part_of_the_title() {
        let dom = parse(
            "<div class=logo>Valley Herald</div><h1>Valley Herald: Sport</h1>\
             <div class=hl>Kemble quits after heavy defeat</div>\
             <p>The coach resigned on Monday after the heaviest defeat of the season.</p>",
        );
        let skipped = vec![false; dom.nodes.len()];
        let blocks = crate::html::blocks::blocks(&dom, &skipped);
        let found = headline(
            &blocks,
            Some("Valley Herald: Sport -- Columns - Kemble quits after heavy defeat"),
        )
        .unwrap();
        assert!(found.matched);
        // The longest run wins over the section's name in the `<h1>`.
        assert_eq!(found.text, "Kemble quits after heavy defeat");
        // Runs of fewer than three words are names, not headlines.
        let dom = parse("<div>World &gt; Sport</div><p>Text of the story goes here.</p>");
        let skipped = vec![false; dom.nodes.len()];
        let blocks = crate::html::blocks::blocks(&dom, &skipped);
        let found = headline(
            &blocks,
            Some("Kemble quits after heavy defeat - World - Sport"),
        );
        assert!(found.is_none_or(|h| !h.matched));
    }

    #[test]
    fn permalink_marks_leave_headings() {
        assert_eq!(heading_text("Installing the tool¶"), "Installing the tool");
        assert_eq!(heading_text("Two\nlines §"), "Two lines");
        assert_eq!(heading_text("Why we love C#"), "Why we love C#");
    }

    #[test]
    fn json_ld_articles_in_graphs_with_references() {
        let dom = parse(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"https://ex.com/#org","name":"Example News"},
              {"@type":"Person","@id":"https://ex.com/#jane","name":"Jane Doe"},
              {"@type":["ReportageNewsArticle"],"headline":"Storm hits the coast",
               "author":[{"@id":"https://ex.com/#jane"},{"@type":"Person","name":"Omar Ali"}],
               "publisher":{"@id":"https://ex.com/#org"},"datePublished":"2017-12-13T09:41:00Z",
               "url":"https://ex.com/storm","articleBody":"The storm hit."}]}</script>
               <script type="application/ld+json">{"@type":"WebSite","name":"Not it"}</script>"#,
        );
        let head = head(&dom);
        assert_eq!(head.ld_headline.as_deref(), Some("Storm hits the coast"));
        assert_eq!(head.ld_authors, ["Jane Doe", "Omar Ali"]);
        assert_eq!(head.ld_publisher.as_deref(), Some("Example News"));
        assert_eq!(head.ld_published.as_deref(), Some("2017-12-13T09:41:00Z"));
        assert_eq!(head.ld_url.as_deref(), Some("https://ex.com/storm"));
        assert_eq!(head.ld_body.as_deref(), Some("The storm hit."));
    }

    #[test]
    fn metas_and_addresses() {
        let dom = parse(
            "<!-- saved from url=(0025)https://ex.com/saved.html -->\
             <meta property=\"og:title twitter:title\" content=\" Two  keys \">\
             <meta name=author content=\"https://ex.com/jane\"><meta name=AUTHOR content=\"Jane\">\
             <link rel=\"canonical\" href=\"/relative\"><meta property=og:url content=\"https://ex.com/a\">",
        );
        let head = head(&dom);
        assert_eq!(head.meta(&["twitter:title"]), Some("Two keys"));
        assert_eq!(head.canonical, None);
        assert_eq!(url(&dom, &head).as_deref(), Some("https://ex.com/a"));
        assert_eq!(host("https://www.ex.com:8080/a?b"), Some("ex.com"));
        let saved = parse("<!-- saved from url=(0025)https://ex.com/saved.html --><p>x</p>");
        assert_eq!(
            url(&saved, &Head::default()).as_deref(),
            Some("https://ex.com/saved.html")
        );
        assert_eq!(
            outlet(&Head::default(), Some("https://www.ex.com/a")).as_deref(),
            Some("ex.com")
        );
    }

    #[test]
    fn bylines_are_names() {
        let cases = [
            ("By Jane Doe", "Jane Doe"),
            ("BY JANE DOE and OMAR ALI", "JANE DOE and OMAR ALI"),
            ("Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Dan Goodin"),
            (
                "Steven Musil January 18, 2017 11:00 PM PST @stevenmusil",
                "Steven Musil",
            ),
            ("por César Salza", "César Salza"),
            ("Jane Doe —", "Jane Doe"),
            ("Jane Doe @janedoe", "Jane Doe"),
        ];
        for (text, want) in cases {
            assert_eq!(clean_byline(text), want, "{text}");
        }
    }

    #[test]
    fn the_byline_element_and_its_name() {
        let dom = parse(
            "<h1>Headline</h1><p class=\"byline\" itemprop=\"author\">By \
             <a rel=\"author\" href=\"/dan\">Dan Goodin</a> - Apr 16, 2015</p>\
             <div class=\"author-bio\">Dan writes about security for us since 2012 and more.</div>",
        );
        let skipped = vec![false; dom.nodes.len()];
        assert_eq!(
            byline_element(&dom, &skipped, None).as_deref(),
            Some("Dan Goodin")
        );
    }

    #[test]
    fn the_headline_is_the_pages_own_when_it_matches() {
        let dom = parse(
            "<h2>World</h2><h1>Storm hits the coast</h1><p>The storm hit the coast on Monday.</p>",
        );
        let skipped = vec![false; dom.nodes.len()];
        let blocks = crate::html::blocks::blocks(&dom, &skipped);
        // The page's `<h1>` inside a title with section and site names.
        let found = headline(&blocks, Some("Storm hits the coast | World | Example")).unwrap();
        assert!(found.matched);
        assert_eq!(found.text, "Storm hits the coast");
        let title = choose_title(
            &["Storm hits the coast | World | Example".into()],
            Some(&found),
            None,
            None,
        );
        assert_eq!(title.as_deref(), Some("Storm hits the coast"));
        // An `og:title` that is another wording wins over the `<h1>`.
        let other = headline(&blocks, Some("Coastal towns brace for the storm")).unwrap();
        assert!(!other.matched);
        let title = choose_title(
            &["Coastal towns brace for the storm".into()],
            Some(&other),
            None,
            None,
        );
        assert_eq!(title.as_deref(), Some("Coastal towns brace for the storm"));
        // No title at all: the `<h1>`.
        assert_eq!(
            choose_title(&[], headline(&blocks, None).as_ref(), None, None).as_deref(),
            Some("Storm hits the coast")
        );
    }
}
