//! Main-content extraction: which of the page's blocks ([`super::blocks`]) are the article.
//!
//! 1. **Values.** A block of prose (long enough, or ending like a sentence) is worth its
//!    characters outside links; a block that is mostly links costs its characters, a short
//!    fragment a quarter of them; headings are worth nothing either way. Prose right after a
//!    headline link is a teaser's summary and worth a quarter ([`TEASER_WEIGHT`]).
//! 2. **Container.** Each element scores the values of the blocks inside it: in full for its
//!    own paragraphs, [`DECAY`] less past each element on the way that holds other text too
//!    (so the element that holds the paragraphs beats the page that holds them beside as much
//!    teaser text), and against it, at [`BOILERPLATE_COST`], for blocks inside a negative
//!    element ([`super::hints`]). Article evidence multiplies the score by
//!    [`EVIDENCE_BONUS`]. The best element not inside boilerplate is the container: a teaser,
//!    related box or comment marked up as `<article>` has too little prose to beat the story
//!    in a plain `<div>`.
//! 3. **Siblings and parts.** Siblings of the container with a good share of its score or a
//!    lone paragraph of prose (a lead kept outside the body's `<div>`) join it, and so do the
//!    other parts of a story split by advertisements (`story-body-1`, `story-body-2`: same tag
//!    and a class in common, nearby).
//! 4. **Cleaning.** Inside them, blocks in negative elements, link-heavy blocks, lists of
//!    links or teasers (with a short title just before) and the headline (the title line
//!    already) are dropped; the rest, headings included, are the article's paragraphs.

use super::blocks::{ends_sentence, is_prose, link_density, same_text, Block, MAX_LINK_DENSITY};
use super::dom::{Dom, Kind, NodeId, INLINE};
use super::hints::{is_comments, is_evidence, words, ARTICLE_WORDS};
use super::meta::{GENERIC_TITLE_SUPPORT, HEADLINE_SUPPORT, MIN_HEADLINE_WORDS};

/// How much article evidence (`<article>`, `<main>`, `itemprop=articleBody`, a positive
/// class) multiplies a container's score: enough to settle near ties for the marked element,
/// too little to let a short marked teaser beat the story.
pub const EVIDENCE_BONUS: f64 = 1.1;

/// What a block inside boilerplate costs a container that holds it, per unit of its value:
/// the boilerplate is cleaned out of the container anyway, but a container that needs much
/// cleaning is likely the page rather than the article.
pub const BOILERPLATE_COST: f64 = 0.5;

/// What prose right after a headline link (a teaser's summary) is worth, per unit of its
/// value: lists of teasers (headline link, summary, headline link, …) hold as much prose as
/// many articles, but an article's paragraphs rarely follow a link of their own.
pub const TEASER_WEIGHT: f64 = 0.25;

/// Most a block of links costs a container, in characters: one long run of links set off
/// by line breaks ("Related articles: …" in the story's own cell) must not outweigh the
/// story beside it; many separate links (a menu's items, each a block) still each cost.
pub const MAX_LINK_BLOCK_COST: f64 = 200.0;

/// Share of link text from which a block is a headline link.
pub const MIN_HEADLINE_LINK_DENSITY: f64 = 0.8;

/// Fewest words of a headline link ("Home", "More" are navigation).
pub const MIN_TEASER_HEADLINE_WORDS: usize = 3;

/// What a short fragment (not prose, not links) costs per character: less than a link, since
/// articles have short fragments too (datelines, subheads without tags, short quotes).
pub const FRAGMENT_COST: f64 = 0.25;

/// What a block's value is worth past each element on the way up that holds other text too
/// (a branching element): a container gets the full value of its own paragraphs and less of
/// those in separate parts of it, so the element that holds the article's paragraphs beats
/// the page that holds them beside as much teaser text.
pub const DECAY: f64 = 0.85;

/// Most link density of a lone paragraph beside the container for it to join.
pub const MAX_SIBLING_LINK_DENSITY: f64 = 0.25;

/// A sibling of the container joins it when its score is at least this share of the
/// container's.
pub const SIBLING_SHARE: f64 = 0.2;

/// Share of a list's characters inside links above which the list is navigation.
pub const MAX_LIST_LINK_DENSITY: f64 = 0.5;

/// How many blocks before the article's first paragraph its headline may stand.
pub const HEADING_WINDOW: usize = 8;

/// Most elements a class name may be on for two of them to count as parts of one thing: a
/// class on more is a utility class (`clearfix`, `row`), not a part's name.
pub const MAX_PART_CLASS_USES: usize = 12;

/// How many levels above the container its other parts may branch off (the story's
/// `<article>` around `story-body-1`, an advertisement, `story-body-2`).
pub const PARTS_SCOPE: usize = 3;

/// What the page's article is made of.
pub struct Article {
    /// Its blocks, as indices in [`Analysis::blocks`], in order.
    pub kept: Vec<usize>,
    /// The container chosen, if any.
    pub container: Option<NodeId>,
}

/// What extraction reads: the page's blocks and every node's hint.
pub struct Analysis {
    /// Whether the node's subtree gives no text ([`super::blocks::skipped`]).
    pub skipped: Vec<bool>,
    /// Its hint: -1 boilerplate, 0 none, 1 article ([`super::hints::hints`]).
    pub hint: Vec<i8>,
    pub blocks: Vec<Block>,
}

/// Whether a block is a headline that is a link: mostly link text, a few words at least. The
/// prose right after one is a teaser's summary.
fn is_headline_link(block: &Block) -> bool {
    link_density(block) >= MIN_HEADLINE_LINK_DENSITY
        && block.text.split_whitespace().count() >= MIN_TEASER_HEADLINE_WORDS
}

/// What a block is worth to a container that holds it (step 1 of the module documentation).
fn value(block: &Block) -> f64 {
    if block.heading.is_some() {
        return 0.0;
    }
    let chars = block.chars as f64;
    if link_density(block) > MAX_LINK_DENSITY {
        return -chars.min(MAX_LINK_BLOCK_COST);
    }
    let own = (block.chars - block.link_chars) as f64;
    if is_prose(block) {
        own
    } else {
        -own * FRAGMENT_COST
    }
}

/// Picks the article's container and its blocks (see the module documentation).
pub fn extract(
    dom: &Dom,
    analysis: &Analysis,
    title: Option<&str>,
    headline: Option<NodeId>,
) -> Article {
    let score = scores(dom, analysis);
    let boilerplate = boilerplate(dom, analysis);
    let Some(container) = best_container(dom, analysis, &score, &boilerplate) else {
        return Article {
            kept: fallback(dom, analysis, title, headline),
            container: None,
        };
    };
    let roots = joined(dom, analysis, &score, &boilerplate, container);
    Article {
        kept: clean(dom, analysis, &roots, title, headline),
        container: Some(container),
    }
}

/// Every node's score as a container (step 2 of the module documentation).
fn scores(dom: &Dom, analysis: &Analysis) -> Vec<f64> {
    let branching = branching(dom, analysis);
    let mut score = vec![0.0f64; dom.nodes.len()];
    for (index, block) in analysis.blocks.iter().enumerate() {
        let mut weight = value(block);
        if weight > 0.0 && index > 0 && is_headline_link(&analysis.blocks[index - 1]) {
            weight *= TEASER_WEIGHT;
        }
        if weight == 0.0 {
            continue;
        }
        let mut at = block.owner;
        score[at] += weight;
        while let Some(parent) = dom.node(at).parent {
            if analysis.hint[at] < 0 {
                weight = -weight.abs() * BOILERPLATE_COST;
            }
            if at != block.owner && branching[at] {
                weight *= DECAY;
            }
            score[parent] += weight;
            at = parent;
        }
    }
    score
}

/// Which nodes are boilerplate or inside it (a comment's paragraph is never the article).
fn boilerplate(dom: &Dom, analysis: &Analysis) -> Vec<bool> {
    let mut boilerplate = vec![false; dom.nodes.len()];
    for id in 1..dom.nodes.len() {
        boilerplate[id] =
            analysis.hint[id] < 0 || dom.node(id).parent.is_some_and(|p| boilerplate[p]);
    }
    boilerplate
}

/// The best-scoring element not inside boilerplate, article evidence counting
/// [`EVIDENCE_BONUS`] more; none when nothing scores above zero.
fn best_container(
    dom: &Dom,
    analysis: &Analysis,
    score: &[f64],
    boilerplate: &[bool],
) -> Option<NodeId> {
    let mut best: Option<(NodeId, f64)> = None;
    for (id, node) in dom.nodes.iter().enumerate() {
        let usable = !analysis.skipped[id] && !boilerplate[id] && score[id] > 0.0;
        if !usable || matches!(node.kind, Kind::Text(_)) {
            continue;
        }
        let mut s = score[id];
        if is_evidence(dom, id, analysis.hint[id]) {
            s *= EVIDENCE_BONUS;
        }
        // On a tie the outer element wins: ids grow inward.
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((id, s));
        }
    }
    best.map(|(id, _)| id)
}

/// The container with the siblings and parts that join it (step 3), sorted, none inside
/// another.
fn joined(
    dom: &Dom,
    analysis: &Analysis,
    score: &[f64],
    boilerplate: &[bool],
    container: NodeId,
) -> Vec<NodeId> {
    let owned = owned_blocks(dom.nodes.len(), &analysis.blocks);
    let mut roots = vec![container];
    if let Some(parent) = dom.node(container).parent {
        let threshold = score[container] * SIBLING_SHARE;
        for &sibling in &dom.node(parent).children {
            if sibling == container || analysis.skipped[sibling] || boilerplate[sibling] {
                continue;
            }
            let joins = score[sibling] >= threshold || is_prose_element(analysis, &owned, sibling);
            if score[sibling] > 0.0 && joins {
                roots.push(sibling);
            }
        }
    }
    roots.extend(similar_parts(dom, analysis, score, boilerplate, container));
    roots.sort_unstable();
    let mut outer: Vec<NodeId> = Vec::with_capacity(roots.len());
    for root in roots {
        if outer.last().is_none_or(|&last| !dom.contains(last, root)) {
            outer.push(root);
        }
    }
    outer
}

/// The heading the article opens with, when the head's title is not on the page: among the
/// blocks shortly before the article's first paragraph of prose, an `<h1>`, else the heading
/// (`<h2>`, `<h3>`) nearest that paragraph, else a block marked as a headline by its class
/// (`headline`, `title`, `hed`: old pages set headlines in styled `<div>`s). An `<h1>` the
/// article is not about (its `support`, the share of its content words the article uses,
/// under [`GENERIC_TITLE_SUPPORT`]) gives way to a heading the article is about
/// ([`HEADLINE_SUPPORT`]): a section's name in an `<h1>` ("Sports Wire") to the story's
/// headline in the `<h2>` below it. Its index in `blocks`.
pub fn opening_heading(
    dom: &Dom,
    blocks: &[Block],
    kept: &[usize],
    support: impl Fn(&str) -> f64,
) -> Option<usize> {
    let first_prose = kept.iter().copied().find(|&i| is_prose(&blocks[i]))?;
    let start = first_prose.saturating_sub(HEADING_WINDOW);
    let plausible = |b: &Block| {
        let words = b.text.split_whitespace().count();
        link_density(b) <= MAX_LINK_DENSITY && (2..=MAX_HEADING_WORDS).contains(&words)
    };
    let window = start..first_prose;
    let headings: Vec<usize> = window
        .clone()
        .filter(|&i| blocks[i].heading.is_some_and(|level| level <= 3) && plausible(&blocks[i]))
        .collect();
    // Each heading with its support, asked once.
    let supported: Vec<(usize, f64)> = headings
        .iter()
        .map(|&i| (i, support(&blocks[i].text)))
        .collect();
    let about = supported
        .iter()
        .rev()
        .find(|&&(_, s)| s >= HEADLINE_SUPPORT)
        .map(|&(i, _)| i);
    let h1 = supported
        .iter()
        .find(|&&(i, _)| blocks[i].heading == Some(1));
    h1.filter(|&&(_, s)| s >= GENERIC_TITLE_SUPPORT || about.is_none())
        .map(|&(i, _)| i)
        .or(about)
        .or_else(|| headings.last().copied())
        .or_else(|| {
            window
                .filter(|&i| plausible(&blocks[i]) && !ends_sentence(&blocks[i].text))
                .find(|&i| named_headline(dom, &blocks[i]))
        })
}

/// The line the article opens with that `is_headline` accepts (the reader asks whether the
/// article is about it), for a page whose title names the site rather than the story and
/// whose headline has no element of its own (old pages set it in a `<font>` or `<b>` after
/// a link, one `<br>` apart, in one block): among the lines of the blocks shortly before
/// the article's first paragraph of prose, the nearest to it that has a headline's length
/// and does not end a sentence.
pub fn opening_line(
    blocks: &[Block],
    kept: &[usize],
    is_headline: impl Fn(&str) -> bool,
) -> Option<String> {
    let first_prose = kept.iter().copied().find(|&i| is_prose(&blocks[i]))?;
    let start = first_prose.saturating_sub(HEADING_WINDOW);
    blocks[start..first_prose]
        .iter()
        .rev()
        .flat_map(|b| b.lines().into_iter().rev())
        .find(|line| {
            let words = line.split_whitespace().count();
            (MIN_HEADLINE_WORDS..=MAX_HEADING_WORDS).contains(&words)
                && !ends_sentence(line)
                && is_headline(line)
        })
        .map(str::to_string)
}

/// Most words of a headline.
pub const MAX_HEADING_WORDS: usize = 30;

/// Words of a class or id that mark a headline, in the languages news pages use
/// (`contentheading`, `titular`, `titre`); `header` only after an article word
/// (`article_header`, [`ARTICLE_WORDS`]): alone it names the site's header or a box's
/// (`black_header` over a search box).
const HEADLINE_WORDS: &[&str] = &[
    "headline",
    "title",
    "hed",
    "heading",
    "head",
    "contentheading",
    "titular",
    "titulo",
    "titre",
    "titel",
    "titolo",
];

/// Headline words that also mark one at the start or end of a longer word, digits aside:
/// old pages run their class names together (`headingstory`, `storyhead`, `headline1`,
/// `ArticleHeadline`, `posttitle`). Not `header` (`pageheader` is the site's) nor `hed`.
const HEADLINE_STEMS: &[&str] = &[
    "headline", "heading", "head", "title", "titulo", "titre", "titel", "titolo",
];

/// Words that start or end with a headline stem but name something else: a header (see
/// [`HEADLINE_WORDS`]), the site's masthead, a table's head, a subtitle, a list of headlines
/// elsewhere, the site's title.
const NOT_HEADLINE_WORDS: &[&str] = &[
    "header",
    "headers",
    "masthead",
    "thead",
    "subtitle",
    "subhead",
    "subheadline",
    "headlines",
    "titles",
    "sitetitle",
    "pagetitle",
];

/// Whether a word of a class name or id marks a headline ([`HEADLINE_WORDS`],
/// [`HEADLINE_STEMS`]).
fn is_headline_word(word: &str) -> bool {
    let word = word.trim_end_matches(|c: char| c.is_ascii_digit());
    if NOT_HEADLINE_WORDS.contains(&word) {
        return false;
    }
    HEADLINE_WORDS.contains(&word)
        || HEADLINE_STEMS
            .iter()
            .any(|&h| word.starts_with(h) || word.ends_with(h))
}

/// Whether a block is marked as a headline by a class or id: on its element or that
/// element's parent, or on an inline element around its first words (`<font
/// class=storyhead><b>Headline</b></font>` in a table cell). A `header` class counts on such
/// an inline element (it styles the words themselves) or after an article word
/// (`article_header`), not alone on a box (`<td class=black_header>` over a search box).
fn named_headline(dom: &Dom, block: &Block) -> bool {
    let named = |a: NodeId, styles_words: bool| {
        let node = dom.node(a);
        [node.attr("class"), node.attr("id")]
            .into_iter()
            .flatten()
            .flat_map(str::split_ascii_whitespace)
            .any(|name| {
                let words = words(name);
                let header =
                    |w: &String| w.trim_end_matches(|c: char| c.is_ascii_digit()) == "header";
                words
                    .iter()
                    .any(|w| is_headline_word(w) || (styles_words && header(w)))
                    || words
                        .windows(2)
                        .any(|pair| ARTICLE_WORDS.contains(&pair[0].as_str()) && header(&pair[1]))
            })
    };
    let mut inline_around =
        std::iter::successors(dom.node(block.first_text).parent, |&a| dom.node(a).parent)
            .take_while(|&a| a != block.owner && dom.contains(block.owner, a));
    let mut owner_and_parent =
        std::iter::successors(Some(block.owner), |&a| dom.node(a).parent).take(2);
    inline_around.any(|a| named(a, true)) || owner_and_parent.any(|a| named(a, false))
}

/// The other parts of an article split into several elements: elements near the container
/// (below its ancestor [`PARTS_SCOPE`] levels up) with the same tag and a class name in
/// common, not boilerplate, and scoring a good share of the container's score (as siblings
/// must: a column of teasers shares its `col` class with the story's column).
fn similar_parts(
    dom: &Dom,
    analysis: &Analysis,
    score: &[f64],
    boilerplate: &[bool],
    container: NodeId,
) -> Vec<NodeId> {
    let node = dom.node(container);
    let mut classes: Vec<(&str, usize)> = node
        .attr("class")
        .unwrap_or("")
        .split_ascii_whitespace()
        .map(|c| (c, 0))
        .collect();
    if classes.is_empty() {
        return Vec::new();
    }
    for other in &dom.nodes {
        for c in other.attr("class").unwrap_or("").split_ascii_whitespace() {
            if let Some(entry) = classes.iter_mut().find(|(name, _)| *name == c) {
                entry.1 += 1;
            }
        }
    }
    let classes: Vec<&str> = classes
        .into_iter()
        .filter(|&(_, uses)| uses <= MAX_PART_CLASS_USES)
        .map(|(c, _)| c)
        .collect();
    if classes.is_empty() {
        return Vec::new();
    }
    let mut scope = container;
    for _ in 0..PARTS_SCOPE {
        scope = dom.node(scope).parent.unwrap_or(scope);
    }
    let container_end = dom.subtree_end(container);
    let mut parts = Vec::new();
    let mut id = scope + 1;
    let end = dom.subtree_end(scope);
    while id < end {
        if (container..container_end).contains(&id) {
            id = container_end;
            continue;
        }
        let other = dom.node(id);
        let similar = other.name() == node.name()
            && other
                .attr("class")
                .is_some_and(|c| c.split_ascii_whitespace().any(|c| classes.contains(&c)));
        let usable = !analysis.skipped[id]
            && !boilerplate[id]
            && score[id] >= score[container] * SIBLING_SHARE;
        if similar && usable && !dom.contains(id, container) {
            parts.push(id);
            id = dom.subtree_end(id);
            continue;
        }
        id += 1;
    }
    parts
}

/// Whether an element holds one block of prose with few links (a lead paragraph beside the
/// body's container). `owned` is, per node, how many blocks it owns and the last of them.
fn is_prose_element(analysis: &Analysis, owned: &[(u32, usize)], id: NodeId) -> bool {
    let (count, last) = owned[id];
    count == 1 && {
        let b = &analysis.blocks[last];
        is_prose(b) && link_density(b) <= MAX_SIBLING_LINK_DENSITY
    }
}

/// Per node: how many blocks it owns, and the index of the last one.
fn owned_blocks(n: usize, blocks: &[Block]) -> Vec<(u32, usize)> {
    let mut owned = vec![(0u32, 0usize); n];
    for (index, block) in blocks.iter().enumerate() {
        owned[block.owner].0 += 1;
        owned[block.owner].1 = index;
    }
    owned
}

/// Which elements hold text in more than one of their parts (children with blocks, or text
/// of their own beside a child with blocks): crossing one of them on the way up from a block
/// is a step away from that block's own container.
fn branching(dom: &Dom, analysis: &Analysis) -> Vec<bool> {
    let n = dom.nodes.len();
    let mut has_block = vec![false; n];
    let mut parts = vec![0u32; n];
    for block in &analysis.blocks {
        let mut at = Some(block.owner);
        while let Some(id) = at.filter(|&id| !has_block[id]) {
            has_block[id] = true;
            at = dom.node(id).parent;
        }
    }
    let mut owns = vec![false; n];
    for block in &analysis.blocks {
        owns[block.owner] = true;
    }
    for id in 1..n {
        if has_block[id] {
            if let Some(parent) = dom.node(id).parent {
                parts[parent] += 1;
            }
        }
        if owns[id] {
            parts[id] += 1;
        }
    }
    // Inline elements are not parts of a layout: unclosed `<b>`s nest the rest of an old
    // page inside each other.
    (0..n)
        .map(|id| parts[id] >= 2 && !is_inline(dom.node(id).name()))
        .collect()
}

fn is_inline(name: &str) -> bool {
    INLINE.contains(&name)
}

/// Without a container (no prose outside boilerplate: a video's page, a post of one line):
/// every block that is not a link, the headline or in readers' comments (the comments below
/// such a post are not its text); when that leaves nothing, the comments too.
fn fallback(
    dom: &Dom,
    analysis: &Analysis,
    title: Option<&str>,
    headline: Option<NodeId>,
) -> Vec<usize> {
    let text = |i: &usize| {
        let block = &analysis.blocks[*i];
        link_density(block) <= MAX_LINK_DENSITY && !is_headline(block, title, headline)
    };
    let comments = in_comments(dom);
    let outside: Vec<usize> = (0..analysis.blocks.len())
        .filter(text)
        .filter(|&i| !comments[analysis.blocks[i].owner])
        .collect();
    if outside.is_empty() {
        (0..analysis.blocks.len()).filter(text).collect()
    } else {
        outside
    }
}

/// Which nodes are readers' comments or inside them ([`is_comments`]).
fn in_comments(dom: &Dom) -> Vec<bool> {
    let mut inside = vec![false; dom.nodes.len()];
    for id in 1..dom.nodes.len() {
        inside[id] = dom.node(id).parent.is_some_and(|p| inside[p]) || is_comments(dom, id);
    }
    inside
}

/// Whether a block is the headline, which is the title line already: a heading, or the
/// headline's element, with the title's text.
fn is_headline(block: &Block, title: Option<&str>, headline: Option<NodeId>) -> bool {
    let is_title = title.is_some_and(|t| same_text(t, &block.text));
    is_title && (block.heading.is_some() || Some(block.owner) == headline)
}

/// The blocks of the container and the elements that joined it (`roots`), without their
/// boilerplate (step 4).
fn clean(
    dom: &Dom,
    analysis: &Analysis,
    roots: &[NodeId],
    title: Option<&str>,
    headline: Option<NodeId>,
) -> Vec<usize> {
    let link_lists = link_lists(dom, analysis);
    // Disjoint and sorted: the root holding a block is the last one starting at or before it.
    let ranges: Vec<(NodeId, NodeId)> = roots.iter().map(|&r| (r, dom.subtree_end(r))).collect();
    let mut out = Vec::new();
    for (index, block) in analysis.blocks.iter().enumerate() {
        let at = ranges.partition_point(|&(start, _)| start <= block.owner);
        let Some(&(root, end)) = at.checked_sub(1).map(|i| &ranges[i]) else {
            continue;
        };
        if block.owner >= end {
            continue;
        }
        if under_negative(dom, analysis, block.owner, root) {
            continue;
        }
        if in_link_list(dom, &link_lists, block.owner, root) {
            // A short title just before the list goes with it.
            let title_before = out.last() == Some(&(index.wrapping_sub(1)))
                && is_list_title(&analysis.blocks[index - 1]);
            if title_before {
                out.pop();
            }
            continue;
        }
        if link_density(block) > MAX_LINK_DENSITY {
            continue;
        }
        if is_headline(block, title, headline) {
            continue;
        }
        out.push(index);
    }
    out
}

/// Whether a block could be a list's title: a few words, no sentence.
fn is_list_title(block: &Block) -> bool {
    block.text.split_whitespace().count() <= MAX_LIST_TITLE_WORDS && !ends_sentence(&block.text)
}

/// Whether an element between `id` and `container` (inclusive of `id`) is boilerplate.
fn under_negative(dom: &Dom, analysis: &Analysis, id: NodeId, container: NodeId) -> bool {
    let mut at = Some(id);
    while let Some(a) = at {
        if a == container {
            return false;
        }
        if analysis.hint[a] < 0 {
            return true;
        }
        at = dom.node(a).parent;
    }
    false
}

/// The lists (`ul`, `ol`, `dl`, `menu`) that are navigation or teasers: mostly link text, or
/// at least one teaser (a headline link, then prose) in every [`TEASER_LIST_BLOCKS`] blocks.
fn link_lists(dom: &Dom, analysis: &Analysis) -> Vec<bool> {
    let n = dom.nodes.len();
    let mut chars = vec![0usize; n];
    let mut links = vec![0usize; n];
    let mut blocks = vec![0usize; n];
    let mut teasers = vec![0usize; n];
    let mut previous: Option<(NodeId, bool)> = None;
    for block in &analysis.blocks {
        // Only the innermost list around a block counts it.
        let list = std::iter::successors(Some(block.owner), |&a| dom.node(a).parent)
            .find(|&a| is_list(dom, a));
        if let Some(list) = list {
            chars[list] += block.chars;
            links[list] += block.link_chars;
            blocks[list] += 1;
            let after_headline = previous == Some((list, true));
            teasers[list] += usize::from(after_headline && is_prose(block));
            previous = Some((list, is_headline_link(block)));
        } else {
            previous = None;
        }
    }
    (0..n)
        .map(|id| {
            let mostly_links =
                chars[id] > 0 && links[id] as f64 / chars[id] as f64 > MAX_LIST_LINK_DENSITY;
            let of_teasers = teasers[id] >= 2 && teasers[id] * TEASER_LIST_BLOCKS >= blocks[id];
            mostly_links || of_teasers
        })
        .collect()
}

/// A list with a teaser in at least every this many blocks is a list of teasers.
pub const TEASER_LIST_BLOCKS: usize = 3;

/// Most words of a list's title ("Related", "More headlines"), dropped with the list.
pub const MAX_LIST_TITLE_WORDS: usize = 4;

fn is_list(dom: &Dom, id: NodeId) -> bool {
    matches!(dom.node(id).name(), "ul" | "ol" | "dl" | "menu")
}

/// Whether the block is in a list (below `container`) that is mostly links.
fn in_link_list(dom: &Dom, link_lists: &[bool], id: NodeId, container: NodeId) -> bool {
    let mut at = Some(id);
    while let Some(a) = at {
        if a == container {
            return false;
        }
        if is_list(dom, a) {
            return link_lists[a];
        }
        at = dom.node(a).parent;
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::html::read;

    /// A paragraph of prose, `n` sentences long, that names `topic`.
    fn prose(topic: &str, n: usize) -> String {
        (0..n)
            .map(|i| format!("Sentence {i} of the {topic}, with enough words to read as prose."))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn paragraphs(html: &str) -> Vec<String> {
        read(html).paragraphs
    }

    #[test]
    fn the_story_in_a_div_beats_teasers_marked_as_articles() {
        let teaser = |i: usize| {
            format!(
                "<article class=card><h3><a href=/t{i}>Teaser headline number {i}</a></h3>\
                 <p>{}</p></article>",
                prose("teaser", 1)
            )
        };
        let html = format!(
            "<main><div class=layout><div class=col>{}{}</div>\
             <div class=col><p>{}</p><p>{}</p><p>{}</p></div></div></main>",
            teaser(1),
            teaser(2),
            prose("story", 3),
            prose("story", 2),
            prose("story", 3)
        );
        let got = paragraphs(&html);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|p| p.contains("story")), "{got:?}");
    }

    #[test]
    fn comments_and_related_links_are_dropped_however_long() {
        let comments: String = (0..6)
            .map(|i| {
                format!(
                    "<li class=comment><p>{}</p><a href=#r{i}>Reply</a></li>",
                    prose("comment", 3)
                )
            })
            .collect();
        let html = format!(
            "<div class=page><div class=story><p>{}</p><p>{}</p>\
             <ul class=related-links><li><a href=/a>Another story about the storm</a></li>\
             <li><a href=/b>And one more story about it</a></li></ul>\
             <ul><li><a href=/c>Unmarked links</a></li><li><a href=/d>to elsewhere</a></li></ul>\
             <p>{}</p></div><ol id=comments>{comments}</ol></div>",
            prose("story", 2),
            prose("story", 2),
            prose("story", 1)
        );
        let got = paragraphs(&html);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|p| p.contains("story")), "{got:?}");
    }

    #[test]
    fn a_story_split_by_an_advertisement_is_read_whole() {
        let html = format!(
            "<article><div class=\"story-body story-body-1\"><p>{}</p></div>\
             <div class=ad-slot><p>Advertisement</p></div>\
             <div class=supplemental><div class=\"story-body story-body-2\"><p>{}</p><p>{}</p>\
             </div></div></article>\
             <aside><p>{}</p></aside>",
            prose("first part", 2),
            prose("second part", 3),
            prose("second part", 3),
            prose("aside", 3)
        );
        let got = paragraphs(&html);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].contains("first part") && got[2].contains("second part"));
    }

    #[test]
    fn a_lead_beside_the_body_joins_it_and_short_link_lines_go() {
        let html = format!(
            "<div class=article><h1>The headline</h1><p class=lead>{}</p>\
             <div class=share><a href=/fb>Facebook</a> <a href=/tw>Twitter</a></div>\
             <div class=text><p>{}</p><p><a href=/more>Read more about the storm</a></p>\
             <h2>A subheading</h2><p>{}</p></div></div>",
            prose("lead", 1),
            prose("body", 3),
            prose("body", 2)
        );
        let got = paragraphs(&html);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[0].contains("lead"));
        assert_eq!(got[2], "A subheading");
    }

    #[test]
    fn a_list_of_teasers_does_not_outweigh_the_story() {
        let teasers: String = (0..8)
            .map(|i| {
                format!(
                    "<dt><a href=/s{i}>Another headline that links away {i}</a></dt><dd>{}</dd>",
                    prose("summary", 1)
                )
            })
            .collect();
        let html = format!(
            "<div id=main><div id=story><p>{}</p><p>{}</p></div>\
             <div id=lineup><dl>{teasers}</dl></div></div>",
            prose("story", 2),
            prose("story", 2)
        );
        let got = paragraphs(&html);
        assert!(got.iter().all(|p| p.contains("story")), "{got:?}");
    }

    #[test]
    fn headline_words_in_class_names() {
        use super::is_headline_word;
        for word in [
            "headline",
            "headline1",
            "storyhead",
            "headingstory",
            "articletitle",
        ] {
            assert!(is_headline_word(word), "{word}");
        }
        for word in [
            "masthead",
            "subtitle",
            "headlines",
            "header",
            "thead",
            "shed",
        ] {
            assert!(!is_headline_word(word), "{word}");
        }
    }

    #[test]
    fn one_long_run_of_links_beside_the_story_does_not_sink_it() {
        let links: String = (0..60)
            .map(|i| format!("<a href=/a{i}>Another worker's story number {i}</a><br>"))
            .collect();
        let html = format!(
            "<table><tr><td><font>{}<br><br>{}<br><br>Related Articles:<br>{links}</font>\
             <p>Articles by the same contributor:</p><p>No Articles Found</p></td></tr></table>",
            prose("story", 3),
            prose("story", 2)
        );
        let got = paragraphs(&html);
        assert!(got.len() >= 2 && got[0].contains("story"), "{got:?}");
        assert!(got.iter().all(|p| !p.contains("Another worker")), "{got:?}");
    }

    #[test]
    fn a_post_without_prose_keeps_its_comments_out() {
        let comments: String = (0..3)
            .map(|i| format!("<dt class=comment>Reader {i} July 5, 2012</dt><dd class=comment><p>{}</p></dd>", prose("comment", 2)))
            .collect();
        let html = format!(
            "<div class=hfeed><div class=post><h1>Conversation with my readers</h1>\
             <p class=meta>by the author on June 29, 2012</p></div>\
             <div id=comments><dl>{comments}</dl></div></div>"
        );
        let got = paragraphs(&html);
        assert_eq!(got, ["by the author on June 29, 2012"]);
        // Other boilerplate stays: hints can be wrong, and an article named like a sidebar
        // is still the article.
        let got = paragraphs("<div class=sidebar><p>Only this line.</p></div>");
        assert_eq!(got, ["Only this line."]);
        // A page of nothing but comments still gives them.
        let got = paragraphs("<div id=comments><p>Only a comment.</p></div>");
        assert_eq!(got, ["Only a comment."]);
    }
}
