use leptos::prelude::*;
use parallax_engine::matching::diff::{word_diff, PieceOp};

use leptos::wasm_bindgen::JsCast;

use crate::route::Route;
use crate::state::AppState;
use crate::text::sentence_text;

/// A sentence in the article view. Sentences found elsewhere get a shade and a `k/N` badge;
/// hovering or focusing one shows its counterparts, each opening the pair view at its row.
#[component]
pub fn ArticleSentence(
    /// Document index.
    doc: usize,
    /// Sentence index.
    sentence: usize,
    /// The sentence whose counterparts are showing.
    active: RwSignal<Option<usize>>,
    /// The sentence the URL points at.
    target: Memo<Option<usize>>,
) -> impl IntoView {
    let state = AppState::expect();
    let info = Memo::new(move |_| {
        state.report.with(|r| {
            let d = &r.documents[doc];
            let s = &d.sentences[sentence];
            (
                sentence_text(d, sentence).to_string(),
                s.documents,
                r.documents.len(),
                s.furniture,
            )
        })
    });
    move || {
        let (text, k, n, furniture) = info.get();
        let id = format!("s-{sentence}");
        let is_target = move || target.get() == Some(sentence);
        if furniture {
            return view! {
                <span id=id class="sent furniture" class:target=is_target title="page furniture: not compared">{text}</span>
            }
            .into_any();
        }
        if k < 2 {
            return view! { <span id=id class="sent" class:target=is_target>{text}</span> }
                .into_any();
        }
        let others = k - 1;
        let shade = format!("sent shared shared-{}", others.min(4));
        let label = format!("{k}/{n}");
        let describe = format!(
            "also in {} other article{}",
            others,
            if others == 1 { "" } else { "s" }
        );
        view! {
            <span
                id=id
                class=shade
                class:target=is_target
                tabindex="0"
                on:mouseenter=move |_| active.set(Some(sentence))
                on:mouseleave=move |_| active.set(None)
                on:focusin=move |_| active.set(Some(sentence))
                on:focusout=move |ev| {
                    if !focus_stays_inside(&ev) {
                        active.set(None);
                    }
                }
                on:click=move |_| active.set(Some(sentence))
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        active.set(None);
                    }
                }
            >
                {text}
                <span class="badge" title=describe.clone()>
                    <span aria-hidden="true">{label}</span>
                    <span class="sr-only">{format!(" ({describe})")}</span>
                </span>
                <Show when=move || active.get() == Some(sentence)>
                    <Counterparts doc sentence/>
                </Show>
            </span>
        }
        .into_any()
    }
}

/// The other articles' wordings of one sentence, each with its words that differ underlined
/// and a link to the pair view at that row.
#[component]
fn Counterparts(doc: usize, sentence: usize) -> impl IntoView {
    let state = AppState::expect();
    let this_name = state
        .report
        .with_untracked(|r| r.documents[doc].name.clone());
    let base = state.location.get_untracked();
    let items = untrack(|| {
        state.report.with(|r| {
            let this = &r.documents[doc];
            let s = &this.sentences[sentence];
            let Some(c) = s.cluster else {
                return Vec::new();
            };
            r.clusters[c]
                .members
                .iter()
                .filter(|[d, _]| *d != doc)
                .map(|&[d, t]| {
                    let other = &r.documents[d];
                    let o = &other.sentences[t];
                    let diff = word_diff(
                        &this.text[s.start..s.end],
                        s.start,
                        &other.text[o.start..o.end],
                        o.start,
                    );
                    let pieces: Vec<(String, bool)> = diff
                        .b
                        .iter()
                        .map(|p| {
                            (
                                other.text[p.range[0]..p.range[1]].to_string(),
                                p.op == PieceOp::Insert,
                            )
                        })
                        .collect();
                    // The pair view opens at the row that holds this sentence.
                    let href = base
                        .with_route(Route::Pair {
                            a: this_name.clone(),
                            b: other.name.clone(),
                            row: None,
                            sentence: Some(sentence),
                        })
                        .to_hash();
                    (
                        href,
                        other.title.clone(),
                        other.source_domain.clone(),
                        pieces,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <span class="popover" role="note">
            <span class="popover-title">"How the others word it"</span>
            {items
                .into_iter()
                .map(|(href, title, domain, pieces)| {
                    view! {
                        <span class="counterpart">
                            <span class="counterpart-source">{domain.unwrap_or(title)}</span>
                            <span class="counterpart-text">
                                {pieces
                                    .into_iter()
                                    .map(|(t, changed)| if changed {
                                        view! { <ins><span class="sr-only">"differs: "</span>{t}</ins> }.into_any()
                                    } else {
                                        view! { <span>{t}</span> }.into_any()
                                    })
                                    .collect_view()}
                            </span>
                            <a class="counterpart-open" href=href>"Open side by side →"</a>
                        </span>
                    }
                })
                .collect_view()}
        </span>
    }
}

/// Whether focus moves to an element inside the one losing it (such as a popover link).
fn focus_stays_inside(ev: &leptos::ev::FocusEvent) -> bool {
    let current = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    let next = ev
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    match (current, next) {
        (Some(current), Some(next)) => current.contains(Some(&next)),
        _ => false,
    }
}
