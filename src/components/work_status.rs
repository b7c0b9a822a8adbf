use leptos::prelude::*;

use crate::state::AppState;

/// What the worker is doing or could not do, on every view: "Reading 3 of 40: name…",
/// files it refused (each named, with why), and a failure of the worker itself.
#[component]
pub fn WorkStatus() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <div class="work-status" role="status" aria-live="polite">
            {move || state.work.with(|w| w.progress.clone()).map(|(done, total, what)| {
                let line = if done < total {
                    format!("{what} ({} of {total})…", done + 1)
                } else {
                    format!("{what}…")
                };
                view! {
                    <p class="progress">
                        <progress max=total.max(1) value=done></progress>
                        " " {line}
                    </p>
                }
            })}
        </div>
        {move || state.work.with(|w| {
            let failed = w.failed.clone().map(|why| view! { <p class="failed">{why}</p> });
            let notices = (!w.notices.is_empty()).then(|| view! {
                <ul class="notices">
                    {w.notices.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}
                </ul>
            });
            let refused = (!w.refused.is_empty()).then(|| view! {
                <ul class="refused">
                    {w.refused.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}
                </ul>
            });
            let problems = (failed.is_some() || refused.is_some()).then(|| view! {
                <div class="work-problems" role="alert">
                    {failed}
                    {refused}
                    <button type="button" class="button dismiss" on:click=move |_| state.work.update(|w| { w.refused.clear(); })>"Dismiss"</button>
                </div>
            });
            let done = notices.map(|notices| view! {
                <div class="work-notices" role="status">
                    {notices}
                    <button type="button" class="button dismiss" on:click=move |_| state.work.update(|w| { w.notices.clear(); })>"Dismiss"</button>
                </div>
            });
            view! { {problems} {done} }
        })}
    }
}
