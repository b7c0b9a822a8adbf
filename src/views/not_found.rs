use leptos::prelude::*;

/// Shown for a URL the app does not know.
#[component]
pub fn NotFound(
    /// The hash that was not understood.
    hash: String,
) -> impl IntoView {
    view! {
        <section class="notice">
            <h1>"Nothing here"</h1>
            <p>"Parallax has no view at " <code>{format!("#{hash}")}</code> "."</p>
            <p><a href="#/">"Back to the overview"</a></p>
        </section>
    }
}
