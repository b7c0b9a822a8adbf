use leptos::prelude::*;

use parallax_worker::protocol::Command;

use crate::components::article_list::{arrange, SortBy};
use crate::components::{
    save_status, AddArticles, ArticleCard, ArticleList, DownloadButton, RankedPairs,
    SharedStatements, SimilarityMatrix,
};
use crate::export::overview_html;
use crate::route::Route;
use crate::state::AppState;
use crate::text::plural;

/// Largest corpus shown as cards (as many as fit two rows on a wide screen); past it, a
/// searchable, sortable list.
pub const CARDS_UP_TO: usize = 12;

/// Largest corpus shown as a similarity matrix (a 16×16 grid still fits a laptop screen and
/// reads cell by cell); past it, the most similar pairs as a ranked list.
pub const MATRIX_UP_TO: usize = 16;

/// The start page: the articles (cards, or a list for many), what they disagree on,
/// downloads, the similarity matrix (or ranked pairs for many) and the shared statements.
#[component]
pub fn Overview() -> impl IntoView {
    let state = AppState::expect();
    let count = Memo::new(move |_| state.report.with(|r| r.documents.len()));
    // Cards in the order the articles were added, or by publication ("who published first")
    // once any article states its date.
    let by_date = RwSignal::new(false);
    let dated = Memo::new(move |_| {
        state
            .report
            .with(|r| r.documents.iter().any(|d| d.published.is_some()))
    });
    let card_order = Memo::new(move |_| {
        let by = if by_date.get() && dated.get() {
            SortBy::Published
        } else {
            SortBy::Name
        };
        state
            .report
            .with(|r| arrange(&r.documents, &[], "", by, false))
    });
    view! {
        <Show when=move || { count.get() > 0 } fallback=|| view! { <EmptyState/> }>
            <section class="overview" aria-labelledby="articles-heading">
                <h1 id="articles-heading" class="section-title">"Articles"</h1>
                {move || if count.get() <= CARDS_UP_TO {
                    view! {
                        {move || dated.get().then(|| view! {
                            <label class="card-order">
                                <input type="checkbox" prop:checked=move || by_date.get()
                                    on:change=move |ev| by_date.set(event_target_checked(&ev))/>
                                " Published first"
                            </label>
                        })}
                        <ul class="cards">
                            <For each=move || card_order.get() key=|i| *i let:index>
                                <li><ArticleCard index/></li>
                            </For>
                        </ul>
                    }.into_any()
                } else {
                    view! { <ArticleList/> }.into_any()
                }}
                <AddArticles/>
                <DifferencesNav/>
                <Exports/>
                <div class="overview-grid">
                    <section aria-labelledby="matrix-heading">
                        <h2 id="matrix-heading" class="section-title">"Similarity"</h2>
                        {move || if count.get() <= MATRIX_UP_TO {
                            view! { <SimilarityMatrix/> }.into_any()
                        } else {
                            view! { <RankedPairs/> }.into_any()
                        }}
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

/// Links to the views of what the articles disagree on, with what each holds.
#[component]
fn DifferencesNav() -> impl IntoView {
    let state = AppState::expect();
    let counts = Memo::new(move |_| {
        state.report.with(|r| {
            let shared = r.quotes.iter().filter(|g| g.documents > 1).count();
            let differ = r.discrepancies.len();
            let only = r
                .documents
                .iter()
                .flat_map(|d| &d.sentences)
                .filter(|s| s.documents == 1)
                .count();
            (shared, differ, only)
        })
    });
    let href = move |route: Route| state.location.get().with_route(route).to_hash();
    view! {
        <nav class="differences" aria-label="What the articles disagree on">
            <a class="difference-link" href=move || href(Route::Discrepancies)>
                <strong>"Where they disagree"</strong>
                <span>{move || match counts.get().1 {
                    1 => "1 discrepancy in figures and speakers".to_string(),
                    n => format!("{n} discrepancies in figures and speakers"),
                }}</span>
            </a>
            <a class="difference-link" href=move || href(Route::Quotes)>
                <strong>"Quotes"</strong>
                <span>{move || format!("{} carried by several articles, with who said them", plural(counts.get().0, "quote"))}</span>
            </a>
            <a class="difference-link" href=move || href(Route::OnlyHere)>
                <strong>"Only here"</strong>
                <span>{move || format!("{} that only one article carries", plural(counts.get().2, "sentence"))}</span>
            </a>
        </nav>
    }
}

/// Downloads of what the overview shows.
#[component]
fn Exports() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <div class="exports" role="group" aria-label="Downloads">
            // Made by the worker (every pair is aligned there), saved when it answers.
            <span class="download">
                <button type="button" class="download-button"
                    title="Every pair at this strictness, as parallax compare --json prints it"
                    on:click=move |_| {
                        state.work.update(|w| w.saved_json = None);
                        state.send(&Command::ExportJson);
                    }>"Download JSON report"</button>
                <span class="download-status" role="status" aria-live="polite">
                    {move || state.work.with(|w| w.saved_json.clone()).map(save_status)}
                </span>
            </span>
            <DownloadButton
                label="Download HTML report"
                title="One web page, no script: opens offline, prints"
                file_name="parallax-overview.html".to_string()
                mime="text/html"
                make=move || Ok(state.report.with_untracked(|r| overview_html(r)))
            />
        </div>
    }
}

/// What an app built without articles shows.
#[component]
fn EmptyState() -> impl IntoView {
    view! {
        <section class="notice empty-state">
            <h1>"No articles to compare yet"</h1>
            <p>"Add two or more articles about one event: pick or drop their files, or paste their text. The first line is the title; a URL on its own line near the top becomes the source link."</p>
        </section>
        <AddArticles/>
    }
}
