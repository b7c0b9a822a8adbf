use leptos::prelude::*;

/// Shown for a URL the app does not know.
#[component]
pub fn NotFound(
    /// The hash that was not understood.
    hash: String,
) -> impl IntoView {
    // Test builds only (`PARALLAX_TEST_HOOKS=1`, see build.rs): a view that panics, so the
    // end-to-end tests can check the recovery panel.
    #[cfg(test_hooks)]
    if hash == "/test-panic" {
        panic!("a deliberate panic for the end-to-end tests (#/test-panic)");
    }
    view! {
        <section class="notice">
            <h1>"Nothing here"</h1>
            <p>"Parallax has no view at " <code>{format!("#{hash}")}</code> "."</p>
            <p><a href="#/">"Back to the overview"</a></p>
        </section>
    }
}
