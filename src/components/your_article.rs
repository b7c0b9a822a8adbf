use leptos::prelude::*;
use parallax_worker::protocol::Command;

use crate::components::LanguageChoice;
use crate::route::{History, Route};
use crate::state::AppState;

/// For an article: whether it is the user's or bundled, how its file was read (an encoding
/// fallback), and for the user's own, renaming and removing it.
#[component]
pub fn YourArticle(
    /// Index of the document in the report.
    index: usize,
) -> impl IntoView {
    let state = AppState::expect();
    let meta = Memo::new(move |_| state.article_meta(index));
    let name = Memo::new(move |_| {
        state.report.with(|r| {
            r.documents
                .get(index)
                .map(|d| d.name.clone())
                .unwrap_or_default()
        })
    });
    let editing = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(to) = input.get().map(|i| i.value()) else {
            return;
        };
        editing.set(false);
        let from = name.get_untracked();
        if to.trim() != from {
            state.rename(meta.get_untracked().id, from, to);
        }
    };
    let remove = move |_| {
        state.send(&Command::Remove {
            id: meta.get_untracked().id,
            name: name.get_untracked(),
        });
        let to = state.location.get_untracked().with_route(Route::Overview);
        state.go(to, History::Push);
    };
    move || {
        let meta = meta.get();
        let note = meta.note.map(|n| view! { <p class="read-note">{n}</p> });
        if !meta.yours {
            return view! { <p class="origin">"Bundled example article"</p> {note} }.into_any();
        }
        let controls = if editing.get() {
            view! {
                <form class="rename-form" on:submit=rename>
                    <label><span>"New name"</span><input type="text" node_ref=input value=name.get_untracked() maxlength="80"/></label>
                    <button type="submit" class="button">"Save"</button>
                    <button type="button" class="button" on:click=move |_| editing.set(false)>"Cancel"</button>
                </form>
            }.into_any()
        } else {
            view! {
                <button type="button" class="button rename" on:click=move |_| editing.set(true)>"Rename"</button>
                " "
                <button type="button" class="button danger remove" on:click=remove>"Remove"</button>
            }.into_any()
        };
        view! {
            <div class="origin yours-controls">
                <span class="yours-badge">"Yours"</span>
                " " {move || name.get()} " · kept in this browser only "
                {controls}
                " "
                <LanguageChoice index/>
            </div>
            {note}
        }
        .into_any()
    }
}
