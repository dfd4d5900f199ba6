//! The JavaScript-facing surface: entry points exported with wasm-bindgen.
use wasm_bindgen::prelude::*;

/// Mounts the standalone viewer into the element.
#[wasm_bindgen]
pub fn boot(_element: web_sys::HtmlElement) {}
