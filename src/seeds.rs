//! The articles bundled at build time.
//!
//! In the browser they travel in the page, as the JSON data block
//! `<script type="application/json" id="parallax-seeds">` that `scripts/seeds.mjs` writes into
//! `index.html` after each build: articles are content, and the wasm's size budget is for
//! code. The page hands the block's text to the worker ([`data_block`]), which reads it.
//! Native code and tests read the same files through [`SEEDS`], which `build.rs` generates;
//! the app never refers to it, so the texts are not in its wasm.

use parallax_engine::{Corpus, Document};

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// The `id` of the page's data block.
pub const BLOCK_ID: &str = "parallax-seeds";

/// The bundled articles as engine documents, sorted by file name (native code and tests; the
/// page hands the bundle to the worker instead, [`data_block`]).
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

/// The `id` of the page's data block with the engine's report on the bundled articles (made
/// at build time, for bundles of up to 50 articles).
pub const REPORT_ID: &str = "parallax-bundled-report";

/// The report on the bundled articles that the page carries, if it carries one.
pub fn bundled_report() -> Option<String> {
    page_block(REPORT_ID)
}

/// The text of the page's data block (`[[name, text], …]`), for the worker; `[]` without one.
/// Native code has no page: the block made from [`SEEDS`].
pub fn data_block() -> String {
    if cfg!(target_arch = "wasm32") {
        page_block(BLOCK_ID).unwrap_or_else(|| "[]".to_string())
    } else {
        data_block_json()
    }
}

/// The text of the page's element `id` (a data block the build wrote); `None` without a page
/// or without that element.
pub fn page_block(id: &str) -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .text_content()
}

/// The data block the page carries, made from [`SEEDS`]: what `scripts/seeds.mjs` writes, for
/// tests that build a page themselves (the browser tests). No `<` inside.
pub fn data_block_json() -> String {
    serde_json::to_string(SEEDS)
        .unwrap_or_else(|_| "[]".to_string())
        .replace('<', "\\u003c")
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

    #[test]
    fn the_data_block_is_json_without_angle_brackets() {
        let json = data_block_json();
        assert!(!json.contains('<'));
        let back: Vec<(String, String)> = serde_json::from_str(&json).expect("JSON");
        assert_eq!(back.len(), SEEDS.len());
        assert!(back
            .iter()
            .zip(SEEDS)
            .all(|(x, y)| x.0 == y.0 && x.1 == y.1));
    }
}
