//! Saving a file the app made (a report) to the user's downloads: a `Blob`, an object URL and
//! a temporary `<a download>`. Nothing leaves the browser, and it works offline and from
//! `file://`.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::js_sys;

/// How long the object URL outlives the click, so the browser has read the blob.
const REVOKE_AFTER_MS: u64 = 10_000;

/// Offers `contents` as a download called `file_name`, of media type `mime`, and returns the
/// confirmation to show the user ("✓ Saved …"), or why it could not.
pub fn save(file_name: &str, mime: &str, contents: &str) -> Result<String, String> {
    let failed = |what: &str| format!("could not save {file_name}: {what}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| failed("no page to attach the download to"))?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&contents.into());
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| failed("the browser refused to make the file"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| failed("the browser refused to make the file"))?;
    let link = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| failed("no link element"))?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&link);
    }
    link.click();
    link.remove();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_millis(REVOKE_AFTER_MS),
    );
    Ok(format!("✓ Saved {file_name}"))
}
