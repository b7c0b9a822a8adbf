//! The page's side of the Web Worker (`crates/worker`): starts it, sends it commands, and
//! hands each answer to the app. Messages are the JSON text of `parallax_worker::protocol`;
//! files travel beside a command as the browser's `File` objects, unread on the page, and an
//! update's documents come in parts before the rest of it, each read in a task of its own
//! ([`Inbox`]).
//!
//! Served from a host, the worker is `parallax-worker_loader.js` next to the page. The
//! single-file build carries the worker's code in the page (a `text/plain` block with the id
//! [`SOURCE_ID`]) and starts it from a `blob:` URL.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};
use parallax_worker::protocol::{Arriving, Command, Event};
use web_sys::js_sys::{Array, Float32Array, Object, Reflect, Uint8Array};
use web_sys::{Blob, MessageChannel, MessageEvent, MessagePort, Url};

/// The worker's script beside the page (Trunk's loader shim).
const SCRIPT: &str = "./parallax-worker_loader.js";

/// The global through which `index.html`'s first script hands over the worker it started
/// while the app's wasm was still loading: `{ worker, early }`, `early` being the events the
/// worker sent before the app listened.
pub const EARLY: &str = "__parallaxWorker";

/// The `id` of the single-file build's block holding the worker's code.
pub const SOURCE_ID: &str = "parallax-worker-source";

/// A running worker.
pub struct Worker {
    inner: web_sys::Worker,
    /// Messages held until the worker says it is listening; `None` once it has.
    held: Rc<RefCell<Option<Vec<JsValue>>>>,
}

impl Worker {
    /// Starts the worker (or adopts the one `index.html` started early, see [`EARLY`]);
    /// `on_event` gets each of its answers.
    pub fn start(on_event: impl Fn(Event) + 'static) -> Result<Worker, String> {
        let failed = |what: &str| {
            format!("The comparison engine could not start ({what}). Reload the page to try again.")
        };
        let (inner, early) = match adopt_early() {
            Some(started) => started,
            None => (
                web_sys::Worker::new(&script_url()?)
                    .map_err(|_| failed("the browser refused its worker"))?,
                Array::new(),
            ),
        };
        let held: Rc<RefCell<Option<Vec<JsValue>>>> = Rc::new(RefCell::new(Some(Vec::new())));
        let (release, target) = (held.clone(), inner.clone());
        let inbox = Inbox::new(move |event| match event {
            Event::Ready => {
                for message in release.borrow_mut().take().unwrap_or_default() {
                    let _ = target.post_message(&message);
                }
            }
            event => on_event(event),
        })
        .map_err(|_| failed("the browser refused a message channel"))?;
        // Every event from the worker: a message, or a failure to load or run.
        let receive = Rc::new(move |event: web_sys::Event| {
            let Some(message) = event.dyn_ref::<MessageEvent>() else {
                inbox.receive(Step::Deliver(Event::Failed {
                    message: "The comparison engine failed to load or stopped. Reload the page to try again; your stored articles are kept.".to_string(),
                }));
                return;
            };
            inbox.receive(Step::Read(message.data()));
        });
        let handler = receive.clone();
        let listen = Closure::<dyn Fn(web_sys::Event)>::new(move |event| handler(event));
        inner.set_onmessage(Some(listen.as_ref().unchecked_ref()));
        inner.set_onerror(Some(listen.as_ref().unchecked_ref()));
        listen.forget();
        // What the early worker said before the app listened.
        for event in early.iter() {
            if let Ok(event) = event.dyn_into::<web_sys::Event>() {
                receive(event);
            }
        }
        Ok(Worker { inner, held })
    }

    /// Sends `command`, and `files` with it.
    pub fn send(&self, command: &Command, files: Option<&Array>) {
        let message = Object::new();
        let _ = Reflect::set(&message, &"cmd".into(), &command.to_json().into());
        if let Some(files) = files {
            let _ = Reflect::set(&message, &"files".into(), files);
        }
        match self.held.borrow_mut().as_mut() {
            Some(held) => held.push(message.into()),
            None => {
                let _ = self.inner.post_message(&message);
            }
        }
    }
}

/// Reads the worker's messages and hands their events to the app, one step a task, in the
/// order they came: each part of an update's documents is read in a task of its own as it
/// comes (while the worker writes the next), the rest of the update in one more, and the
/// update is handed to the app in the next, so neither reading a report on a thousand
/// articles nor showing it holds the page's thread for long.
#[derive(Clone)]
struct Inbox {
    steps: Rc<RefCell<VecDeque<Step>>>,
    arriving: Rc<RefCell<Arriving>>,
    on_event: Rc<dyn Fn(Event)>,
    /// A message to this port calls the next step: a task of its own, sooner than a
    /// `setTimeout`, which waits at least 4 ms once nested.
    next: MessagePort,
}

/// What the [`Inbox`] does in one task.
enum Step {
    /// Read a message from the worker.
    Read(JsValue),
    /// Hand an event to the app.
    Deliver(Event),
}

impl Inbox {
    fn new(on_event: impl Fn(Event) + 'static) -> Result<Inbox, JsValue> {
        let channel = MessageChannel::new()?;
        let inbox = Inbox {
            steps: Rc::default(),
            arriving: Rc::default(),
            on_event: Rc::new(on_event),
            next: channel.port2(),
        };
        let this = inbox.clone();
        let step = Closure::<dyn Fn()>::new(move || this.step());
        channel
            .port1()
            .set_onmessage(Some(step.as_ref().unchecked_ref()));
        step.forget();
        Ok(inbox)
    }

    /// Queues `step`, to be taken in a later task.
    fn receive(&self, step: Step) {
        let first = {
            let mut steps = self.steps.borrow_mut();
            steps.push_back(step);
            steps.len() == 1
        };
        if first {
            self.later();
        }
    }

    /// Asks for a task for the next step.
    fn later(&self) {
        let _ = self.next.post_message(&JsValue::NULL);
    }

    /// Takes the first step waiting, and asks for a task for the next, if any.
    fn step(&self) {
        let next = self.steps.borrow_mut().pop_front();
        match next {
            Some(Step::Read(data)) => {
                let read = read_message(&data, &mut self.arriving.borrow_mut());
                let event = read.unwrap_or_else(|message| Some(Event::Failed { message }));
                if let Some(event) = event {
                    self.steps.borrow_mut().push_front(Step::Deliver(event));
                }
            }
            Some(Step::Deliver(event)) => (self.on_event)(event),
            None => {}
        }
        if !self.steps.borrow().is_empty() {
            self.later();
        }
    }
}

/// A message from the worker, read into `arriving` ([`Arriving::read`]): `{json, matrix}`, the
/// bytes of an event's JSON text and, for an update, its share matrix beside them
/// (`parallax_worker::protocol::Event::take_matrix`), each copied into the page's memory in one
/// piece and read there. A part of an update's documents waits in `arriving` for the rest of its
/// update (`None`).
fn read_message(data: &JsValue, arriving: &mut Arriving) -> Result<Option<Event>, String> {
    let part = |name: &str| Reflect::get(data, &name.into()).ok();
    let json: Uint8Array = part("json")
        .and_then(|j| j.dyn_into().ok())
        .ok_or_else(|| "the worker's answer could not be read".to_string())?;
    let matrix = part("matrix")
        .and_then(|m| m.dyn_into::<Float32Array>().ok())
        .map(|m| m.to_vec());
    arriving.read(&json.to_vec(), matrix.as_deref())
}

/// The worker `index.html` started, with what it has said so far; taken once.
fn adopt_early() -> Option<(web_sys::Worker, Array)> {
    let window = web_sys::window()?;
    let started = Reflect::get(&window, &EARLY.into()).ok()?;
    let worker = Reflect::get(&started, &"worker".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let early = Reflect::get(&started, &"early".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let _ = Reflect::delete_property(&window, &EARLY.into());
    Some((worker, early))
}

/// Where the worker's script is: beside the page, or in the page (single file).
fn script_url() -> Result<String, String> {
    let Some(source) = crate::seeds::page_block(SOURCE_ID) else {
        return Ok(SCRIPT.to_string());
    };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    Blob::new_with_str_sequence_and_options(&Array::of1(&source.into()), &options)
        .and_then(|blob| Url::create_object_url_with_blob(&blob))
        .map_err(|_| {
            "The comparison engine could not start: the browser refused its code".to_string()
        })
}
