//! **Base**: what every layer uses and that knows nothing of text: byte ranges ([`Span`]), the
//! engine's settings ([`Config`]), a deterministic hash and one compiled sort.
//!
//! | module   | does                                                                  |
//! |----------|-----------------------------------------------------------------------|
//! | `span`   | [`Span`]: a half-open byte range on `char` boundaries                  |
//! | `config` | [`Config`] and the documented default thresholds                       |
//! | `hash`   | FNV-1a word and shingle hashes (the same on every platform and run)    |
//! | `order`  | one stable sort with one compiled copy of its code (the wasm stays small) |
//! | `threads`| runs of work on scoped threads, results in order (native builds only)  |
//!
//! This layer imports nothing of the engine.

pub mod config;
pub(crate) mod hash;
pub mod order;
mod span;
#[cfg(not(target_arch = "wasm32"))]
pub mod threads;

pub use config::Config;
pub use hash::Key;
pub use span::Span;
