use leptos::prelude::*;

use crate::route::Route;
use crate::state::AppState;
use parallax_engine::lang::names::name as language_name;

use crate::text::{date_label, outlet, percent, plural, short_label, text_direction};

/// A card for one article: title, outlet, length and how much of it the others share.
#[component]
pub fn ArticleCard(
    /// Index of the document in the report.
    index: usize,
) -> impl IntoView {
    let state = AppState::expect();
    let doc = Memo::new(move |_| {
        state.report.with(|r| {
            r.documents.get(index).map(|d| {
                (
                    d.name.clone(),
                    d.title.clone(),
                    outlet(d),
                    d.published.clone(),
                    d.byline.clone(),
                    (d.words, d.shared),
                    d.language.clone(),
                )
            })
        })
    });
    // The card names the article's language when the articles are not all in one.
    let mixed = Memo::new(move |_| {
        state.report.with(|r| {
            let mut known = r
                .documents
                .iter()
                .map(|d| &d.language)
                .filter(|l| *l != "und");
            known.next().is_some_and(|first| known.any(|l| l != first))
        })
    });
    let meta = Memo::new(move |_| state.article_meta(index));
    move || {
        doc.get().map(|(name, title, outlet, published, byline, (words, shared), language)| {
            let meta = meta.get();
            let named = mixed.get().then(|| view! { " · " <span class="language">{language_name(&language).to_string()}</span> });
            let href = state.location.with(|l| l.with_route(Route::Article { name: name.clone(), sentence: None }).to_hash());
            view! {
                <article class="card" class:yours=meta.yours>
                    <h2 class="card-title" lang=language.clone() dir=text_direction(&language)><a href=href>{title}</a></h2>
                    <p class="card-meta">
                        {meta.yours.then(|| view! { <span class="yours-badge">"Yours"</span> " " })}
                        <span class="card-id">{short_label(&name)}</span>
                        " · "
                        <span class="outlet">{outlet.unwrap_or_else(|| "no source given".to_string())}</span>
                        {published.map(|p| view! { " · " <time class="published" datetime=p.clone()>{date_label(&p)}</time> })}
                        " · "
                        <span class="words">{plural(words, "word")}</span>
                        {named}
                    </p>
                    {byline.map(|b| view! { <p class="byline">{b}</p> })}
                    {meta.note.map(|n| view! { <p class="read-note">{n}</p> })}
                    <div class="share" title="share of this article's words also found in another article">
                        <div class="share-bar" aria-hidden="true">
                            <span style=format!("width: {}", percent(shared))></span>
                        </div>
                        <span class="share-label">{format!("{} shared", percent(shared))}</span>
                    </div>
                </article>
            }
        })
    }
}
