use leptos::prelude::*;

/// Shown when a URL names a document the app does not have.
#[component]
pub fn DocumentMissing(
    /// The name from the URL.
    name: String,
) -> impl IntoView {
    view! {
        <section class="notice">
            <h1>"No such article"</h1>
            <p>"There is no article called " <code>{name}</code> " here: it may have been renamed or removed, in this tab or another."</p>
            <p><a href="#/">"See all articles"</a></p>
        </section>
    }
}
