use leptos::prelude::*;

use super::changes::{ChangeList, ChangeMark};
use super::context::{label, Ctx, IdScope, PrintTarget};
use super::incidence_table::IncidenceTable;
use super::link::{paragraphs, RouteLink};
use super::nothing::{Absent, Nothing};
use super::print::print;
use rmp_model::{ConcernCategory, SafetyConcern};
use rmp_view_model::board::{ROUTINE_PV, ROUTINE_RM};
use rmp_view_model::diff::Subject;
use rmp_view_model::lookup::{activity_name, category_pointer, concern_pointer};
use rmp_view_model::route::Route;
use rmp_view_model::text::DOCUMENT_LANG;

/// The risk cards, grouped by category, with expand all / collapse all.
#[component]
pub fn RiskCards() -> impl IntoView {
    let ctx = Ctx::get();
    let (t, lang) = ctx.labels();
    let all: Vec<String> = ctx.rmp.concerns().map(|(_, c)| c.id.clone()).collect();
    let eager = ctx.rmp.cell_count() <= EAGER_CELLS;
    let groups = [
        ConcernCategory::IdentifiedRisk,
        ConcernCategory::PotentialRisk,
        ConcernCategory::MissingInformation,
        ConcernCategory::Efficacy,
    ]
    .into_iter()
    .map(|category| {
        let concerns: Vec<SafetyConcern> = ctx
            .rmp
            .concerns()
            .filter(|(c, _)| *c == category)
            .map(|(_, c)| c.clone())
            .collect();
        let body = if concerns.is_empty() {
            view! { <Nothing at=category_pointer(category) /> }.into_any()
        } else {
            concerns
                .into_iter()
                .map(|c| view! { <RiskCard concern=c category=category eager=eager /> })
                .collect_view()
                .into_any()
        };
        view! {
            <section class="rmp-category">
                <h2>{move || t().category(category)}</h2>
                {body}
            </section>
        }
    })
    .collect_view();
    view! {
        <div class="rmp-toolbar">
            <button type="button" on:click=move |_| ctx.nav.open.set(all.iter().cloned().collect())>{label(lang, |t| t.expand_all)}</button>
            <button type="button" on:click=move |_| ctx.nav.open.set(Default::default())>{label(lang, |t| t.collapse_all)}</button>
        </div>
        {groups}
    }
}

/// Up to this many incidence cells in the whole document, every card body
/// is drawn (just after the headers), so that the browser's find-in-page
/// reaches collapsed cards; above it, a body is drawn when its card first
/// opens (or the page prints), and the search box still finds everything.
const EAGER_CELLS: usize = 3_000;

/// One concern: a WAI-ARIA accordion item (a button inside a heading).
#[component]
fn RiskCard(
    /// The concern.
    concern: SafetyConcern,
    /// Its category.
    category: ConcernCategory,
    /// Whether its body is drawn before it first opens.
    eager: bool,
) -> impl IntoView {
    let ctx = Ctx::get();
    let (t, lang) = ctx.labels();
    let id = concern.id.clone();
    let panel_id = format!("rmp-risk-{id}");
    let button_id = format!("rmp-risk-{id}-button");
    let open = {
        let id = id.clone();
        Memo::new(move |_| ctx.nav.open.with(|o| o.contains(&id)))
    };
    let toggle = {
        let id = id.clone();
        move |_| {
            let now_open = !open.get_untracked();
            ctx.nav.open.update(|o| {
                if now_open {
                    o.insert(id.clone());
                } else {
                    o.remove(&id);
                }
            });
            ctx.nav
                .route
                .set(Route::Risks(now_open.then(|| id.clone())));
        }
    };
    let (printing, print_one) = (ctx.printing, ctx.print_one);
    let rmp = ctx.rmp.clone();
    let name_of = move |aid: &str| activity_name(&rmp, aid).unwrap_or(aid).to_string();
    let links = move |ids: &[String]| {
        ids.iter()
            .map(|aid| {
                let (route, name) = (Route::Activity(aid.clone()), name_of(aid));
                let link = view! { <RouteLink nav=ctx.nav route>{name}</RouteLink> };
                view! { <li lang=DOCUMENT_LANG>{link}</li> }
            })
            .collect_view()
    };
    let c = concern;
    let name = c.name.clone();
    let at = concern_pointer(&ctx.rmp, &c.id).unwrap_or_default();
    // Once drawn, a body stays: closing a card only hides it. Eager bodies
    // are drawn just after the first paint, each in its own task, so the
    // card headers show first.
    let drawn = RwSignal::new(open.get_untracked() || ctx.ahead());
    // Setting it again would draw the body anew and lose what the reader did in it.
    let draw = |drawn: RwSignal<bool>| {
        if drawn.try_get_untracked() == Some(false) {
            let _ = drawn.try_set(true);
        }
    };
    if eager && !ctx.ahead() {
        request_animation_frame(move || set_timeout(move || draw(drawn), Default::default()));
    }
    // Opened: drawn in a task of its own, so that expand all on a large
    // document draws body after body with paints between, not all in one
    // long task. Printing draws at once.
    Effect::new(move |_| {
        if drawn.get_untracked() {
            return;
        }
        if ctx.printing.get() {
            drawn.set(true);
        } else if open.get() {
            set_timeout(move || draw(drawn), Default::default());
        }
    });
    let body = move || {
        let (c, links, at) = (c.clone(), links.clone(), at.clone());
        let sheet = {
            let id = c.id.clone();
            move |_| print(printing, print_one, Some(PrintTarget::Risk(id.clone())))
        };
        drawn.get().then(move || view! {
                <p class="rmp-card-tools"><button type="button" class="rmp-print-risk" on:click=sheet>{label(lang, |t| t.print_risk)}</button></p>
                <ChangeList subject=Subject::Concern(c.id.clone()) />
                <h4>{move || t().reason(category)}</h4>
                <Absent at=at />
                {paragraphs(&c.reason)}
                {c.incidence.iter().cloned().map(|table| view! { <IncidenceTable table=table risk=c.name.clone() /> }).collect_view()}
                {(!c.references.is_empty()).then(|| view! {
                    <h4>{label(lang, |t| t.references)}</h4>
                    <ol class="rmp-references">
                        {c.references.iter().map(|r| view! { <li lang=DOCUMENT_LANG>{format!("{}{}", r.marker, r.text)}</li> }).collect_view()}
                    </ol>
                })}
                <h4>{label(lang, |t| t.pv_activities)}</h4>
                <ul>
                    {c.pv.routine.then(|| view! { <li><RouteLink nav=ctx.nav route=Route::Activity(ROUTINE_PV.into())>{label(lang, |t| t.routine_pv)}</RouteLink></li> })}
                    {(!c.pv.additional.is_empty()).then(|| view! { <li>{label(lang, |t| t.additional_pv)}<ol>{links(&c.pv.additional)}</ol></li> })}
                </ul>
                <h5>{label(lang, |t| t.selection_reason)}</h5>
                {paragraphs(&c.pv.reasons)}
                <h4>{label(lang, |t| t.rm_activities)}</h4>
                <ul>
                    {c.rm.routine.then(|| view! { <li><RouteLink nav=ctx.nav route=Route::Activity(ROUTINE_RM.into())>{label(lang, |t| t.routine_rm)}</RouteLink>{paragraphs(&c.rm.routine_text)}</li> })}
                    {(!c.rm.additional.is_empty()).then(|| view! { <li>{label(lang, |t| t.additional_rm)}<ol>{links(&c.rm.additional)}</ol></li> })}
                </ul>
                <h5>{label(lang, |t| t.selection_reason)}</h5>
                {paragraphs(&c.rm.reasons)}
        })
    };
    if ctx.ahead() {
        return view! { <StaticCard id=id name=name body=body /> }.into_any();
    }
    view! {
        <article
            class="rmp-card"
            id=format!("risk-{id}")
            part="risk-card"
            class:rmp-print-target={
                let id = id.clone();
                move || print_one.with(|one| matches!(one, Some(PrintTarget::Risk(r)) if *r == id))
            }
        >
            <h3 class="rmp-card-heading">
                <button
                    type="button"
                    id=button_id.clone()
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=panel_id.clone()
                    on:click=toggle
                >
                    <span class="rmp-chevron" aria-hidden="true"></span>
                    <span lang=DOCUMENT_LANG>{name}</span>
                    <ChangeMark subject=Subject::Concern(id.clone()) />
                </button>
            </h3>
            <div
                id=panel_id.clone()
                role="region"
                aria-labelledby=button_id
                class="rmp-card-body"
                hidden=move || (!open.get()).then_some("until-found")
            >
                {body}
            </div>
        </article>
    }
    .into_any()
}

/// A card drawn ahead of time (`rmp render`): a `<details>`, so that it
/// opens without script, looking as the accordion item the viewer draws in
/// its place; the `risk/<id>` anchor is the target of the page's links to
/// the card (and opens it).
#[component]
fn StaticCard(id: String, name: String, body: impl IntoView + 'static) -> impl IntoView {
    let scope = IdScope::get();
    view! {
        <article class="rmp-card" id=format!("{scope}risk-{id}") part="risk-card">
            <details class="rmp-card-details" data-risk=id.clone()>
                <summary>
                    <h3 class="rmp-card-heading">
                        <span class="rmp-card-toggle" id=format!("{scope}rmp-risk-{id}-button")>
                            <span class="rmp-chevron" aria-hidden="true"></span>
                            <span lang=DOCUMENT_LANG>{name}</span>
                        </span>
                    </h3>
                </summary>
                <div id=format!("{scope}rmp-risk-{id}") class="rmp-card-body">
                    <span class="rmp-anchor" id=format!("{scope}risk/{id}")></span>
                    {body}
                </div>
            </details>
        </article>
    }
}
