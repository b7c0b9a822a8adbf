//! The app's shared state: the location (URL), and what the worker last said: the engine's
//! report on the articles shown, which of them are the user's, and how the user's library
//! stands. Everything else is derived from these in the views.
//!
//! The corpus and the analysis live in the worker ([`crate::worker`]); the page holds the
//! report, and the one pair it shows, which it asks the worker for when it is opened: the
//! engine's sentence rules, word tables and alignment stay out of the page.

use std::sync::Arc;

use leptos::prelude::*;
use parallax_engine::report::{PairReport, REPORT_VERSION};
use parallax_engine::{Config, Report};
use parallax_worker::library::clean_name;
use parallax_worker::protocol::{ArticleMeta, Command, Event, LibraryMeta, PairAnswer};

use crate::route::{go, use_location, History, Location, Route};
use crate::worker::Worker;

/// Work under way in the worker, and what it last refused or failed at.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Work {
    /// `(done, total, what)` of long work under way.
    pub progress: Option<(usize, usize, String)>,
    /// What the last command could not do.
    pub refused: Vec<String>,
    /// What the last command did that the user should hear of (a library restored).
    pub notices: Vec<String>,
    /// The worker stopped or could not start: why.
    pub failed: Option<String>,
    /// The outcome of the last JSON download.
    pub saved_json: Option<Result<String, String>>,
    /// The outcome of the last "Save my library".
    pub saved_library: Option<Result<String, String>>,
    /// A rename sent and not yet answered: `(from, to)`. When the answer has the new name,
    /// a view of the old one moves to it.
    pub renaming: Option<(String, String)>,
}

/// Shared state, provided as context by [`crate::App`].
#[derive(Clone, Copy)]
pub struct AppState {
    /// Where the user is (parsed from the URL hash). Move with [`AppState::go`].
    pub location: RwSignal<Location>,
    /// The engine's settings for the current location.
    pub config: Memo<Config>,
    /// The engine's report on the articles shown (empty until the worker's first answer).
    pub report: RwSignal<Arc<Report>>,
    /// `articles[i]` describes `report.documents[i]`: the user's or bundled, and any note.
    pub articles: RwSignal<Arc<Vec<ArticleMeta>>>,
    /// The user's library: counts, bundled articles hidden, storage problems.
    pub library: RwSignal<LibraryMeta>,
    /// Whether the worker has answered once (the first view waits for it).
    pub ready: RwSignal<bool>,
    /// Whether the report only lists the articles while the worker compares them (a large
    /// collection: the report on them follows).
    pub comparing: RwSignal<bool>,
    /// Work under way, refusals and failures.
    pub work: RwSignal<Work>,
    /// Whether the browser keeps this site's storage until the user clears it (`None`: it
    /// cannot say, or has not said yet).
    pub persisted: RwSignal<Option<bool>>,
    worker: StoredValue<Option<Worker>, LocalStorage>,
    /// The pair the worker last aligned for the page.
    pair_answer: RwSignal<Option<Arc<PairAnswer>>>,
    /// The pair last asked for, so each is asked once.
    asked: StoredValue<Option<PairKey>, LocalStorage>,
    /// Without a worker (the browser tests): aligns a pair in the page.
    aligner: StoredValue<Option<Aligner>, LocalStorage>,
}

/// Which pair, at which strictness: the two names and the URL's threshold (as bits).
pub type PairKey = (String, String, Option<u32>);

/// Aligns documents `a` and `b` of a report in the page (for the browser tests, which run
/// without a worker).
pub type Aligner = Box<dyn Fn(&Report, usize, usize, Option<f32>) -> PairAnswer>;

impl AppState {
    /// The state of the running app: starts the worker with the bundled articles and follows
    /// the URL hash; the strictness in the URL is sent to the worker whenever it changes.
    pub fn new(seeds: String) -> AppState {
        let state = AppState::empty();
        // A visitor with no articles of their own sees the bundled ones at once, from the
        // report made at build time; the worker's first answer (the same report) follows.
        if state.location.get_untracked().threshold.is_none() && !has_own_articles() {
            let report = crate::seeds::bundled_report()
                .and_then(|json| serde_json::from_str::<Report>(&json).ok());
            if let Some(report) = report {
                state.show_bundled(report);
            }
        }
        match Worker::start(move |event| state.receive(event)) {
            Ok(worker) => {
                let threshold = state.location.get_untracked().threshold;
                worker.send(&Command::Start { seeds, threshold }, None);
                state.worker.set_value(Some(worker));
            }
            Err(why) => state.work.update(|w| w.failed = Some(why)),
        }
        leptos::task::spawn_local(async move {
            state.persisted.set(crate::storage::persisted().await);
        });
        let threshold = Memo::new(move |_| state.location.get().threshold.map(f32::to_bits));
        Effect::new(move |previous: Option<Option<u32>>| {
            let now = threshold.get();
            if previous.is_some_and(|p| p != now) {
                state.send(&Command::Analyze {
                    threshold: now.map(f32::from_bits),
                });
            }
            now
        });
        state
    }

    /// A state showing `report` as it is, with no worker (the browser tests).
    pub fn from_report(report: Report) -> AppState {
        let state = AppState::empty();
        state.show_bundled(report);
        state
    }

    /// Shows `report`, taken to be on bundled articles only.
    fn show_bundled(&self, report: Report) {
        let bundled = report.documents.len();
        self.receive(Event::Update {
            report: Box::new(report),
            articles: vec![ArticleMeta::default(); bundled],
            library: LibraryMeta {
                bundled,
                ..LibraryMeta::default()
            },
            comparing: false,
        });
    }

    fn empty() -> AppState {
        let location = use_location();
        let config = Memo::new(move |_| Config::corpus_wide(location.get().threshold));
        AppState {
            location,
            config,
            report: RwSignal::new(Arc::new(empty_report())),
            articles: RwSignal::new(Arc::new(Vec::new())),
            library: RwSignal::new(LibraryMeta::default()),
            ready: RwSignal::new(false),
            comparing: RwSignal::new(false),
            work: RwSignal::new(Work::default()),
            persisted: RwSignal::new(None),
            worker: StoredValue::new_local(None),
            pair_answer: RwSignal::new(None),
            asked: StoredValue::new_local(None),
            aligner: StoredValue::new_local(None),
        }
    }

    /// The state provided by [`crate::App`].
    pub fn expect() -> AppState {
        expect_context::<AppState>()
    }

    /// Sends a command to the worker, with files if it carries any.
    pub fn send(&self, command: &Command) {
        self.send_files(command, None);
    }

    /// Sends a command and the files it names.
    pub fn send_files(&self, command: &Command, files: Option<&web_sys::js_sys::Array>) {
        self.worker.with_value(|w| {
            if let Some(worker) = w {
                worker.send(command, files);
            }
        });
    }

    /// Takes in what the worker says.
    fn receive(&self, event: Event) {
        match event {
            Event::Update {
                report,
                articles,
                library,
                comparing,
            } => {
                // A rename went through when the old name is gone and the new one is there (a
                // refused one leaves both as they were).
                let has = |name: &str| report.documents.iter().any(|d| d.name == name);
                let renamed = self
                    .work
                    .with_untracked(|w| w.renaming.clone())
                    .filter(|(from, to)| !has(from) && has(to));
                self.report.set(Arc::new(*report));
                self.articles.set(Arc::new(articles));
                if let Some((from, to)) = renamed {
                    self.follow_rename(&from, &to);
                }
                remember_own_articles(library.mine > 0 || library.seeds_hidden);
                self.library.set(library);
                self.comparing.set(comparing);
                // Set once: setting it again would notify, and mount the whole view anew.
                if !self.ready.get_untracked() {
                    self.ready.set(true);
                }
                self.work.update(|w| {
                    w.progress = None;
                    w.renaming = None;
                });
            }
            Event::Progress { done, total, what } => self.work.update(|w| {
                w.progress = Some((done, total, what));
                w.refused.clear();
                w.notices.clear();
            }),
            Event::Refused { messages } => self.work.update(|w| w.refused = messages),
            Event::Notice { messages } => self.work.update(|w| w.notices = messages),
            Event::Json { text } => {
                let saved =
                    crate::download::save("parallax-report.json", "application/json", &text);
                self.work.update(|w| w.saved_json = Some(saved));
            }
            Event::Backup { text } => {
                let name = format!("parallax-library-{}.json", today());
                let saved = crate::download::save(&name, "application/json", &text);
                self.work.update(|w| w.saved_library = Some(saved));
            }
            Event::Pair(answer) => self.pair_answer.set(Some(Arc::from(answer))),
            Event::Failed { message } => self.work.update(|w| w.failed = Some(message)),
            // Handled by `Worker` (`Documents`: read into the update they come before).
            Event::Ready | Event::Documents(_) => {}
        }
    }

    /// Notes that the visitor has articles of their own, and asks the browser to keep this
    /// site's storage until the user clears it, unless it does already: called when the user
    /// adds articles, so an eviction under storage pressure
    /// cannot silently empty the library.
    pub fn ask_to_keep(&self) {
        // A reload while they are read waits for the worker's restored library rather than
        // showing the bundled articles alone first.
        remember_own_articles(true);
        if self.persisted.get_untracked() == Some(true) {
            return;
        }
        let persisted = self.persisted;
        leptos::task::spawn_local(async move {
            if let Some(kept) = crate::storage::persist().await {
                persisted.set(Some(kept));
            }
        });
    }

    /// Asks the worker to rename the user's article `id`, shown as `from`, to `to`.
    pub fn rename(&self, id: u64, from: String, to: String) {
        self.send(&Command::Rename {
            id,
            name: from.clone(),
            to: to.clone(),
        });
        // The name the worker will give it.
        self.work
            .update(|w| w.renaming = Some((from, clean_name(&to))));
    }

    /// After a rename, a view of the article under its old name shows it under the new one.
    fn follow_rename(&self, from: &str, to: &str) {
        let location = self.location.get_untracked();
        if let Route::Article { name, sentence } = &location.route {
            if name == from {
                let route = Route::Article {
                    name: to.to_string(),
                    sentence: *sentence,
                };
                self.go(location.with_route(route), History::Replace);
            }
        }
    }

    /// Moves to another location (URL and state together).
    pub fn go(&self, to: Location, history: History) {
        go(self.location, to, history);
    }

    /// Index of the document called `name` in the current report.
    pub fn document_index(&self, name: &str) -> Option<usize> {
        self.report
            .with(|r| r.documents.iter().position(|d| d.name == name))
    }

    /// Which pair the page shows for documents `a` and `b` at the URL's strictness; `None`
    /// when the report has no such documents.
    pub fn pair_key(&self, a: usize, b: usize) -> Option<PairKey> {
        let threshold = self.location.with(|l| l.threshold.map(f32::to_bits));
        self.report.with(|r| {
            Some((
                r.documents.get(a)?.name.clone(),
                r.documents.get(b)?.name.clone(),
                threshold,
            ))
        })
    }

    /// Asks for the pair `key` unless it was the last asked for (the worker answers with
    /// [`Event::Pair`]; without a worker, the page's aligner makes it).
    pub fn request_pair(&self, key: PairKey) {
        if self.asked.with_value(|k| k.as_ref() == Some(&key)) {
            return;
        }
        self.asked.set_value(Some(key.clone()));
        let (a, b, threshold) = key;
        let threshold = threshold.map(f32::from_bits);
        let local = self.aligner.with_value(|aligner| {
            aligner.as_ref().and_then(|align| {
                self.report.with_untracked(|r| {
                    let index = |name: &str| r.documents.iter().position(|d| d.name == name);
                    Some(align(r, index(&a)?, index(&b)?, threshold))
                })
            })
        });
        match local {
            Some(answer) => self.pair_answer.set(Some(Arc::new(answer))),
            None => self.send(&Command::Pair { a, b, threshold }),
        }
    }

    /// The alignment of documents `a` and `b` (in that order) and the passages they share, as
    /// the worker sent it for `key`, and whether it is for `key`'s strictness: while the
    /// worker aligns the pair at a new strictness, the one at the last keeps showing. `None`
    /// until the worker has aligned these two at all.
    pub fn pair_for(
        &self,
        key: &PairKey,
        a: usize,
        b: usize,
    ) -> Option<(PairReport, Arc<PairAnswer>, bool)> {
        let answer = self.pair_answer.get()?;
        if answer.a != key.0 || answer.b != key.1 {
            return None;
        }
        let fresh = answer.threshold.map(f32::to_bits) == key.2;
        let mut pair = answer.pair.clone();
        (pair.a, pair.b) = (a, b);
        Some((pair, answer, fresh))
    }

    /// Makes pairs in the page with `aligner` rather than asking a worker (the browser tests).
    pub fn align_in_page(&self, aligner: Aligner) {
        self.aligner.set_value(Some(aligner));
    }

    /// The keys of the user's articles the page shows now.
    pub fn my_article_ids(&self) -> Vec<u64> {
        self.articles.with_untracked(|a| {
            a.iter()
                .filter(|meta| meta.yours)
                .map(|meta| meta.id)
                .collect()
        })
    }

    /// What the page shows beside document `index`: the user's or bundled, and any note.
    pub fn article_meta(&self, index: usize) -> ArticleMeta {
        self.articles
            .with(|a| a.get(index).cloned().unwrap_or_default())
    }
}

/// The `localStorage` key saying the visitor has articles of their own (or hid the bundled
/// ones), so the first view waits for the worker to restore them.
const OWN_ARTICLES_KEY: &str = "parallax-own-articles";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Whether the visitor had articles of their own (or hid the bundled ones) when last here.
/// Without `localStorage` (private mode), nothing is stored either: no.
fn has_own_articles() -> bool {
    local_storage().is_some_and(|s| s.get_item(OWN_ARTICLES_KEY).ok().flatten().is_some())
}

fn remember_own_articles(own: bool) {
    if let Some(storage) = local_storage() {
        let _ = if own {
            storage.set_item(OWN_ARTICLES_KEY, "1")
        } else {
            storage.remove_item(OWN_ARTICLES_KEY)
        };
    }
}

/// Today's date as `YYYY-MM-DD` (the browser's clock, UTC), for file names.
fn today() -> String {
    let iso: String = web_sys::js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// A report on no articles: what the views hold until the worker's first answer.
fn empty_report() -> Report {
    Report {
        version: REPORT_VERSION,
        config: Config::default(),
        documents: Vec::new(),
        pairs: Vec::new(),
        pairs_complete: true,
        passages: Vec::new(),
        clusters: Vec::new(),
        matrix: Vec::new(),
        matrix_complete: true,
        quotes: Vec::new(),
        discrepancies: Vec::new(),
    }
}
