//! Parallax in the browser: a Leptos (client-side rendered) app over the engine's report.
//!
//! Data flows one way: the bundled articles ([`seeds`]) and the user's own go to the Web
//! Worker ([`worker`], `crates/worker`), which runs the engine off the main thread; its
//! [`Report`](parallax_engine::Report) feeds the views. Views never compare text themselves;
//! they ask the engine (for example with a new threshold) through [`state::AppState`].

pub mod app;
pub mod components;
pub mod download;
pub mod export;
pub mod panic;
pub mod route;
pub mod scroll;
pub mod seeds;
pub mod state;
pub mod storage;
pub mod text;
pub mod views;
pub mod worker;

pub use app::App;
