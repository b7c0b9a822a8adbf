use leptos::prelude::*;

/// The keyboard shortcuts of the pair view, shown with `?`.
#[component]
pub fn HelpOverlay(
    /// Whether the overlay is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let close = NodeRef::<leptos::html::Button>::new();
    // Move focus into the dialog when it opens (`autofocus` only acts on page load).
    Effect::new(move |_| {
        if open.get() {
            request_animation_frame(move || {
                if let Some(button) = close.get_untracked() {
                    let _ = button.focus();
                }
            });
        }
    });
    view! {
        <Show when=move || open.get()>
            <div class="overlay" on:click=move |_| open.set(false)>
                <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title"
                    on:click=|ev| ev.stop_propagation()>
                    <h2 id="help-title">"Keyboard shortcuts"</h2>
                    <dl class="keys">
                        <dt><kbd>"j"</kbd> " or " <kbd>"n"</kbd></dt><dd>"next change"</dd>
                        <dt><kbd>"k"</kbd> " or " <kbd>"p"</kbd></dt><dd>"previous change"</dd>
                        <dt><kbd>"?"</kbd></dt><dd>"show or hide this help"</dd>
                        <dt><kbd>"Esc"</kbd></dt><dd>"close"</dd>
                    </dl>
                    <p class="dialog-note">"Every control is also reachable with Tab; the URL keeps the pair, the row and the strictness, so a link reopens this exact view."</p>
                    <button type="button" node_ref=close on:click=move |_| open.set(false)>"Close"</button>
                </div>
            </div>
        </Show>
    }
}
