use leptos::prelude::*;

use super::context::{label, Ctx};
use super::link::{paragraphs, RouteLink};
use super::nothing::Nothing;
use rmp_model::{PvListEntry, RmListEntry};
use rmp_view_model::route::Route;
use rmp_view_model::text::{Texts, DOCUMENT_LANG};

/// Section 5 as printed: the routine activities and the table of additional
/// ones for each plan, with milestones, status and report dates.
#[component]
pub fn ActivityListTables() -> impl IntoView {
    let ctx = Ctx::get();
    let (t, lang) = ctx.labels();
    let lists = &ctx.rmp.lists;
    let head = |cols: &'static [fn(&Texts) -> &'static str]| {
        cols.iter()
            .map(|label| view! { <th scope="col">{move || label(t())}</th> })
            .collect_view()
    };
    // One row shape for every list: the name (a link to the activity's
    // page), then the cells as printed.
    let row = |id: &str, name: &str, cells: Vec<&str>| {
        let (route, name) = (Route::Activity(id.to_string()), name.to_string());
        let link = view! { <RouteLink nav=ctx.nav route>{name}</RouteLink> };
        let cells = cells
            .into_iter()
            .map(|c| view! { <td lang=DOCUMENT_LANG>{c.to_string()}</td> })
            .collect_view();
        view! { <tr><th scope="row" lang=DOCUMENT_LANG>{link}</th>{cells}</tr> }
    };
    let pv_rows = |entries: &[PvListEntry]| {
        entries
            .iter()
            .map(|e| {
                let cells = vec![
                    e.milestone_cases.as_str(),
                    &e.milestone_timing,
                    &e.status_label,
                    &e.report,
                ];
                row(&e.id, &e.name, cells)
            })
            .collect_view()
    };
    let rm_rows = |entries: &[RmListEntry]| {
        entries
            .iter()
            .map(|e| {
                row(
                    &e.id,
                    &e.name,
                    vec![e.milestone_timing.as_str(), &e.status_label],
                )
            })
            .collect_view()
    };
    const PV_COLUMNS: &[fn(&Texts) -> &'static str] = &[
        |t| t.list_name,
        |t| t.milestone_cases,
        |t| t.milestone_timing,
        |t| t.status_heading,
        |t| t.report,
    ];
    const RM_COLUMNS: &[fn(&Texts) -> &'static str] = &[
        |t| t.list_name,
        |t| t.milestone_timing,
        |t| t.status_heading,
    ];
    let table = |id: &'static str, label: fn(&Texts) -> &'static str, columns, rows: AnyView| {
        view! {
            <div class="rmp-table-scroll" tabindex="0" role="region" aria-labelledby=id>
                <table class="rmp-plain rmp-list-table">
                    <caption id=id>{move || label(t())}</caption>
                    <thead><tr>{head(columns)}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    };
    let efficacy = if lists.efficacy.is_empty() {
        view! { <Nothing at="/lists/efficacy" /> }.into_any()
    } else {
        table(
            "rmp-list-efficacy",
            |t| t.list_efficacy,
            PV_COLUMNS,
            pv_rows(&lists.efficacy).into_any(),
        )
        .into_any()
    };
    view! {
        <section class="rmp-lists">
            <h2>{label(lang, |t| t.lists_heading)}</h2>
            <h3>{label(lang, |t| t.list_pv)}</h3>
            <h4>{label(lang, |t| t.routine_pv)}</h4>
            {paragraphs(&lists.pv.routine)}
            {table("rmp-list-pv", |t| t.additional_pv, PV_COLUMNS, pv_rows(&lists.pv.additional).into_any())}
            <h3>{label(lang, |t| t.list_efficacy)}</h3>
            {efficacy}
            <h3>{label(lang, |t| t.list_rm)}</h3>
            <h4>{label(lang, |t| t.routine_rm)}</h4>
            {paragraphs(&lists.rm.routine)}
            {table("rmp-list-rm", |t| t.additional_rm, RM_COLUMNS, rm_rows(&lists.rm.additional).into_any())}
        </section>
    }
}
