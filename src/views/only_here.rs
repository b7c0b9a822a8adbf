use leptos::prelude::*;

use crate::route::Route;
use crate::state::AppState;
use crate::text::{body_paragraphs, plural, sentence_text, source_label};

/// One article's sentences that no other article carries.
#[derive(Clone, PartialEq)]
struct Article {
    name: String,
    title: String,
    source: String,
    words: usize,
    /// `(sentence index, text)`, in reading order.
    sentences: Vec<(usize, String)>,
}

/// For each article, in reading order, the sentences no other article carries: what only
/// that outlet reported.
#[component]
pub fn OnlyHereView() -> impl IntoView {
    let state = AppState::expect();
    let articles = Memo::new(move |_| {
        state.report.with(|r| {
            r.documents
                .iter()
                .map(|doc| {
                    let sentences: Vec<(usize, String)> = body_paragraphs(doc)
                        .into_iter()
                        .flatten()
                        .filter(|&s| doc.sentences[s].documents == 1 && !doc.sentences[s].furniture)
                        .map(|s| (s, sentence_text(doc, s).to_string()))
                        .collect();
                    Article {
                        name: doc.name.clone(),
                        title: doc.title.clone(),
                        source: source_label(doc),
                        words: sentences.iter().map(|&(s, _)| doc.sentences[s].words).sum(),
                        sentences,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    move || {
        let base = state.location.get();
        view! {
            <section class="listing" aria-labelledby="only-heading">
                <p class="crumbs"><a href="#/">"Overview"</a> " / only here"</p>
                <h1 id="only-heading" class="listing-title">"Only here"</h1>
                <p class="listing-intro">
                    "For each article, the sentences no other article carries, in reading order: what only that outlet reported. The strictness setting decides what counts as carried."
                </p>
                <div class="only-here">
                    {articles
                        .get()
                        .into_iter()
                        .map(|a| {
                            let count = format!(
                                "{} · {}",
                                plural(a.sentences.len(), "sentence"),
                                plural(a.words, "word")
                            );
                            let name = a.name.clone();
                            let label = a.title.clone();
                            let article_href = base
                                .with_route(Route::Article { name: a.name.clone(), sentence: None })
                                .to_hash();
                            view! {
                                <section class="only-article" aria-label=label>
                                    <h2 class="only-title"><a href=article_href>{a.title}</a></h2>
                                    <p class="reader-meta">{a.source} " · " {count}</p>
                                    {if a.sentences.is_empty() {
                                        view! { <p class="empty-cell">"Everything here is also in another article."</p> }.into_any()
                                    } else {
                                        view! {
                                            <ol class="only-sentences">
                                                {a.sentences
                                                    .into_iter()
                                                    .map(|(s, text)| {
                                                        let href = base
                                                            .with_route(Route::Article { name: name.clone(), sentence: Some(s) })
                                                            .to_hash();
                                                        view! { <li><a href=href>{text}</a></li> }
                                                    })
                                                    .collect_view()}
                                            </ol>
                                        }.into_any()
                                    }}
                                </section>
                            }
                        })
                        .collect_view()}
                </div>
            </section>
        }
    }
}
