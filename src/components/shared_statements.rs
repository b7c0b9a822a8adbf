use leptos::prelude::*;

use crate::route::Route;
use crate::state::AppState;
use crate::text::{sentence_text, short_label};

/// Most statements listed on the overview.
pub const MAX_STATEMENTS: usize = 40;

/// Most wordings listed per statement: syndicated copy can carry one sentence in hundreds of
/// articles, and the first few show it; the rest are counted.
pub const MAX_WORDINGS: usize = 6;

/// The statements several articles carry, most widely carried first, each with its wording
/// in every article that has it.
#[component]
pub fn SharedStatements() -> impl IntoView {
    let state = AppState::expect();
    let items = Memo::new(move |_| {
        state.report.with(|r| {
            r.clusters
                .iter()
                .take(MAX_STATEMENTS)
                .map(|c| {
                    let wordings: Vec<(String, usize, String, String, String)> = c
                        .members
                        .iter()
                        .take(MAX_WORDINGS)
                        .map(|&[d, s]| {
                            let doc = &r.documents[d];
                            (
                                doc.name.clone(),
                                s,
                                short_label(&doc.name),
                                doc.source_domain.clone().unwrap_or_default(),
                                sentence_text(doc, s).to_string(),
                            )
                        })
                        .collect();
                    (
                        c.documents,
                        wordings,
                        c.members.len().saturating_sub(MAX_WORDINGS),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let total = Memo::new(move |_| state.report.with(|r| r.documents.len()));
    move || {
        let n = total.get();
        let base = state.location.get();
        let items = items.get();
        if items.is_empty() {
            return view! {
                <p class="empty-cell">"No statement appears in more than one article at this strictness."</p>
            }
            .into_any();
        }
        view! {
            <ol class="clusters">
                {items
                    .into_iter()
                    .map(|(k, wordings, more)| {
                        let dots = format!("{}{}", "●".repeat(k), "○".repeat(n.saturating_sub(k)));
                        view! {
                            <li class="cluster">
                                <p class="cluster-head">
                                    <span class="dots" aria-hidden="true">{dots}</span>
                                    <span>{format!("in {k} of {n} articles")}</span>
                                </p>
                                <ul class="wordings">
                                    {wordings
                                        .into_iter()
                                        .map(|(name, sentence, label, domain, text)| {
                                            let href = base
                                                .with_route(Route::Article { name, sentence: Some(sentence) })
                                                .to_hash();
                                            let source = if domain.is_empty() { label } else { format!("{label} · {domain}") };
                                            view! {
                                                <li class="wording">
                                                    <span class="wording-source">{source}</span>
                                                    <a class="wording-text" href=href>{text}</a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                                {(more > 0).then(|| view! {
                                    <p class="more-wordings">{format!("and {more} more in other articles")}</p>
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
        .into_any()
    }
}
