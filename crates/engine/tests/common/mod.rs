//! Helpers shared by the integration tests.

use parallax_engine::report::Report;
use parallax_engine::{analyze, Config, Corpus, Document};

/// The report on documents with these texts (named `d0`, `d1`, …) at the default settings.
pub fn report_of(texts: &[&str]) -> Report {
    let corpus = Corpus::from_documents(
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::parse(format!("d{i}"), t.to_string())),
    );
    analyze(&corpus, &Config::default())
}
