use leptos::prelude::*;

use crate::components::{ArticleCard, SharedStatements, SimilarityMatrix};
use crate::state::AppState;

/// The start page: a card per article.
#[component]
pub fn Overview() -> impl IntoView {
    let state = AppState::expect();
    let count = Memo::new(move |_| state.report.with(|r| r.documents.len()));
    view! {
        <Show when=move || { count.get() > 0 } fallback=|| view! { <EmptyState/> }>
            <section class="overview" aria-labelledby="articles-heading">
                <h1 id="articles-heading" class="section-title">"Articles"</h1>
                <ul class="cards">
                    <For each=move || 0..count.get() key=|i| *i let:index>
                        <li><ArticleCard index/></li>
                    </For>
                </ul>
                <div class="overview-grid">
                    <section aria-labelledby="matrix-heading">
                        <h2 id="matrix-heading" class="section-title">"Similarity"</h2>
                        <SimilarityMatrix/>
                    </section>
                    <section aria-labelledby="statements-heading">
                        <h2 id="statements-heading" class="section-title">"Shared statements"</h2>
                        <SharedStatements/>
                    </section>
                </div>
            </section>
        </Show>
    }
}

/// What an app built without articles shows.
#[component]
fn EmptyState() -> impl IntoView {
    view! {
        <section class="notice empty-state">
            <h1>"No articles yet"</h1>
            <p>"Parallax compares the articles it was built with, and none were bundled."</p>
            <ol>
                <li>"Put two or more plain-text articles (" <code>".txt"</code> ", UTF-8) in the " <code>"seeds/"</code> " folder of the project."</li>
                <li>"The first line is the title; a URL on its own line near the top becomes the source link."</li>
                <li>"Rebuild: " <code>"make serve"</code> " to try it, " <code>"make build"</code> " for a " <code>"dist/"</code> " to deploy."</li>
            </ol>
        </section>
    }
}
