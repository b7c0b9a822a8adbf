use leptos::prelude::*;
use parallax_engine::analysis::align::Row;
use parallax_engine::matching::passages::Passage;

use crate::components::{DiffText, MarkedText};
use crate::state::AppState;
use crate::text::{empty_side_note, row_kind, sentences_range, text_direction, BlockMark};

/// One row of the pair view: A's sentences on the left, B's on the right.
#[component]
pub fn PairRow(
    /// Row index.
    index: usize,
    /// The engine's row.
    row: Row,
    /// Where the row stands in a reused block, if in one of two rows or more.
    block: Option<BlockMark>,
    /// Left document.
    a: usize,
    /// Right document.
    b: usize,
    /// Passages the two share (for phrases inside unmatched sentences).
    passages: Memo<Vec<Passage>>,
    /// The row the URL points at.
    current: Memo<Option<usize>>,
    /// Moves the URL to a row.
    go_to: impl Fn(Option<usize>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::expect();
    let (range_a, range_b, (lang_a, lang_b)) = state.report.with_untracked(|r| {
        (
            sentences_range(&r.documents[a], &row.a),
            sentences_range(&r.documents[b], &row.b),
            (
                r.documents[a].language.clone(),
                r.documents[b].language.clone(),
            ),
        )
    });
    let (op_class, label) = row_kind(row.op);
    let partner = row.partner;
    let moved_link = move || {
        partner.map(|p| {
            view! {
                <a class="moved-badge" href="#" on:click=move |ev| {
                    ev.prevent_default();
                    go_to(Some(p));
                }>{format!("↪ moved · see row {}", p + 1)}</a>
            }
        })
    };
    let cell = move |doc: usize,
                     range: Option<[usize; 2]>,
                     side_pieces: Option<Vec<parallax_engine::matching::diff::Piece>>,
                     own_side: bool| {
        match (range, side_pieces) {
            (Some(_), Some(pieces)) => view! { {moved_link()} <DiffText doc pieces/> }.into_any(),
            (Some(range), None) => {
                let marks: Vec<[usize; 2]> = passages.with_untracked(|ps| {
                    ps.iter()
                        .map(|p| if own_side { p.a_range } else { p.b_range })
                        .collect()
                });
                view! { <MarkedText doc range marks/> }.into_any()
            }
            (None, _) => {
                view! { <span class="empty-cell">{empty_side_note(row.op, own_side, row.furniture)}</span> }
                    .into_any()
            }
        }
    };
    let diff = row.diff.clone();
    let a_cell = cell(
        a,
        range_a,
        diff.as_ref()
            .filter(|_| range_a.is_some())
            .map(|d| d.a.clone()),
        true,
    );
    let b_cell = cell(
        b,
        range_b,
        diff.as_ref()
            .filter(|_| range_b.is_some())
            .map(|d| d.b.clone()),
        false,
    );
    let furniture = row.furniture;
    let (in_block, block_start, block_end, block_label) = match block {
        Some(mark) => (true, mark.start, mark.end, mark.label),
        None => (false, false, false, None),
    };
    let block_badge = block_label.map(|label| view! { <span class="block-badge">{label}</span> });
    view! {
        <div
            id=format!("row-{index}")
            class=format!("prow op-{op_class}")
            class:furniture=furniture
            class:in-block=in_block
            class:block-start=block_start
            class:block-end=block_end
            class:current=move || current.get() == Some(index)
            role="row"
            aria-current=move || (current.get() == Some(index)).then_some("true")
        >
            <span class="gutter" role="rowheader">
                <a href="#" on:click=move |ev| { ev.prevent_default(); go_to(Some(index)); }
                    title=format!("row {}: {label}", index + 1)>{index + 1}</a>
                <span class="sr-only">{format!(" {label}")}</span>
            </span>
            <div class="cell cell-a" class:empty-side=range_a.is_none() role="cell" lang=lang_a.clone() dir=text_direction(&lang_a)>{block_badge}{a_cell}</div>
            <div class="cell cell-b" class:empty-side=range_b.is_none() role="cell" lang=lang_b.clone() dir=text_direction(&lang_b)>{b_cell}</div>
        </div>
    }
}
