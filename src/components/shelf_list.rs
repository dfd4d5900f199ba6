//! The list of a catalog's RMPs: filtered as the reader types (product,
//! ingredient, company), by concern and category, by one activity's kind
//! and status, sorted by submission date; a page of rows at a time.

use std::sync::Arc;

use leptos::prelude::*;

use super::context::{label, said};
use super::shelf_link::{Go, ShelfLink};
use rmp_model::{ActivityStatus, ConcernCategory};
use rmp_view_model::catalog::{category, Entry, Filter, Shelf, Sort};
use rmp_view_model::portal_text::Texts as PortalTexts;
use rmp_view_model::route::{Route, Shelved};
use rmp_view_model::text::{Lang, DOCUMENT_LANG};

/// Rows drawn at first, and added by "show more".
const PAGE: usize = 50;

const CATEGORIES: [ConcernCategory; 4] = [
    ConcernCategory::IdentifiedRisk,
    ConcernCategory::PotentialRisk,
    ConcernCategory::MissingInformation,
    ConcernCategory::Efficacy,
];

const STATUSES: [ActivityStatus; 3] = [
    ActivityStatus::Planned,
    ActivityStatus::Ongoing,
    ActivityStatus::Completed,
];

/// The filters and the table.
#[component]
pub fn ShelfList(shelf: Arc<Shelf>, lang: RwSignal<Lang>, go: Go) -> impl IntoView {
    let t = move || lang.get().texts();
    let filter = RwSignal::new(Filter::default());
    let shown = RwSignal::new(PAGE);
    let set = move |change: &dyn Fn(&mut Filter)| {
        filter.update(|f| change(f));
        shown.set(PAGE);
    };
    let found = {
        let shelf = shelf.clone();
        Memo::new(move |_| filter.with(|f| shelf.filter(f)))
    };
    let total = shelf.catalog.documents.len();
    let kinds = shelf.kinds();
    let kind_options = {
        let kinds = kinds.clone();
        move || {
            kinds
                .iter()
                .enumerate()
                .map(|(i, k)| {
                    let (kind, plan) = k.kind();
                    view! { <option value=i.to_string()>{t().kind(kind, plan)}</option> }
                })
                .collect_view()
        }
    };
    // Keyed by document: a row that stays through a keystroke is not drawn again.
    let rows = {
        let shelf = shelf.clone();
        view! {
            <For
                each=move || found.with(|found| found.iter().copied().take(shown.get()).collect::<Vec<usize>>())
                key=|i| *i
                children=move |i| shelf.catalog.documents.get(i).map(|e| row(&shelf, e, lang, go))
            />
        }
    };
    let problems = shelf.catalog.problems.clone();
    view! {
        <section class="rmp-filters rmp-shelf-filters" role="group" aria-label=move || lang.get().portal().catalog_filters part="catalog-filters">
            {text_field(lang, |t| t.catalog_text, set, |f, v| f.text = v)}
            {text_field(lang, |t| t.catalog_concern, set, |f, v| f.concern = v)}
            <label>
                {said(lang, |t| t.catalog_category)}
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    set(&|f| f.category = (!v.is_empty()).then(|| v.clone()));
                }>
                    <option value="">{said(lang, |t| t.catalog_any_category)}</option>
                    {CATEGORIES.map(|c| view! { <option value=category(c)>{move || t().category(c)}</option> })}
                </select>
            </label>
            <label>
                {said(lang, |t| t.catalog_kind)}
                <select on:change=move |ev| {
                    let kind = event_target_value(&ev).parse::<usize>().ok().and_then(|i| kinds.get(i).copied());
                    set(&|f| f.kind = kind);
                }>
                    <option value="">{said(lang, |t| t.catalog_any_kind)}</option>
                    {kind_options}
                </select>
            </label>
            <label>
                {said(lang, |t| t.catalog_status)}
                <select on:change=move |ev| {
                    let status = event_target_value(&ev).parse::<usize>().ok().and_then(|i| STATUSES.get(i).copied());
                    set(&|f| f.status = status);
                }>
                    <option value="">{said(lang, |t| t.catalog_any_status)}</option>
                    {STATUSES.iter().enumerate().map(|(i, s)| {
                        let s = *s;
                        view! { <option value=i.to_string()>{move || t().status(Some(s))}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>
                {said(lang, |t| t.catalog_sort)}
                <select on:change=move |ev| {
                    let sort = if event_target_value(&ev) == "oldest" { Sort::OldestFirst } else { Sort::NewestFirst };
                    set(&|f| f.sort = sort);
                }>
                    <option value="newest">{said(lang, |t| t.catalog_newest)}</option>
                    <option value="oldest">{said(lang, |t| t.catalog_oldest)}</option>
                </select>
            </label>
        </section>
        <p class="rmp-shelf-count" role="status" aria-live="polite">
            {move || {
                let n = found.with(Vec::len);
                if n == 0 {
                    lang.get().portal().catalog_none.to_string()
                } else {
                    lang.get().portal().catalog_shown.replace("{shown}", &n.to_string()).replace("{total}", &total.to_string())
                }
            }}
        </p>
        <div class="rmp-table-scroll" tabindex="0" role="region" aria-label=move || lang.get().portal().catalog_title>
            <table class="rmp-plain rmp-shelf-table">
                <caption class="rmp-visually-hidden">{said(lang, |t| t.catalog_title)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{said(lang, |t| t.catalog_product)}</th>
                        <th scope="col">{label(lang, |t| t.active_ingredient)}</th>
                        <th scope="col">{said(lang, |t| t.catalog_company)}</th>
                        <th scope="col">{label(lang, |t| t.submitted)}</th>
                        <th scope="col">{said(lang, |t| t.catalog_concerns)}</th>
                        <th scope="col">{said(lang, |t| t.catalog_activities)}</th>
                        <th scope="col">{said(lang, |t| t.catalog_versions)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {move || (found.with(Vec::len) > shown.get()).then(|| view! {
            <button type="button" class="rmp-shelf-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                {said(lang, |t| t.catalog_more)}
            </button>
        })}
        {(!problems.is_empty()).then(|| view! {
            <details class="rmp-warnings">
                <summary>{said(lang, |t| t.catalog_problems)}" ("{problems.len()}")"</summary>
                <ul>{problems.iter().map(|p| view! { <li><code>{p.file.clone()}</code>": "{p.message.clone()}</li> }).collect_view()}</ul>
            </details>
        })}
    }
}

/// A filter the reader types into: `put` sets it in the filter.
fn text_field(
    lang: RwSignal<Lang>,
    name: fn(&PortalTexts) -> &'static str,
    set: impl Fn(&dyn Fn(&mut Filter)) + Copy + 'static,
    put: fn(&mut Filter, String),
) -> impl IntoView {
    view! {
        <label>
            {said(lang, name)}
            <input type="search" on:input=move |ev| {
                let v = event_target_value(&ev);
                set(&|f| put(f, v.clone()));
            } />
        </label>
    }
}

/// One document's row.
fn row(shelf: &Shelf, e: &Entry, lang: RwSignal<Lang>, go: Go) -> impl IntoView {
    let t = move || lang.get().texts();
    let open = Shelved::Doc(e.id.clone(), Route::Summary);
    let submitted = match &e.submitted.date {
        Some(date) => format!("{}（{}）", e.submitted.printed, date),
        None => e.submitted.printed.clone(),
    };
    let counts: Vec<(ConcernCategory, usize)> = CATEGORIES
        .iter()
        .map(|c| {
            (
                *c,
                e.concerns
                    .iter()
                    .filter(|x| x.category == category(*c))
                    .count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let concerns = move || {
        counts
            .iter()
            .map(|(c, n)| format!("{} {n}", t().category(*c)))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    let previous = shelf.previous(&e.id).map(|p| {
        let place = Shelved::Doc(p.id.clone(), Route::Summary);
        let printed = p.submitted.printed.clone();
        let reconstructed = p.reconstructed.then(
            || view! { " "<span class="rmp-badge">{label(lang, |t| t.reconstructed_badge)}</span> },
        );
        view! { <ShelfLink go place>{printed}</ShelfLink>{reconstructed} }
    });
    let (name, brands) = (e.product_name.clone(), e.brand_names.join(" / "));
    let (ingredient, company) = (e.active_ingredient.clone(), e.company.clone());
    let activities = e.activities.len();
    let draft = e
        .draft
        .then(|| view! { <span class="rmp-badge">{label(lang, |t| t.draft_badge)}</span> });
    let reconstructed = e
        .reconstructed
        .then(|| view! { <span class="rmp-badge">{label(lang, |t| t.reconstructed_badge)}</span> });
    view! {
        <tr>
            <th scope="row" lang=DOCUMENT_LANG>
                <ShelfLink go place=open>{name}</ShelfLink>
                {draft}
                <span class="rmp-shelf-brands">{brands}</span>
            </th>
            <td lang=DOCUMENT_LANG>{ingredient}</td>
            <td lang=DOCUMENT_LANG>{company}</td>
            <td lang=DOCUMENT_LANG>{submitted}{reconstructed}</td>
            <td>{concerns}</td>
            <td>{activities}</td>
            <td lang=DOCUMENT_LANG>{previous}</td>
        </tr>
    }
}
