//! A Markdown file as plain text: the words a reader sees, without the markup around them.
//!
//! Removed: YAML front matter, heading markers (`#`, setext underlines), block-quote markers,
//! code fences (their content stays), horizontal rules, strong emphasis (`**`, `__`), inline
//! code ticks, and link and image syntax (`[text](url)` keeps `text`, `![alt](src)` keeps
//! `alt`). List bullets stay: the segmenter reads them as list items. Line structure is kept,
//! so paragraphs stay paragraphs.

/// The plain text of a Markdown document.
pub fn to_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let body = strip_front_matter(markdown);
    for line in body.lines() {
        let trimmed = line.trim();
        if is_rule(trimmed) || is_setext_underline(trimmed) || trimmed.starts_with("```") {
            // A setext underline follows its heading line, which stays as a line.
            if !is_setext_underline(trimmed) || trimmed.starts_with("```") {
                out.push('\n');
            }
            continue;
        }
        let mut content = trimmed;
        while let Some(rest) = content.strip_prefix('>') {
            content = rest.trim_start();
        }
        let hashes = content.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&hashes) && content[hashes..].starts_with([' ', '\t']) {
            content = content[hashes..].trim().trim_end_matches('#').trim_end();
        }
        out.push_str(&inline(content));
        out.push('\n');
    }
    out
}

/// The document without a leading `---` … `---` block.
fn strip_front_matter(markdown: &str) -> &str {
    let Some(rest) = markdown
        .strip_prefix("---\n")
        .or_else(|| markdown.strip_prefix("---\r\n"))
    else {
        return markdown;
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "---" {
            return &rest[offset..];
        }
    }
    markdown
}

/// A thematic break: three or more `-`, `*` or `_` (spaces allowed) and nothing else.
fn is_rule(line: &str) -> bool {
    let marks: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|&m| marks.iter().all(|&c| c == m))
        && !line.starts_with("- ")
}

/// A setext heading underline: only `=` signs.
fn is_setext_underline(line: &str) -> bool {
    !line.is_empty() && line.chars().all(|c| c == '=')
}

/// A line without inline markup: links and images keep their text, emphasis markers and code
/// ticks go.
fn inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while !rest.is_empty() {
        let image = rest.starts_with("![");
        if image || rest.starts_with('[') {
            let open = if image { 2 } else { 1 };
            if let Some((text, after)) = link(&rest[open..]) {
                out.push_str(&inline(text));
                rest = after;
                continue;
            }
        }
        if let Some(after) = rest.strip_prefix("**").or_else(|| rest.strip_prefix("__")) {
            rest = after;
            continue;
        }
        if let Some(after) = rest.strip_prefix('`') {
            rest = after;
            continue;
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(c);
        }
        rest = chars.as_str();
    }
    out
}

/// `text](target)` at the start of `s`: the text and what follows the link.
fn link(s: &str) -> Option<(&str, &str)> {
    let close = s.find("](")?;
    let text = &s[..close];
    if text.contains('[') || text.contains(']') {
        return None;
    }
    let target = &s[close + 2..];
    let end = target.find(')')?;
    Some((text, &target[end + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_words_stay() {
        let md = "---\ntitle: x\n---\n# Storm hits the coast #\n\n\
                  The storm killed **87 people**, [officials said](https://example.com/a).\n\n\
                  > \"We are devastated,\" the mayor said.\n\n\
                  ![A flooded street](img.jpg)\n\n\
                  - rescue teams arrived\n- `roads` closed\n\n***\n\nSubhead\n=======\n";
        assert_eq!(
            to_text(md),
            "Storm hits the coast\n\n\
             The storm killed 87 people, officials said.\n\n\
             \"We are devastated,\" the mayor said.\n\n\
             A flooded street\n\n\
             - rescue teams arrived\n- roads closed\n\n\n\nSubhead\n"
        );
    }

    #[test]
    fn lone_brackets_and_stars_stay() {
        assert_eq!(to_text("a [b] c * d 2*3\n"), "a [b] c * d 2*3\n");
        assert_eq!(to_text("#hashtag\n"), "#hashtag\n");
    }
}
