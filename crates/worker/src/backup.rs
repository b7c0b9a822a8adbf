//! A saved library: the user's articles in one JSON file, to bring into another browser or
//! profile (`docs/library-format.md` documents it). Opening one, or a Parallax JSON report,
//! through the page's file input gives its articles back ([`read`]).
//!
//! ```json
//! {
//!   "parallax": "library",
//!   "format": 1,
//!   "saved": "2026-11-30T16:04:05.123Z",
//!   "articles": [
//!     { "name": "tab-a", "text": "…", "note": null, "origin": "file",
//!       "file": "tab-a.txt", "added": "2026-11-30T15:59:00.000Z" }
//!   ]
//! }
//! ```
//!
//! Rules: `parallax` is always `"library"`; a later edition that this version cannot read
//! raises `format` (additions that older versions may ignore do not); fields of an article that
//! this version does not know are kept with it and written again when it is saved.

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

pub use crate::article::Extra;
use crate::article::{origin, Article, ArticleData};

/// Edition of the saved-library format this version writes and reads.
pub const LIBRARY_FORMAT: u32 = 1;

/// What `parallax` says in a saved library.
pub const KIND: &str = "library";

/// Largest saved library or report read, in bytes (256 MiB: some 30,000 long articles).
pub const MAX_LIBRARY_BYTES: usize = 256 * 1024 * 1024;

/// A saved library.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Library {
    /// Always [`KIND`].
    pub parallax: String,
    /// [`LIBRARY_FORMAT`] when written.
    pub format: u32,
    /// When it was saved (ISO 8601, UTC), if known.
    #[serde(default)]
    pub saved: Option<String>,
    /// The articles, in the order they were added (their fields: `docs/library-format.md`).
    pub articles: Vec<ArticleData>,
}

/// Just enough of a JSON file to tell a saved library from a report.
#[derive(Deserialize)]
struct Probe {
    parallax: Option<String>,
    format: Option<u32>,
    version: Option<IgnoredAny>,
    documents: Option<IgnoredAny>,
}

/// A Parallax report's documents: their names and texts.
#[derive(Deserialize)]
struct Report {
    documents: Vec<ReportDocument>,
}

#[derive(Deserialize)]
struct ReportDocument {
    name: String,
    text: String,
}

/// The user's articles as a saved library's JSON text, saved at `now`.
pub fn write(articles: &[Article], now: Option<&str>) -> String {
    let library = Library {
        parallax: KIND.to_string(),
        format: LIBRARY_FORMAT,
        saved: now.map(str::to_string),
        articles: articles.iter().map(|a| a.data.clone()).collect(),
    };
    let mut text = serde_json::to_string_pretty(&library).unwrap_or_default();
    text.push('\n');
    text
}

/// The articles of a `.json` file: a saved library, or a Parallax report (its documents
/// become articles). `None` for any other file (not `.json`); for a `.json` file that is
/// neither, or cannot be read, why not, naming the file. `Ok` holds what the file is, for
/// messages, and its articles.
pub fn read(file_name: &str, bytes: &[u8]) -> Option<Result<(String, Vec<ArticleData>), String>> {
    let json = file_name
        .rsplit_once('.')
        .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("json"));
    json.then(|| read_json(file_name, bytes))
}

fn read_json(file_name: &str, bytes: &[u8]) -> Result<(String, Vec<ArticleData>), String> {
    if bytes.len() > MAX_LIBRARY_BYTES {
        return Err(format!(
            "{file_name} is too large ({} MB; a saved library is read up to {} MB)",
            bytes.len() >> 20,
            MAX_LIBRARY_BYTES >> 20
        ));
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let unreadable = || format!("{file_name} could not be read: it is not valid JSON text");
    let neither = || {
        format!(
            "{file_name} is neither a library saved by Parallax nor a Parallax JSON report, \
             so it was not added"
        )
    };
    let probe: Probe = serde_json::from_slice(bytes).map_err(|_| unreadable())?;
    match probe {
        Probe {
            parallax: Some(kind),
            format,
            ..
        } if kind == KIND => {
            let format = format.unwrap_or(0);
            if format > LIBRARY_FORMAT {
                return Err(format!(
                    "{file_name} was saved by a newer version of Parallax (library format \
                     {format}; this version reads format {LIBRARY_FORMAT}): open it with a \
                     newer version"
                ));
            }
            let library: Library = serde_json::from_slice(bytes).map_err(|_| neither())?;
            let articles = library.articles;
            Ok((format!("the saved library {file_name}"), articles))
        }
        Probe {
            version: Some(_),
            documents: Some(_),
            parallax: None,
            ..
        } => {
            let report: Report = serde_json::from_slice(bytes).map_err(|_| neither())?;
            let articles = report
                .documents
                .into_iter()
                .map(|d| ArticleData {
                    name: d.name,
                    text: d.text.into(),
                    origin: Some(origin::REPORT.to_string()),
                    file: Some(file_name.to_string()),
                    ..ArticleData::default()
                })
                .collect();
            Ok((format!("the report {file_name}"), articles))
        }
        _ => Err(neither()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn articles(json: &str) -> Result<Vec<(String, String)>, String> {
        read("saved.json", json.as_bytes())
            .expect("a .json file")
            .map(|(_, a)| {
                a.into_iter()
                    .map(|a| (a.name, a.text.to_string()))
                    .collect()
            })
    }

    #[test]
    fn only_json_files_are_read_as_libraries() {
        assert!(read("notes.txt", b"{\"parallax\":\"library\"}").is_none());
        assert!(read("saved.JSON", b"{}").is_some());
    }

    #[test]
    fn a_saved_library_reads_with_its_fields_and_without_its_extras_at_the_top() {
        let json = r#"{"parallax":"library","format":1,"saved":null,"comment":"top-level extra",
            "articles":[{"name":"a","text":"A text.","origin":"paste","note":null,"added":null}]}"#;
        assert_eq!(articles(json), Ok(vec![("a".into(), "A text.".into())]));
    }

    #[test]
    fn a_newer_format_is_refused_with_a_clear_message() {
        let json = r#"{"parallax":"library","format":2,"articles":"a new shape"}"#;
        let why = articles(json).unwrap_err();
        assert!(
            why.contains("newer version of Parallax (library format 2"),
            "{why}"
        );
        assert!(why.starts_with("saved.json"), "{why}");
    }

    #[test]
    fn other_json_and_broken_files_are_refused_by_name() {
        for (json, says) in [
            (
                "{\"name\": \"package\"}",
                "neither a library saved by Parallax",
            ),
            ("[1, 2]", "not valid JSON"),
            ("{\"parallax\":\"library\",\"format\":1}", "neither"),
            ("not json", "not valid JSON"),
            ("\u{feff}{}", "neither"),
        ] {
            let why = articles(json).unwrap_err();
            assert!(why.contains(says), "{json}: {why}");
        }
    }

    #[test]
    fn the_written_format_names_itself_and_its_edition() {
        let text = write(&[], Some("2026-11-30T12:00:00.000Z"));
        assert!(
            text.starts_with("{\n  \"parallax\": \"library\",\n  \"format\": 1,"),
            "{text}"
        );
        assert!(text.ends_with("}\n"));
        assert_eq!(articles(&text), Ok(Vec::new()));
    }
}
