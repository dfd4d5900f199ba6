//! 取り込み下書き — the banner of an imported draft: it is not the published
//! RMP. What to check against the PDF is in the document's warnings, one
//! `import-review` warning per item, open below the banner.

use leptos::prelude::*;

use super::context::Ctx;

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
