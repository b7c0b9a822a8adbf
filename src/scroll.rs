//! Bringing an element into view: a smooth scroll and a brief flash, so a jump is easy to follow.

use leptos::prelude::*;

/// Scrolls the element with this id to the middle of the view (after the next frame, so a
/// view that is still rendering has placed it) and flashes it.
pub fn scroll_into_view(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        let Some(el) = document().get_element_by_id(&id) else {
            return;
        };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
        let _ = el.class_list().remove_1("flash");
        // Restart the flash animation on the next frame.
        request_animation_frame(move || {
            let _ = el.class_list().add_1("flash");
        });
    });
}
