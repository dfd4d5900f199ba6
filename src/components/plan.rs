use leptos::prelude::*;

use super::activity_page::ActivityPage;
use super::app::Ctx;
use super::lists::ActivityListTables;
use super::overview::OverviewView;
use super::risk_card::RiskCards;
use crate::view_model::board::{board_items, Plan};

/// 別紙様式1 in full, in the template's order: the product overview and
/// change history, the safety specification, each plan with every activity
/// described in it, and the section 5 lists. What prints as "the whole plan".
#[component]
pub fn PlanView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let t = move || ctx.lang.get().texts();
    let items = board_items(&ctx.rmp);
    // Activities only the lists name are in the lists' tables below.
    let pages = move |plan: Plan| {
        let ids: Vec<String> = items
            .iter()
            .filter(|i| i.plan == plan && i.in_outline)
            .map(|i| i.id.clone())
            .collect();
        if ids.is_empty() {
            return view! { <p class="rmp-none">{move || t().none}</p> }.into_any();
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
                <h2>{move || t().summary_pv_heading}</h2>
                {pages(Plan::Pv)}
            </section>
            <section class="rmp-plan-part">
                <h2>{move || t().summary_efficacy_heading}</h2>
                {pages(Plan::Efficacy)}
            </section>
            <section class="rmp-plan-part">
                <h2>{move || t().summary_rm_heading}</h2>
                {pages(Plan::Rm)}
            </section>
            <ActivityListTables />
        </div>
    }
}
