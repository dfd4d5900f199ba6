//! What changed since an earlier version of the document: the list under
//! the header, and the marks on the risk cards, the board and the activity
//! pages ("新規", "変更あり", "計画中 → 実施中"). Drawn by the portal build
//! only; the viewer's own build draws nothing here (it is never given an
//! earlier version: the loaders start the portal build for `base`).

use leptos::prelude::*;

#[cfg(feature = "portal")]
use super::context::{label, said, Compare, Ctx};
#[cfg(feature = "portal")]
use super::link::RouteLink;
use rmp_view_model::diff::Subject;
#[cfg(feature = "portal")]
use rmp_view_model::diff::{grouped, Change, ChangeKind, Segment};
#[cfg(feature = "portal")]
use rmp_view_model::portal_text::Texts as PortalTexts;
#[cfg(feature = "portal")]
use rmp_view_model::route::Route;
#[cfg(feature = "portal")]
use rmp_view_model::text::DOCUMENT_LANG;

#[cfg(feature = "portal")]
/// The changes about one subject, in the order found.
fn about(ctx: &Ctx, subject: &Subject) -> Vec<Change> {
    match &ctx.compare {
        Some(Compare::Found(diff, _)) => diff
            .changes
            .iter()
            .filter(|c| c.subject == *subject)
            .cloned()
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(feature = "portal")]
/// "Changes since …": every change, each with a link to where it is.
#[component]
pub fn ChangesPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let lang = ctx.lang;
    match ctx.compare.clone()? {
        Compare::Failed(why) => Some(
            view! { <p class="rmp-changes rmp-changes-failed" role="note">{said(lang, |t| t.changes_failed)}{why}</p> }
                .into_any(),
        ),
        Compare::Found(diff, base) => {
            let since = diff.since.clone();
            let count = diff.changes.len();
            // The same change in several places (a cohort added to every risk) is one item.
            let items = grouped(&diff.changes)
                .into_iter()
                .map(|g| {
                    let places = g
                        .places
                        .iter()
                        .enumerate()
                        .map(|(i, c)| {
                            let route = match &c.subject {
                                Subject::Overview => Some(Route::Overview),
                                Subject::Concern(id) => ctx
                                    .rmp
                                    .concerns()
                                    .any(|(_, x)| x.id == *id)
                                    .then(|| Route::Risks(Some(id.clone()))),
                                Subject::Activity(id) => Some(Route::Activity(id.clone())),
                            };
                            let what = c.what.clone();
                            let sep = (i > 0).then_some("、");
                            match route {
                                Some(route) => view! { {sep}<RouteLink nav=ctx.nav route>{what}</RouteLink> }.into_any(),
                                None => view! { {sep}<span>{what}</span> }.into_any(),
                            }
                        })
                        .collect_view()
                        .into_any();
                    item(lang, g.first, places)
                })
                .collect_view();
            Some(
                view! {
                    <details class="rmp-changes" part="changes" open>
                        <summary>
                            {move || lang.get().portal().changes_since(&since)}
                            {move || PortalTexts::count(lang.get().portal().changes_count, count)}
                        </summary>
                        <p class="rmp-changes-explain">
                            {said(lang, |t| t.changes_explain)}
                            <span lang=DOCUMENT_LANG title=base>{diff.since.clone()}</span>
                            {diff.since_reconstructed.then(|| view! { " "<span class="rmp-badge">{label(lang, |t| t.reconstructed_badge)}</span> })}
                        </p>
                        {(!diff.other_product.is_empty()).then(|| {
                            let fields = diff
                                .other_product
                                .iter()
                                .map(|f| view! { <li lang=DOCUMENT_LANG>{f.label}"："{f.old.clone()}" → "{f.new.clone()}</li> })
                                .collect_view();
                            view! {
                                <div class="rmp-changes-other" role="alert">
                                    <p>{said(lang, |t| t.changes_other_product)}</p>
                                    <ul>{fields}</ul>
                                </div>
                            }
                        })}
                        {(count == 0).then(|| view! { <p>{said(lang, |t| t.changes_none)}</p> })}
                        <ul>{items}</ul>
                    </details>
                }
                .into_any(),
            )
        }
    }
}

#[cfg(feature = "portal")]
/// One change: what it did, where (`place`: one place or several), and the values.
fn item(lang: RwSignal<rmp_view_model::text::Lang>, c: &Change, place: AnyView) -> impl IntoView {
    let kind = c.kind;
    let values = if !c.words.is_empty() {
        c.words
            .iter()
            .map(|s| match s {
                Segment::Same(w) => view! { <span>{w.clone()}</span> }.into_any(),
                Segment::Added(w) => view! { <ins>{w.clone()}</ins> }.into_any(),
                Segment::Removed(w) => view! { <del>{w.clone()}</del> }.into_any(),
            })
            .collect_view()
            .into_any()
    } else {
        match (c.old.clone(), c.new.clone()) {
            (Some(old), Some(new)) => view! { <del>{old}</del>" → "<ins>{new}</ins> }.into_any(),
            (None, Some(new)) => view! { <ins>{new}</ins> }.into_any(),
            (Some(old), None) => view! { <del>{old}</del> }.into_any(),
            (None, None) => ().into_any(),
        }
    };
    view! {
        <li class="rmp-change" data-kind=format!("{kind:?}")>
            <span class="rmp-change-kind">{move || lang.get().portal().change(kind)}</span>
            " "
            <span lang=DOCUMENT_LANG>{place}</span>
            <span class="rmp-change-value" lang=DOCUMENT_LANG>{values}</span>
        </li>
    }
}

#[cfg(feature = "portal")]
/// The mark of a card, a board entry or a page: "新規" when it is new,
/// "旧 → 新" for a change of status, "変更あり" for anything else; nothing
/// when unchanged or when there is nothing to compare with.
#[component]
pub fn ChangeMark(subject: Subject) -> impl IntoView {
    let ctx = Ctx::get();
    let lang = ctx.lang;
    let changes = about(&ctx, &subject);
    if changes.is_empty() {
        return None;
    }
    let added = changes
        .iter()
        .any(|c| matches!(c.kind, ChangeKind::ConcernAdded | ChangeKind::ActivityAdded));
    let status = changes
        .iter()
        .find(|c| c.kind == ChangeKind::StatusChanged)
        .and_then(|c| Some(format!("{} → {}", c.old.as_ref()?, c.new.as_ref()?)));
    let text = move || match (&status, added) {
        (_, true) => lang.get().portal().change_new.to_string(),
        (Some(s), false) => s.clone(),
        (None, false) => lang.get().portal().change_changed.to_string(),
    };
    Some(view! { <span class="rmp-change-mark" part="change-mark">{text}</span> })
}

#[cfg(feature = "portal")]
/// The changes about one subject, listed where it is shown in full (a
/// card's body, an activity's page, the product overview).
#[component]
pub fn ChangeList(subject: Subject) -> impl IntoView {
    let ctx = Ctx::get();
    let lang = ctx.lang;
    let changes = about(&ctx, &subject);
    let since = match &ctx.compare {
        Some(Compare::Found(diff, _)) if !changes.is_empty() => diff.since.clone(),
        _ => return None,
    };
    let items = changes
        .iter()
        .map(|c| item(lang, c, view! { <span>{c.what.clone()}</span> }.into_any()))
        .collect_view();
    Some(view! {
        <section class="rmp-change-list">
            <h4>{move || lang.get().portal().changes_since(&since)}</h4>
            <ul>{items}</ul>
        </section>
    })
}

/// Nothing to compare with in the viewer's own build.
#[cfg(not(feature = "portal"))]
#[component]
pub fn ChangesPanel() -> impl IntoView {}

/// Nothing to compare with in the viewer's own build.
#[cfg(not(feature = "portal"))]
#[component]
pub fn ChangeMark(subject: Subject) -> impl IntoView {
    drop(subject);
}

/// Nothing to compare with in the viewer's own build.
#[cfg(not(feature = "portal"))]
#[component]
pub fn ChangeList(subject: Subject) -> impl IntoView {
    drop(subject);
}
