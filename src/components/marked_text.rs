use leptos::prelude::*;

use crate::state::AppState;
use crate::text::{mark_segments, slice};

/// Text of a document range with some parts marked: shared phrases, or (with `kind="figure"`)
/// the figures of a discrepancy.
#[component]
pub fn MarkedText(
    /// Document index.
    doc: usize,
    /// Byte range to show.
    range: [usize; 2],
    /// Byte ranges to mark.
    marks: Vec<[usize; 2]>,
    /// What the marks are: `phrase` (default) or `figure`.
    #[prop(default = "phrase")]
    kind: &'static str,
) -> impl IntoView {
    let announce = if kind == "figure" {
        "figure: "
    } else {
        "shared phrase: "
    };
    let state = AppState::expect();
    let parts: Vec<(bool, String)> = state.report.with_untracked(|r| {
        let doc = &r.documents[doc];
        mark_segments(range, &marks)
            .into_iter()
            .map(|s| (s.marked, slice(doc, s.range).to_string()))
            .collect()
    });
    parts
        .into_iter()
        .map(|(marked, text)| {
            if marked {
                view! { <mark class=kind><span class="sr-only">{announce}</span>{text}</mark> }
                    .into_any()
            } else {
                view! { <span>{text}</span> }.into_any()
            }
        })
        .collect_view()
}
