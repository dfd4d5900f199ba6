use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use super::activity_page::ActivityView;
use super::board::Board;
use super::changes::ChangesPanel;
use super::context::{label, Compare, Ctx, IdScope, Nav, PrintTarget, AHEAD};
use super::draft::{DraftBanner, ReconstructedBanner};
use super::link::RouteLink;
use super::matrix::MatrixView;
use super::notice::{Notice, Notify};
use super::overview::OverviewView;
use super::plan::PlanView;
use super::print::{watch_print, PrintButton};
use super::reveal::reveal;
use super::risk_card::RiskCards;
use super::search::SearchBox;
use super::summary::SummaryView;
use rmp_model::{Diagnostic, Rmp};
use rmp_view_model::board::board_items;
use rmp_view_model::notes::reader_note;
use rmp_view_model::route::{Route, View};
use rmp_view_model::text::{Lang, Texts, DOCUMENT_LANG};

/// The whole viewer for one document.
#[component]
pub fn App(
    /// The validated document.
    rmp: Arc<Rmp>,
    /// Its validation warnings.
    warnings: Arc<Vec<Diagnostic>>,
    /// Where it came from, when it is not the page's own document: shown,
    /// so that a document from elsewhere never passes for the portal's.
    provenance: Option<String>,
    /// Interface language, shared with the host.
    lang: RwSignal<Lang>,
    /// Where the reader is, shared with the host.
    route: RwSignal<Route>,
    /// Whether the URL fragment follows the route.
    history: bool,
    /// What the route's places start with in the fragment (a catalog's
    /// `rmp/<id>/`), empty for a document on its own.
    prefix: String,
    /// The comparison with an earlier version, if any.
    compare: Option<Compare>,
    /// Where notices go.
    notify: Notify,
    /// Drawn ahead of time to HTML (see [`Ctx::prerender`]).
    #[prop(optional)]
    prerender: bool,
    /// Risk cards open from the start.
    #[prop(optional)]
    opened: Vec<String>,
) -> impl IntoView {
    let prerender = AHEAD && prerender;
    let ctx = Ctx {
        rmp: rmp.clone(),
        lang,
        nav: Nav {
            route,
            open: RwSignal::new(match route.get_untracked() {
                Route::Risks(Some(id)) => opened.into_iter().chain([id]).collect(),
                _ => opened.into_iter().collect(),
            }),
            root: NodeRef::new(),
            prefix: StoredValue::new(prefix),
            came_from: RwSignal::new(None),
        },
        printing: RwSignal::new(false),
        print_one: RwSignal::new(None),
        compare,
        prerender,
    };
    provide_context(ctx.clone());
    if !prerender {
        // The running header on paper is the page's: set by a viewer that owns the page's URL.
        watch_print(&ctx, history);
        if history {
            sync_fragment(ctx.nav);
        }
        report_changes(ctx.nav, notify);
    }
    // A place set from outside (the host's `open`, the URL) opens its card too.
    let nav = ctx.nav;
    Effect::new(move |_| {
        if let Route::Risks(Some(id)) = nav.route.get() {
            if !nav.open.with_untracked(|o| o.contains(&id)) {
                nav.open.update(|o| {
                    o.insert(id);
                });
            }
        }
    });
    // A deep link in the page URL brings its card into view; an embedded
    // viewer opened on a card does not pull the host page to it.
    if let (true, false, Some(id)) = (history, prerender, route.get_untracked().element_id()) {
        reveal(ctx.nav.root, id, None);
    }
    let t = ctx.texts();
    let d = &rmp.document;
    let title = format!("{} — {}", d.product_name, d.title);
    let submitted = match &d.submitted.date {
        Some(date) => format!("{}（{}）", d.submitted.printed, date),
        None => d.submitted.printed.clone(),
    };
    let forms = d.forms.clone();
    let brands = rmp.summary.brand_names.join(" / ");
    // A draft's review list is in its warnings, open.
    let draft = rmp
        .import_draft
        .as_ref()
        .map(|d| (d.source.clone(), d.review.len()));
    let is_draft = draft.is_some();
    let reconstructed = rmp.reconstructed.clone();
    let tab = move |view: View| {
        let label = move || t().view_name(view);
        view! {
            <RouteLink
                nav=ctx.nav
                route=view.route()
                attr:class="rmp-tab"
                attr:part="tab"
                attr:aria-current=move || (ctx.nav.route.get().view() == view).then_some("page")
            >
                {label}
            </RouteLink>
        }
    };
    // Only a change of page redraws the body; moving between the cards of
    // the risk view keeps every card (and its state) as it is.
    let current = Memo::new(move |_| ctx.nav.route.get().page());
    let body = if prerender {
        every_page(&rmp, route.get_untracked().page()).into_any()
    } else {
        (move || page(current.get())).into_any()
    };
    let warning_count = warnings.len();
    // In the reader's words where there are some (a table cell), with a link
    // to its card and the JSON path and message for maintainers in a details
    // line; the others (an import draft's review items among them) as they are.
    let warning_list = warnings
        .iter()
        .map(|w| {
            let Some((place, table)) = reader_note(w, &rmp, t()).and_then(|n| Some((n.place?, n.table))) else {
                return view! { <li><code>{w.path.clone()}</code>": "{w.message.clone()}</li> }.into_any();
            };
            let (said, rmp) = (w.clone(), rmp.clone());
            let text = move || reader_note(&said, &rmp, t()).map(|n| n.text);
            view! {
                <li>
                    <span class="rmp-note">{text}</span>
                    " "
                    <RouteLink nav=ctx.nav route=place>{label(ctx.lang, if table { |t: &Texts| t.note_go } else { |t: &Texts| t.note_go_place })}</RouteLink>
                    <details class="rmp-note-details">
                        <summary>{label(ctx.lang, |t| t.note_details)}</summary>
                        <code>{w.path.clone()}</code>": "{w.message.clone()}
                    </details>
                </li>
            }
            .into_any()
        })
        .collect_view();
    let main = NodeRef::<leptos::html::Main>::new();
    view! {
        <div class="rmp-root" node_ref=ctx.nav.root lang=move || ctx.lang.get().code() class:rmp-printing-one=move || ctx.print_one.with(Option::is_some) class:rmp-printing-checklist=move || ctx.print_one.with(|o| matches!(o, Some(PrintTarget::Checklist(_))))>
            // Past the header and the tabs to the page shown. Not on a page
            // drawn ahead: without a script a link can only change the
            // fragment, which there chooses the page shown.
            {(!prerender).then(|| view! {
                <a class="rmp-skip" href="#rmp-main" on:click=move |ev| {
                    ev.prevent_default();
                    if let Some(main) = main.get_untracked() {
                        let _ = main.focus();
                    }
                }>{label(lang, |t| t.skip_to_content)}</a>
            })}
            <header class="rmp-header" part="header">
                <div class="rmp-header-top">
                    <h1 lang=DOCUMENT_LANG>{title}</h1>
                    <button
                        type="button"
                        class="rmp-lang"
                        part="language"
                        lang=move || if ctx.lang.get() == Lang::Ja { "en" } else { "ja" }
                        on:click=move |_| ctx.lang.update(|l| *l = if *l == Lang::Ja { Lang::En } else { Lang::Ja })
                    >
                        {move || t().switch_language}
                    </button>
                </div>
                // Shown by the stylesheet where no script runs (see `rmp render`).
                {prerender.then(|| view! {
                    <p class="rmp-static-note" role="note">{label(lang, |t| t.static_note)}</p>
                    // In a portal's fragment, where a link cannot switch views.
                    <p class="rmp-static-note rmp-static-note-embedded" role="note">{label(lang, |t| t.static_note_embedded)}</p>
                })}
                <p class="rmp-brands" lang=DOCUMENT_LANG>{brands}</p>
                <dl class="rmp-meta">
                    <dt>{move || t().active_ingredient}</dt>
                    <dd lang=DOCUMENT_LANG>{d.active_ingredient.clone()}</dd>
                    <dt>{move || t().company}</dt>
                    <dd lang=DOCUMENT_LANG>{d.company.clone()}</dd>
                    <dt>{move || t().therapeutic_category}</dt>
                    <dd lang=DOCUMENT_LANG>{d.therapeutic_category.clone()}</dd>
                    <dt>{move || t().submitted}</dt>
                    <dd lang=DOCUMENT_LANG>{submitted}</dd>
                    <dt>{move || t().form}</dt>
                    <dd>{move || t().forms(&forms)}</dd>
                </dl>
                {draft.map(|(source, items)| view! { <DraftBanner source=source items=items /> })}
                {reconstructed.map(|r| view! { <ReconstructedBanner from=r.from how=r.how /> })}
                {(warning_count > 0).then(|| view! {
                    <details class="rmp-warnings" open=is_draft>
                        <summary>{move || t().document_warnings}" ("{warning_count}")"</summary>
                        <ul>{warning_list}</ul>
                    </details>
                })}
                <ChangesPanel />
                {provenance.map(|from| view! {
                    <p class="rmp-provenance">
                        {move || t().shown_from}
                        <bdi class="rmp-provenance-source">{from}</bdi>
                    </p>
                })}
                <SearchBox shortcut=history />
            </header>
            <nav class="rmp-tabs" class:rmp-drawn-tabs=prerender aria-label=move || t().views_label part="tabs">
                {View::ALL.into_iter().map(tab).collect_view()}
                <PrintButton />
            </nav>
            <main class="rmp-main" class:rmp-pages=prerender node_ref=main id=(!prerender).then_some("rmp-main") tabindex=(!prerender).then_some("-1")>{body}</main>
        </div>
    }
}

/// What the body draws for a page.
fn page(route: Route) -> AnyView {
    match route {
        Route::Summary => view! { <SummaryView /> }.into_any(),
        Route::Overview => view! { <OverviewView /> }.into_any(),
        Route::Risks(_) => view! { <RiskCards /> }.into_any(),
        Route::Board => view! { <Board /> }.into_any(),
        Route::Activity(id) => view! { <ActivityView id=id /> }.into_any(),
        Route::Matrix => view! { <MatrixView /> }.into_any(),
        Route::Plan => view! { <PlanView /> }.into_any(),
    }
}

/// Ahead of time, every page at once, each a section whose id is its place
/// in the URL fragment (`board`, `activity/<id>`): a link to it shows it
/// (the stylesheet's `:target` rules), with or without script; `first`
/// shows until a link is followed.
fn every_page(rmp: &Rmp, first: Route) -> impl IntoView {
    let activities = board_items(rmp)
        .into_iter()
        .map(|item| Route::Activity(item.id));
    [
        Route::Summary,
        Route::Overview,
        Route::Risks(None),
        Route::Board,
    ]
    .into_iter()
    .chain(activities)
    .chain([Route::Matrix, Route::Plan])
    .map(|route| {
        let shown = route == first;
        let id = route.fragment().trim_start_matches('#').to_string();
        if route == Route::Plan {
            // The full plan repeats the overview, the cards and every
            // activity page beside their own pages: drawn in a scope of its
            // own (nested parts included), its copies take ids of their own.
            let owner = Owner::current().map(|o| o.child()).unwrap_or_default();
            let html = owner.with(|| {
                provide_context(IdScope::PLAN);
                page(route).to_html()
            });
            return view! { <section class="rmp-page" class:rmp-page-first=shown id=id inner_html=html></section> }.into_any();
        }
        view! { <section class="rmp-page" class:rmp-page-first=shown id=id>{page(route)}</section> }.into_any()
    })
    .collect_view()
}

/// Tells the host about cards opening and closing (however it happened:
/// a click, expand all, a link, a search) and about moves between places.
fn report_changes(nav: Nav, notify: Notify) {
    Effect::new(move |before: Option<HashSet<String>>| {
        let now = nav.open.get();
        if let Some(before) = before {
            let mut changed: Vec<(&String, bool)> = now
                .difference(&before)
                .map(|id| (id, true))
                .chain(before.difference(&now).map(|id| (id, false)))
                .collect();
            changed.sort();
            for (id, open) in changed {
                notify.send(Notice::Toggle {
                    risk: id.clone(),
                    open,
                });
            }
        }
        now
    });
    Effect::new(move |before: Option<Route>| {
        let now = nav.route.get();
        if before.is_some_and(|b| b != now) {
            notify.send(Notice::Navigate {
                view: now.view().name(),
                target: now.target().map(str::to_string),
            });
        }
        now
    });
}

/// Keeps the URL fragment and the route in step: a new place pushes a
/// history entry (another spelling of the same place, `#rmp/x` for
/// `#rmp/x/summary`, is replaced); back, forward or an edited fragment
/// move the viewer. Only fragments that start with its prefix are its own.
fn sync_fragment(nav: Nav) {
    let inner = {
        let prefix = nav.prefix.get_value();
        move |hash: &str| {
            let hash = hash.trim_start_matches('#');
            if prefix.is_empty() {
                return Some(Route::parse(hash));
            }
            hash.strip_prefix(prefix.as_str())
                .map(Route::parse)
                .or_else(|| (prefix.strip_suffix('/') == Some(hash)).then_some(Route::Summary))
        }
    };
    let here = || {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    };
    let mine = inner.clone();
    Effect::new(move |_| {
        let route = nav.route.get();
        let fragment = nav.href(&route);
        let Some(window) = web_sys::window() else {
            return;
        };
        let now = here();
        if now != fragment {
            if let Ok(history) = window.history() {
                let url = Some(fragment.as_str());
                let _ = if mine(&now).as_ref() == Some(&route) {
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", url)
                } else {
                    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", url)
                };
            }
        }
    });
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(route) = inner(&here()) {
            nav.go(route);
        }
    });
    on_cleanup(move || handle.remove());
}
