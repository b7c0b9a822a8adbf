//! A document: one article's text, unchanged, with the metadata read from its first lines.

use std::sync::Arc;

use crate::base::Span;
use crate::lang::detect::detect;

/// How many non-empty lines at the top of a file may hold the source URL.
pub const SOURCE_LINE_WINDOW: usize = 3;

/// A headline is at most this many words long (and has no final punctuation).
pub const HEADLINE_MAX_WORDS: usize = 25;

/// A title made from a first line that is not a headline keeps at most this many words.
pub const TITLE_MAX_WORDS: usize = 14;

/// One article.
///
/// `text` is the file's text exactly as read; every [`Span`] the engine reports indexes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Identifier: the file stem, e.g. `000_be9d27741bf0bd67`.
    pub name: String,
    /// Title for display: the first non-empty line that is not a URL, shortened to
    /// [`TITLE_MAX_WORDS`] words with an ellipsis when that line is body text rather than a
    /// headline. Falls back to `name` for a file with no text.
    pub title: String,
    /// The source URL when one stands on its own line among the first
    /// [`SOURCE_LINE_WINDOW`] non-empty lines.
    pub source: Option<String>,
    /// The headline line (no final punctuation, at most [`HEADLINE_MAX_WORDS`] words), if the
    /// first non-URL line is one. Views show it as the heading rather than as body text.
    pub headline: Option<Span>,
    /// The full text of the file: shared, not copied, with the report
    /// ([`crate::report::DocumentReport::text`]) and whoever else keeps it.
    pub text: Arc<str>,
    /// The language it is written in, as [`crate::lang::detect::detect`] names it (`en`, `zh`,
    /// `und` when too short to tell), or as the user set it ([`Document::with_language`]).
    pub language: &'static str,
    /// What the file stated about itself beyond its text (outlet, byline, date): given by
    /// whoever read the file ([`Document::with_provenance`]); empty for plain text.
    pub provenance: Provenance,
}

/// Who published a document, who wrote it and when, as the file stated them (a page's
/// metadata, a Word or PDF file's properties). The engine never infers these from the text;
/// it carries them into the report, where views show and sort by them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Provenance {
    /// The outlet's name (`og:site_name` and the like).
    pub outlet: Option<String>,
    /// The byline.
    pub byline: Option<String>,
    /// When it was published: ISO 8601, a date or a date and time with its offset.
    pub published: Option<String>,
}

impl Document {
    /// Reads an article. `name` is its identifier (a file stem); `text` is kept unchanged.
    pub fn parse(name: impl Into<String>, text: impl Into<Arc<str>>) -> Document {
        let name = name.into();
        let text: Arc<str> = text.into();
        let mut source = None;
        let mut first_line: Option<Span> = None;
        for (index, span) in non_empty_lines(&text).enumerate() {
            let line = span
                .of(&text)
                .trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
            if is_url_line(line) {
                if index < SOURCE_LINE_WINDOW && source.is_none() {
                    source = Some(line.to_string());
                }
                continue;
            }
            if first_line.is_none() {
                first_line = Some(span);
            }
            if index + 1 >= SOURCE_LINE_WINDOW && first_line.is_some() {
                break;
            }
        }
        let headline = first_line.filter(|span| is_headline(span.of(&text)));
        let title = match first_line {
            Some(span) if headline.is_some() => span.of(&text).trim().to_string(),
            Some(span) => shorten(span.of(&text).trim(), TITLE_MAX_WORDS),
            None => name.clone(),
        };
        let language = detect(&text);
        Document {
            name,
            title,
            source,
            headline,
            text,
            language,
            provenance: Provenance::default(),
        }
    }

    /// The document with what its file stated about itself; empty strings count as unstated.
    pub fn with_provenance(mut self, provenance: Provenance) -> Document {
        let stated = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
        self.provenance = Provenance {
            outlet: stated(provenance.outlet),
            byline: stated(provenance.byline),
            published: stated(provenance.published),
        };
        self
    }

    /// The document read as written in the language `code` (one of
    /// [`crate::lang::names::LANGUAGES`]) rather than the detected one: what a user sets when
    /// the detection is wrong. A code the engine does not know leaves the detected language.
    pub fn with_language(mut self, code: &str) -> Document {
        if let Some(code) = crate::lang::names::known(code) {
            self.language = code;
        }
        self
    }

    /// The host of the source URL without a leading `www.`, e.g. `foxnews.com`.
    pub fn source_domain(&self) -> Option<&str> {
        let url = self.source.as_deref()?;
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .unwrap_or(url);
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        let host = host.rsplit('@').next().unwrap_or(host);
        let host = host.split(':').next().unwrap_or(host);
        let host = host.strip_prefix("www.").unwrap_or(host);
        (!host.is_empty()).then_some(host)
    }
}

/// Why bytes are not an article's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TextError {
    /// A NUL byte at this offset: a binary file, not text.
    Binary {
        /// Byte offset of the first NUL.
        offset: usize,
    },
    /// Not valid UTF-8 from this byte offset on.
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextError::Binary { offset } => {
                write!(
                    f,
                    "looks like a binary file (NUL byte at byte offset {offset}), not text"
                )
            }
            TextError::NotUtf8 { offset } => {
                write!(
                    f,
                    "is not valid UTF-8 text (invalid byte at byte offset {offset})"
                )
            }
        }
    }
}

impl std::error::Error for TextError {}

/// Reads bytes as an article's text: UTF-8 without NUL bytes. Nothing is stripped (a leading
/// byte-order mark stays and folds to nothing when matching), so offsets stay the file's.
pub fn decode_text(bytes: Vec<u8>) -> Result<String, TextError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(TextError::Binary { offset });
    }
    String::from_utf8(bytes).map_err(|e| TextError::NotUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })
}

/// The article files of a folder: the `*.txt` files directly in `dir`, sorted by name (the
/// order the app, the build script and the tests all use).
pub fn text_files(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|x| x == "txt") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// The byte spans of the non-empty lines of `text` (without their line breaks).
pub fn non_empty_lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut offset = 0;
    text.split_inclusive('\n').filter_map(move |line| {
        let start = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        (!body.trim().is_empty()).then(|| Span::new(start, start + body.len()))
    })
}

/// Whether a line is only a URL: metadata, not a sentence.
pub fn is_url_line(line: &str) -> bool {
    let line = line.trim();
    let has_scheme = line.starts_with("http://") || line.starts_with("https://");
    (has_scheme || line.starts_with("www.")) && !line.contains(char::is_whitespace)
}

/// Whether a line reads as a headline: short and without final punctuation.
pub fn is_headline(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    let last = line
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .chars()
        .last();
    words <= HEADLINE_MAX_WORDS && !matches!(last, Some('.' | '!' | '?' | '…' | ':' | ';' | ','))
}

/// The first `max_words` words of `line`, with an ellipsis when words were cut.
fn shorten(line: &str, max_words: usize) -> String {
    let mut words = line.split_whitespace();
    let head: Vec<&str> = words.by_ref().take(max_words).collect();
    let mut out = head.join(" ");
    if words.next().is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A language the user sets replaces the detected one; a code the engine does not know
    /// leaves it.
    #[test]
    fn a_language_set_by_the_user_replaces_the_detected_one() {
        let doc = Document::parse("a", "Ja, sagte er.");
        assert_eq!(doc.language, "und");
        let set = doc.clone().with_language("de");
        assert_eq!(set.language, "de");
        assert_eq!(set.text, doc.text);
        assert_eq!(set.clone().with_language("klingon").language, "de");
        assert_eq!(set.with_language("und").language, "und");
    }

    #[test]
    fn reads_url_title_and_headline() {
        let doc = Document::parse(
            "001",
            "http://www.foxnews.com/politics/x.html\nTillerson says ties at ‘low point’\nBody text here.\n",
        );
        assert_eq!(
            doc.source.as_deref(),
            Some("http://www.foxnews.com/politics/x.html")
        );
        assert_eq!(doc.source_domain(), Some("foxnews.com"));
        assert_eq!(doc.title, "Tillerson says ties at ‘low point’");
        assert_eq!(
            doc.headline.map(|s| s.of(&doc.text)),
            Some("Tillerson says ties at ‘low point’")
        );
    }

    #[test]
    fn body_first_line_gives_a_shortened_title_and_no_headline() {
        let doc = Document::parse(
            "000",
            "Secretary of State Rex Tillerson said Wednesday that he told Russian President Vladimir Putin during their meeting that ties are low.\n",
        );
        assert_eq!(doc.headline, None);
        assert_eq!(
            doc.title,
            "Secretary of State Rex Tillerson said Wednesday that he told Russian President Vladimir Putin…"
        );
        assert_eq!(doc.source, None);
    }

    #[test]
    fn empty_text_falls_back_to_name() {
        let doc = Document::parse("empty", "\n\n  \n");
        assert_eq!(doc.title, "empty");
        assert_eq!(doc.headline, None);
    }

    #[test]
    fn decoding_names_the_offset() {
        assert_eq!(decode_text(b"ok".to_vec()), Ok("ok".to_string()));
        assert_eq!(
            decode_text(b"ab\xffcd".to_vec()),
            Err(TextError::NotUtf8 { offset: 2 })
        );
        assert_eq!(
            decode_text(b"abc\0".to_vec()),
            Err(TextError::Binary { offset: 3 })
        );
        assert_eq!(
            TextError::NotUtf8 { offset: 2 }.to_string(),
            "is not valid UTF-8 text (invalid byte at byte offset 2)"
        );
    }

    #[test]
    fn text_files_are_sorted_txt_only() {
        let dir = std::env::temp_dir().join(format!("parallax-text-files-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub.txt")).expect("dir");
        for name in ["b.txt", "a.txt", "c.md"] {
            std::fs::write(dir.join(name), "x").expect("write");
        }
        let names: Vec<String> = text_files(&dir)
            .expect("listed")
            .iter()
            .map(|p| {
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(names, ["a.txt", "b.txt"]);
        assert!(text_files(&dir.join("missing")).is_err());
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn url_lines() {
        assert!(is_url_line("https://example.com/a?b=c"));
        assert!(is_url_line("  www.example.com  "));
        assert!(!is_url_line("see https://example.com for more"));
        assert!(!is_url_line("Related news:"));
    }

    #[test]
    fn headlines() {
        assert!(is_headline(
            "Trump declares US-Russia relations may be at 'all-time low'"
        ));
        assert!(is_headline("An icy welcome"));
        assert!(!is_headline("Russia is Syria's most powerful ally."));
        assert!(!is_headline("Related news:"));
    }
}
