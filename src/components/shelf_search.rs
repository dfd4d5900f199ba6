//! A search across every RMP of a catalog: each document, concern and
//! activity whose name holds the words (widths and spaces ignored), with a
//! link to its place in its document.

use std::sync::Arc;

use leptos::prelude::*;

use super::context::said;
use super::shelf_link::{Go, ShelfLink};
use rmp_view_model::catalog::{HitPlace, Shelf};
use rmp_view_model::portal_text::Texts as PortalTexts;
use rmp_view_model::route::{Route, Shelved};
use rmp_view_model::text::{Lang, DOCUMENT_LANG};

/// Hits listed at most.
const LIMIT: usize = 200;

/// The search box and its hits.
#[component]
pub fn ShelfSearch(shelf: Arc<Shelf>, lang: RwSignal<Lang>, go: Go) -> impl IntoView {
    let t = move || lang.get().texts();
    let query = RwSignal::new(String::new());
    let found = {
        let shelf = shelf.clone();
        Memo::new(move |_| query.with(|q| shelf.search(q, LIMIT)))
    };
    let hits = move || {
        let (hits, _) = found.get();
        hits.into_iter()
            .filter_map(|hit| {
                let e = shelf.catalog.documents.get(hit.doc)?;
                let (route, what) = match hit.place {
                    HitPlace::Product => (Route::Summary, None),
                    HitPlace::Concern(i) => {
                        let c = e.concerns.get(i)?;
                        (Route::Risks(Some(c.id.clone())), Some(c.name.clone()))
                    }
                    HitPlace::Activity(i) => {
                        let a = e.activities.get(i)?;
                        (Route::Activity(a.id.clone()), Some(a.name.clone()))
                    }
                };
                let place = Shelved::Doc(e.id.clone(), route);
                let product = format!("{}（{}）", e.product_name, e.submitted.printed);
                let what = what.unwrap_or_else(|| product.clone());
                Some(view! {
                    <li lang=DOCUMENT_LANG>
                        <ShelfLink go place>{what}</ShelfLink>
                        <span class="rmp-hit-where">{product}</span>
                    </li>
                })
            })
            .collect_view()
    };
    view! {
        <search class="rmp-search rmp-shelf-search" part="catalog-search">
            <label>
                {said(lang, |t| t.catalog_search)}
                <input
                    type="search"
                    placeholder=move || lang.get().portal().catalog_search_placeholder
                    on:input=move |ev| query.set(event_target_value(&ev))
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            query.set(String::new());
                            if let Some(input) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()) {
                                input.set_value("");
                            }
                        }
                    }
                />
            </label>
            {move || {
                let (hits_shown, total) = found.with(|(h, n)| (h.len(), *n));
                (!query.with(|q| q.trim().is_empty())).then(|| view! {
                    <p class="rmp-shelf-count" role="status" aria-live="polite">
                        {move || PortalTexts::count(lang.get().portal().catalog_hits, total)}
                        {(total > hits_shown).then_some(move || PortalTexts::count(lang.get().portal().catalog_hits_more, hits_shown))}
                    </p>
                })
            }}
            <ul class="rmp-search-results" aria-label=move || t().search_results>{hits}</ul>
        </search>
    }
}
