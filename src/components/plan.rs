use leptos::prelude::*;

use super::activity_page::ActivityPage;
use super::context::{label, Ctx};
use super::lists::ActivityListTables;
use super::nothing::Nothing;
use super::overview::OverviewView;
use super::risk_card::RiskCards;
use rmp_view_model::board::{ROUTINE_PV, ROUTINE_RM};

/// 別紙様式1 in full, in the template's order: the product overview and
/// change history, the safety specification, each plan with every activity
/// described in it, and the section 5 lists. What prints as "the whole plan".
#[component]
pub fn PlanView() -> impl IntoView {
    let ctx = Ctx::get();
    let lang = ctx.lang;
    let rmp = &ctx.rmp;
    // Sections 2–4 in the document's order; activities only the lists name
    // are in the lists' tables below.
    let routine =
        |id: &str, paragraphs: &[String]| (!paragraphs.is_empty()).then(|| id.to_string());
    let pv: Vec<String> = routine(ROUTINE_PV, &rmp.pv_plan.routine)
        .into_iter()
        .chain(rmp.pv_plan.additional.iter().map(|a| a.id.clone()))
        .collect();
    let efficacy: Vec<String> = rmp.efficacy_studies.iter().map(|a| a.id.clone()).collect();
    let rm: Vec<String> = routine(ROUTINE_RM, &rmp.rm_plan.routine)
        .into_iter()
        .chain(rmp.rm_plan.additional.iter().map(|a| a.id.clone()))
        .collect();
    let pages = move |ids: Vec<String>, at: &'static str| {
        if ids.is_empty() {
            return view! { <Nothing at=at /> }.into_any();
        }
        ids.into_iter()
            .map(|id| view! { <ActivityPage id=id level=3 /> })
            .collect_view()
            .into_any()
    };
    view! {
        <div class="rmp-plan">
            <OverviewView />
            <RiskCards />
            <section class="rmp-plan-part">
                <h2>{label(lang, |t| t.summary_pv_heading)}</h2>
                {pages(pv, "/pv_plan")}
            </section>
            <section class="rmp-plan-part">
                <h2>{label(lang, |t| t.summary_efficacy_heading)}</h2>
                {pages(efficacy, "/efficacy_studies")}
            </section>
            <section class="rmp-plan-part">
                <h2>{label(lang, |t| t.summary_rm_heading)}</h2>
                {pages(rm, "/rm_plan")}
            </section>
            <ActivityListTables />
        </div>
    }
}
