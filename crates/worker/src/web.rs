//! The Web Worker: a thin shell over [`Library`] and the engine. It takes the page's commands
//! one at a time (in the order they came), reads dropped and picked files, keeps the user's
//! articles in IndexedDB, and answers with the engine's report. Nothing here compares text.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use js_sys::{Array, Reflect, Uint8Array};
use parallax_engine::report::to_json;
use parallax_engine::{analyze, Config};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{DedicatedWorkerGlobalScope, File, MessageEvent};

use crate::library::Library;
use crate::protocol::{Command, Event};

/// The IndexedDB database, its edition, and its stores.
const DATABASE: &str = "parallax";
const DATABASE_VERSION: u32 = 1;
const ARTICLES: &str = "articles";
const SETTINGS: &str = "settings";
/// The settings key of "bundled articles hidden".
const SEEDS_HIDDEN: &str = "seeds_hidden";

/// What the page is told when the browser keeps nothing (private browsing, storage off).
const NO_STORAGE: &str = "This browser does not let Parallax keep articles (private browsing, or \
                          storage turned off): the articles you add work until you close this tab.";

/// Starts the worker: from now on every message is a command.
pub fn run() {
    std::panic::set_hook(Box::new(|info| {
        post(&Event::Failed {
            message: info.to_string(),
        })
    }));
    let queue: Rc<RefCell<VecDeque<JsValue>>> = Rc::default();
    let busy = Rc::new(Cell::new(false));
    let state: Rc<RefCell<Option<State>>> = Rc::default();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        queue.borrow_mut().push_back(event.data());
        if !busy.replace(true) {
            spawn_local(drain(queue.clone(), busy.clone(), state.clone()));
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&Event::Ready);
}

/// Handles queued messages one after another until none is left.
async fn drain(
    queue: Rc<RefCell<VecDeque<JsValue>>>,
    busy: Rc<Cell<bool>>,
    state: Rc<RefCell<Option<State>>>,
) {
    loop {
        let next = queue.borrow_mut().pop_front();
        let Some(message) = next else { break };
        // Taken out while it works, so no borrow lives across an `await`.
        let current = state.borrow_mut().take();
        let after = handle(current, message).await;
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
}

impl State {
    /// The page's next state, at the settings its views work at (pairs are aligned on demand,
    /// so none here).
    fn update(&mut self) -> Event {
        self.library.update(&Config::corpus_wide(self.threshold))
    }

    fn send_update(&mut self) {
        post(&self.update());
    }

    /// Stores one of the user's articles.
    async fn keep(&mut self, id: u64) {
        let Some(store) = &self.store else { return };
        let Some(article) = self.library.mine().iter().find(|a| a.id == id) else {
            return;
        };
        let written = store.put(id, &Library::record(article)).await;
        self.note(written);
    }

    /// Deletes the stored records of removed articles.
    async fn forget(&mut self, ids: &[u64]) {
        let Some(store) = &self.store else { return };
        let mut failed = Ok(());
        for &id in ids {
            if let Err(problem) = store.delete(id).await {
                failed = Err(problem);
            }
        }
        self.note(failed);
    }

    /// Stores whether the bundled articles are hidden.
    async fn keep_seeds_hidden(&mut self, hidden: bool) {
        let Some(store) = &self.store else { return };
        let written = store.set_flag(SEEDS_HIDDEN, hidden).await;
        self.note(written);
    }

    /// A failed storage call is said in every update from now on.
    fn note(&mut self, result: Result<(), String>) {
        if let Err(problem) = result {
            self.library.set_storage_problem(Some(problem));
        }
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
            post(&Event::Failed { message });
            return state;
        }
    };
    if let Command::Start { seeds, threshold } = command {
        let (state, first) = start(&seeds, threshold).await;
        post(&first);
        return Some(state);
    }
    let Some(mut state) = state else {
        post(&Event::Failed {
            message: "the worker got a command before it started".to_string(),
        });
        return None;
    };
    state.apply(command, &message).await;
    Some(state)
}

impl State {
    /// Carries out a command, then says what it refused and sends the new state.
    async fn apply(&mut self, command: Command, message: &JsValue) {
        let mut refused = Vec::new();
        match command {
            // Answered by `handle`, which starts the library.
            Command::Start { .. } => {}
            Command::Analyze { threshold } => self.threshold = threshold,
            Command::AddFiles { names } => {
                let files: Array = Reflect::get(message, &"files".into())
                    .ok()
                    .and_then(|f| f.dyn_into().ok())
                    .unwrap_or_default();
                self.add_files(&files, &names, &mut refused).await;
            }
            Command::Paste { title, text } => {
                match self.library.paste(&title, &text).map(|a| a.id) {
                    Ok(id) => self.keep(id).await,
                    Err(why) => refused.push(why),
                }
            }
            Command::Rename { name, to } => match self.library.rename(&name, &to).map(|a| a.id) {
                Ok(id) => self.keep(id).await,
                Err(why) => refused.push(why),
            },
            Command::Remove { name } => match self.library.remove(&name) {
                Ok(id) => self.forget(&[id]).await,
                Err(why) => refused.push(why),
            },
            Command::RemoveMine => {
                let ids = self.library.remove_mine();
                self.forget(&ids).await;
            }
            Command::HideSeeds { hidden } => {
                self.library.set_seeds_hidden(hidden);
                self.keep_seeds_hidden(hidden).await;
            }
            Command::ExportJson => {
                let report = analyze(self.library.corpus(), &Config::at(self.threshold));
                match to_json(&report) {
                    Ok(text) => post(&Event::Json { text }),
                    Err(message) => post(&Event::Refused {
                        messages: vec![message],
                    }),
                }
                return;
            }
        }
        if !refused.is_empty() {
            post(&Event::Refused { messages: refused });
        }
        self.send_update();
    }

    /// Reads and adds each file, saying how far it got before each one.
    async fn add_files(&mut self, files: &Array, names: &[String], refused: &mut Vec<String>) {
        let total = files.length() as usize;
        for (done, file) in files.iter().enumerate() {
            let file: Option<File> = file.dyn_into().ok();
            let name = file
                .as_ref()
                .map(File::name)
                .or_else(|| names.get(done).cloned())
                .unwrap_or_default();
            post(&Event::Progress {
                done,
                total,
                what: format!("Reading {name}"),
            });
            let Some(file) = file else {
                refused.push(format!("{name} did not arrive"));
                continue;
            };
            match read(&file).await {
                Ok(bytes) => match self.library.add_file(&name, &bytes).map(|a| a.id) {
                    Ok(id) => self.keep(id).await,
                    Err(why) => refused.push(why),
                },
                Err(()) => refused.push(format!("{name} could not be read from disk")),
            }
        }
        post(&Event::Progress {
            done: total,
            total,
            what: format!("Comparing {} articles", self.library.shown().count()),
        });
    }
}

/// Opens storage and restores what it holds (without storage, a library for this session),
/// and makes the first update. The database opens in the browser while the bundled articles
/// are analysed: on most visits the user has no articles stored, and that analysis is then
/// the first view.
async fn start(seeds: &str, threshold: Option<f32>) -> (State, Event) {
    let request = Store::request();
    let mut state = State {
        library: Library::from_data_block(seeds),
        threshold,
        store: None,
    };
    let before = state.library.meta();
    let bundled_only = state.update();
    match Store::opened(request).await {
        Ok(store) => {
            match store.load().await {
                Ok(records) => state.library.restore(&records),
                Err(problem) => state.library.set_storage_problem(Some(problem)),
            }
            state
                .library
                .set_seeds_hidden(store.flag(SEEDS_HIDDEN).await);
            state.store = Some(store);
        }
        Err(_) => state
            .library
            .set_storage_problem(Some(NO_STORAGE.to_string())),
    }
    let first = if state.library.meta() == before {
        bundled_only
    } else {
        state.update()
    };
    (state, first)
}

/// A file's bytes.
async fn read(file: &File) -> Result<Vec<u8>, ()> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| ())?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Sends an event to the page as its JSON text.
fn post(event: &Event) {
    let _ = scope().post_message(&JsValue::from_str(&event.to_json()));
}

/// The user's articles in IndexedDB: one JSON record per article under its numeric key, and
/// a few settings. Records this version cannot read are never written over or deleted.
struct Store {
    db: Database,
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

    /// `(key, JSON text)` of every stored article; a value that is not text reads as an
    /// unreadable record (reported, kept).
    async fn load(&self) -> Result<Vec<(u64, String)>, String> {
        let failed = |e: idb::Error| format!("Your stored articles could not be read: {e}");
        let tx = self
            .db
            .transaction(&[ARTICLES], TransactionMode::ReadOnly)
            .map_err(failed)?;
        let store = tx.object_store(ARTICLES).map_err(failed)?;
        let keys = store
            .get_all_keys(None, None)
            .map_err(failed)?
            .await
            .map_err(failed)?;
        let values = store
            .get_all(None, None)
            .map_err(failed)?
            .await
            .map_err(failed)?;
        Ok(keys
            .iter()
            .zip(values)
            .map(|(key, value)| {
                (
                    key.as_f64().unwrap_or(0.0) as u64,
                    value.as_string().unwrap_or_default(),
                )
            })
            .collect())
    }

    async fn put(&self, key: u64, record: &str) -> Result<(), String> {
        let value = JsValue::from_str(record);
        self.write(ARTICLES, |store| {
            store
                .put(&value, Some(&JsValue::from_f64(key as f64)))
                .map(|_| ())
        })
        .await
    }

    async fn delete(&self, key: u64) -> Result<(), String> {
        self.write(ARTICLES, |store| {
            store.delete(JsValue::from_f64(key as f64)).map(|_| ())
        })
        .await
    }

    async fn set_flag(&self, name: &str, on: bool) -> Result<(), String> {
        self.write(SETTINGS, |store| {
            store
                .put(&JsValue::from_bool(on), Some(&JsValue::from_str(name)))
                .map(|_| ())
        })
        .await
    }

    /// A stored setting; off when missing or unreadable.
    async fn flag(&self, name: &str) -> bool {
        let Ok(tx) = self.db.transaction(&[SETTINGS], TransactionMode::ReadOnly) else {
            return false;
        };
        let Ok(request) = tx
            .object_store(SETTINGS)
            .and_then(|s| s.get(JsValue::from_str(name)))
        else {
            return false;
        };
        matches!(request.await, Ok(Some(v)) if v.as_bool() == Some(true))
    }

    /// One write in its own transaction, waited for until it is on disk.
    async fn write(
        &self,
        store: &str,
        change: impl FnOnce(&idb::ObjectStore) -> Result<(), idb::Error>,
    ) -> Result<(), String> {
        let tx = self
            .db
            .transaction(&[store], TransactionMode::ReadWrite)
            .map_err(|e| storage_problem(&e))?;
        let object_store = tx.object_store(store).map_err(|e| storage_problem(&e))?;
        change(&object_store).map_err(|e| storage_problem(&e))?;
        tx.await.map(|_| ()).map_err(|e| storage_problem(&e))
    }
}

/// What the page says when a write fails: full, or otherwise refused.
fn storage_problem(error: &idb::Error) -> String {
    let text = error.to_string();
    if text.contains("Quota") {
        "This browser's storage for Parallax is full: the articles you add now work until you          close this tab, and those stored before are kept."
            .to_string()
    } else {
        format!(
            "This browser refused to store your articles ({text}): the articles you add now work              until you close this tab, and those stored before are kept."
        )
    }
}
