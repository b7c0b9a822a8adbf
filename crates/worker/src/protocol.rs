//! What the page and the worker say to each other. Both sides compile these types; every
//! message travels as its JSON text (files beside it, as the browser's `File` objects, which
//! cross to the worker without being read on the page).
//!
//! Enums are externally tagged (`{"update":{…}}`, `"ready"`): serde reads those straight from
//! the text, where an internally tagged enum would first copy the whole message (a report of
//! megabytes) into an intermediate tree, and would compile the report's reader a second time.

use parallax_engine::matching::passages::Passage;
use parallax_engine::report::PairReport;
use parallax_engine::Report;
use serde::{Deserialize, Serialize};

/// Page → worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// The first message: the bundled articles (the text of the page's JSON data block,
    /// `[[name, text], …]`) and the strictness the page opened at. The worker restores the
    /// user's stored articles and answers with the first [`Event::Update`].
    Start {
        seeds: String,
        threshold: Option<f32>,
    },
    /// Analyse again at another strictness.
    Analyze { threshold: Option<f32> },
    /// Add the files that travel with this message, in this order (their names as the page
    /// saw them, for messages should a file not arrive).
    AddFiles { names: Vec<String> },
    /// Add pasted text as an article.
    Paste { title: String, text: String },
    /// Give one of the user's articles (its key `id`, shown as `name`) another name. When
    /// another tab renamed or removed it meanwhile, the worker says so and leaves it.
    Rename {
        #[serde(default)]
        id: u64,
        name: String,
        to: String,
    },
    /// Read one of the user's articles (its key `id`, shown as `name`) as written in
    /// `language` (an ISO 639-1 code; `None`: the detected language again); refused like
    /// [`Command::Rename`] when another tab changed it meanwhile.
    SetLanguage {
        #[serde(default)]
        id: u64,
        name: String,
        language: Option<String>,
    },
    /// Remove one of the user's articles (its key `id`, shown as `name`); refused like
    /// [`Command::Rename`] when another tab changed it meanwhile.
    Remove {
        #[serde(default)]
        id: u64,
        name: String,
    },
    /// Remove the user's articles with these keys: those the page showed when the user
    /// confirmed (not any another tab added since).
    RemoveMine { ids: Vec<u64> },
    /// Hide (or show again) the bundled articles.
    HideSeeds { hidden: bool },
    /// The full report, every pair included, as `parallax compare --json` prints it.
    ExportJson,
    /// The user's articles as a saved library (`docs/library-format.md`).
    SaveLibrary,
    /// The alignment of two of the articles shown (by name), at a strictness: the page shows
    /// one pair at a time and asks for it when it is opened.
    Pair {
        a: String,
        b: String,
        threshold: Option<f32>,
    },
}

/// Worker → page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// The worker is listening. Messages sent before it are held by the page until then (a
    /// worker's first messages would otherwise arrive while its wasm is still loading, and be
    /// lost).
    Ready,
    /// The articles now shown and the engine's report on them. `articles[i]` describes
    /// `report.documents[i]`.
    Update {
        report: Box<Report>,
        articles: Vec<ArticleMeta>,
        library: LibraryMeta,
    },
    /// Long work under way: `done` of `total` steps; `what` says which.
    Progress {
        done: usize,
        total: usize,
        what: String,
    },
    /// What the last command could not do, one message per file or problem, each naming it.
    Refused { messages: Vec<String> },
    /// What the last command did that the user should hear of (a library restored, and how
    /// many of its articles were here already).
    Notice { messages: Vec<String> },
    /// The JSON text asked for by [`Command::ExportJson`].
    Json { text: String },
    /// The saved library asked for by [`Command::SaveLibrary`].
    Backup { text: String },
    /// The pair asked for by [`Command::Pair`].
    Pair(Box<PairAnswer>),
    /// The worker failed (a bug): what it said.
    Failed { message: String },
}

/// Two articles aligned, as [`Command::Pair`] asked: the names and strictness it asked with,
/// the engine's alignment (its `a` and `b` index the worker's corpus; the page reads the
/// pair by name) and the passages the two share.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairAnswer {
    pub a: String,
    pub b: String,
    pub threshold: Option<f32>,
    pub pair: PairReport,
    pub passages: Vec<Passage>,
}

/// What the page shows beside one article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Added by the user (not bundled): can be renamed and removed.
    pub yours: bool,
    /// What the user should know about how the file was read (an encoding fallback).
    pub note: Option<String>,
    /// The key of the user's article (0 for bundled ones): commands name it with this, so
    /// they act on the article the page showed.
    #[serde(default)]
    pub id: u64,
    /// Whether the user set its language (the report's `language` is theirs, not detected).
    #[serde(default)]
    pub language_set: bool,
}

/// The state of the user's library.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryMeta {
    /// Number of bundled articles, shown or not.
    pub bundled: usize,
    /// Number of the user's articles.
    pub mine: usize,
    /// Whether the bundled articles are hidden.
    pub seeds_hidden: bool,
    /// Why the user's articles are not (all) kept in this browser, if they are not: storage
    /// unavailable or full, or stored records this version cannot read.
    pub storage: Vec<String>,
}

impl Command {
    /// The command as the JSON text that crosses to the worker.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a command's JSON text.
    pub fn from_json(text: &str) -> Result<Command, String> {
        serde_json::from_str(text).map_err(|e| format!("unreadable command: {e}"))
    }
}

impl Event {
    /// The event as the JSON text that crosses to the page.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads an event's JSON text.
    pub fn from_json(text: &str) -> Result<Event, String> {
        serde_json::from_str(text).map_err(|_| "the worker's answer could not be read".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_round_trip_through_json() {
        let commands = [
            Command::Start {
                seeds: r#"[["a","A\n\nText."]]"#.to_string(),
                threshold: Some(0.6),
            },
            Command::Analyze { threshold: None },
            Command::AddFiles {
                names: vec!["a.txt".into(), "b \"quoted\".md".into()],
            },
            Command::Paste {
                title: "Title".into(),
                text: "Body with <script> and \u{a0}.".into(),
            },
            Command::Rename {
                id: 3,
                name: "a".into(),
                to: "b".into(),
            },
            Command::Remove {
                id: 3,
                name: "a".into(),
            },
            Command::SetLanguage {
                id: 3,
                name: "a".into(),
                language: Some("de".into()),
            },
            Command::RemoveMine { ids: vec![3, 5] },
            Command::HideSeeds { hidden: true },
            Command::ExportJson,
            Command::SaveLibrary,
            Command::Pair {
                a: "x".into(),
                b: "y".into(),
                threshold: Some(0.5),
            },
        ];
        for command in commands {
            let json = command.to_json();
            assert_eq!(Command::from_json(&json), Ok(command), "{json}");
        }
    }

    #[test]
    fn commands_are_tagged_by_name() {
        assert_eq!(Command::ExportJson.to_json(), r#""export_json""#);
        assert_eq!(
            Command::HideSeeds { hidden: true }.to_json(),
            r#"{"hide_seeds":{"hidden":true}}"#
        );
        assert!(Command::from_json(r#""format_disk""#).is_err());
        assert_eq!(Event::Ready.to_json(), r#""ready""#);
    }
}
