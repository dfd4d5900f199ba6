//! Bringing a place into view once the viewer has drawn it (`rmp_dom`
//! does the scrolling, focusing and marking).

use leptos::html::Div;
use leptos::prelude::*;

pub use rmp_dom::clear_marks;

/// After the next frame (so the place is drawn), scrolls the element with
/// `id` inside `root` into view and focuses it; with `text`, marks its first
/// occurrence inside the element.
pub fn reveal(root: NodeRef<Div>, id: String, text: Option<String>) {
    request_animation_frame(move || {
        // `try_`: the viewer may be gone by the next frame.
        if let Some(root) = root.try_get_untracked().flatten() {
            rmp_dom::reveal(&root, &id, text.as_deref());
        }
    });
}
