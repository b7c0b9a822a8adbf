//! The root component: shared state, the top bar and the routed view.

use leptos::prelude::*;

use crate::components::{add_files, CopyLink, WorkStatus};
use crate::route::Route;
use crate::seeds;
use crate::state::AppState;
use crate::views::{
    ArticleView, DiscrepanciesView, NotFound, OnlyHereView, Overview, PairView, QuotesView,
};

/// The whole app: starts the worker with the bundled articles, then shows [`Shell`].
#[component]
pub fn App() -> impl IntoView {
    provide_context(AppState::new(seeds::data_block()));
    view! { <Shell/> }
}

/// The top bar and the routed view over the [`AppState`] in context. The first view waits for
/// the worker's first report (restored articles included).
#[component]
pub fn Shell() -> impl IntoView {
    let state = AppState::expect();
    // Which view to mount. The pair view's row and the article's sentence are left out so
    // moving between them does not rebuild the view; the views read them from the location.
    let route = Memo::new(move |_| match state.location.get().route {
        Route::Pair { a, b, .. } => Route::pair(a, b),
        Route::Article { name, .. } => Route::Article {
            name,
            sentence: None,
        },
        other => other,
    });
    // Files dropped anywhere on the page are added; while they are dragged over it, it says so.
    let dragging = RwSignal::new(false);
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        ev.prevent_default();
        dragging.set(true);
    });
    let left = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window (not moving between elements inside it).
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let dropped = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            add_files(state, &files);
        }
    });
    on_cleanup(move || {
        over.remove();
        left.remove();
        dropped.remove();
    });
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_main();
        }>"Skip to content"</a>
        <header class="topbar">
            <a class="brand" href="#/">"Parallax"</a>
            <span class="topbar-note" class:comparing=move || state.comparing.get()>
                {move || state.report.with(|r| summary(r.documents.len()))}
                {move || state.comparing.get().then_some(", being compared…")}
            </span>
            <CopyLink/>
        </header>
        <WorkStatus/>
        <div class="drop-overlay" class:shown=move || dragging.get() aria-hidden="true">
            <p>"Drop .txt, .md, .html, .mhtml, .docx or .pdf files to add them"</p>
        </div>
        <main id="main" tabindex="-1">
            {move || if !state.ready.get() {
                view! { <p class="loading">"Reading the articles…"</p> }.into_any()
            } else { match route.get() {
                Route::Overview => view! { <Overview/> }.into_any(),
                Route::Article { name, .. } => view! { <ArticleView name/> }.into_any(),
                Route::Pair { a, b, .. } => view! { <PairView a b/> }.into_any(),
                Route::Quotes => view! { <QuotesView/> }.into_any(),
                Route::Discrepancies => view! { <DiscrepanciesView/> }.into_any(),
                Route::OnlyHere => view! { <OnlyHereView/> }.into_any(),
                Route::Unknown(hash) => view! { <NotFound hash/> }.into_any(),
            }}}
        </main>
    }
}

fn summary(n: usize) -> String {
    match n {
        0 => "no articles yet".to_string(),
        1 => "1 article".to_string(),
        n => format!("{n} articles about one event"),
    }
}

fn focus_main() {
    use leptos::wasm_bindgen::JsCast;
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
