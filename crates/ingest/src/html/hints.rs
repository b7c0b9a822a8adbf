//! Hints: what an element's tag, `role`, `itemprop`, `class` and `id` say it is. Negative
//! for navigation, headers, footers, asides, comments, related and promoted links, sharing,
//! advertising, sign-ups and the like ([`NEGATIVE_WORDS`], [`NEGATIVE_TAGS`],
//! [`NEGATIVE_ROLES`]); positive for article bodies ([`POSITIVE_WORDS`], `<article>`,
//! `<main>`, `itemprop=articleBody`).
//!
//! A class name or id is cut into words (`relatedArticles`, `article-body__text`); one
//! boilerplate word makes it negative (`article-comments`, `comment-content`), else one
//! article word makes it positive. The element's class names and short id vote. Hints are
//! evidence, not verdicts: an element holding the page's headline or a strongly named article
//! body (`itemprop=articleBody`, `post-content`, `story-body`) is a page wrapper, whatever
//! its class says (`widget Blog`, `has-sidebar`), and loses a negative hint.

use super::dom::{Dom, Kind, NodeId};

/// Words in a `class` or `id` that mark boilerplate: navigation, chrome, comments, related
/// and promoted links, sharing, advertising, sign-ups, and the article's own furniture
/// (bylines, tags, author bios). Measured on the development sets: each word's removal
/// changes little, together they matter; `caption`, `more`, `print`, `hidden` and `tag` were
/// dropped from the list, since pages use them for wrappers of the article too.
pub const NEGATIVE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "agegate",
    "banner",
    "bio",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "comment",
    "commentlist",
    "comments",
    "community",
    "consent",
    "contact",
    "cookie",
    "cookies",
    "copyright",
    "credit",
    "credits",
    "disqus",
    "dropdown",
    "footer",
    "footnote",
    "gdpr",
    "header",
    "latest",
    "login",
    "masthead",
    "menu",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "pager",
    "pagination",
    "paywall",
    "popular",
    "popup",
    "promo",
    "promoted",
    "promotion",
    "recommend",
    "recommendation",
    "recommendations",
    "recommended",
    "related",
    "relatedposts",
    "remark",
    "replies",
    "reply",
    "rss",
    "search",
    "share",
    "sharing",
    "shopping",
    "sidebar",
    "signup",
    "skip",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "tags",
    "teaser",
    "teasers",
    "toolbar",
    "trackback",
    "trackbacks",
    "pingback",
    "pingbacks",
    "tools",
    "trending",
    "tweet",
    "widget",
    "widgets",
];

/// Length from which a boilerplate word is recognised inside a longer one run together
/// without separators (`realfooter`, `sidebarleft`, `commentlist`): shorter ones (`ad`,
/// `nav`) hide inside ordinary words (`header`, `canvas`).
pub const MIN_EMBEDDED_CHARS: usize = 6;

/// Words that hold a boilerplate word but are not boilerplate.
const KEPT_WORDS: &[&str] = &["commentary", "commentaries", "unrelated"];

/// Words in a `class` or `id` that mark the article's body.
pub const POSITIVE_WORDS: &[&str] = &[
    "article",
    "articlebody",
    "blog",
    "body",
    "content",
    "entry",
    "hentry",
    "main",
    "post",
    "prose",
    "story",
    "storybody",
    "text",
];

/// Most words an `id` can have for its words to count as a hint.
pub const MAX_ID_WORDS: usize = 3;

/// Tags that are boilerplate by their nature.
const NEGATIVE_TAGS: &[&str] = &["nav", "aside", "footer", "header", "menu"];

/// `role` values that are boilerplate.
const NEGATIVE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
    "tooltip",
];

/// Each node's hint: -1 boilerplate, 0 none, 1 article. `headline` is the element holding
/// the page's headline, if known.
pub fn hints(dom: &Dom, skipped: &[bool], headline: Option<NodeId>) -> Vec<i8> {
    let mut hint: Vec<i8> = (0..dom.nodes.len())
        .map(|id| match dom.node(id).kind {
            Kind::Element { .. } => element_hint(dom, id),
            _ => 0,
        })
        .collect();
    // A wrapper around the headline or the article's body is the page, not boilerplate.
    let bodies = (0..dom.nodes.len()).filter(|&id| !skipped[id] && is_article_body(dom, id));
    for evidence in headline.into_iter().chain(bodies) {
        let mut at = Some(evidence);
        while let Some(id) = at {
            if hint[id] < 0 {
                hint[id] = 0;
            }
            at = dom.node(id).parent;
        }
    }
    hint
}

/// The words of a class name or id: split at non-letters and at lower-to-upper case changes
/// (`relatedArticles`, `article-body__text`), lower case.
pub fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            previous_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && previous_lower && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        word.push(c.to_ascii_lowercase());
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The hint of one class name or id: negative when one of its words is, else positive when
/// one is (`article-comments` and `comment-content` are boilerplate, `article-body` is not).
fn name_hint(name: &str) -> i8 {
    let words = words(name);
    let negative = |w: &String| {
        NEGATIVE_WORDS.contains(&w.as_str())
            || (w.len() > MIN_EMBEDDED_CHARS
                && !KEPT_WORDS.contains(&w.as_str())
                && NEGATIVE_WORDS
                    .iter()
                    .any(|n| n.len() >= MIN_EMBEDDED_CHARS && w.contains(n)))
    };
    if words.iter().any(negative) {
        -1
    } else if words.iter().any(|w| POSITIVE_WORDS.contains(&w.as_str())) {
        1
    } else {
        0
    }
}

/// Words that, followed by one of [`BODY_WORDS`] in a class name or id, name the article's
/// body: `article-body`, `post-content`, `entry-content`, `story-text`.
pub const ARTICLE_WORDS: &[&str] = &["article", "story", "post", "entry", "news", "blog", "main"];

/// See [`ARTICLE_WORDS`].
const BODY_WORDS: &[&str] = &["body", "content", "text", "copy"];

/// Whether an element is strong evidence of the article's body: `itemprop=articleBody`, or a
/// class or id that names it ([`ARTICLE_WORDS`] then [`BODY_WORDS`], without boilerplate
/// words).
fn is_article_body(dom: &Dom, id: NodeId) -> bool {
    let node = dom.node(id);
    if node.attr("itemprop").is_some_and(|p| {
        p.split_ascii_whitespace()
            .any(|p| p.eq_ignore_ascii_case("articleBody"))
    }) {
        return true;
    }
    let names = node
        .attr("class")
        .unwrap_or("")
        .split_ascii_whitespace()
        .chain(node.attr("id"));
    names.into_iter().any(|name| {
        let words = words(name);
        !words.iter().any(|w| NEGATIVE_WORDS.contains(&w.as_str()))
            && (words
                .iter()
                .any(|w| matches!(w.as_str(), "articlebody" | "storybody" | "postbody"))
                || words.windows(2).any(|pair| {
                    ARTICLE_WORDS.contains(&pair[0].as_str())
                        && BODY_WORDS.contains(&pair[1].as_str())
                }))
    })
}

/// An element's own hint (see the module documentation).
fn element_hint(dom: &Dom, id: NodeId) -> i8 {
    let node = dom.node(id);
    let name = node.name();
    if let Some(prop) = node.attr("itemprop") {
        if prop
            .split_ascii_whitespace()
            .any(|p| p.eq_ignore_ascii_case("articleBody"))
        {
            return 1;
        }
    }
    if let Some(role) = node.attr("role") {
        let role = role.trim().to_ascii_lowercase();
        if NEGATIVE_ROLES.contains(&role.as_str()) {
            return -1;
        }
    }
    if NEGATIVE_TAGS.contains(&name) {
        return -1;
    }
    if node
        .attr("itemtype")
        .is_some_and(|t| t.ends_with("/Comment") || t.ends_with("/WPSideBar"))
    {
        return -1;
    }
    let mut sum: i32 = 0;
    if let Some(class) = node.attr("class") {
        for c in class.split_ascii_whitespace() {
            sum += i32::from(name_hint(c));
        }
    }
    // Ids made from a heading's words ("sharing-with-a-single-developer") say nothing about
    // the element's kind: only short ones count.
    if let Some(id_attr) = node.attr("id").filter(|i| words(i).len() <= MAX_ID_WORDS) {
        sum += i32::from(name_hint(id_attr));
    }
    match sum {
        s if s < 0 => -1,
        s if s > 0 => 1,
        _ if matches!(name, "article" | "main") => 1,
        _ => 0,
    }
}

/// Words of a class or id that mark readers' comments (a subset of [`NEGATIVE_WORDS`]).
const COMMENT_WORDS: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "disqus",
    "replies",
    "reply",
    "trackback",
    "trackbacks",
    "pingback",
    "pingbacks",
];

/// Whether an element holds readers' comments: a comment word in its class or short id
/// ([`COMMENT_WORDS`]), or `itemtype` schema.org `Comment`.
pub fn is_comments(dom: &Dom, id: NodeId) -> bool {
    let node = dom.node(id);
    if node
        .attr("itemtype")
        .is_some_and(|t| t.ends_with("/Comment"))
    {
        return true;
    }
    let id_attr = node.attr("id").filter(|i| words(i).len() <= MAX_ID_WORDS);
    node.attr("class")
        .unwrap_or("")
        .split_ascii_whitespace()
        .chain(id_attr)
        .any(|name| {
            words(name)
                .iter()
                .any(|w| COMMENT_WORDS.contains(&w.as_str()))
        })
}

/// Whether the element is article evidence: `<article>`, `<main>`, `itemprop=articleBody`,
/// `role=main|article`, or a positive class.
pub fn is_evidence(dom: &Dom, id: NodeId, hint: i8) -> bool {
    let node = dom.node(id);
    hint > 0
        || matches!(node.name(), "article" | "main")
        || node
            .attr("role")
            .is_some_and(|r| matches!(r.trim(), "main" | "article"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::scan::parse;

    #[test]
    fn words_of_class_names() {
        assert_eq!(words("relatedArticles"), ["related", "articles"]);
        assert_eq!(words("article-body__text"), ["article", "body", "text"]);
        assert_eq!(words("c-story_body2"), ["c", "story", "body2"]);
    }

    #[test]
    fn boilerplate_words_win_over_article_words() {
        assert_eq!(name_hint("article-comments"), -1);
        assert_eq!(name_hint("comment-content"), -1);
        assert_eq!(name_hint("post-share-buttons"), -1);
        assert_eq!(name_hint("article-body"), 1);
        assert_eq!(name_hint("entry-content"), 1);
        assert_eq!(name_hint("clearfix"), 0);
        // Run together: found inside a longer word, unless short or a kept word.
        assert_eq!(name_hint("realfooter"), -1);
        assert_eq!(name_hint("commentlist"), -1);
        assert_eq!(name_hint("commentary"), 0);
        assert_eq!(name_hint("shadow"), 0);
        assert_eq!(name_hint("masthead"), -1);
    }

    #[test]
    fn tags_roles_and_itemprops() {
        let dom = parse(
            "<nav>a</nav><div role=navigation>b</div><div itemprop=articleBody class=sidebar>c\
             </div><article>d</article><div id=sharing-with-a-single-developer>e</div>\
             <div id=share-bar>f</div><div itemscope itemtype=\"https://schema.org/Comment\">g</div>",
        );
        let hint_of = |name: &str, n: usize| {
            let id = (0..dom.nodes.len())
                .filter(|&i| dom.node(i).name() == name)
                .nth(n)
                .unwrap();
            element_hint(&dom, id)
        };
        assert_eq!(hint_of("nav", 0), -1);
        assert_eq!(hint_of("div", 0), -1);
        assert_eq!(hint_of("div", 1), 1);
        assert_eq!(hint_of("article", 0), 1);
        // A long id is a heading's words, not a kind of element.
        assert_eq!(hint_of("div", 2), 0);
        assert_eq!(hint_of("div", 3), -1);
        assert_eq!(hint_of("div", 4), -1);
    }

    #[test]
    fn wrappers_of_the_article_lose_a_negative_hint() {
        let dom = parse(
            "<div class=\"widget Blog has-sidebar\"><div class=\"post-body\"><p>Text.</p></div>\
             </div><div class=sidebar><p>Other.</p></div>",
        );
        let skipped = vec![false; dom.nodes.len()];
        let hint = hints(&dom, &skipped, None);
        let of_class = |class: &str| {
            let id = (0..dom.nodes.len())
                .find(|&i| dom.node(i).attr("class") == Some(class))
                .unwrap();
            hint[id]
        };
        assert_eq!(of_class("widget Blog has-sidebar"), 0);
        assert_eq!(of_class("post-body"), 1);
        assert_eq!(of_class("sidebar"), -1);
    }
}
