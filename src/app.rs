//! The root component: shared state, the top bar and the routed view.

use leptos::prelude::*;

use crate::components::CopyLink;
use crate::route::Route;
use crate::seeds;
use crate::state::AppState;
use crate::views::{
    ArticleView, DiscrepanciesView, NotFound, OnlyHereView, Overview, PairView, QuotesView,
};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(seeds::corpus());
    provide_context(state);
    // Which view to mount. The pair view's row and the article's sentence are left out so
    // moving between them does not rebuild the view; the views read them from the location.
    let route = Memo::new(move |_| match state.location.get().route {
        Route::Pair { a, b, .. } => Route::Pair { a, b, row: None },
        Route::Article { name, .. } => Route::Article {
            name,
            sentence: None,
        },
        other => other,
    });
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_main();
        }>"Skip to content"</a>
        <header class="topbar">
            <a class="brand" href="#/">"Parallax"</a>
            <span class="topbar-note">{move || state.report.with(|r| summary(r.documents.len()))}</span>
            <CopyLink/>
        </header>
        <main id="main" tabindex="-1">
            {move || match route.get() {
                Route::Overview => view! { <Overview/> }.into_any(),
                Route::Article { name, .. } => view! { <ArticleView name/> }.into_any(),
                Route::Pair { a, b, .. } => view! { <PairView a b/> }.into_any(),
                Route::Quotes => view! { <QuotesView/> }.into_any(),
                Route::Discrepancies => view! { <DiscrepanciesView/> }.into_any(),
                Route::OnlyHere => view! { <OnlyHereView/> }.into_any(),
                Route::Unknown(hash) => view! { <NotFound hash/> }.into_any(),
            }}
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
