use leptos::prelude::*;

use super::changes::ChangeMark;
use super::context::{label, Ctx};
use super::link::{concern_items, material, RouteLink};
use super::timeline::TimelineView;
use rmp_model::Plan;
use rmp_view_model::board::{board_items, columns, shown_and_hidden, BoardFilter, BoardItem};
use rmp_view_model::diff::Subject;
use rmp_view_model::route::Route;
use rmp_view_model::text::{Texts, DOCUMENT_LANG};

/// The activity status board: filters, columns by status, and the timeline.
#[component]
pub fn Board() -> impl IntoView {
    let ctx = Ctx::get();
    let (t, lang) = ctx.labels();
    let filter = RwSignal::new(BoardFilter::default());
    let rmp = ctx.rmp.clone();
    let risk_options = rmp
        .concerns()
        .map(|(_, c)| view! { <option value=c.id.clone() lang=DOCUMENT_LANG>{c.name.clone()}</option> })
        .collect_view();
    let counted = rmp.clone();
    let board = move || {
        let items = board_items(&rmp);
        let cols = filter.with(|f| columns(&items, f));
        let column = |label: fn(&Texts) -> &'static str, list: Vec<&BoardItem>| {
            let count = list.len();
            view! {
                <section class="rmp-column" part="board-column">
                    <h3>{move || label(t())}" ("{count}")"</h3>
                    <ul class="rmp-column-list">{list.into_iter().map(|i| card(&ctx, i)).collect_view()}</ul>
                </section>
            }
        };
        let unlisted =
            (!cols.unlisted.is_empty()).then(|| column(|t| t.status_unlisted, cols.unlisted));
        view! {
            {column(|t| t.routine_activities, cols.routine)}
            {column(|t| t.status_planned, cols.planned)}
            {column(|t| t.status_ongoing, cols.ongoing)}
            {column(|t| t.status_completed, cols.completed)}
            {unlisted}
        }
    };
    view! {
        <h2>{label(lang, |t| t.view_board)}</h2>
        <div class="rmp-filters" role="group" aria-label=move || t().view_board>
            <label>
                {label(lang, |t| t.filter_plan)}
                <select on:change=move |ev| {
                    let plan = match event_target_value(&ev).as_str() {
                        "pv" => Some(Plan::Pv),
                        "rm" => Some(Plan::Rm),
                        _ => None,
                    };
                    filter.update(|f| f.plan = plan);
                }>
                    <option value="">{label(lang, |t| t.filter_all)}</option>
                    <option value="pv">{label(lang, |t| t.filter_pv)}</option>
                    <option value="rm">{label(lang, |t| t.filter_rm)}</option>
                </select>
            </label>
            <label>
                {label(lang, |t| t.filter_breadth)}
                <select on:change=move |ev| {
                    let routine = match event_target_value(&ev).as_str() {
                        "routine" => Some(true),
                        "additional" => Some(false),
                        _ => None,
                    };
                    filter.update(|f| f.routine = routine);
                }>
                    <option value="">{label(lang, |t| t.filter_all)}</option>
                    <option value="routine">{label(lang, |t| t.routine_activities)}</option>
                    <option value="additional">{label(lang, |t| t.additional_activities)}</option>
                </select>
            </label>
            <label>
                {label(lang, |t| t.filter_risk)}
                <select on:change=move |ev| {
                    let risk = event_target_value(&ev);
                    filter.update(|f| f.risk = (!risk.is_empty()).then_some(risk));
                }>
                    <option value="">{label(lang, |t| t.all_risks)}</option>
                    {risk_options}
                </select>
            </label>
        </div>
        <p class="rmp-filter-status" role="status">{move || {
            let (shown, hidden) = filter.with(|f| shown_and_hidden(&board_items(&counted), f));
            (hidden > 0).then(|| {
                t().filter_hidden
                    .replace("{total}", &(shown + hidden).to_string())
                    .replace("{shown}", &shown.to_string())
                    .replace("{hidden}", &hidden.to_string())
            })
        }}</p>
        <div class="rmp-board">{board}</div>
        <TimelineView filter=filter />
    }
}

/// One activity's card.
fn card(ctx: &Ctx, i: &BoardItem) -> impl IntoView {
    let ctx = ctx.clone();
    let lang = ctx.lang;
    let t = move || lang.get().texts();
    let (kind, plan) = (i.kind, i.plan);
    let no_risks = i.risks.is_empty();
    let risks = concern_items(ctx.nav, &i.risks);
    let field = |label: fn(&Texts) -> &'static str, value: Option<&str>| {
        value.map(
            |v| view! { <dt>{move || label(t())}</dt><dd lang=DOCUMENT_LANG>{v.to_string()}</dd> },
        )
    };
    let (route, name) = (Route::Activity(i.id.clone()), i.name.to_string());
    let name = view! { <RouteLink nav=ctx.nav route>{name}</RouteLink> };
    view! {
        <li class="rmp-activity" id=format!("board-{}", i.id) part="activity-card">
            <p class="rmp-kind">{move || lang.get().texts().kind(kind, plan)}</p>
            <h4 lang=DOCUMENT_LANG>{name}</h4>
            <dl>
                {field(|t| t.study_code, i.code)}
                {field(|t| t.milestone_cases, i.milestone_cases)}
                {field(|t| t.milestone_timing, i.milestone_timing)}
                {field(|t| t.report, i.report)}
                {i.url.map(|u| view! { <dt>{label(lang, |t| t.material_at)}</dt><dd>{material(u)}</dd> })}
            </dl>
            {i.status_label.map(|s| {
                let rmp = ctx.rmp.clone();
                view! { <p class="rmp-status"><span lang=DOCUMENT_LANG>{s.to_string()}</span><span class="rmp-as-of">{move || t().as_of(&rmp)}</span></p> }
            })}
            <ChangeMark subject=Subject::Activity(i.id.clone()) />
            {(!i.in_outline).then(|| view! { <p class="rmp-list-only">{label(lang, |t| t.list_only)}</p> })}
            <p class="rmp-addresses">{label(lang, |t| t.addresses)}</p>
            {no_risks.then(|| view! { <p class="rmp-none">{label(lang, |t| t.none)}</p> })}
            <ul>{risks}</ul>
        </li>
    }
}
