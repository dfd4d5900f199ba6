//! Checklist ticks kept in this browser. The page was drawn with none
//! ticked; where this browser kept some for the document (or another tab
//! ticks some meanwhile), only the viewer shows them, so it is wanted at once.

use rmp_model::Rmp;
use rmp_view_model::checklist::checklist;

use super::events::on;

/// Calls `want` once this browser holds ticks for one of the document's
/// checklists: at once, or when another tab keeps some.
pub fn watch(rmp: &Rmp, want: impl Fn() + 'static) {
    let keys: Vec<String> = rmp
        .rm_plan
        .additional
        .iter()
        .filter_map(|a| checklist(rmp, &a.id).map(|c| c.key))
        .collect();
    if keys.is_empty() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    // Not every sandbox allows storage; there nothing can be kept.
    let Some(storage) = window.local_storage().ok().flatten() else {
        return;
    };
    if keys
        .iter()
        .any(|k| storage.get_item(k).ok().flatten().is_some())
    {
        want();
        return;
    }
    on(&window, "storage", move |ev: web_sys::StorageEvent| {
        if ev.key().is_some_and(|k| keys.contains(&k)) {
            want();
        }
    });
}
