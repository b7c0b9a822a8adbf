use leptos::prelude::*;
use leptos::wasm_bindgen::prelude::*;

/// How long the "copied" confirmation stays, in milliseconds.
const CONFIRMATION_MS: u64 = 2500;

/// What the last copy did.
#[derive(Clone, Debug, PartialEq)]
enum Copied {
    Not,
    Done,
    /// The clipboard refused: the link is shown, selected, to copy by hand.
    ByHand(String),
}

/// Copies a permalink to the current view (the page's address: every view lives in it) with
/// the Clipboard API, says so, and falls back to showing the link selected where the browser
/// refuses (no permission, no Clipboard API).
#[component]
pub fn CopyLink() -> impl IntoView {
    let state = RwSignal::new(Copied::Not);
    let field = NodeRef::<leptos::html::Input>::new();
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let href = window.location().href().unwrap_or_default();
        let clipboard = window.navigator().clipboard();
        // No Clipboard API (an insecure origin, an old browser): straight to the fallback.
        if clipboard.is_undefined() {
            state.set(Copied::ByHand(href));
            return;
        }
        // The promise's own callbacks (no futures executor: it would cost wasm size). They live
        // as long as the page: two small closures per click.
        let done = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            state.set(Copied::Done);
            set_timeout(
                move || {
                    state.update(|s| {
                        if *s == Copied::Done {
                            *s = Copied::Not
                        }
                    })
                },
                std::time::Duration::from_millis(CONFIRMATION_MS),
            );
        });
        let shown = href.clone();
        let refused = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            state.set(Copied::ByHand(shown.clone()));
            // Select the link once it is on the page, ready for Ctrl+C.
            request_animation_frame(move || {
                if let Some(input) = field.get_untracked() {
                    input.select();
                    let _ = input.focus();
                }
            });
        });
        let _ = clipboard.write_text(&href).then2(&done, &refused);
        done.forget();
        refused.forget();
    };
    view! {
        <span class="copy-link">
            <button type="button" class="copy-button" on:click=copy title="Copy a link to this view">
                "Copy link"
            </button>
            <span class="copy-status" role="status" aria-live="polite">
                {move || match state.get() {
                    Copied::Not => None,
                    Copied::Done => Some(view! { <span class="copied">"✓ Link copied"</span> }.into_any()),
                    Copied::ByHand(href) => Some(view! {
                        <span class="copy-fallback">
                            <label>
                                "Press Ctrl+C (⌘C) to copy: "
                                <input type="text" readonly value=href node_ref=field
                                />
                            </label>
                            <button type="button" class="copy-close" aria-label="Close" on:click=move |_| state.set(Copied::Not)>"×"</button>
                        </span>
                    }.into_any()),
                }}
            </span>
        </span>
    }
}
