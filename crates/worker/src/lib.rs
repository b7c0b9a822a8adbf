//! The user's articles and the analysis, off the page's main thread.
//!
//! - [`protocol`]: the messages between the page and the worker (both compile them);
//! - [`article`]: one article's data and where it is kept (pure);
//! - [`library`]: the bundled and the user's articles and the corpus of those shown (pure);
//! - [`backup`]: the saved library, one JSON file of the user's articles (pure);
//! - `web` (wasm32 only): the Web Worker itself: it receives commands, reads files through
//!   the readers module (`readers`: `parallax-ingest` built on its own, loaded on the first
//!   file), keeps the user's articles in IndexedDB, runs the engine and answers
//!   with the report. It is a thin shell over the two modules above.

pub mod article;
pub mod backup;
pub mod library;
pub mod protocol;

#[cfg(target_arch = "wasm32")]
pub mod readers;
#[cfg(target_arch = "wasm32")]
pub mod web;
