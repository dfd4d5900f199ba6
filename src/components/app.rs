use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use super::board::Board;
use super::risk_card::RiskCards;
use super::summary::SummaryView;
use crate::model::Rmp;
use crate::view_model::route::{Route, View};
use crate::view_model::text::Lang;

/// Shared state of one viewer.
#[derive(Clone)]
pub struct Ctx {
    /// The document.
    pub rmp: Arc<Rmp>,
    /// Interface language.
    pub lang: RwSignal<Lang>,
    /// Where the reader is.
    pub route: RwSignal<Route>,
    /// Ids of the open risk cards.
    pub open: RwSignal<HashSet<String>>,
}

/// The whole viewer for one document.
#[component]
pub fn App(
    /// The validated document.
    rmp: Arc<Rmp>,
    /// Initial language.
    lang: Lang,
    /// Initial place.
    route: Route,
) -> impl IntoView {
    let ctx = Ctx {
        rmp: rmp.clone(),
        lang: RwSignal::new(lang),
        route: RwSignal::new(route.clone()),
        open: RwSignal::new(match &route {
            Route::Risks(Some(id)) => HashSet::from([id.clone()]),
            _ => HashSet::new(),
        }),
    };
    provide_context(ctx.clone());
    sync_fragment(ctx.clone());
    let t = move || ctx.lang.get().texts();
    let d = &rmp.document;
    let title = format!("{} — {}", d.product_name, d.title);
    let submitted = format!(
        "{}（{}）",
        d.submitted.printed,
        d.submitted.date.clone().unwrap_or_default()
    );
    let brands = rmp.summary.brand_names.join(" / ");
    let tab = move |view: View| {
        let label = move || {
            let t = t();
            match view {
                View::Summary => t.view_summary,
                View::Overview => t.view_overview,
                View::Risks => t.view_risks,
                View::Board => t.view_board,
                View::Matrix => t.view_matrix,
            }
        };
        view! {
            <a
                class="rmp-tab"
                href=view.route().fragment()
                aria-current=move || (ctx.route.get().view() == view).then_some("page")
                on:click=move |ev| {
                    ev.prevent_default();
                    ctx.route.set(view.route());
                }
            >
                {label}
            </a>
        }
    };
    let body = move || match ctx.route.get().view() {
        View::Risks => view! { <RiskCards /> }.into_any(),
        View::Board => view! { <Board /> }.into_any(),
        _ => view! { <SummaryView /> }.into_any(),
    };
    view! {
        <div class="rmp-root" lang=move || ctx.lang.get().code()>
            <header class="rmp-header" part="header">
                <h1>{title}</h1>
                <p class="rmp-brands">{brands}</p>
                <dl class="rmp-meta">
                    <dt>{move || t().active_ingredient}</dt>
                    <dd>{d.active_ingredient.clone()}</dd>
                    <dt>{move || t().company}</dt>
                    <dd>{d.company.clone()}</dd>
                    <dt>{move || t().therapeutic_category}</dt>
                    <dd>{d.therapeutic_category.clone()}</dd>
                    <dt>{move || t().submitted}</dt>
                    <dd>{submitted}</dd>
                </dl>
                <button
                    type="button"
                    class="rmp-lang"
                    on:click=move |_| ctx.lang.update(|l| *l = if *l == Lang::Ja { Lang::En } else { Lang::Ja })
                >
                    {move || t().switch_language}
                </button>
            </header>
            <nav class="rmp-tabs" aria-label=move || t().views_label part="tabs">
                {View::ALL.into_iter().filter(|v| matches!(v, View::Summary | View::Risks | View::Board)).map(tab).collect_view()}
            </nav>
            <main class="rmp-main">{body}</main>
        </div>
    }
}

/// Keeps the URL fragment and the route in step: a new place pushes a
/// history entry; back, forward or an edited fragment move the viewer.
fn sync_fragment(ctx: Ctx) {
    Effect::new(move |_| {
        let fragment = ctx.route.get().fragment();
        let Some(window) = web_sys::window() else {
            return;
        };
        if window.location().hash().ok().as_deref() != Some(fragment.as_str()) {
            if let Ok(history) = window.history() {
                let _ =
                    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fragment));
            }
        }
    });
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let route = Route::parse(&hash);
        if let Route::Risks(Some(id)) = &route {
            ctx.open.update(|o| {
                o.insert(id.clone());
            });
        }
        ctx.route.set(route);
    });
    on_cleanup(move || handle.remove());
}
