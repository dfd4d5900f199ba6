//! The JavaScript-facing surface: entry points exported with wasm-bindgen.
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::components::App;
use crate::model::{parse, validate};
use crate::view_model::route::Route;
use crate::view_model::text::Lang;

/// The default document, Lunsumio's RMP.
const DEFAULT_RMP: &str = include_str!("../../data/lunsumio.json");

/// Mounts the standalone viewer, with the default RMP, into the element.
/// The viewer stays mounted for the life of the page.
#[wasm_bindgen]
pub fn boot(element: web_sys::HtmlElement) {
    let route = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| Route::parse(&h))
        .unwrap_or_default();
    match parse(DEFAULT_RMP) {
        Ok(rmp) if !validate(&rmp).iter().any(|d| d.is_error()) => {
            let rmp = Arc::new(rmp);
            let handle = leptos::mount::mount_to(
                element,
                move || view! { <App rmp=rmp.clone() lang=Lang::Ja route=route.clone() /> },
            );
            handle.forget();
        }
        Ok(_) | Err(_) => element.set_text_content(Some("The built-in RMP is invalid.")),
    }
}
