use leptos::prelude::*;
use parallax_engine::report::ranked_pairs;

use crate::route::Route;
use crate::state::AppState;
use crate::text::{percent, short_label};

/// Pairs listed (the caption says 50): the ones worth opening first; the article list and
/// each article's view lead to the rest.
pub const MAX_PAIRS: usize = 50;

/// The most similar pairs, for corpora too large for the matrix: each opens side by side.
#[component]
pub fn RankedPairs() -> impl IntoView {
    let state = AppState::expect();
    let pairs = Memo::new(move |_| state.report.with(|r| ranked_pairs(&r.matrix, MAX_PAIRS)));
    view! {
        <div class="ranked-pairs">
            <p class="matrix-caption">
                "The 50 pairs that share the most, by the larger of the two shares (how much of one article the other carries). Select one to compare the two."
            </p>
            <ol class="pairs">
                // Re-rendered whole when the report changes (at most MAX_PAIRS short rows): an
                // unkeyed list of `AnyView`s costs the wasm far less than another keyed `For`.
                {move || state.report.with(|r| {
                    pairs.with(|pairs| {
                        pairs
                            .iter()
                            .filter_map(|&[a, b]| {
                                let (da, db) = (r.documents.get(a)?, r.documents.get(b)?);
                                let (ab, ba) = (r.matrix[a][b], r.matrix[b][a]);
                                let href = state.location.with(|l| {
                                    l.with_route(Route::pair(da.name.clone(), db.name.clone())).to_hash()
                                });
                                let label = short_label(&da.name) + " and " + &short_label(&db.name);
                                Some(view! {
                                    <li class="pair-item">
                                        <a href=href>
                                            <span class="pair-ids">{label}</span>
                                            <span class="pair-shares" title="share of each found in the other">
                                                {percent(ab) + " · " + &percent(ba)}
                                            </span>
                                            <span class="pair-titles">{da.title.clone() + " / " + &db.title}</span>
                                        </a>
                                    </li>
                                }.into_any())
                            })
                            .collect::<Vec<_>>()
                    })
                })}
            </ol>
        </div>
    }
}
