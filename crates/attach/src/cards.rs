//! Expand all and collapse all (すべて開く / すべて閉じる) on the drawn page:
//! its risk cards are `<details>`, so opening them all needs no viewer.

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::events::on;

/// Each toolbar's buttons (expand all, then collapse all) open or close
/// every card of the page the toolbar heads (the risk view, the full
/// plan). They are marked `data-rmp-drawn`: the loader leaves them to
/// this, and does not bring the viewer for them.
pub fn attach(viewer: &Element) {
    for bar in all(viewer, ".rmp-toolbar") {
        let page = bar.closest(".rmp-page").ok().flatten();
        for (button, open) in all(&bar, "button").into_iter().zip([true, false]) {
            let _ = button.set_attribute("data-rmp-drawn", "");
            let page = page.clone();
            on::<web_sys::Event>(&button, "click", move |_| {
                if let Some(page) = &page {
                    for card in all(page, "details.rmp-card-details") {
                        let _ = card.toggle_attribute_with_force("open", open);
                    }
                }
            });
        }
    }
}

/// The elements under `root` that `selector` names, in document order.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}
