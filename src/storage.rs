//! What the browser does with this site's storage: whether it keeps it until the user clears
//! it (`navigator.storage.persist()`, asked for on the page, the only place the browser
//! accepts it) and how much of it Parallax uses (`navigator.storage.estimate()`).

use leptos::wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Reflect;

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Absent in some browsers and on insecure origins: read it as a plain property first.
    Reflect::get(&navigator, &"storage".into())
        .ok()
        .filter(|v| !v.is_undefined())?;
    Some(navigator.storage())
}

async fn answer(promise: Result<web_sys::js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Whether the browser keeps this site's storage until the user clears it; `None` when it
/// cannot say.
pub async fn persisted() -> Option<bool> {
    answer(manager()?.persisted()).await?.as_bool()
}

/// Asks the browser to keep this site's storage until the user clears it; whether it will.
pub async fn persist() -> Option<bool> {
    answer(manager()?.persist()).await?.as_bool()
}

/// Bytes this site stores, and the most the browser lets it store.
pub async fn estimate() -> Option<(f64, f64)> {
    let estimate = answer(manager()?.estimate()).await?;
    let field = |name: &str| Reflect::get(&estimate, &name.into()).ok()?.as_f64();
    Some((field("usage")?, field("quota")?))
}
