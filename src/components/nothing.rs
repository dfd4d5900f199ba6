//! What an empty part says: なし (none) where the document says so, and, in
//! an import draft, "not in the imported text" where the text did not hold
//! it (`ImportDraft::absent`): a draft never says none for what it has not seen.

use leptos::prelude::*;

use super::context::{label, Ctx};

/// Whether the value at `pointer` is absent from an import draft's text.
pub fn absent(pointer: &str) -> bool {
    Ctx::get()
        .rmp
        .import_draft
        .as_ref()
        .is_some_and(|d| d.is_absent(pointer))
}

/// The empty part at `pointer`: なし, or "not in the imported text".
#[component]
pub fn Nothing(#[prop(into)] at: String) -> impl IntoView {
    let lang = Ctx::get().lang;
    if absent(&at) {
        view! { <p class="rmp-none rmp-absent" data-absent=at>{label(lang, |t| t.absent)}</p> }
            .into_any()
    } else {
        view! { <p class="rmp-none">{label(lang, |t| t.none)}</p> }.into_any()
    }
}

/// A note where the value at `pointer` is not (wholly) in the imported text; nothing elsewhere.
#[component]
pub fn Absent(#[prop(into)] at: String) -> impl IntoView {
    let lang = Ctx::get().lang;
    absent(&at).then(
        || view! { <p class="rmp-absent" data-absent=at>{label(lang, |t| t.absent_part)}</p> },
    )
}
