use leptos::prelude::*;

use crate::state::AppState;
use crate::text::mark_segments;

/// Text of a document range with some parts marked (shared phrases).
#[component]
pub fn MarkedText(
    /// Document index.
    doc: usize,
    /// Byte range to show.
    range: [usize; 2],
    /// Byte ranges to mark.
    marks: Vec<[usize; 2]>,
) -> impl IntoView {
    let state = AppState::expect();
    let parts: Vec<(bool, String)> = state.report.with_untracked(|r| {
        let text = &r.documents[doc].text;
        mark_segments(range, &marks)
            .into_iter()
            .map(|s| {
                (
                    s.marked,
                    text.get(s.range[0]..s.range[1]).unwrap_or("").to_string(),
                )
            })
            .collect()
    });
    parts
        .into_iter()
        .map(|(marked, text)| {
            if marked {
                view! { <mark class="phrase"><span class="sr-only">"shared phrase: "</span>{text}</mark> }.into_any()
            } else {
                view! { <span>{text}</span> }.into_any()
            }
        })
        .collect_view()
}
