//! The wasm a page drawn ahead of time (`rmp render`) loads in place of the
//! viewer: the page already holds every view, card and table, so nothing
//! here draws the document. It attaches the search to the drawn markup
//! (the view model's index, the hit list, the jump to a hit), expand and
//! collapse all to the drawn cards, and says when
//! the reader needs the viewer itself: ticks of a checklist kept in this
//! browser, which only the viewer shows. The controls that draw anew
//! (language, print, charts, filters, the checklist, opening a file) bring
//! the viewer at their first use (`www/takeover.js`). No Leptos: the
//! budget of what such a page loads is 150 KB gzip, and the viewer's
//! runtime alone is more.

mod cards;
mod events;
mod kept;
mod search;

use wasm_bindgen::prelude::*;

use rmp_view_model::text::Lang;

/// Attaches the search to the drawn viewer `viewer` (its `.rmp-viewer`
/// element), for the document `data` (the page's `#rmp-data`), in the
/// viewer's interface language (its `lang`). `want_viewer` is called when
/// the reader needs the viewer at once. Fails, saying what and where, when
/// `data` is not a document or the drawn search is not there.
#[wasm_bindgen]
pub fn attach(
    viewer: web_sys::Element,
    data: &str,
    want_viewer: js_sys::Function,
) -> Result<(), JsError> {
    let rmp = rmp_model::parse(data).map_err(|d| JsError::new(&d.to_string()))?;
    let lang = Lang::from_code(&viewer.get_attribute("lang").unwrap_or_default());
    kept::watch(&rmp, move || {
        let _ = want_viewer.call0(&JsValue::NULL);
    });
    cards::attach(&viewer);
    search::attach(viewer, rmp, lang.texts())
        .ok_or_else(|| JsError::new("the drawn page has no search box (#rmp-search-input)"))?;
    Ok(())
}
