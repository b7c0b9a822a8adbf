use leptos::prelude::*;

use crate::download;

/// A button that saves a file the app makes on demand (a report) to the user's downloads,
/// says so, and says why if it could not.
#[component]
pub fn DownloadButton(
    /// The button's text; says what the file is ("Download JSON report").
    label: &'static str,
    /// Longer description, shown as the button's tooltip.
    title: &'static str,
    /// The downloaded file's name.
    file_name: String,
    /// Its media type.
    mime: &'static str,
    /// Makes the file's contents, or says why it could not. (A `Callback`, not a generic
    /// closure: one compiled copy of the button for every use.)
    #[prop(into)]
    make: Callback<(), Result<String, String>>,
) -> impl IntoView {
    let status = RwSignal::new(None::<Result<String, String>>);
    let name = file_name.clone();
    let save = move |_| {
        // The confirmation (or the reason) stays until the next click.
        let result = make
            .run(())
            .and_then(|contents| download::save(&name, mime, &contents));
        status.set(Some(result));
    };
    view! {
        <span class="download">
            <button type="button" class="download-button" on:click=save title=title>{label}</button>
            <span class="download-status" role="status" aria-live="polite">
                {move || status.get().map(save_status)}
            </span>
        </span>
    }
}

/// What a save came to: the confirmation, or why it failed (an alert).
pub fn save_status(status: Result<String, String>) -> AnyView {
    match status {
        Ok(done) => view! { <span class="saved">{done}</span> }.into_any(),
        Err(why) => view! { <span class="download-error" role="alert">{why}</span> }.into_any(),
    }
}
