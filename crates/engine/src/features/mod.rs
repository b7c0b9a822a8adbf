//! **Features of one document**: what a document states that other documents may state
//! differently: its quotations with their speakers ([`quotes`]) and its figures ([`figures`]).
//! Each is read from one document's text and sentences, with its language's tables; grouping
//! them across documents is [`crate::analysis`]'s work.
//!
//! Imports only [`crate::base`], [`crate::lang`] and [`crate::text`].

pub mod figures;
pub mod quotes;

pub use figures::Figure;
pub use quotes::{Quote, Speaker};
