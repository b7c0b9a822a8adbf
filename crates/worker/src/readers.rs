//! The readers module (`crates/readers`, `parallax-ingest` built on its own) from inside the
//! worker: loaded on the first file the user adds, never for the first view. Its address is
//! in the worker's loader (`self.__parallaxReadersUrl`, written by scripts/post-build.mjs);
//! the single-file build carries the module itself, as base64 (`self.__parallaxReadersWasm`).
//!
//! The module has no glue: it is instantiated here with no imports, and a file crosses into
//! its memory and back as its docs say (input, begin, step…, finish).

use js_sys::{Function, Object, Reflect, Uint8Array, WebAssembly};
use parallax_ingest::Imported;
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the built module is, relative to the worker's loader.
const URL_GLOBAL: &str = "__parallaxReadersUrl";
/// The module itself, as base64, in the single-file build.
const INLINE_GLOBAL: &str = "__parallaxReadersWasm";

/// The instantiated readers module.
pub struct Readers {
    exports: Object,
    memory: WebAssembly::Memory,
}

/// What the module answers for one file.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Answer {
    Ok(Imported),
    Refused(String),
}

impl Readers {
    /// Fetches (or takes from the page's own code) and instantiates the module.
    pub async fn load() -> Result<Readers, String> {
        let bytes = module_bytes().await?;
        // Compiled here, off the page's thread: a worker may compile a module of any size at
        // once. The module imports nothing.
        let module = WebAssembly::Module::new(&bytes)
            .map_err(|e| format!("the file readers could not start ({})", describe(&e)))?;
        let instance = WebAssembly::Instance::new(&module, &Object::new())
            .map_err(|e| format!("the file readers could not start ({})", describe(&e)))?;
        let exports = instance.exports();
        let memory = Reflect::get(&exports, &"memory".into())
            .map_err(|e| describe(&e))?
            .dyn_into()
            .map_err(|_| "the file readers have no memory".to_string())?;
        Ok(Readers { exports, memory })
    }

    /// Reads one file, calling `progress(done, total)` after each step; `Err` holds the words
    /// that complete the file's name, or the module's failure (then it must be loaded again).
    pub fn read(
        &self,
        name: &str,
        bytes: &[u8],
        mut progress: impl FnMut(usize, usize),
    ) -> Result<Result<Imported, String>, String> {
        let length = name.len() + bytes.len();
        let at = self.call("input", &[length as f64])? as u32;
        let view = self.view(at, length as u32);
        view.subarray(0, name.len() as u32)
            .copy_from(name.as_bytes());
        view.subarray(name.len() as u32, length as u32)
            .copy_from(bytes);
        let total = self.call("begin", &[name.len() as f64])? as usize;
        let mut done = 0;
        while done < total {
            let next = self.call("step", &[])? as usize;
            if next <= done {
                break;
            }
            done = next;
            progress(done, total);
        }
        let at = self.call("finish", &[])? as u32;
        let length = self.call("output_length", &[])? as u32;
        let answer = self.view(at, length).to_vec();
        match serde_json::from_slice(&answer) {
            Ok(Answer::Ok(imported)) => Ok(Ok(imported)),
            Ok(Answer::Refused(why)) => Ok(Err(why)),
            Err(e) => Err(format!("the file readers answered nonsense ({e})")),
        }
    }

    /// Calls an export with number arguments; its number result.
    fn call(&self, export: &str, arguments: &[f64]) -> Result<f64, String> {
        let function: Function = Reflect::get(&self.exports, &export.into())
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or_else(|| format!("the file readers lack `{export}`"))?;
        let arguments: js_sys::Array = arguments.iter().map(|&a| JsValue::from(a)).collect();
        let result = function
            .apply(&JsValue::UNDEFINED, &arguments)
            .map_err(|e| format!("the file reader failed ({})", describe(&e)))?;
        Ok(result.as_f64().unwrap_or(0.0))
    }

    /// The module's memory at `at`, `length` bytes (a new view each time: memory may grow).
    fn view(&self, at: u32, length: u32) -> Uint8Array {
        Uint8Array::new_with_byte_offset_and_length(&self.memory.buffer(), at, length)
    }
}

/// The module's bytes: from the single file's own code, else fetched from beside the loader.
async fn module_bytes() -> Result<Uint8Array, String> {
    let global = js_sys::global();
    if let Some(base64) = Reflect::get(&global, &INLINE_GLOBAL.into())
        .ok()
        .and_then(|v| v.as_string())
    {
        let binary = js_sys::global()
            .unchecked_into::<web_sys::WorkerGlobalScope>()
            .atob(&base64)
            .map_err(|e| describe(&e))?;
        return Ok(binary.chars().map(|c| c as u8).collect::<Vec<u8>>()[..].into());
    }
    let url = Reflect::get(&global, &URL_GLOBAL.into())
        .ok()
        .and_then(|v| v.as_string())
        .ok_or("this build has no file readers (scripts/post-build.mjs did not run)")?;
    let scope: web_sys::WorkerGlobalScope = global.unchecked_into();
    let response: web_sys::Response = JsFuture::from(scope.fetch_with_str(&url))
        .await
        .map_err(|e| format!("the file readers could not be loaded ({})", describe(&e)))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "the file readers could not be loaded ({} {})",
            response.status(),
            response.status_text()
        ));
    }
    let buffer = response.array_buffer().map_err(|e| describe(&e))?;
    let buffer = JsFuture::from(buffer).await.map_err(|e| describe(&e))?;
    Ok(Uint8Array::new(&buffer))
}

/// A thrown value in words.
fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}
