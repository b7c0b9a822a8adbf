//! The Web Worker: a thin shell over [`Library`] and the engine. It takes the page's commands
//! one at a time (in the order they came), reads dropped and picked files, keeps the user's
//! articles in IndexedDB, and answers with the engine's report. Nothing here compares text.
//!
//! **One library per browser profile, whatever the tabs.** Each tab has its own worker, and
//! all of them share one IndexedDB database. Every change is one read-write transaction over
//! the articles and the settings: it reads the library's version (a counter every write
//! raises), and when another tab wrote since, every record, so the library is brought up to
//! date ([`Library::sync`]) before the change is decided (a new key after every key stored, a
//! name no stored article has); then it writes only the records it changes (a new article
//! with `add`, which never replaces a record), raises the version and commits. IndexedDB runs
//! read-write transactions over the same stores one after another, so changes from several
//! tabs at once all land. A `BroadcastChannel` then tells the other tabs' workers, which read
//! what changed and send their page an update.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use js_sys::{Array, Reflect, Uint8Array};
use parallax_engine::report::to_json;
use parallax_engine::{analyze, Config};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{BroadcastChannel, DedicatedWorkerGlobalScope, File, MessageEvent};

use crate::library::{Added, Incoming, Library};
use crate::protocol::{document_parts, Command, Event, PairAnswer, DOCUMENTS_PART_BYTES};
use crate::readers::Readers;

/// The IndexedDB database, its edition, and its stores.
const DATABASE: &str = "parallax";
const DATABASE_VERSION: u32 = 1;
const ARTICLES: &str = "articles";
const SETTINGS: &str = "settings";
/// The settings key of "bundled articles hidden".
const SEEDS_HIDDEN: &str = "seeds_hidden";
/// The settings key of the library's version: raised by every write, from any tab.
const LIBRARY_VERSION: &str = "library_version";
/// The settings key of the last analysis sent to the page when the user had articles: what
/// crossed, in one object (`{key, json, matrix, documents}`, `documents` the list of the
/// parts that crossed before the rest, see [`send`]), `key` naming what it was made from
/// ([`State::analysis_key`]). A reload of the same library sends it at once, before the
/// engine has prepared a single article, and the fresh analysis follows.
const LAST_ANALYSIS: &str = "last_analysis";
/// The channel on which workers of the same profile say that they wrote.
const CHANNEL: &str = "parallax-library";

/// Files whose reading is under way ahead of the one being added: each read is a round trip
/// to the browser, and the next ones are read while this one is prepared.
const READ_AHEAD: usize = 16;
/// How often the page hears how far a pick of files got, at most (ms).
const PROGRESS_EVERY_MS: f64 = 100.0;
/// Articles waiting to be prepared from which the page is sent their listing first, and the
/// report after, made a slice at a time between commands: a thousand articles take seconds
/// to compare, and a paste or a reload in the meantime need not wait for them.
const LIST_FIRST_FROM: usize = 200;
/// How long the worker prepares and matches articles before it looks for commands (ms).
const ANALYSIS_SLICE_MS: f64 = 50.0;
/// Articles prepared and matched in one step of a slice.
const PREPARE_STEP: usize = 4;

/// What the page is told when the browser keeps nothing (private browsing, storage off).
const NO_STORAGE: &str = "This browser does not let Parallax keep articles (private browsing, or \
                          storage turned off): the articles you add work until you close this tab.";

/// Work for the worker, in the order it came.
enum Job {
    /// A message from the page.
    Message(JsValue),
    /// Another tab changed the library: read what changed.
    Sync,
}

thread_local! {
    /// Where this worker tells the others that it wrote (`None` without `BroadcastChannel`).
    static OTHERS: Option<BroadcastChannel> = BroadcastChannel::new(CHANNEL).ok();
}

/// Starts the worker: from now on every message is a command.
pub fn run() {
    std::panic::set_hook(Box::new(|info| {
        post(Event::Failed {
            message: info.to_string(),
        })
    }));
    let queue: Rc<RefCell<VecDeque<Job>>> = Rc::default();
    let busy = Rc::new(Cell::new(false));
    let state: Rc<RefCell<Option<State>>> = Rc::default();
    let enqueue = Rc::new(move |job: Job| {
        {
            let mut queue = queue.borrow_mut();
            // One sync waiting is enough: it reads everything that changed.
            if !(matches!(job, Job::Sync) && matches!(queue.back(), Some(Job::Sync))) {
                queue.push_back(job);
            }
        }
        if !busy.replace(true) {
            spawn_local(drain(queue.clone(), busy.clone(), state.clone()));
        }
    });
    let from_page = enqueue.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        from_page(Job::Message(event.data()));
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_other = Closure::<dyn FnMut(MessageEvent)>::new(move |_: MessageEvent| {
        enqueue(Job::Sync);
    });
    OTHERS.with(|channel| {
        if let Some(channel) = channel {
            channel.set_onmessage(Some(on_other.as_ref().unchecked_ref()));
        }
    });
    on_other.forget();
    post(Event::Ready);
}

/// Does queued jobs one after another until none is left.
async fn drain(
    queue: Rc<RefCell<VecDeque<Job>>>,
    busy: Rc<Cell<bool>>,
    state: Rc<RefCell<Option<State>>>,
) {
    loop {
        let next = queue.borrow_mut().pop_front();
        // Taken out while it works, so no borrow lives across an `await`.
        let current = state.borrow_mut().take();
        let Some(job) = next else {
            // Nothing asked: the report the page waits for, a slice at a time, with what
            // arrives meanwhile taken first.
            match current {
                Some(mut working) if working.analysing => {
                    working.analyse_some();
                    *state.borrow_mut() = Some(working);
                    next_task().await;
                    continue;
                }
                idle => {
                    *state.borrow_mut() = idle;
                    break;
                }
            }
        };
        let after = match job {
            Job::Message(message) => handle(current, message).await,
            Job::Sync => match current {
                Some(mut state) => {
                    if state.sync().await {
                        state.send_update();
                    }
                    Some(state)
                }
                // Not started yet: the start reads everything anyway.
                None => None,
            },
        };
        *state.borrow_mut() = after;
    }
    busy.set(false);
}

/// The worker's state once started.
struct State {
    library: Library,
    threshold: Option<f32>,
    /// `None` when this browser keeps nothing.
    store: Option<Store>,
    /// The library's version this worker last read or wrote; another one in storage means
    /// another tab wrote since.
    seen: Option<f64>,
    /// The file readers, once the first file needed them.
    readers: Option<Readers>,
    /// A hash of the bundled articles' data block: part of what an analysis was made from.
    seeds_hash: u64,
    /// What the analysis storage keeps was made from ([`State::analysis_key`]), when this
    /// worker wrote or read it.
    kept: Option<String>,
    /// The pick whose files are being added, while one is (see [`Pick`]).
    pick: Option<Pick>,
    /// Whether the page was shown a listing and waits for the report ([`State::send_update`]).
    analysing: bool,
}

/// A pick of files under way, across the messages it crosses in: its articles are stored in
/// batches while the next files are read and prepared ([`State::store_read`]).
struct Pick {
    /// The write of the last batch, while the browser commits it.
    storing: Option<Storing>,
    /// The smallest key of the articles this pick added and has not tried to store yet.
    unwritten_from: u64,
    /// Files of the pick whose articles are stored (or read, without storage).
    safe: usize,
    /// Files of the pick read so far, and their number in all.
    read: usize,
    total: usize,
    /// The key after each file's last article, in the order read: which files a stored batch
    /// completes.
    ends: VecDeque<u64>,
    /// What the pick could not add, and what it did that the user should hear of, said once
    /// after its last part.
    refused: Vec<String>,
    notices: Vec<String>,
    /// When the page was last told how far the pick got (ms since the epoch).
    told: f64,
}

/// A transaction's commit: done when the browser has written it, or could not.
type Commit = Pin<Box<dyn Future<Output = Result<(), String>>>>;

/// A batch of articles the browser is committing.
struct Storing {
    /// The library's version its transaction raises to.
    version: f64,
    /// What it writes (new articles).
    writes: Vec<Write>,
    /// The key after the last article it writes.
    end: u64,
    /// Its commit, polled as the pick goes on and awaited at its end.
    commit: Commit,
}

/// A record to write in a change.
enum Write {
    /// A new article's record: added, never replacing one.
    New(u64),
    /// An article's record again (renamed, its language set).
    Put(u64),
    /// An article's record removed.
    Delete(u64),
    /// Whether the bundled articles are hidden.
    SeedsHidden(bool),
}

impl State {
    /// The page's next state, at the settings its views work at (pairs are aligned on demand,
    /// so none here).
    fn update(&mut self) -> Event {
        self.library.update(&Config::corpus_wide(self.threshold))
    }

    /// Sends the page its next state: the report, or, while many articles wait to be
    /// prepared, their listing first (the report then follows from [`State::analyse_some`],
    /// between commands).
    fn send_update(&mut self) {
        let waiting = self.library.unprepared();
        if waiting < LIST_FIRST_FROM {
            self.analysing = false;
            let update = self.update();
            self.post_update(update);
            return;
        }
        self.analysing = true;
        post(self.library.listing(&Config::corpus_wide(self.threshold)));
        self.tell_comparing((0, 0));
    }

    /// Tells the page that the articles shown are being compared, `done` of `total` steps
    /// (`(0, 0)` while a listing waits for its report: no count of steps, and said once,
    /// since each progress the page hears also clears what the last command refused or did).
    fn tell_comparing(&self, (done, total): (usize, usize)) {
        post(Event::Progress {
            done,
            total,
            what: format!("Comparing {} articles", self.library.shown().count()),
        });
    }

    /// Prepares and matches the next articles for about [`ANALYSIS_SLICE_MS`], and sends the
    /// report once every article is.
    fn analyse_some(&mut self) {
        let config = Config::corpus_wide(self.threshold);
        let started = js_sys::Date::now();
        while js_sys::Date::now() - started < ANALYSIS_SLICE_MS {
            if !self.library.prepare_some(PREPARE_STEP, &config) {
                self.send_update();
                return;
            }
        }
    }

    /// Sends an update, and then keeps it as the last analysis when the library has articles
    /// of the user's, storage holds them, and what storage keeps was made from something else
    /// (see [`LAST_ANALYSIS`]).
    fn post_update(&mut self, update: Event) {
        let key = self
            .analysis_key()
            .filter(|key| self.kept.as_ref() != Some(key));
        // The buffers are handed to the page, so what is kept is a copy; the write (and the
        // browser's copy of it) comes after the page has its update.
        let copy = send(update, key.is_some());
        if let (Some(store), Some(key), Some(copy)) = (&self.store, key, copy) {
            let _ = Reflect::set(&copy, &"key".into(), &key.as_str().into());
            // A failed write only costs the next reload its head start.
            store.keep(LAST_ANALYSIS, &copy);
            self.kept = Some(key);
        }
    }

    /// What the analysis now sent is made from: the bundled articles, the stored library's
    /// version and the strictness; `None` when it is not worth keeping (none of the user's
    /// articles) or not all of the library is stored.
    fn analysis_key(&self) -> Option<String> {
        let mine = self.library.mine();
        if mine.is_empty() || mine.iter().any(|a| !a.stored) {
            return None;
        }
        // The version is a whole number (a counter); formatted as one, since formatting a
        // float would bring 11 KB of code into the wasm.
        let version = self.seen? as u64;
        let threshold = self.threshold.map(f32::to_bits);
        Some(format!("{:x}:{version}:{threshold:?}", self.seeds_hash))
    }

    /// Sends the last analysis kept, if it was made from what is here now; whether it did.
    async fn post_last_analysis(&mut self) -> bool {
        let (Some(store), Some(key)) = (&self.store, self.analysis_key()) else {
            return false;
        };
        let Some(kept) = store.read(LAST_ANALYSIS).await else {
            return false;
        };
        let same = Reflect::get(&kept, &"key".into())
            .ok()
            .and_then(|k| k.as_string())
            .is_some_and(|k| k == key);
        let json = Reflect::get(&kept, &"json".into());
        if !same || !json.is_ok_and(|j| j.is_instance_of::<Uint8Array>()) {
            return false;
        }
        // Its documents cross first, a part a message, as when it was sent ([`send`]).
        let parts = Reflect::get(&kept, &"documents".into()).and_then(|p| p.dyn_into::<Array>());
        if let Ok(parts) = parts {
            for part in parts.iter() {
                post_message(&part, true);
            }
            let _ = Reflect::delete_property(
                kept.unchecked_ref::<js_sys::Object>(),
                &"documents".into(),
            );
        }
        let posted = post_message(&kept, true);
        if posted {
            self.kept = Some(key);
        }
        posted
    }

    /// Reads what other tabs wrote since this worker last looked; whether anything changed.
    async fn sync(&mut self) -> bool {
        // A batch of a pick being committed is taken in first: its articles are this tab's.
        self.finish_storing().await;
        let Some(store) = &self.store else {
            return false;
        };
        match store.snapshot(self.seen).await {
            Ok(Some(snapshot)) => self.absorb(snapshot),
            Ok(None) => false,
            Err(problem) => {
                self.library.set_storage_problem(Some(problem));
                true
            }
        }
    }

    /// Takes in what storage holds; whether anything changed.
    fn absorb(&mut self, snapshot: Snapshot) -> bool {
        self.seen = Some(snapshot.version);
        let articles = self.library.sync(&snapshot.records);
        let hidden = self.library.set_seeds_hidden(snapshot.seeds_hidden);
        articles || hidden
    }

    /// A read-write transaction, with the library brought up to date with what other tabs
    /// wrote since; `None` (and the problem noted) when storage cannot give one.
    async fn begin_change(&mut self) -> Option<Tx> {
        self.finish_storing().await;
        let store = self.store.as_ref()?;
        let begun = match store.begin().await {
            Ok(tx) if self.seen == Some(tx.version) => Ok(tx),
            Ok(tx) => match tx.catch_up().await {
                Ok(snapshot) => {
                    self.absorb(snapshot);
                    Ok(tx)
                }
                Err(problem) => {
                    tx.abort();
                    Err(problem)
                }
            },
            Err(problem) => Err(problem),
        };
        begun
            .map_err(|problem| self.library.set_storage_problem(Some(problem)))
            .ok()
    }

    /// One change of the library, as one storage transaction (see the module documentation):
    /// catches up with other tabs, lets `change` change the library and say what to write,
    /// writes it and tells the other tabs. Without storage, only the change.
    async fn change<T>(&mut self, change: impl FnOnce(&mut Library) -> (T, Vec<Write>)) -> T {
        let Some(tx) = self.begin_change().await else {
            return change(&mut self.library).0;
        };
        let (out, writes) = change(&mut self.library);
        if writes.is_empty() {
            return out;
        }
        let (version, commit) = self.issue(tx, &writes);
        let committed = commit.await;
        self.settle(version, &writes, committed);
        out
    }

    /// Issues `writes` in `tx`, raising the library's version: the version it raises to, and
    /// its commit (already polled once, so it hears when the browser is done).
    fn issue(&self, tx: Tx, writes: &[Write]) -> (f64, Commit) {
        let version = tx.version + 1.0;
        let mut issued = tx.set(LIBRARY_VERSION, &JsValue::from_f64(version));
        for write in writes {
            if issued.is_err() {
                break;
            }
            issued = match *write {
                Write::New(id) | Write::Put(id) => match self.library.article(id) {
                    Some(article) => tx.write(
                        id,
                        &Library::record(article),
                        matches!(write, Write::New(_)),
                    ),
                    None => Ok(()),
                },
                Write::Delete(id) => tx.delete(id),
                Write::SeedsHidden(hidden) => tx.set(SEEDS_HIDDEN, &JsValue::from_bool(hidden)),
            };
        }
        let commit: Commit = match issued {
            Ok(()) => {
                let mut commit: Commit = Box::pin(tx.commit());
                // Polled once now, so that it listens for the browser's answer from here on
                // (and never polled again once done).
                match poll_once(&mut commit) {
                    Poll::Pending => commit,
                    Poll::Ready(done) => Box::pin(std::future::ready(done)),
                }
            }
            Err(problem) => {
                tx.abort();
                Box::pin(std::future::ready(Err(problem)))
            }
        };
        (version, commit)
    }

    /// Takes in how a change's transaction ended: on commit, its articles are stored, the
    /// library is at `version`, and the other tabs hear of it.
    fn settle(&mut self, version: f64, writes: &[Write], committed: Result<(), String>) {
        match committed {
            Ok(()) => {
                self.seen = Some(version);
                for write in writes {
                    if let Write::New(id) | Write::Put(id) = write {
                        self.library.mark_stored(*id);
                    }
                }
                OTHERS.with(|channel| {
                    if let Some(channel) = channel {
                        let _ = channel.post_message(&JsValue::from_f64(version));
                    }
                });
            }
            Err(problem) => self.library.set_storage_problem(Some(problem)),
        }
    }

    /// Adds what a paste brought, in one transaction.
    async fn add(&mut self, incoming: Incoming, notices: &mut Vec<String>) {
        let what = opened(&incoming);
        let now = now();
        let added = self
            .change(|library| {
                let added = library.add(incoming, Some(&now));
                let writes = added.ids.iter().map(|&id| Write::New(id)).collect();
                (added, writes)
            })
            .await;
        notices.extend(what.map(|what| opened_notice(&what, &added)));
    }
}

/// What a saved library or report is called in messages (`None` for one article).
fn opened(incoming: &Incoming) -> Option<String> {
    match incoming {
        Incoming::Many { what, .. } => Some(what.clone()),
        Incoming::One(_) => None,
    }
}

/// What opening a saved library or report `what` gave.
fn opened_notice(what: &str, added: &Added) -> String {
    let mut line = format!("Opened {what}: {} added", articles(added.ids.len()));
    if added.already_here > 0 {
        line.push_str(&format!(
            ", {} already here (same text)",
            articles(added.already_here)
        ));
    }
    line
}

/// `n article(s)`.
fn articles(n: usize) -> String {
    if n == 1 {
        "1 article".to_string()
    } else {
        format!("{n} articles")
    }
}

async fn handle(state: Option<State>, message: JsValue) -> Option<State> {
    let text = Reflect::get(&message, &"cmd".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let command = match Command::from_json(&text) {
        Ok(command) => command,
        Err(message) => {
            post(Event::Failed { message });
            return state;
        }
    };
    if let Command::Start { seeds, threshold } = command {
        return Some(start(&seeds, threshold).await);
    }
    let Some(mut state) = state else {
        post(Event::Failed {
            message: "the worker got a command before it started".to_string(),
        });
        return None;
    };
    state.apply(command, &message).await;
    Some(state)
}

impl State {
    /// Carries out a command, then says what it refused or did and sends the new state.
    async fn apply(&mut self, command: Command, message: &JsValue) {
        let mut refused = Vec::new();
        let mut notices = Vec::new();
        match command {
            // Answered by `handle`, which starts the library.
            Command::Start { .. } => {}
            Command::Analyze { threshold } => self.threshold = threshold,
            Command::AddFiles {
                ref names,
                before,
                total,
            } => {
                let files: Array = Reflect::get(message, &"files".into())
                    .ok()
                    .and_then(|f| f.dyn_into().ok())
                    .unwrap_or_default();
                self.add_files(&files, names, before, total).await;
                // One update for the whole pick, after its last part.
                if command.more_files_follow() {
                    return;
                }
                let (pick_refused, pick_notices) = self.finish_pick().await;
                refused.extend(pick_refused);
                notices.extend(pick_notices);
            }
            Command::Paste { title, text } => match Library::read_paste(&title, &text) {
                Ok(incoming) => self.add(incoming, &mut notices).await,
                Err(why) => refused.push(why),
            },
            Command::Rename { id, name, to } => {
                let done = self
                    .change(|library| match library.rename_seen(id, &name, &to) {
                        Ok(article) => (Ok(()), vec![Write::Put(article.id)]),
                        Err(why) => (Err(why), Vec::new()),
                    })
                    .await;
                refused.extend(done.err());
            }
            Command::SetLanguage { id, name, language } => {
                let done = self
                    .change(|library| {
                        match library.set_language_seen(id, &name, language.as_deref()) {
                            Ok(article) => (Ok(()), vec![Write::Put(article.id)]),
                            Err(why) => (Err(why), Vec::new()),
                        }
                    })
                    .await;
                refused.extend(done.err());
            }
            Command::Remove { id, name } => {
                let done = self
                    .change(|library| match library.remove_seen(id, &name) {
                        Ok(id) => (Ok(()), vec![Write::Delete(id)]),
                        Err(why) => (Err(why), Vec::new()),
                    })
                    .await;
                refused.extend(done.err());
            }
            Command::RemoveMine { ids } => {
                self.change(|library| {
                    let removed = library.remove_ids(&ids);
                    ((), removed.into_iter().map(Write::Delete).collect())
                })
                .await;
            }
            Command::HideSeeds { hidden } => {
                self.change(|library| {
                    library.set_seeds_hidden(hidden);
                    ((), vec![Write::SeedsHidden(hidden)])
                })
                .await;
            }
            Command::ExportJson => {
                let report = analyze(self.library.corpus(), &Config::at(self.threshold));
                match to_json(&report) {
                    Ok(text) => post(Event::Json { text }),
                    Err(message) => post(Event::Refused {
                        messages: vec![message],
                    }),
                }
                return;
            }
            Command::Pair { a, b, threshold } => {
                let config = Config::corpus_wide(threshold);
                match self.library.pair(&a, &b, &config) {
                    Some((pair, passages)) => post(Event::Pair(Box::new(PairAnswer {
                        a,
                        b,
                        threshold,
                        pair,
                        passages,
                    }))),
                    None => post(Event::Refused {
                        messages: vec![format!("“{a}” and “{b}” are not both shown here")],
                    }),
                }
                return;
            }
            Command::SaveLibrary => {
                let changed = self.sync().await;
                post(Event::Backup {
                    text: self.library.backup(Some(&now())),
                });
                if !changed {
                    return;
                }
            }
        }
        // After the update: a listing is followed by the progress of the comparison, which
        // the page would otherwise take for a new command's and clear these with.
        self.send_update();
        if !refused.is_empty() {
            post(Event::Refused { messages: refused });
        }
        if !notices.is_empty() {
            post(Event::Notice { messages: notices });
        }
    }

    /// Reads and adds each file of a pick's part, saying how far the pick got. The next
    /// files are read while one is added ([`READ_AHEAD`]), and what is read is stored in
    /// batches while the pick goes on ([`State::store_read`]): closing the tab midway keeps
    /// every batch committed, and no half of a file's articles.
    async fn add_files(&mut self, files: &Array, names: &[String], before: usize, total: usize) {
        let files: Vec<Option<File>> = files.iter().map(|f| f.dyn_into().ok()).collect();
        let total = total.max(before + files.len());
        if self.pick.is_none() {
            self.pick = Some(Pick::new(self.library.next_key(), total));
        }
        let mut reads: VecDeque<Option<JsFuture>> = VecDeque::new();
        for (at, file) in files.iter().enumerate() {
            while reads.len() < READ_AHEAD && at + reads.len() < files.len() {
                let ahead = files[at + reads.len()].as_ref();
                reads.push_back(ahead.map(|f| JsFuture::from(f.array_buffer())));
            }
            let read = reads.pop_front().flatten();
            let name = file
                .as_ref()
                .map(File::name)
                .or_else(|| names.get(at).cloned())
                .unwrap_or_default();
            self.tell_progress(&format!("Reading {name}"));
            let outcome = match read {
                None => Err(format!("{name} did not arrive")),
                Some(read) => match read.await {
                    Err(_) => Err(format!("{name} could not be read from disk")),
                    Ok(buffer) => {
                        let bytes = Uint8Array::new(&buffer).to_vec();
                        match Library::read_backup(&name, &bytes) {
                            Some(found) => found,
                            None => self.read_with_readers(&name, &bytes).await,
                        }
                    }
                },
            };
            let added = outcome.map(|incoming| {
                let what = opened(&incoming);
                let added = self.library.add(incoming, Some(&now()));
                what.map(|what| opened_notice(&what, &added))
            });
            let end = self.library.next_key();
            if let Some(pick) = &mut self.pick {
                match added {
                    Ok(notice) => pick.notices.extend(notice),
                    Err(why) => pick.refused.push(why),
                }
                pick.read += 1;
                pick.ends.push_back(end);
            }
            self.store_read().await;
        }
    }

    /// Says how far the pick got (files whose articles are stored, or read without storage),
    /// at most every [`PROGRESS_EVERY_MS`].
    fn tell_progress(&mut self, what: &str) {
        let (done, total) = self.pick_progress();
        let Some(pick) = &mut self.pick else { return };
        let now = js_sys::Date::now();
        if now - pick.told < PROGRESS_EVERY_MS {
            return;
        }
        pick.told = now;
        post(Event::Progress {
            done,
            total,
            what: what.to_string(),
        });
    }

    /// How far the pick got: files whose articles are stored (read, without storage), of all.
    fn pick_progress(&self) -> (usize, usize) {
        self.pick.as_ref().map_or((0, 0), |pick| {
            let done = if self.store.is_none() {
                pick.read
            } else {
                pick.safe
            };
            (done, pick.total)
        })
    }

    /// Stores what the pick read since its last batch, in one transaction, unless the browser
    /// is still committing the last batch (then the next call will).
    async fn store_read(&mut self) {
        if let Some(pick) = &mut self.pick {
            if let Some(mut storing) = pick.storing.take() {
                match poll_once(&mut storing.commit) {
                    Poll::Pending => {
                        pick.storing = Some(storing);
                        return;
                    }
                    Poll::Ready(committed) => self.stored(storing, committed),
                }
            }
        }
        self.store_batch().await;
    }

    /// Issues the write of every article the pick added and has not tried to store, without
    /// waiting for its commit.
    async fn store_batch(&mut self) {
        let Some(from) = self.pick.as_ref().map(|p| p.unwritten_from) else {
            return;
        };
        let unwritten = |library: &Library| -> Vec<Write> {
            library
                .mine()
                .iter()
                .filter(|a| !a.stored && a.id >= from)
                .map(|a| Write::New(a.id))
                .collect()
        };
        if self.store.is_none() || unwritten(&self.library).is_empty() {
            return;
        }
        let Some(tx) = self.begin_change().await else {
            return;
        };
        // After catching up with the other tabs: an article whose key another tab took has a
        // new one.
        let writes = unwritten(&self.library);
        if writes.is_empty() {
            return;
        }
        let end = self.library.next_key();
        let (version, commit) = self.issue(tx, &writes);
        if let Some(pick) = &mut self.pick {
            pick.unwritten_from = end;
            pick.storing = Some(Storing {
                version,
                writes,
                end,
                commit,
            });
        }
    }

    /// Takes in how a batch's transaction ended: the files it completes are safe.
    fn stored(&mut self, storing: Storing, committed: Result<(), String>) {
        self.settle(storing.version, &storing.writes, committed);
        if let Some(pick) = &mut self.pick {
            while pick.ends.front().is_some_and(|&end| end <= storing.end) {
                pick.ends.pop_front();
                pick.safe += 1;
            }
        }
    }

    /// Waits until the batch the browser is committing, if any, is done.
    async fn finish_storing(&mut self) {
        let Some(mut storing) = self.pick.as_mut().and_then(|p| p.storing.take()) else {
            return;
        };
        let committed = storing.commit.as_mut().await;
        self.stored(storing, committed);
    }

    /// Ends the pick once everything it read is stored: what it refused, and what it did
    /// that the user should hear of.
    async fn finish_pick(&mut self) -> (Vec<String>, Vec<String>) {
        self.finish_storing().await;
        self.store_batch().await;
        self.finish_storing().await;
        let Some(pick) = self.pick.take() else {
            return (Vec::new(), Vec::new());
        };
        self.tell_comparing((pick.total, pick.total));
        (pick.refused, pick.notices)
    }
}

impl Pick {
    /// A pick of `total` files, whose articles will have keys from `first` on.
    fn new(first: u64, total: usize) -> Pick {
        Pick {
            storing: None,
            unwritten_from: first,
            safe: 0,
            read: 0,
            total,
            ends: VecDeque::new(),
            refused: Vec::new(),
            notices: Vec::new(),
            told: 0.0,
        }
    }
}

/// Polls `future` once, without a waker: whether it is done (it is awaited properly later).
fn poll_once(future: &mut Commit) -> Poll<Result<(), String>> {
    future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
}

impl State {
    /// Reads a file through the readers module (loading it first if this is the first file),
    /// saying how far a long file has got.
    async fn read_with_readers(&mut self, name: &str, bytes: &[u8]) -> Result<Incoming, String> {
        let (done, total) = self.pick_progress();
        let readers = match self.readers.take() {
            Some(readers) => readers,
            None => Readers::load()
                .await
                .map_err(|why| format!("{name} was not read: {why}"))?,
        };
        let answer = readers.read(name, bytes, |page, pages| {
            if pages > 1 {
                post(Event::Progress {
                    done,
                    total,
                    what: format!("Reading {name}: page {page} of {pages}"),
                });
            }
        });
        // A module that failed midway is not trusted with the next file: only one that
        // answered is kept.
        if answer.is_ok() {
            self.readers = Some(readers);
        }
        match answer {
            Ok(Ok(imported)) => Ok(Library::read_imported(name, imported)),
            Ok(Err(why)) => Err(format!("{name} {why}")),
            Err(failure) => Err(format!("{name} was not read: {failure}")),
        }
    }
}

/// Opens storage and restores what it holds (without storage, a library for this session),
/// and sends the first update. The database opens in the browser while the bundled articles
/// are analysed: on most visits the user has no articles stored, and that analysis is then
/// the first view.
async fn start(seeds: &str, threshold: Option<f32>) -> State {
    let request = Store::request();
    let mut state = State {
        library: Library::from_data_block(seeds),
        threshold,
        store: None,
        seen: None,
        readers: None,
        seeds_hash: fnv1a(seeds.as_bytes()),
        kept: None,
        pick: None,
        analysing: false,
    };
    let before = state.library.meta();
    let bundled_only = state.update();
    match Store::opened(request).await {
        Ok(store) => {
            state.store = Some(store);
            state.sync().await;
        }
        Err(_) => state
            .library
            .set_storage_problem(Some(NO_STORAGE.to_string())),
    }
    if state.library.meta() == before {
        state.post_update(bundled_only);
    } else if state.post_last_analysis().await && state.library.unprepared() >= LIST_FIRST_FROM {
        // The stored library's last analysis first, then the engine's, between commands.
        state.analysing = true;
        state.tell_comparing((0, 0));
    } else {
        // The engine's analysis (after the last one, if it was kept), or the library's
        // listing first.
        state.send_update();
    }
    state
}

/// The 64-bit FNV-1a hash of `bytes`: names the bundled articles an analysis was made with
/// (a few lines, where a hasher from the standard library would add 11 KB to the wasm).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The time now, ISO 8601 in UTC (`2026-11-30T16:04:05.123Z`).
fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Waits for the worker's next task, so that messages that arrived meanwhile are queued.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = scope().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Sends an event to the page (see [`send`]).
fn post(event: Event) {
    send(event, false);
}

/// Sends an event to the page, in messages the page reads each in a task of its own: an
/// update's documents first, in parts ([`document_parts`]), each posted as soon as it is
/// written, so that the page reads one while the next is written; then the rest (each made
/// by [`message`]). Their buffers are handed over, not copied, unless they are kept: then it
/// all comes back as one object, the rest's message with `documents`, the list of the parts'
/// messages (the last analysis, [`LAST_ANALYSIS`]).
fn send(mut event: Event, keep: bool) -> Option<js_sys::Object> {
    let parts = Array::new();
    for part in document_parts(event.take_documents(), DOCUMENTS_PART_BYTES) {
        let part = message(part);
        post_message(&part, !keep);
        if keep {
            parts.push(&part);
        }
    }
    let message = message(event);
    post_message(&message, !keep);
    keep.then(|| {
        let _ = Reflect::set(&message, &"documents".into(), &parts);
        message
    })
}

/// An event as it crosses to the page: `{json, matrix}`, the bytes of its JSON text and (for
/// an update) its share matrix as a `Float32Array` (see [`Event::to_bytes`],
/// [`Event::take_matrix`]).
fn message(mut event: Event) -> js_sys::Object {
    let matrix = event.take_matrix();
    let message = js_sys::Object::new();
    let json = Uint8Array::from(event.to_bytes().as_slice());
    let _ = Reflect::set(&message, &"json".into(), &json);
    if let Some(flat) = matrix {
        let matrix = js_sys::Float32Array::from(flat.as_slice());
        let _ = Reflect::set(&message, &"matrix".into(), &matrix);
    }
    message
}

/// Posts a message made by [`message`] (or kept from one) to the page, handing its buffers
/// over rather than copying them if `hand_over`; whether it went.
fn post_message(message: &JsValue, hand_over: bool) -> bool {
    let transfer = Array::new();
    for name in ["json", "matrix"].into_iter().filter(|_| hand_over) {
        let buffer = Reflect::get(message, &name.into())
            .and_then(|view| Reflect::get(&view, &"buffer".into()))
            .and_then(|buffer| buffer.dyn_into::<js_sys::ArrayBuffer>());
        if let Ok(buffer) = buffer {
            transfer.push(&buffer);
        }
    }
    scope()
        .post_message_with_transfer(message, &transfer)
        .is_ok()
}

/// The user's articles in IndexedDB: one JSON record per article under its numeric key, and
/// a few settings. Records this version cannot read are never written over or deleted.
struct Store {
    db: Database,
}

/// Everything stored: the library's version, every record `(key, JSON text)`, and whether
/// the bundled articles are hidden.
struct Snapshot {
    version: f64,
    records: Vec<(u64, String)>,
    seeds_hidden: bool,
}

impl Store {
    /// Starts opening the database (the browser works on it from now on).
    fn request() -> Result<idb::request::OpenDatabaseRequest, String> {
        let factory = Factory::new().map_err(|e| e.to_string())?;
        let mut request = factory
            .open(DATABASE, Some(DATABASE_VERSION))
            .map_err(|e| e.to_string())?;
        request.on_upgrade_needed(|event| {
            let Ok(db) = event.database() else { return };
            let names = db.store_names();
            for store in [ARTICLES, SETTINGS] {
                if !names.iter().any(|n| n == store) {
                    let _ = db.create_object_store(store, ObjectStoreParams::new());
                }
            }
        });
        Ok(request)
    }

    /// The database, once [`Store::request`] is done.
    async fn opened(
        request: Result<idb::request::OpenDatabaseRequest, String>,
    ) -> Result<Store, String> {
        let db = request?.await.map_err(|e| e.to_string())?;
        Ok(Store { db })
    }

    /// Everything stored, read in one transaction, unless the library's version is still
    /// `seen` (`None`: nothing changed since).
    async fn snapshot(&self, seen: Option<f64>) -> Result<Option<Snapshot>, String> {
        let view = self
            .transaction(TransactionMode::ReadOnly, unreadable)
            .await?;
        if seen == Some(view.version) {
            return Ok(None);
        }
        view.catch_up().await.map(Some)
    }

    /// Writes `value` under the settings key `name` in a transaction of its own, without
    /// waiting for it (what is kept this way can be lost; the library never is).
    fn keep(&self, name: &str, value: &JsValue) {
        let Ok(tx) = self.db.transaction(&[SETTINGS], TransactionMode::ReadWrite) else {
            return;
        };
        if let Ok(store) = tx.object_store(SETTINGS) {
            let _ = store.put(value, Some(&JsValue::from_str(name)));
        }
        wasm_bindgen_futures::spawn_local(async move {
            let _ = tx.await;
        });
    }

    /// The value under the settings key `name`, if any can be read.
    async fn read(&self, name: &str) -> Option<JsValue> {
        let tx = self
            .db
            .transaction(&[SETTINGS], TransactionMode::ReadOnly)
            .ok()?;
        let request = tx
            .object_store(SETTINGS)
            .ok()?
            .get(JsValue::from_str(name))
            .ok()?;
        request.await.ok().flatten()
    }

    /// A read-write transaction over the articles and the settings, with the library's
    /// version read.
    async fn begin(&self) -> Result<Tx, String> {
        self.transaction(TransactionMode::ReadWrite, |e| storage_problem(&e))
            .await
    }

    /// A transaction over the articles and the settings, with the library's version read;
    /// `failed` says what went wrong when the browser refuses one.
    async fn transaction(
        &self,
        mode: TransactionMode,
        failed: fn(idb::Error) -> String,
    ) -> Result<Tx, String> {
        let tx = self
            .db
            .transaction(&[ARTICLES, SETTINGS], mode)
            .map_err(failed)?;
        let mut tx = Tx { tx, version: 0.0 };
        tx.version = tx.read_version().await?;
        Ok(tx)
    }
}

/// A transaction over the articles and the settings.
struct Tx {
    tx: idb::Transaction,
    /// The library's version when it began.
    version: f64,
}

impl Tx {
    fn store(&self, name: &str) -> Result<idb::ObjectStore, String> {
        self.tx.object_store(name).map_err(|e| storage_problem(&e))
    }

    /// The library's version: 0 before the first write.
    async fn read_version(&self) -> Result<f64, String> {
        let value = self
            .store(SETTINGS)?
            .get(JsValue::from_str(LIBRARY_VERSION))
            .map_err(unreadable)?
            .await
            .map_err(unreadable)?;
        Ok(value.and_then(|v| v.as_f64()).unwrap_or(0.0))
    }

    /// Everything stored at the transaction's version: every record, `(key, JSON text)`, and
    /// whether the bundled articles are hidden. A value that is not text reads as an
    /// unreadable record (reported, kept).
    async fn catch_up(&self) -> Result<Snapshot, String> {
        let articles = self.store(ARTICLES)?;
        let keys = articles
            .get_all_keys(None, None)
            .map_err(unreadable)?
            .await
            .map_err(unreadable)?;
        let values = articles
            .get_all(None, None)
            .map_err(unreadable)?
            .await
            .map_err(unreadable)?;
        let hidden = self
            .store(SETTINGS)?
            .get(JsValue::from_str(SEEDS_HIDDEN))
            .map_err(unreadable)?
            .await
            .map_err(unreadable)?;
        let records = keys
            .iter()
            .zip(values)
            .map(|(key, value)| {
                (
                    key.as_f64().unwrap_or(0.0) as u64,
                    value.as_string().unwrap_or_default(),
                )
            })
            .collect();
        Ok(Snapshot {
            version: self.version,
            records,
            seeds_hidden: matches!(hidden, Some(v) if v.as_bool() == Some(true)),
        })
    }

    /// Writes an article's record: `new` adds it (failing rather than replacing a record).
    fn write(&self, key: u64, record: &str, new: bool) -> Result<(), String> {
        let store = self.store(ARTICLES)?;
        let (value, key) = (JsValue::from_str(record), JsValue::from_f64(key as f64));
        let issued = if new {
            store.add(&value, Some(&key)).map(drop)
        } else {
            store.put(&value, Some(&key)).map(drop)
        };
        issued.map_err(|e| storage_problem(&e))
    }

    fn delete(&self, key: u64) -> Result<(), String> {
        self.store(ARTICLES)?
            .delete(JsValue::from_f64(key as f64))
            .map(drop)
            .map_err(|e| storage_problem(&e))
    }

    fn set(&self, name: &str, value: &JsValue) -> Result<(), String> {
        self.store(SETTINGS)?
            .put(value, Some(&JsValue::from_str(name)))
            .map(drop)
            .map_err(|e| storage_problem(&e))
    }

    /// Waits until everything written is on disk.
    async fn commit(self) -> Result<(), String> {
        match self.tx.await {
            Ok(idb::TransactionResult::Committed) => Ok(()),
            Ok(_) => Err(storage_problem_text("the write was undone".to_string())),
            Err(e) => Err(storage_problem(&e)),
        }
    }

    /// Undoes everything written in it.
    fn abort(self) {
        let _ = self.tx.abort();
    }
}

/// What the page says when stored articles cannot be read.
fn unreadable(error: idb::Error) -> String {
    format!("Your stored articles could not be read: {error}")
}

/// What the page says when a write fails: full, or otherwise refused.
fn storage_problem(error: &idb::Error) -> String {
    storage_problem_text(error.to_string())
}

fn storage_problem_text(text: String) -> String {
    if text.contains("Quota") {
        "This browser's storage for Parallax is full: the articles you add now work until you \
         close this tab, and those stored before are kept."
            .to_string()
    } else {
        format!(
            "This browser refused to store your articles ({text}): the articles you add now work \
             until you close this tab, and those stored before are kept."
        )
    }
}
