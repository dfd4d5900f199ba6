//! What an empty part says: なし (none) where the document says so, and, in
//! an import draft, "not in the imported text" where the text did not hold
//! it (`ImportDraft::absent`): a draft never says none for what it has not seen.

use leptos::prelude::*;

use super::context::{label, Ctx};
use rmp_view_model::text::Texts;

/// Whether the value at `pointer`, or a part of it, is absent from an import draft's text.
fn absent(pointer: &str) -> bool {
    Ctx::get()
        .rmp
        .import_draft
        .as_ref()
        .is_some_and(|d| d.touches_absent(pointer))
}

/// The empty part at `pointer`: なし, or "not in the imported text".
#[component]
pub fn Nothing(#[prop(into)] at: String) -> impl IntoView {
    let lang = Ctx::get().lang;
    let absent = absent(&at);
    let pick: fn(&Texts) -> &'static str = if absent { |t| t.absent } else { |t| t.none };
    view! { <p class="rmp-none" class:rmp-absent=absent data-absent=absent.then_some(at)>{label(lang, pick)}</p> }
}

/// A note where the value at `pointer` is not (wholly) in the imported text; nothing elsewhere.
#[component]
pub fn Absent(#[prop(into)] at: String) -> impl IntoView {
    let lang = Ctx::get().lang;
    absent(&at).then(
        || view! { <p class="rmp-absent" data-absent=at>{label(lang, |t| t.absent_part)}</p> },
    )
}
