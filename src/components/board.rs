use leptos::prelude::*;

use super::app::Ctx;
use crate::view_model::board::{board_items, columns, BoardFilter, BoardItem};
use crate::view_model::route::Route;
use crate::view_model::text::kind_label;

/// The activity status board: columns by status.
#[component]
pub fn Board() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let t = move || ctx.lang.get().texts();
    let rmp = ctx.rmp.clone();
    let items = board_items(&rmp);
    let cols = columns(&items, &BoardFilter::default());
    let card = move |i: &BoardItem| {
        let lang = ctx.lang;
        let (kind, plan) = (i.kind, i.plan);
        let no_risks = i.risks.is_empty();
        let risks = i
            .risks
            .iter()
            .map(|(id, name)| {
                let route = Route::Risks(Some(id.to_string()));
                let rid = id.to_string();
                view! {
                    <li><a href=route.fragment() on:click=move |ev| {
                        ev.prevent_default();
                        ctx.open.update(|o| { o.insert(rid.clone()); });
                        ctx.route.set(route.clone());
                    }>{name.to_string()}</a></li>
                }
            })
            .collect_view();
        let field = |label: fn(&crate::view_model::text::Texts) -> &'static str,
                     value: Option<&str>| {
            value.map(|v| view! { <dt>{move || label(t())}</dt><dd>{v.to_string()}</dd> })
        };
        view! {
            <li class="rmp-activity" id=format!("activity-{}", i.id) part="activity-card">
                <p class="rmp-kind">{move || kind_label(kind, plan, lang.get())}</p>
                <h4>{i.name.to_string()}</h4>
                <dl>
                    {field(|t| t.milestone_cases, i.milestone_cases)}
                    {field(|t| t.milestone_timing, i.milestone_timing)}
                    {field(|t| t.report, i.report)}
                </dl>
                {i.status_label.map(|s| view! { <p class="rmp-status">{s.to_string()}</p> })}
                {(!i.in_outline).then(|| view! { <p class="rmp-list-only">{move || t().list_only}</p> })}
                <p class="rmp-addresses">{move || t().addresses}</p>
                {no_risks.then(|| view! { <p class="rmp-none">{move || t().none}</p> })}
                <ul>{risks}</ul>
            </li>
        }
    };
    let column = |label: fn(&crate::view_model::text::Texts) -> &'static str,
                  list: Vec<&BoardItem>| {
        let count = list.len();
        view! {
            <section class="rmp-column">
                <h3>{move || label(t())}" ("{count}")"</h3>
                <ul class="rmp-column-list">{list.into_iter().map(card).collect_view()}</ul>
            </section>
        }
    };
    view! {
        <div class="rmp-board">
            {column(|t| t.routine_activities, cols.routine)}
            {column(|t| t.status_planned, cols.planned)}
            {column(|t| t.status_ongoing, cols.ongoing)}
            {column(|t| t.status_completed, cols.completed)}
        </div>
    }
}
