//! Bringing a place into view: scroll to it, move focus there, and mark
//! the searched text with the CSS Custom Highlight API where it exists.
//! Shared by the viewer (after it has drawn the place) and by the layer
//! attached to a page drawn ahead of time (where every place is drawn).

mod keys;

pub use keys::{focus_link, hit_list_key, is_search_shortcut};

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

/// The highlight name the stylesheet styles with `::highlight(rmp-hit)`.
const HIGHLIGHT: &str = "rmp-hit";

/// Scrolls the element with `id` inside `root` into view and focuses it; a
/// card drawn ahead of time (`<details>`) is opened first. With `text`,
/// marks its first occurrence inside the element (or else in `root`).
pub fn reveal(root: &Element, id: &str, text: Option<&str>) {
    let Some(element) = by_id(root, id) else {
        return;
    };
    if let Ok(Some(details)) = element.query_selector("details.rmp-card-details:not([open])") {
        let _ = details.set_attribute("open", "");
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    // A card takes focus on its heading (the accordion's button, or the
    // drawn card's summary); anything else on itself.
    let focus = match element
        .query_selector(".rmp-card-heading button, details.rmp-card-details > summary")
    {
        Ok(Some(heading)) => heading,
        _ => element.clone(),
    };
    if let Some(el) = focus.dyn_ref::<web_sys::HtmlElement>() {
        if el.get_attribute("tabindex").is_none() && focus == element {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
    if let Some(text) = text {
        if let Ok(Some(old)) = root.query_selector(".rmp-hit") {
            let _ = old.class_list().remove_1("rmp-hit");
        }
        let _ = element.class_list().add_1("rmp-hit");
        if !mark_text(&element, text) {
            mark_text(root, text);
        }
    }
}

/// The element with `id` inside `root`, found without writing the id into a
/// CSS selector (an id is data: `x"],[id="y` must not select something else).
pub fn by_id(root: &Element, id: &str) -> Option<Element> {
    let node = root.get_root_node();
    let found = match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => node
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.get_element_by_id(id)),
    };
    if let Some(el) = found.filter(|el| root.contains(Some(el))) {
        return Some(el);
    }
    // Several viewers in one document may share ids: look inside this one.
    let document = root.owner_document()?;
    // NodeFilter.SHOW_ELEMENT
    let walker = document
        .create_tree_walker_with_what_to_show(root, 1)
        .ok()?;
    while let Ok(Some(node)) = walker.next_node() {
        if let Some(el) = node.dyn_ref::<Element>() {
            if el.id() == id {
                return Some(el.clone());
            }
        }
    }
    None
}

/// Removes the search highlight.
pub fn clear_marks() {
    if let Some(registry) = highlights() {
        let _ = call(&registry, "delete", &[JsValue::from_str(HIGHLIGHT)]);
    }
}

/// Marks the first occurrence of `text` in one text node under `element`;
/// false when there is none (or the browser cannot mark).
fn mark_text(element: &Element, text: &str) -> bool {
    let (Some(registry), Some(range)) = (highlights(), find_range(element, text)) else {
        return false;
    };
    let Ok(ctor) = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Highlight")) else {
        return false;
    };
    let Some(ctor) = ctor.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    js_sys::Reflect::construct(ctor, &js_sys::Array::of1(&range))
        .and_then(|highlight| call(&registry, "set", &[JsValue::from_str(HIGHLIGHT), highlight]))
        .is_ok()
}

fn find_range(element: &Element, text: &str) -> Option<web_sys::Range> {
    let document = element.owner_document()?;
    // NodeFilter.SHOW_TEXT
    let walker = document
        .create_tree_walker_with_what_to_show(element, 4)
        .ok()?;
    while let Ok(Some(node)) = walker.next_node() {
        let content = node.text_content().unwrap_or_default();
        if let Some(at) = content.find(text) {
            let start = content[..at].encode_utf16().count() as u32;
            let end = start + text.encode_utf16().count() as u32;
            let range = document.create_range().ok()?;
            range.set_start(&node, start).ok()?;
            range.set_end(&node, end).ok()?;
            return Some(range);
        }
    }
    None
}

/// `CSS.highlights`, where the browser has it.
fn highlights() -> Option<JsValue> {
    let css = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("CSS")).ok()?;
    let registry = js_sys::Reflect::get(&css, &JsValue::from_str("highlights")).ok()?;
    (!registry.is_undefined()).then_some(registry)
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function =
        js_sys::Reflect::get(target, &JsValue::from_str(method))?.dyn_into()?;
    let args: js_sys::Array = args.iter().collect();
    f.apply(target, &args)
}
