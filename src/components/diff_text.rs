use leptos::prelude::*;
use parallax_engine::matching::diff::{Piece, PieceOp};

use crate::state::AppState;
use crate::text::slice;

/// One side of a word diff: deleted words struck (`<del>`), inserted words underlined
/// (`<ins>`), each with text that screen readers announce. A changed figure (the engine flags
/// it) is marked more strongly than a stylistic edit.
#[component]
pub fn DiffText(
    /// Document the pieces index.
    doc: usize,
    /// The pieces of this side.
    pieces: Vec<Piece>,
) -> impl IntoView {
    let state = AppState::expect();
    let parts: Vec<(PieceOp, bool, String)> = state.report.with_untracked(|r| {
        let doc = &r.documents[doc];
        pieces
            .iter()
            .map(|p| (p.op, p.figure, slice(doc, p.range).to_string()))
            .collect()
    });
    parts
        .into_iter()
        .map(|(op, figure, text)| match (op, figure) {
            (PieceOp::Equal, _) => view! { <span>{text}</span> }.into_any(),
            (PieceOp::Delete, false) => {
                view! { <del><span class="sr-only">"deleted: "</span>{text}</del> }.into_any()
            }
            (PieceOp::Insert, false) => {
                view! { <ins><span class="sr-only">"inserted: "</span>{text}</ins> }.into_any()
            }
            (PieceOp::Delete, true) => view! {
                <del class="figure" title="a changed figure"><span class="sr-only">"changed figure, deleted: "</span>{text}</del>
            }
            .into_any(),
            (PieceOp::Insert, true) => view! {
                <ins class="figure" title="a changed figure"><span class="sr-only">"changed figure, inserted: "</span>{text}</ins>
            }
            .into_any(),
        })
        .collect_view()
}
