use leptos::prelude::*;
use parallax_engine::lang::names::name as language_name;

use crate::components::{ArticleSentence, DocumentMissing, YourArticle};
use crate::route::Route;
use crate::scroll::scroll_into_view;
use crate::state::AppState;
use crate::text::{
    body_paragraphs, date_label, listed_paragraphs, outlet, percent, plural, text_direction,
};

/// One article as its paragraphs; sentences found in other articles are highlighted.
#[component]
pub fn ArticleView(
    /// Document name (file stem).
    name: String,
) -> impl IntoView {
    let state = AppState::expect();
    let lookup = name.clone();
    let index = Memo::new(move |_| state.document_index(&lookup));
    // The sentence whose counterparts are shown (hover or focus).
    let active = RwSignal::new(None::<usize>);
    // The sentence the URL points at (`?s=N`), brought into view when it changes.
    let target = Memo::new(move |_| match state.location.get().route {
        Route::Article { sentence, .. } => sentence,
        _ => None,
    });
    Effect::new(move |_| {
        if let Some(s) = target.get() {
            index.track();
            scroll_into_view(&format!("s-{s}"));
        }
    });
    move || {
        let Some(d) = index.get() else {
            return view! { <DocumentMissing name=name.clone()/> }.into_any();
        };
        let (title, source, domain, (published, byline, language), words, shared, paragraphs, n) =
            state.report.with(|r| {
                let doc = &r.documents[d];
                (
                    doc.title.clone(),
                    doc.source.clone(),
                    outlet(doc),
                    (
                        doc.published.clone(),
                        doc.byline.clone(),
                        doc.language.clone(),
                    ),
                    doc.words,
                    doc.shared,
                    body_paragraphs(doc),
                    r.documents.len(),
                )
            });
        // A listing (the worker still comparing a large collection) has no sentences yet: the
        // text is shown as written, by paragraph, until the report follows.
        let comparing = state.comparing.get();
        let listed = if comparing && paragraphs.is_empty() {
            state.report.with(|r| listed_paragraphs(&r.documents[d]))
        } else {
            Vec::new()
        };
        // Without an address the outlet's name (when the file states one) stands alone.
        let unlinked_outlet = if source.is_none() {
            domain.clone()
        } else {
            None
        };
        view! {
            <article class="reader">
                <header class="reader-head">
                    <p class="crumbs"><a href="#/">"Overview"</a> " / article"</p>
                    <h1 class="reader-title" lang=language.clone() dir=text_direction(&language)>{title}</h1>
                    <p class="reader-meta">
                        {source.map(|url| view! {
                            <a class="outlet" href=url rel="noopener noreferrer external" target="_blank">
                                {domain.unwrap_or_else(|| "source".to_string())}
                            </a>
                            " · "
                        })}
                        {unlinked_outlet.map(|o| view! { <span class="outlet">{o}</span> " · " })}
                        {published.map(|p| view! { <time class="published" datetime=p.clone()>{date_label(&p)}</time> " · " })}
                        {byline.map(|b| view! { <span class="byline">{b}</span> " · " })}
                        <span class="language">{language_name(&language).to_string()}</span> " · "
                        {plural(words, "word")} " · "
                        {if comparing {
                            format!("being compared with the other {}…", plural(n.saturating_sub(1), "article"))
                        } else {
                            format!("{} shared with the other {}", percent(shared), plural(n.saturating_sub(1), "article"))
                        }}
                    </p>
                    <YourArticle index=d/>
                    <p class="legend">
                        <span class="legend-item"><span class="sent shared shared-1 sample">"sentence"</span> " found in 1 other article"</span>
                        <span class="legend-item"><span class="sent shared shared-3 sample">"sentence"</span> " found in 3 others"</span>
                        " · hover, focus or tap a highlighted sentence to see how the others word it"
                    </p>
                </header>
                <div class="reader-body" lang=language.clone() dir=text_direction(&language)>
                    {paragraphs
                        .into_iter()
                        .map(|sentences| view! {
                            <p class="para">
                                {sentences
                                    .into_iter()
                                    .map(|s| view! { <ArticleSentence doc=d sentence=s active target/> " " })
                                    .collect_view()}
                            </p>
                        })
                        .collect_view()}
                    {listed.into_iter().map(|text| view! { <p class="para">{text}</p> }).collect_view()}
                </div>
            </article>
        }
        .into_any()
    }
}
