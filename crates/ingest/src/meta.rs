//! What a document says about itself: headline, outlet, address, byline and date, as the
//! page (or the Word or PDF file) states them. Every field is optional: a plain text file
//! states none of them, and a page may state some.

use serde::{Deserialize, Serialize};

/// A document's own metadata (see the module documentation). Strings are trimmed, white space
/// collapsed; a field the document does not state is `None`, never an empty string.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// The headline: `og:title`, else the article's `<h1>`, else `<title>`, with the site's
    /// suffix (" - The New York Times", " | BBC News") dropped. For Word files the first
    /// heading or the document's title property; for PDF the title property or the first
    /// line in the largest type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Who published it: `og:site_name`, JSON-LD `publisher.name`, or the canonical address's
    /// host name without `www.`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The canonical address: `<link rel=canonical>`, `og:url`, JSON-LD `url`, or the address
    /// a saved page records (the "saved from url" comment, an `.mhtml` file's
    /// `Snapshot-Content-Location`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The byline: `<meta name=author>`, `article:author` (when not an address), JSON-LD
    /// `author.name` (several joined with ", "), `rel=author`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// When it was published, as ISO 8601: a date (`2017-12-13`) or a date and time with its
    /// offset when the page gives one (`2017-12-13T09:41:00Z`, `2017-12-13T09:41:00+01:00`).
    /// From `article:published_time`, JSON-LD `datePublished`, `<time datetime>` (the first
    /// in the article), `<meta name=date>`/`pubdate`/`dc.date`; for Word and PDF files their
    /// creation date property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

impl Metadata {
    /// Whether the document stated nothing at all.
    pub fn is_empty(&self) -> bool {
        *self == Metadata::default()
    }
}
