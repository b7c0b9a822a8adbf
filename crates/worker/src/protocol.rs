//! What the page and the worker say to each other. Both sides compile these types; every
//! message travels as its JSON text: a command as a string (files beside it, as the
//! browser's `File` objects, which cross to the worker without being read on the page), an
//! event as the text's bytes ([`Event::to_bytes`]) with an update's matrix beside them
//! ([`Event::take_matrix`]). An update's documents cross before the rest of it, in parts
//! ([`Event::Documents`]) that the page reads one at a time ([`Arriving`]).
//!
//! Enums are externally tagged (`{"update":{…}}`, `"ready"`): serde reads those straight from
//! the text, where an internally tagged enum would first copy the whole message (a report of
//! megabytes) into an intermediate tree, and would compile the report's reader a second time.

use parallax_engine::matching::passages::Passage;
use parallax_engine::report::{DocumentReport, PairReport};
use parallax_engine::Report;
use serde::{Deserialize, Serialize};

/// Files in one [`Command::AddFiles`] message at most: the browser readies each file the
/// first time it crosses to the worker (about a tenth of a millisecond each, on the page's
/// thread), so a pick of a thousand crosses in parts, each in a task of its own.
pub const FILES_PER_MESSAGE: usize = 50;

/// About how many bytes of JSON text one part of an update's documents holds
/// ([`document_parts`]): the page reads each part in a task of its own (about 10 ms), the
/// first while the worker writes the next. (Read whole, the documents of a thousand
/// articles, 12 MB, held the page's thread for about 80 ms.)
pub const DOCUMENTS_PART_BYTES: usize = 1 << 20;

/// About how many bytes of JSON text a document's sentence takes
/// (`{"start":1520,"end":1641,"paragraph":9,"words":21,"cluster":803,"documents":2}`): with
/// its text, what [`document_parts`] counts a document as.
const SENTENCE_JSON_BYTES: usize = 80;

/// About how many bytes of JSON text a document takes besides its text, name, title and
/// sentences (the names of its fields, its language, counts, share, source).
const DOCUMENT_JSON_BYTES: usize = 250;

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
    /// saw them, for messages should a file not arrive). A large pick crosses in parts, one
    /// message each ([`FILES_PER_MESSAGE`]): `before` files of it came in the parts before,
    /// and it has `total` in all (0: this message is the whole pick). The worker stores what
    /// each part brings and sends one update, after the last part.
    AddFiles {
        names: Vec<String>,
        #[serde(default)]
        before: usize,
        #[serde(default)]
        total: usize,
    },
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
        /// The report only lists the articles (`parallax_engine::report::listing`): they are
        /// being compared, and the report on them follows.
        #[serde(default)]
        comparing: bool,
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
    /// Documents of the update that comes next, which crosses without them: a report's
    /// documents hold every article's text, and cross in parts ([`document_parts`]) so
    /// that the page reads them a part at a time, as they come ([`Arriving`]).
    Documents(Vec<DocumentReport>),
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
    /// Whether this is a part of a pick that more parts follow (see [`Command::AddFiles`]).
    pub fn more_files_follow(&self) -> bool {
        match self {
            Command::AddFiles {
                names,
                before,
                total,
            } => before + names.len() < *total,
            _ => false,
        }
    }

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

    /// The event as the UTF-8 bytes of its JSON text: how it crosses to the page, in an
    /// `ArrayBuffer` the worker hands over rather than copies. (A string would be copied by
    /// the browser and then converted from UTF-16 into the page's memory, on the page's main
    /// thread: a fifth of a second for a report on a thousand articles.)
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Reads an event from the bytes of its JSON text ([`Event::to_bytes`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Event, String> {
        // Read as text: one reader of the protocol's types in the page's wasm (a reader of
        // bytes would compile all of them a second time).
        let unreadable = || "the worker's answer could not be read".to_string();
        let text = std::str::from_utf8(bytes).map_err(|_| unreadable())?;
        serde_json::from_str(text).map_err(|_| unreadable())
    }

    /// Takes an update's documents out of it: they cross to the page before the rest, in
    /// parts ([`document_parts`]), so that no one task of the page's reads them all, and
    /// [`Arriving`] puts them back ([`Event::put_documents`]). Empty for every other event.
    pub fn take_documents(&mut self) -> Vec<DocumentReport> {
        match self {
            Event::Update { report, .. } => std::mem::take(&mut report.documents),
            _ => Vec::new(),
        }
    }

    /// Puts into an update the documents [`Event::take_documents`] took out (read back from
    /// their parts, in order), before any its report still holds (none, when it crossed in
    /// parts). Every other event is left as it is.
    pub fn put_documents(&mut self, mut documents: Vec<DocumentReport>) {
        if let Event::Update { report, .. } = self {
            documents.append(&mut report.documents);
            report.documents = documents;
        }
    }

    /// Takes an update's share matrix out of it, as one row-major list of numbers: it crosses
    /// to the page beside the JSON as a `Float32Array` ([`Event::put_matrix`] puts it back),
    /// since a million numbers as decimal text cost more to read than everything else in
    /// the report. `None` for every other event.
    pub fn take_matrix(&mut self) -> Option<Vec<f32>> {
        let Event::Update { report, .. } = self else {
            return None;
        };
        let matrix = std::mem::take(&mut report.matrix);
        Some(matrix.into_iter().flatten().collect())
    }

    /// Puts back into an update the matrix [`Event::take_matrix`] took out: `flat` holds its
    /// rows one after another, one row per document (so its documents go back first,
    /// [`Event::put_documents`]). An update whose report already has a matrix, or a `flat` of
    /// another size, is left as it is.
    pub fn put_matrix(&mut self, flat: &[f32]) {
        let Event::Update { report, .. } = self else {
            return;
        };
        let n = report.documents.len();
        if !report.matrix.is_empty() || n == 0 || flat.len() != n * n {
            return;
        }
        report.matrix = flat.chunks(n).map(<[f32]>::to_vec).collect();
    }
}

/// `documents` (an update's, [`Event::take_documents`]) in the parts that cross to the page
/// before the rest of it, in order: a part holds documents until their JSON text reaches
/// about `max_bytes` ([`DOCUMENTS_PART_BYTES`]; a document's size is estimated from its text
/// and sentences), so it holds at least one. A part is made when it is asked for, so the
/// worker can send one while it writes the next. No documents, no parts.
pub fn document_parts(
    mut documents: Vec<DocumentReport>,
    max_bytes: usize,
) -> impl Iterator<Item = Event> {
    std::iter::from_fn(move || {
        let mut bytes = 0;
        let last = documents.iter().position(|document| {
            bytes += json_size(document);
            bytes >= max_bytes
        });
        let rest = documents.split_off(last.map_or(documents.len(), |last| last + 1));
        let part = std::mem::replace(&mut documents, rest);
        (!part.is_empty()).then_some(Event::Documents(part))
    })
}

/// About how many bytes of JSON text `document` takes.
fn json_size(document: &DocumentReport) -> usize {
    let own = document.text.len() + document.name.len() + document.title.len();
    own + document.sentences.len() * SENTENCE_JSON_BYTES + DOCUMENT_JSON_BYTES
}

/// What the page has read of an update that crosses in parts: the documents of the parts
/// read so far ([`Event::Documents`]), each read as it comes, until the rest of their update.
#[derive(Debug, Default)]
pub struct Arriving {
    documents: Vec<DocumentReport>,
    /// Why a message could not be read, if the last one could not: the update that comes next
    /// may lack the documents it held, and fails with it.
    unreadable: Option<String>,
}

impl Arriving {
    /// Reads a message from the worker: the bytes of an event's JSON text
    /// ([`Event::to_bytes`]) and, for an update, its matrix ([`Event::take_matrix`]). Part of
    /// an update's documents waits here for the rest of it (`None`); any other event comes
    /// out whole, an update with the documents of the parts read before it (any other event
    /// drops them). What is read next belongs to the next event.
    pub fn read(&mut self, json: &[u8], matrix: Option<&[f32]>) -> Result<Option<Event>, String> {
        let event = Event::from_bytes(json).inspect_err(|why| {
            self.documents.clear();
            self.unreadable = Some(why.clone());
        })?;
        let mut event = match event {
            Event::Documents(mut documents) => {
                self.documents.append(&mut documents);
                return Ok(None);
            }
            event => event,
        };
        let Arriving {
            documents,
            unreadable,
        } = std::mem::take(self);
        if let (Some(why), Event::Update { .. }) = (unreadable, &event) {
            return Err(why);
        }
        event.put_documents(documents);
        if let Some(flat) = matrix {
            event.put_matrix(flat);
        }
        Ok(Some(event))
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
                before: 50,
                total: 120,
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

    /// A pick's parts say whether more follow; a message of an older page (no counts) is a
    /// whole pick.
    #[test]
    fn a_pick_in_parts_says_whether_more_follow() {
        let part = |before, n, total| Command::AddFiles {
            names: vec!["a.txt".to_string(); n],
            before,
            total,
        };
        assert!(part(0, 50, 120).more_files_follow());
        assert!(part(50, 50, 120).more_files_follow());
        assert!(!part(100, 20, 120).more_files_follow());
        assert!(!part(0, 3, 0).more_files_follow());
        let old = Command::from_json(r#"{"add_files":{"names":["a.txt"]}}"#).expect("read");
        assert_eq!(old, part(0, 1, 0));
        assert!(!old.more_files_follow());
        assert!(!Command::ExportJson.more_files_follow());
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
        assert_eq!(Event::from_bytes(b"\"ready\""), Ok(Event::Ready));
        assert!(Event::from_bytes(b"\xff").is_err());
    }

    /// A report on a few short articles, with a matrix and shared sentences.
    fn update() -> Event {
        use parallax_engine::{analyze, Config, Corpus, Document};
        let corpus = Corpus::from_documents([
            Document::parse(
                "a",
                "Leaders met in Moscow on Tuesday. They spoke for hours.",
            ),
            Document::parse(
                "b",
                "Leaders met in Moscow on Tuesday. Reporters waited outside.",
            ),
            Document::parse("c", "A storm hit the coast."),
            Document::parse(
                "d",
                "Officials said \"the talks went well\", with 3 \u{e9}l\u{e8}ves.\n\nMore later.",
            ),
            Document::parse("e", "A storm hit the coast on Monday."),
        ]);
        Event::Update {
            report: Box::new(analyze(&corpus, &Config::default())),
            articles: vec![ArticleMeta::default(); 5],
            library: LibraryMeta::default(),
            comparing: false,
        }
    }

    /// What crosses for `event`, as the worker sends it: the messages of its documents'
    /// parts of about `max_bytes`, then its own, each the bytes of its JSON text and its
    /// matrix, if any.
    fn crossing(mut event: Event, max_bytes: usize) -> Vec<(Vec<u8>, Option<Vec<f32>>)> {
        let parts = document_parts(event.take_documents(), max_bytes);
        let mut messages: Vec<_> = parts.map(|part| (part.to_bytes(), None)).collect();
        let matrix = event.take_matrix();
        messages.push((event.to_bytes(), matrix));
        messages
    }

    /// The events the page reads from `messages`, in order.
    fn arrive(arriving: &mut Arriving, messages: &[(Vec<u8>, Option<Vec<f32>>)]) -> Vec<Event> {
        let read = messages
            .iter()
            .map(|(json, matrix)| arriving.read(json, matrix.as_deref()));
        read.filter_map(|event| event.expect("read")).collect()
    }

    /// The names of an update's documents, in order.
    fn names(event: &Event) -> Vec<String> {
        match event {
            Event::Update { report, .. } => {
                report.documents.iter().map(|d| d.name.clone()).collect()
            }
            _ => Vec::new(),
        }
    }

    /// An update crosses as its documents in parts, then the rest of it with its matrix
    /// beside it, and arrives whole and in order, whatever the size of the parts.
    #[test]
    fn an_update_crosses_in_parts_and_arrives_whole() {
        let sent = update();
        for (max_bytes, parts) in [(0, 5), (1, 5), (600, 3), (DOCUMENTS_PART_BYTES, 1)] {
            let messages = crossing(sent.clone(), max_bytes);
            assert_eq!(messages.len(), parts + 1, "parts of {max_bytes} bytes");
            let (rest, matrix) = messages.last().expect("the update");
            assert_eq!(matrix.as_ref().map(Vec::len), Some(25));
            let emptied = b"\"documents\":[]";
            assert!(rest.windows(emptied.len()).any(|w| w == emptied));
            let arrived = arrive(&mut Arriving::default(), &messages);
            assert_eq!(
                arrived,
                std::slice::from_ref(&sent),
                "parts of {max_bytes} bytes"
            );
            assert_eq!(names(&arrived[0]), ["a", "b", "c", "d", "e"]);
        }
    }

    /// A part holds documents until their estimated size reaches its bound: at least one, at
    /// most one past it; the estimate is near the size of the text written.
    #[test]
    fn parts_are_bounded_by_bytes() {
        let documents = update().take_documents();
        for document in &documents {
            let (estimate, written) = (
                json_size(document),
                Event::Documents(vec![document.clone()]).to_bytes().len(),
            );
            assert!(
                estimate > written / 2 && estimate < written * 2,
                "{estimate} for {written}"
            );
        }
        let sizes: Vec<usize> = documents.iter().map(json_size).collect();
        let max_bytes = sizes[0] + sizes[1];
        let parts: Vec<Event> = document_parts(documents.clone(), max_bytes).collect();
        let mut held = Vec::new();
        for part in parts {
            let Event::Documents(part) = part else {
                panic!("a part is documents");
            };
            assert!(!part.is_empty());
            let bytes: Vec<usize> = part.iter().map(json_size).collect();
            let before_last: usize = bytes[..bytes.len() - 1].iter().sum();
            assert!(before_last < max_bytes, "{bytes:?}");
            held.extend(part);
        }
        assert_eq!(held, documents);
        assert_eq!(
            document_parts(documents.clone(), 0).count(),
            documents.len()
        );
        assert_eq!(document_parts(documents, usize::MAX).count(), 1);
    }

    /// No documents, no parts; an event other than an update has none, and takes none back.
    #[test]
    fn empty_documents_and_other_events() {
        let mut empty = update();
        if let Event::Update { report, .. } = &mut empty {
            report.documents.clear();
            report.matrix.clear();
        }
        let messages = crossing(empty.clone(), DOCUMENTS_PART_BYTES);
        assert_eq!(messages.len(), 1);
        assert_eq!(arrive(&mut Arriving::default(), &messages), [empty]);
        assert_eq!(crossing(Event::Ready, 0), [(b"\"ready\"".to_vec(), None)]);
        let mut ready = Event::Ready;
        assert!(ready.take_documents().is_empty());
        ready.put_documents(update().take_documents());
        assert_eq!(ready, Event::Ready);
    }

    /// Events arrive in the order they were sent; documents belong to the update that follows
    /// them, after any it still holds none; an event between drops them.
    #[test]
    fn parts_belong_to_the_next_event() {
        let progress = Event::Progress {
            done: 1,
            total: 2,
            what: "Comparing".into(),
        };
        let mut messages = crossing(progress.clone(), 0);
        messages.extend(crossing(update(), 0));
        messages.extend(crossing(Event::Ready, 0));
        messages.extend(crossing(update(), 300));
        let mut arriving = Arriving::default();
        let arrived = arrive(&mut arriving, &messages);
        assert_eq!(
            arrived,
            [progress.clone(), update(), Event::Ready, update()]
        );
        // Documents still in the update's JSON come after those of its parts.
        let mut sent = update();
        let mut documents = sent.take_documents();
        sent.put_documents(documents.split_off(2));
        let mut messages = crossing(Event::Documents(documents), 0);
        messages.extend(crossing(sent, usize::MAX));
        assert_eq!(arrive(&mut arriving, &messages), [update()]);
        // Parts before an event that is not an update are dropped with it.
        let mut messages = crossing(update(), 0);
        messages.remove(5);
        messages.extend(crossing(progress.clone(), 0));
        messages.extend(crossing(update(), usize::MAX));
        assert_eq!(arrive(&mut arriving, &messages), [progress, update()]);
    }

    /// A message that cannot be read fails, and so does the update after it, which may lack
    /// documents; the one after that arrives whole.
    #[test]
    fn an_unreadable_part_fails_its_update() {
        let mut arriving = Arriving::default();
        let messages = crossing(update(), 0);
        for broken in [&b"\xff"[..], b"{\"documents\":[{\"name\":", b"{}"] {
            assert!(arriving.read(&messages[0].0, None).expect("read").is_none());
            assert!(arriving.read(broken, None).is_err());
            for (json, matrix) in &messages[1..5] {
                assert!(arriving
                    .read(json, matrix.as_deref())
                    .expect("read")
                    .is_none());
            }
            let (json, matrix) = &messages[5];
            assert!(arriving.read(json, matrix.as_deref()).is_err());
            assert_eq!(arrive(&mut arriving, &messages), [update()]);
        }
        // Another event clears it.
        assert!(arriving.read(b"{}", None).is_err());
        assert_eq!(arriving.read(b"\"ready\"", None), Ok(Some(Event::Ready)));
        assert_eq!(arrive(&mut arriving, &messages), [update()]);
    }

    /// An update crosses as JSON bytes and its matrix beside them, and arrives whole.
    #[test]
    fn an_update_crosses_with_its_matrix_beside_it() {
        let sent = update();
        let mut crossing = sent.clone();
        let flat = crossing.take_matrix().expect("an update has a matrix");
        assert_eq!(flat.len(), 25);
        let bytes = crossing.to_bytes();
        let mut arrived = Event::from_bytes(&bytes).expect("read");
        arrived.put_matrix(&flat);
        assert_eq!(arrived, sent);
        // Other events have none; a matrix of the wrong size is not put in.
        assert_eq!(Event::Ready.take_matrix(), None);
        let mut short = Event::from_bytes(&bytes).expect("read");
        short.put_matrix(&flat[..4]);
        assert_eq!(short, Event::from_bytes(&bytes).expect("read"));
    }
}
