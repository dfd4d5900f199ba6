//! 取り込み下書き — the banner of an imported draft: it is not the published
//! RMP. What to check against the PDF is in the document's warnings, one
//! `import-review` warning per item, open below the banner.

use leptos::prelude::*;

use super::context::Ctx;
use rmp_view_model::text::DOCUMENT_LANG;

/// The banner.
#[component]
pub fn DraftBanner(source: String, items: usize) -> impl IntoView {
    let t = Ctx::get().texts();
    view! {
        <section class="rmp-draft" role="note" part="draft">
            <p class="rmp-draft-title"><strong>{move || t().draft_title(items)}</strong></p>
            <p>{move || t().draft_explain}<bdi>{source}</bdi></p>
        </section>
    }
}

/// A document that is not a published RMP but was reconstructed from
/// another: says so at the top, what it was made from and how (on paper too).
#[component]
pub fn ReconstructedBanner(from: String, how: String) -> impl IntoView {
    let t = Ctx::get().texts();
    view! {
        <section class="rmp-draft rmp-reconstructed" role="note" part="draft">
            <p class="rmp-draft-title"><strong>{move || t().reconstructed_title}</strong></p>
            <p>{move || t().reconstructed_from}<span lang=DOCUMENT_LANG>{from}</span></p>
            <p lang=DOCUMENT_LANG>{how}</p>
        </section>
    }
}
