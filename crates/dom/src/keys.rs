//! The search's keys, the same in the viewer's box and in the one
//! attached to a page drawn ahead of time.

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

/// Focuses the link of the hit list item `li`, if there is one.
pub fn focus_link(li: Option<Element>) -> bool {
    li.and_then(|li| li.first_element_child())
        .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|a| a.focus().is_ok())
        .unwrap_or(false)
}

/// Whether a key pressed there is the reader typing (a field, a list box, editable text).
fn typing(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| {
            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.is_content_editable()
        })
}

/// Whether `ev` is the "/" that brings the reader to the search box: no
/// modifier, and not typed into a field.
pub fn is_search_shortcut(ev: &KeyboardEvent) -> bool {
    ev.key() == "/" && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() && !typing(ev.target())
}

/// A key pressed on a link of the hit list: ↓ and ↑ move through the hits
/// (↑ on the first goes back to the box, `to_box`), Esc empties the box
/// (`clear`). What the key did replaces its default.
pub fn hit_list_key(ev: &KeyboardEvent, to_box: impl FnOnce(), clear: impl FnOnce()) {
    let li = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|a| a.parent_element());
    let moved = match ev.key().as_str() {
        "ArrowDown" => focus_link(li.and_then(|li| li.next_element_sibling())),
        "ArrowUp" => match li.and_then(|li| li.previous_element_sibling()) {
            Some(before) => focus_link(Some(before)),
            None => {
                to_box();
                true
            }
        },
        "Escape" => {
            clear();
            true
        }
        _ => false,
    };
    if moved {
        ev.prevent_default();
    }
}
