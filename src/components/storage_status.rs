use leptos::prelude::*;

use crate::state::AppState;
use crate::text::{bytes, plural};

/// How safe the user's library is in this browser: whether the browser keeps it until the
/// user clears it (or may clear it under storage pressure), and how much it stores.
#[component]
pub fn StorageStatus() -> impl IntoView {
    let state = AppState::expect();
    let mine = Memo::new(move |_| state.library.with(|l| l.mine));
    // Asked of the browser again whenever the library changes. (An effect that starts the
    // question rather than a `LocalResource`: the resource machinery costs the page's wasm
    // some 9 KB gzip for this one line.)
    let used = RwSignal::new(None::<(f64, f64)>);
    Effect::new(move |_| {
        mine.track();
        leptos::task::spawn_local(async move { used.set(crate::storage::estimate().await) });
    });
    move || {
        let mine = mine.get();
        (mine > 0).then(|| {
            let kept = match state.persisted.get() {
                Some(true) => view! {
                    <p class="persist granted">"✓ Kept: this browser has agreed not to clear your library to make room; only you can remove it."</p>
                }.into_any(),
                Some(false) => view! {
                    <p class="persist denied">"Not protected: this browser may clear your library when it runs short of space. Save my library keeps a copy in a file."</p>
                }.into_any(),
                None => ().into_any(),
            };
            let size = used.get().map(|(usage, quota)| {
                format!(
                    "Your library: {}; Parallax stores {} in this browser, which allows it {}.",
                    plural(mine, "article"),
                    bytes(usage),
                    bytes(quota)
                )
            });
            view! {
                <div class="storage-status">
                    {kept}
                    {size.map(|s| view! { <p class="storage-size">{s}</p> })}
                </div>
            }
        })
    }
}
