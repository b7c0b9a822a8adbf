//! What the user sees if the app ever panics: a plain message instead of a page that stops
//! responding (release builds abort on panic). The details still go to the browser console.

use std::panic;

/// Installs the hook; call once at start-up.
pub fn install_hook() {
    panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message();
    }));
}

fn show_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    if let Ok(note) = document.create_element("div") {
        note.set_class_name("notice fatal");
        note.set_attribute("role", "alert").ok();
        // Text only, never HTML.
        note.set_text_content(Some(
            "Parallax stopped because of an internal error. Reload the page to start again; \
             the browser console has the details for a bug report.",
        ));
        body.set_text_content(None);
        body.append_child(&note).ok();
    }
}
