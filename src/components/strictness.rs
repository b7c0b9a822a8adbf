use leptos::prelude::*;
use parallax_engine::base::config::DEFAULT_THRESHOLD;

use crate::route::{format_threshold, parse_threshold, History};
use crate::state::AppState;

/// Lowest threshold the control offers.
pub const MIN_THRESHOLD: f32 = 0.2;
/// Highest threshold the control offers.
pub const MAX_THRESHOLD: f32 = 0.9;

/// The similarity threshold: looser links more sentences, stricter fewer. The engine
/// re-aligns as it moves; the value lives in the URL.
#[component]
pub fn Strictness() -> impl IntoView {
    let state = AppState::expect();
    let threshold = Memo::new(move |_| state.config.get().threshold);
    let set = move |value: String| {
        let Some(t) = parse_threshold(&value) else {
            return;
        };
        let mut location = state.location.get_untracked();
        location.threshold = ((t - DEFAULT_THRESHOLD).abs() > 0.001).then_some(t);
        state.go(location, History::Replace);
    };
    view! {
        <label class="strictness">
            <span class="strictness-label">"looser"</span>
            <input
                type="range"
                min=format_threshold(MIN_THRESHOLD)
                max=format_threshold(MAX_THRESHOLD)
                step="0.05"
                prop:value=move || format_threshold(threshold.get())
                aria-label="Strictness: how similar two sentences must be to count as the same statement"
                aria-valuetext=move || format!("{} (default {})", format_threshold(threshold.get()), format_threshold(DEFAULT_THRESHOLD))
                on:input=move |ev| set(event_target_value(&ev))
            />
            <span class="strictness-label">"stricter"</span>
            <output class="strictness-value">{move || format_threshold(threshold.get())}</output>
        </label>
    }
}
