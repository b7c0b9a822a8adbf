//! The articles bundled at build time.
//!
//! In the browser they travel in the page, as the JSON data block
//! `<script type="application/json" id="parallax-seeds">` that `scripts/seeds.mjs` writes into
//! `index.html` after each build: articles are content, and the wasm's size budget is for
//! code. The page hands the block's text to the worker ([`data_block`]), which reads it. Native code (tests, tools) reads the
//! same files through [`SEEDS`], which `build.rs` generates; the browser build never refers to
//! it, so the texts are not in its wasm.

use parallax_engine::{Corpus, Document};

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// The `id` of the page's data block.
pub const BLOCK_ID: &str = "parallax-seeds";

/// The bundled articles as engine documents, sorted by file name.
pub fn documents() -> Vec<Document> {
    bundled()
        .into_iter()
        .map(|(name, text)| Document::parse(name, text))
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
#[cfg(target_arch = "wasm32")]
pub fn bundled_report() -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(REPORT_ID)?
        .text_content()
}

/// Native code has no page.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_report() -> Option<String> {
    None
}

/// The text of the page's data block (`[[name, text], …]`), for the worker; `[]` without one.
#[cfg(target_arch = "wasm32")]
pub fn data_block() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(BLOCK_ID))
        .and_then(|e| e.text_content())
        .unwrap_or_else(|| "[]".to_string())
}

/// The data block made from the build's articles (native code has no page).
#[cfg(not(target_arch = "wasm32"))]
pub fn data_block() -> String {
    data_block_json()
}

/// `(name, text)` of each bundled article, from the page.
#[cfg(target_arch = "wasm32")]
fn bundled() -> Vec<(String, String)> {
    use leptos::wasm_bindgen::JsCast;
    use web_sys::js_sys::{Array, JSON};
    let json = data_block();
    // A malformed block reads as no articles (the overview then says how to add some); it
    // never stops the app.
    let Ok(rows) = JSON::parse(&json).and_then(|v| v.dyn_into::<Array>()) else {
        return Vec::new();
    };
    rows.iter()
        .filter_map(|row| {
            let row = row.dyn_into::<Array>().ok()?;
            Some((row.get(0).as_string()?, row.get(1).as_string()?))
        })
        .collect()
}

/// `(name, text)` of each bundled article, from the build.
#[cfg(not(target_arch = "wasm32"))]
fn bundled() -> Vec<(String, String)> {
    SEEDS
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect()
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
