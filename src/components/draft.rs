//! 取り込み下書き — the banner of an imported draft: it is not the published
//! RMP, and here is what to check against the PDF.

use std::sync::Arc;

use leptos::prelude::*;

use super::context::Ctx;
use rmp_model::{ImportDraft, ReviewItem};
use rmp_view_model::text::Texts;

/// "3–5, 9" from `[3, 4, 5, 9]`.
fn line_ranges(lines: &[u32]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(&start) = lines.get(i) {
        let mut end = start;
        while lines.get(i + 1) == Some(&(end + 1)) {
            end += 1;
            i += 1;
        }
        out.push(if start == end {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
        i += 1;
    }
    out.join(", ")
}

/// One item as one line of text: what, where in the document, which source lines.
fn item_text(item: &ReviewItem, t: &Texts) -> String {
    let mut s = item.what.clone();
    if let Some(path) = &item.path {
        s.push_str(" — ");
        s.push_str(path);
    }
    if !item.lines.is_empty() {
        s.push_str(&format!(" ({} {})", t.draft_lines, line_ranges(&item.lines)));
    }
    s
}

/// The banner, with the review list open.
#[component]
pub fn DraftBanner(draft: ImportDraft) -> impl IntoView {
    let t = Ctx::get().texts();
    let count = draft.review.len();
    let review = Arc::new(draft.review);
    let items = move || {
        let t = t();
        review
            .iter()
            .map(|item| view! { <li>{item_text(item, t)}</li> })
            .collect_view()
    };
    view! {
        <section class="rmp-draft" role="note" part="draft">
            <p class="rmp-draft-title"><strong>{move || t().draft_title(count)}</strong></p>
            <p>{move || t().draft_explain}<bdi>{draft.source}</bdi></p>
            <details class="rmp-draft-review" open>
                <summary>{move || t().draft_review}</summary>
                <ol lang="en">{items}</ol>
            </details>
        </section>
    }
}
