use leptos::prelude::*;

use super::context::{label, Ctx};
use super::link::RouteLink;
use super::nothing::{Absent, Nothing};
use rmp_model::SummaryItem;
use rmp_view_model::board::{ROUTINE_PV, ROUTINE_RM};
use rmp_view_model::route::Route;
use rmp_view_model::text::DOCUMENT_LANG;

/// 別紙様式2: the one-page summary; every name links to its full section.
#[component]
pub fn SummaryView() -> impl IntoView {
    let ctx = Ctx::get();
    let s = ctx.rmp.summary.clone();
    let lang = ctx.lang;
    let list = move |items: Vec<SummaryItem>, risk: bool, at: &'static str| {
        if items.is_empty() {
            return view! { <Nothing at=at /> }.into_any();
        }
        view! {
            <Absent at=at />
            <ul>
                {items
                    .into_iter()
                    .map(|item| {
                        let route = if risk { Route::Risks(Some(item.target.clone())) } else { Route::Activity(item.target.clone()) };
                        view! { <li lang=DOCUMENT_LANG><RouteLink nav=ctx.nav route=route>{item.name}</RouteLink></li> }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="rmp-summary" id="rmp-summary" aria-labelledby="rmp-summary-title">
            <h2 id="rmp-summary-title" lang=DOCUMENT_LANG>{s.title.clone()}</h2>
            <h3>{label(lang, |t| t.summary_spec_heading)}</h3>
            <div class="rmp-columns">
                <div><h4>{label(lang, |t| t.identified_risks)}</h4>{list(s.identified_risks.clone(), true, "/summary/identified_risks")}</div>
                <div><h4>{label(lang, |t| t.potential_risks)}</h4>{list(s.potential_risks.clone(), true, "/summary/potential_risks")}</div>
                <div><h4>{label(lang, |t| t.missing_information)}</h4>{list(s.missing_information.clone(), true, "/summary/missing_information")}</div>
            </div>
            <h3>{label(lang, |t| t.summary_efficacy_considerations)}</h3>
            {list(s.efficacy_considerations.clone(), true, "/summary/efficacy_considerations")}
            <div class="rmp-columns">
                <div>
                    <h3>{label(lang, |t| t.summary_pv_heading)}</h3>
                    <p><RouteLink nav=ctx.nav route=Route::Activity(ROUTINE_PV.into())>{label(lang, |t| t.routine_pv)}</RouteLink></p>
                    <h4>{label(lang, |t| t.additional_pv)}</h4>
                    {list(s.pv_additional.clone(), false, "/summary/pv_additional")}
                    <h3>{label(lang, |t| t.summary_efficacy_heading)}</h3>
                    {list(s.efficacy_studies.clone(), false, "/summary/efficacy_studies")}
                </div>
                <div>
                    <h3>{label(lang, |t| t.summary_rm_heading)}</h3>
                    <p><RouteLink nav=ctx.nav route=Route::Activity(ROUTINE_RM.into())>{label(lang, |t| t.routine_rm)}</RouteLink></p>
                    <h4>{label(lang, |t| t.additional_rm)}</h4>
                    {list(s.rm_additional.clone(), false, "/summary/rm_additional")}
                </div>
            </div>
            {s.note.clone().map(|n| view! { <p class="rmp-note" lang=DOCUMENT_LANG>{n}</p> })}
        </section>
    }
}
