//! Listening to the page's events for as long as the page lives.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `f` with every `kind` event at `target`. The listener stays for
/// the page's life: the drawn viewer's own elements go with it when the
/// viewer takes over, and listeners on the window check that first.
pub fn on<E: JsCast + 'static>(
    target: &web_sys::EventTarget,
    kind: &str,
    mut f: impl FnMut(E) + 'static,
) {
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Ok(ev) = ev.dyn_into::<E>() {
            f(ev);
        }
    });
    let _ = target.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Runs `f` at the next frame, once what changed is laid out.
pub fn next_frame(f: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let f = Closure::once_into_js(f);
        let _ = window.request_animation_frame(f.unchecked_ref());
    }
}

/// Runs `f` once the next frame is painted (a task after it), so that
/// work the reader does not wait for comes after what they see.
pub fn after_a_frame(f: impl FnOnce() + 'static) {
    next_frame(move || {
        if let Some(window) = web_sys::window() {
            let f = Closure::once_into_js(f);
            let _ = window.set_timeout_with_callback(f.unchecked_ref());
        }
    });
}
