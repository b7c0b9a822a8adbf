use leptos::prelude::*;

use crate::route::{History, Route};
use crate::state::AppState;

/// A select that puts another article on one side of the pair view.
#[component]
pub fn DocPicker(
    /// `"left"` or `"right"`.
    side: &'static str,
    /// Index of the article on this side.
    current: usize,
    /// Index of the article on the other side.
    other: usize,
) -> impl IntoView {
    let state = AppState::expect();
    let options = state.report.with_untracked(|r| {
        r.documents
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let outlet = d
                    .source_domain
                    .clone()
                    .map(|s| format!(" — {s}"))
                    .unwrap_or_default();
                (i, d.name.clone(), format!("{}{}", d.title, outlet))
            })
            .collect::<Vec<_>>()
    });
    let names: Vec<String> = options.iter().map(|(_, n, _)| n.clone()).collect();
    let label = if side == "left" {
        "Left article (A)"
    } else {
        "Right article (B)"
    };
    let id = format!("picker-{side}");
    let label_for = id.clone();
    view! {
        <label class="picker" for=label_for>
            <span class="sr-only">{label}</span>
            <select
                id=id
                on:change=move |ev| {
                    let Ok(chosen) = event_target_value(&ev).parse::<usize>() else { return };
                    let Some(name) = names.get(chosen).cloned() else { return };
                    let location = state.location.get_untracked();
                    let Route::Pair { a, b, .. } = location.route.clone() else { return };
                    let route = if side == "left" {
                        Route::pair(name, b)
                    } else {
                        Route::pair(a, name)
                    };
                    state.go(location.with_route(route), History::Push);
                }
            >
                {options
                    .into_iter()
                    .map(|(i, _, text)| view! {
                        <option value=i.to_string() selected=i == current disabled=i == other>{text}</option>
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
