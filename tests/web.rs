//! Browser tests: mount the app in headless Chromium (wasm-bindgen-test) and check the DOM.
//!
//! Run with `cargo test -p parallax-app --target wasm32-unknown-unknown --test web` and
//! `wasm-bindgen-test-runner` as the target runner (scripts/test.sh sets it up).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use parallax_app::app::Shell;
use parallax_app::seeds::{self, SEEDS};
use parallax_app::state::AppState;
use parallax_app::views::PairView;
use parallax_engine::report::{pair_corpus, pair_passages, pair_report};
use parallax_engine::{analyze, Config, Corpus, Document, Report};
use parallax_worker::protocol::PairAnswer;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app at `hash` into a fresh container and gives the browser a moment to render.
/// The app's views over the engine's report on the seeds, as the worker would send it (the
/// worker itself runs in the end-to-end tests, which serve the built app).
async fn mount_at(hash: &str) -> web_sys::HtmlElement {
    mount_view_at(hash, SeedsApp).await
}

/// The report the views get, at the page's settings (pairs are aligned on demand).
fn report_on(corpus: &Corpus) -> Report {
    analyze(corpus, &Config::corpus_wide(None))
}

/// The views' state over `report`, with pairs aligned in the page as the worker would.
fn state_of(report: Report) -> AppState {
    let state = AppState::from_report(report);
    state.align_in_page(Box::new(|report, a, b, threshold| {
        let (corpus, matrix) = pair_corpus(report, a, b).expect("both documents");
        let config = Config::corpus_wide(threshold);
        PairAnswer {
            a: report.documents[a].name.clone(),
            b: report.documents[b].name.clone(),
            threshold,
            pair: pair_report(&corpus, &matrix, 0, 1, &config),
            passages: pair_passages(&corpus, 0, 1, &Config::default()),
        }
    }));
    state
}

#[component]
fn SeedsApp() -> impl IntoView {
    provide_context(state_of(report_on(&seeds::corpus())));
    view! { <Shell/> }
}

/// Mounts `view` at `hash` into a fresh container (earlier test roots go) and gives the
/// browser a moment to render.
async fn mount_view_at<F, N>(hash: &str, view: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let window = web_sys::window().expect("a window");
    window.location().set_hash(hash).expect("set hash");
    let document = window.document().expect("a document");
    // Each test starts clean: earlier test roots go (the runner's own output stays).
    let old = document.query_selector_all(".test-root").expect("selector");
    for i in 0..old.length() {
        if let Some(node) = old.item(i) {
            let element: web_sys::Element = node.unchecked_into();
            element.remove();
        }
    }
    let container: web_sys::HtmlElement = document
        .create_element("div")
        .expect("div")
        .unchecked_into();
    container.set_class_name("test-root");
    document
        .body()
        .expect("a body")
        .append_child(&container)
        .expect("append");
    let handle = leptos::mount::mount_to(container.clone(), view);
    handle.forget();
    tick().await;
    container
}

async fn tick() {
    // Let Leptos flush effects and the browser lay out.
    gloo_timers::future::TimeoutFuture::new(30).await;
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn overview_lists_every_seed() {
    let root = mount_at("#/").await;
    let titles = texts(&root, ".card-title");
    assert_eq!(titles.len(), SEEDS.len());
    assert!(
        titles
            .iter()
            .any(|t| t.contains("Trump declares US-Russia relations")),
        "{titles:?}"
    );
    assert!(texts(&root, ".outlet").iter().any(|t| t == "foxnews.com"));
}

#[wasm_bindgen_test]
async fn article_view_shows_paragraphs_as_text() {
    let root = mount_at("#/article/001_c4e2f3fc947ec588").await;
    let title = texts(&root, ".reader-title");
    assert_eq!(title, ["Tillerson says US-Russia ties at ‘low point,’ calls for easing tensions after Putin meeting"]);
    let paragraphs = texts(&root, ".reader-body .para");
    assert!(paragraphs.len() > 10, "{} paragraphs", paragraphs.len());
    assert!(paragraphs[0]
        .starts_with("Secretary of State Rex Tillerson held a hastily arranged meeting"));
    // Shared sentences carry a k/N badge.
    assert!(root
        .query_selector(".sent.shared .badge")
        .expect("selector")
        .is_some());
}

#[wasm_bindgen_test]
async fn pair_view_puts_the_trust_quote_on_one_row() {
    let root = mount_at("#/pair/000_be9d27741bf0bd67/001_c4e2f3fc947ec588").await;
    let rows = root
        .query_selector_all(".prow:not(.prow-head)")
        .expect("selector");
    let mut found = false;
    for i in 0..rows.length() {
        let row = rows.item(i).expect("row");
        let row: web_sys::Element = row.unchecked_into();
        let a = row
            .query_selector(".cell-a")
            .ok()
            .flatten()
            .and_then(|c| c.text_content())
            .unwrap_or_default();
        let b = row
            .query_selector(".cell-b")
            .ok()
            .flatten()
            .and_then(|c| c.text_content())
            .unwrap_or_default();
        if a.contains("There is a low level of trust between our two countries")
            && b.contains("There is a low level of trust between our two countries")
        {
            found = true;
        }
    }
    assert!(found, "no row holds both wordings");
}

#[wasm_bindgen_test]
async fn unknown_routes_and_documents_say_so() {
    let root = mount_at("#/nowhere").await;
    assert_eq!(texts(&root, "h1"), ["Nothing here"]);
    let root = mount_at("#/article/missing").await;
    assert_eq!(texts(&root, "h1"), ["No such article"]);
}

/// The pair view over two crafted articles whose one matched sentence gives another death toll.
#[component]
fn CraftedPair() -> impl IntoView {
    let corpus = Corpus::from_documents([
        Document::parse("a", "Toll rises\n\nThe attack on the town of Khan Sheikhoun killed 87 people on Tuesday, officials said."),
        Document::parse("b", "Toll rises\n\nThe attack on the town of Khan Sheikhoun killed 89 people on Tuesday, officials said."),
    ]);
    provide_context(state_of(report_on(&corpus)));
    view! { <PairView a="a".to_string() b="b".to_string()/> }
}

#[wasm_bindgen_test]
async fn a_changed_figure_is_marked_more_strongly_than_an_edit() {
    let container = mount_view_at("#/pair/a/b", CraftedPair).await;
    assert_eq!(
        texts(&container, "del.figure"),
        ["changed figure, deleted: 87"]
    );
    assert_eq!(
        texts(&container, "ins.figure"),
        ["changed figure, inserted: 89"]
    );
    container.remove();
}
