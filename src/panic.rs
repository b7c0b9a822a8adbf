//! What the user sees if the app ever panics: a recovery panel instead of a page that stops
//! responding (release builds abort on panic, so nothing in the app runs after this hook).
//!
//! The panel says what happened, gives the error's text for a bug report, and offers ways
//! back that need no script (the app cannot run any more): a link that reloads the same view
//! (the address with a new `?reloaded=…` query, which makes it a new page load rather than a
//! move within the page) and one to the overview. Nothing the user has is touched: the bundled articles are part of the page.
//! The details also go to the browser console.

use std::panic;

use leptos::wasm_bindgen::JsCast;

/// The panel's heading.
const HEADING: &str = "Parallax stopped because of an internal error";

/// Installs the hook; call once at start-up.
pub fn install_hook() {
    panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        show_panel(&message);
    }));
}

fn show_panel(message: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let element = |tag: &str, text: &str| {
        let e = document.create_element(tag).ok()?;
        // Text only, never HTML.
        e.set_text_content(Some(text));
        Some(e)
    };
    let link = |text: &str, href: &str| {
        let a = element("a", text)?
            .dyn_into::<web_sys::HtmlAnchorElement>()
            .ok()?;
        a.set_href(href);
        Some(a)
    };
    let Some(panel) = element("section", "") else {
        return;
    };
    panel.set_class_name("notice fatal recovery");
    panel.set_attribute("role", "alert").ok();
    let parts = [
        element("h1", HEADING),
        element(
            "p",
            "Nothing you had is lost. Reload to start again where you were; if the same \
             error comes back, start from the overview.",
        ),
        link(
            "Reload this view",
            &format!("{path}?reloaded={}{hash}", now()),
        )
        .map(Into::into),
        link("Start again from the overview", &path).map(Into::into),
        element(
            "p",
            "For a bug report, the error was (the browser console has the details):",
        ),
        element("pre", message),
    ];
    body.set_text_content(None);
    for part in parts.into_iter().flatten() {
        panel.append_child(&part).ok();
    }
    body.append_child(&panel).ok();
}

/// Milliseconds since 1970, as an integer (a fresh query for each reload link).
fn now() -> u64 {
    web_sys::js_sys::Date::now() as u64
}
