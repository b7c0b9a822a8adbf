//! One article as the library holds it: its data (what a stored record and a saved library's
//! article are made of) and where it is kept. The library ([`crate::library`]) and the saved
//! library ([`crate::backup`]) both build on these; neither imports the other's types.

use std::sync::Arc;

use std::collections::BTreeMap;

use parallax_engine::text::Provenance;
use parallax_engine::Document;
use parallax_ingest::Metadata;
use serde::{Deserialize, Serialize};

/// Fields kept as they were (a map, so they are written in one order).
pub type Extra = BTreeMap<String, serde_json::Value>;

/// Where an article came from: a file, pasted text, or a Parallax report opened as a library.
pub mod origin {
    /// Read from a file the user picked or dropped.
    pub const FILE: &str = "file";
    /// Pasted into the page.
    pub const PASTE: &str = "paste";
    /// A document of a Parallax JSON report opened as a library.
    pub const REPORT: &str = "report";
}

/// What an article is, apart from where it is kept: its name, its text and what is known of
/// it. The same fields make a record the library stores and a saved library's article
/// ([`crate::backup`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleData {
    /// Its name: unique in a library, shown in lists and links (on the way in, the name it
    /// asks for, made unique when it is added).
    pub name: String,
    /// Its text, as the engine reads it.
    pub text: Arc<str>,
    /// How its file was read, when the user should know.
    pub note: Option<String>,
    /// Where it came from ([`origin`]); `None` for bundled articles and old records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// The name of the file it was read from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// When it was first added (ISO 8601, UTC), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<String>,
    /// What its file said about itself (headline, outlet, address, byline, date).
    #[serde(default, skip_serializing_if = "Metadata::is_empty")]
    pub meta: Metadata,
    /// The language the user said it is in (an ISO 639-1 code the engine knows), when the
    /// detected one was wrong; `None`: the engine detects it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Fields that this version does not know (written by a later one), kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One article of the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Key of its stored record (the user's articles); 0 for bundled ones.
    pub id: u64,
    /// Its name, text and what is known of it.
    pub data: ArticleData,
    /// Whether this browser's storage holds it (`false`: a write failed, it lives in this
    /// tab only).
    pub stored: bool,
}

impl Article {
    /// The article as the engine reads it.
    pub(crate) fn document(&self) -> Document {
        let meta = &self.data.meta;
        let document = Document::parse(self.data.name.clone(), self.data.text.clone())
            .with_provenance(Provenance {
                outlet: meta.outlet.clone(),
                byline: meta.byline.clone(),
                published: meta.published.clone(),
            });
        match &self.data.language {
            Some(code) => document.with_language(code),
            None => document,
        }
    }
}
