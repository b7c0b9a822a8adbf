use leptos::prelude::*;

use crate::route::Route;
use crate::state::AppState;
use crate::text::{heat, percent, short_label};

/// The N×N similarity matrix as a heat map: the cell in row A, column B is the share of A's
/// words found in B. Each cell opens that pair.
#[component]
pub fn SimilarityMatrix() -> impl IntoView {
    let state = AppState::expect();
    let data = Memo::new(move |_| {
        state.report.with(|r| {
            let labels: Vec<(String, String)> = r
                .documents
                .iter()
                .map(|d| (short_label(&d.name), d.title.clone()))
                .collect();
            let names: Vec<String> = r.documents.iter().map(|d| d.name.clone()).collect();
            (labels, names, r.matrix.clone())
        })
    });
    move || {
        let (labels, names, matrix) = data.get();
        let base = state.location.get();
        view! {
            <table class="matrix">
                <caption class="matrix-caption">
                    "Row article’s share of words found in the column article. Select a cell to compare the two."
                    <span class="legend-scale" aria-hidden="true">"0%" <span class="ramp"></span> "100%"</span>
                </caption>
                <thead>
                    <tr>
                        <td></td>
                        {labels.iter().map(|(l, t)| view! { <th scope="col" title=t.clone()>{l.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {matrix
                        .iter()
                        .enumerate()
                        .map(|(a, row)| {
                            let (label, title) = labels[a].clone();
                            view! {
                                <tr>
                                    <th scope="row" title=title>{label}</th>
                                    {row
                                        .iter()
                                        .enumerate()
                                        .map(|(b, &share)| {
                                            if a == b {
                                                return view! { <td><span class="cell-self" aria-label="same article">"—"</span></td> }.into_any();
                                            }
                                            let href = base
                                                .with_route(Route::pair(names[a].clone(), names[b].clone()))
                                                .to_hash();
                                            let label = format!(
                                                "{} shares {} of its words with {}; open side by side",
                                                labels[a].0, percent(share), labels[b].0
                                            );
                                            view! {
                                                <td>
                                                    <a class="cell-link" href=href
                                                        style=heat(share) aria-label=label title=format!("{} → {}", labels[a].1, labels[b].1)>
                                                        {percent(share)}
                                                    </a>
                                                </td>
                                            }
                                            .into_any()
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
    }
}
