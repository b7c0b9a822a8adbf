use leptos::prelude::*;
use parallax_engine::analysis::align::RowOp;

use crate::components::{
    DocPicker, DocumentMissing, DownloadButton, HelpOverlay, PairRow, Strictness,
};
use crate::export::pair_html;
use crate::route::{History, Route};
use crate::scroll::scroll_into_view;
use crate::state::AppState;
use crate::text::{block_marks, percent, plural, short_label};

/// Two articles side by side: the engine's alignment rows, word diffs inside matched
/// sentences, moved sentences linked to their partners, shared phrases highlighted.
#[component]
pub fn PairView(
    /// Left document name.
    a: String,
    /// Right document name.
    b: String,
) -> impl IntoView {
    let state = AppState::expect();
    let (name_a, name_b) = (a.clone(), b.clone());
    let ids = Memo::new(move |_| (state.document_index(&name_a), state.document_index(&name_b)));
    // The pair at the URL's strictness, asked of the worker whenever it changes.
    let key = Memo::new(move |_| match ids.get() {
        (Some(x), Some(y)) if x != y => state.pair_key(x, y).map(|k| (k, x, y)),
        _ => None,
    });
    Effect::new(move |_| {
        if let Some((k, _, _)) = key.get() {
            state.request_pair(k);
        }
    });
    let answer = Memo::new(move |_| key.get().and_then(|(k, x, y)| state.pair_for(&k, x, y)));
    let pair = Memo::new(move |_| answer.get().map(|(p, _, _)| p));
    let passages = Memo::new(move |_| {
        answer
            .get()
            .map(|(_, a, _)| a.passages.clone())
            .unwrap_or_default()
    });
    let realigning =
        Memo::new(move |_| answer.with(|a| a.as_ref().is_some_and(|(_, _, fresh)| !fresh)));
    let current = Memo::new(move |_| match state.location.get().route {
        Route::Pair { row, .. } => row,
        _ => None,
    });
    // A link to a sentence of A (made without the alignment at hand) opens at its row.
    Effect::new(move |_| {
        let location = state.location.get();
        let Route::Pair {
            a,
            b,
            row: None,
            sentence: Some(s),
        } = location.route.clone()
        else {
            return;
        };
        let row = pair.with(|p| {
            p.as_ref()
                .map(|p| p.rows.iter().position(|r| r.a.contains(&s)))
        });
        if let Some(row) = row {
            let route = Route::Pair {
                a,
                b,
                row,
                sentence: None,
            };
            state.go(location.with_route(route), History::Replace);
        }
    });
    let changes = Memo::new(move |_| {
        pair.with(|p| {
            p.as_ref().map_or_else(Vec::new, |p| {
                p.rows
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.op != RowOp::Equal)
                    .map(|(i, _)| i)
                    .collect::<Vec<_>>()
            })
        })
    });
    let help = RwSignal::new(false);

    let go_to = move |row: Option<usize>| {
        let location = state.location.get_untracked();
        if let Route::Pair { a, b, .. } = location.route.clone() {
            state.go(
                location.with_route(Route::Pair {
                    a,
                    b,
                    row,
                    sentence: None,
                }),
                History::Replace,
            );
        }
    };
    let step = move |forward: bool| {
        let here = current.get_untracked();
        let target = changes.with_untracked(|c| next_change(c, here, forward));
        if target.is_some() {
            go_to(target);
        }
    };

    // Keyboard: j/n next change, k/p previous, ? help, Escape closes help.
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_a_field(&ev) {
            return;
        }
        match ev.key().as_str() {
            "j" | "n" => step(true),
            "k" | "p" => step(false),
            "?" => help.update(|h| *h = !*h),
            "Escape" => help.set(false),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());

    // Bring the current row into view whenever it changes (a DOM side effect, not state).
    Effect::new(move |_| {
        if let Some(row) = current.get() {
            pair.track();
            scroll_to_row(row);
        }
    });

    move || {
        let (Some(x), Some(y)) = ids.get() else {
            let missing = if ids.get().0.is_none() {
                a.clone()
            } else {
                b.clone()
            };
            return view! { <DocumentMissing name=missing/> }.into_any();
        };
        if x == y {
            return view! {
                <section class="notice">
                    <h1>"Pick two different articles"</h1>
                    <p>"Both sides show the same article. Choose another one on the right."</p>
                    <DocPicker side="right" current=y other=x/>
                </section>
            }
            .into_any();
        }
        let (title_a, title_b, file_name) = state.report.with(|r| {
            let (da, db) = (&r.documents[x], &r.documents[y]);
            let file_name = format!(
                "parallax-{}-{}.html",
                short_label(&da.name),
                short_label(&db.name)
            );
            (da.title.clone(), db.title.clone(), file_name)
        });
        view! {
            <section class="pair" aria-label="Two articles side by side">
                <div class="pair-toolbar">
                    <p class="crumbs"><a href="#/">"Overview"</a> " / side by side"</p>
                    <div class="pickers">
                        <DocPicker side="left" current=x other=y/>
                        <button class="swap" type="button" title="Swap sides" aria-label="Swap sides"
                            on:click=move |_| {
                                let location = state.location.get_untracked();
                                if let Route::Pair { a, b, .. } = location.route.clone() {
                                    state.go(location.with_route(Route::pair(b, a)), History::Push);
                                }
                            }
                        >"⇄"</button>
                        <DocPicker side="right" current=y other=x/>
                    </div>
                    <Strictness/>
                    <div class="nav-changes">
                        <button type="button" on:click=move |_| step(false) aria-keyshortcuts="k p">"◀ prev change"</button>
                        <button type="button" on:click=move |_| step(true) aria-keyshortcuts="j n">"next change ▶"</button>
                        <button type="button" class="help-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?"
                            on:click=move |_| help.update(|h| *h = !*h)>"?"</button>
                    </div>
                    <DownloadButton
                        label="Download HTML report"
                        title="One web page, no script: opens offline, prints"
                        file_name
                        mime="text/html"
                        make=move || {
                            pair.get_untracked()
                                .map(|p| state.report.with_untracked(|r| pair_html(r, &p)))
                                .ok_or_else(|| "the pair is still being aligned: try again in a moment".to_string())
                        }
                    />
                </div>
                {move || pair.get().map(|p| {
                    let c = p.counts;
                    view! {
                        <p class="figures" aria-live="polite">
                            <span>{format!("A shares {} with B", percent(p.a_in_b))}</span>
                            <span>{format!("B shares {} with A", percent(p.b_in_a))}</span>
                            <span class="fig fig-equal">{format!("{} same", c.equal)}</span>
                            <span class="fig fig-changed">{format!("{} changed", c.changed)}</span>
                            <span class="fig fig-moved">{format!("{} moved", c.moved)}</span>
                            <span class="fig fig-only">{format!("{} only in A · {} only in B", c.a_only, c.b_only)}</span>
                            {(!p.blocks.is_empty()).then(|| view! {
                                <span class="fig fig-block">{format!("{} reused", plural(p.blocks.len(), "block"))}</span>
                            })}
                        </p>
                    }
                })}
                {move || pair.with(Option::is_none).then(|| view! {
                    <p class="loading">"Aligning the two articles…"</p>
                })}
                {move || realigning.get().then(|| view! {
                    <p class="realigning" role="status">"Aligning again at the new strictness…"</p>
                })}
                <div class="pair-grid" role="table" aria-label="Aligned sentences">
                    <div class="prow prow-head" role="row">
                        <span class="gutter" role="columnheader"><span class="sr-only">"Row"</span></span>
                        <span class="cell cell-a" role="columnheader"><span class="side-tag">"A"</span>{title_a}</span>
                        <span class="cell cell-b" role="columnheader"><span class="side-tag">"B"</span>{title_b}</span>
                    </div>
                    <For
                        each=move || pair.get().map(|p| {
                            let marks = block_marks(&p);
                            p.rows.into_iter().zip(marks).enumerate().map(|(i, (r, m))| (i, r, m)).collect::<Vec<_>>()
                        }).unwrap_or_default()
                        key=|(i, r, m)| (*i, r.op, r.a.clone(), r.b.clone(), m.clone())
                        let:item
                    >
                        <PairRow index=item.0 row=item.1 block=item.2 a=x b=y passages current go_to/>
                    </For>
                </div>
                <HelpOverlay open=help/>
            </section>
        }
        .into_any()
    }
}

/// The change after (or before) `here` in `changes` (sorted row indices).
pub fn next_change(changes: &[usize], here: Option<usize>, forward: bool) -> Option<usize> {
    match (here, forward) {
        (None, true) => changes.first().copied(),
        (None, false) => changes.last().copied(),
        (Some(h), true) => changes.iter().copied().find(|&c| c > h),
        (Some(h), false) => changes.iter().rev().copied().find(|&c| c < h),
    }
}

fn typing_in_a_field(ev: &leptos::ev::KeyboardEvent) -> bool {
    use leptos::wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}

fn scroll_to_row(row: usize) {
    scroll_into_view(&format!("row-{row}"));
}

#[cfg(test)]
mod tests {
    use super::next_change;

    #[test]
    fn steps_between_changes() {
        let changes = [2, 5, 9];
        assert_eq!(next_change(&changes, None, true), Some(2));
        assert_eq!(next_change(&changes, None, false), Some(9));
        assert_eq!(next_change(&changes, Some(2), true), Some(5));
        assert_eq!(next_change(&changes, Some(3), false), Some(2));
        assert_eq!(next_change(&changes, Some(9), true), None);
        assert_eq!(next_change(&[], Some(1), true), None);
    }
}
