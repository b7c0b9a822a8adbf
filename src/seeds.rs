//! The articles bundled at build time (see `build.rs`).

use parallax_engine::{Corpus, Document};

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// The bundled articles as engine documents, sorted by file name.
pub fn documents() -> Vec<Document> {
    SEEDS
        .iter()
        .map(|(name, text)| Document::parse(*name, *text))
        .collect()
}

/// The bundled articles prepared for comparison.
pub fn corpus() -> Corpus {
    Corpus::from_documents(documents())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_sorted_by_name() {
        let names: Vec<&str> = SEEDS.iter().map(|(n, _)| *n).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
    }
}
