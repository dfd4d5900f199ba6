use leptos::prelude::*;

use super::changes::ChangeList;
use super::context::{label, Ctx, IdScope};
use super::link::paragraphs;
use super::nothing::{Absent, Nothing};
use rmp_model::{ProductGroupText, Rmp};
use rmp_view_model::diff::Subject;
use rmp_view_model::lookup::brand_names;
use rmp_view_model::text::DOCUMENT_LANG;

/// 品目の概要 and 変更の履歴: products, dosage, indications, conditions, history.
#[component]
pub fn OverviewView() -> impl IntoView {
    let ctx = Ctx::get();
    let lang = ctx.lang;
    let rmp = ctx.rmp.clone();
    let o = &rmp.overview;
    let products = o
        .products
        .iter()
        .map(|p| {
            let approved = match &p.approval_date.date {
                Some(date) => format!("{}（{}）", p.approval_date.printed, date),
                None => p.approval_date.printed.clone(),
            };
            view! {
                <tr>
                    <td>{p.number.clone()}</td>
                    <th scope="row">{p.brand_name.clone()}</th>
                    <td>{p.strength_and_form.clone()}</td>
                    <td>{approved}</td>
                    <td>{p.approval_number.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let conditions = paragraphs(&o.conditions_of_approval);
    let remarks = paragraphs(&o.remarks);
    let history = rmp
        .change_history
        .iter()
        .map(|r| {
            let changes = r
                .changes
                .iter()
                .map(|c| {
                    let sections = c
                        .sections
                        .iter()
                        .map(|s| view! { <li>{s.section.clone()}{s.detail.clone().map(|d| view! { <p>{d}</p> })}</li> })
                        .collect_view();
                    view! { <li lang=DOCUMENT_LANG><p>{c.description.clone()}</p><ul>{sections}</ul></li> }
                })
                .collect_view();
            view! {
                <article class="rmp-change">
                    <dl class="rmp-meta">
                        <dt>{label(lang, |t| t.previous_submission)}</dt>
                        <dd lang=DOCUMENT_LANG>{r.previous_submission.printed.clone()}</dd>
                    </dl>
                    <h3>{label(lang, |t| t.changes)}</h3>
                    <ol>{changes}</ol>
                    <h3>{label(lang, |t| t.change_reason)}</h3>
                    <p lang=DOCUMENT_LANG>{r.reason.clone()}</p>
                </article>
            }
        })
        .collect_view();
    let no_history = rmp.change_history.is_empty();
    let scope = IdScope::get();
    let title_id = format!("{scope}rmp-overview-title");
    view! {
        <section class="rmp-overview" id=format!("{scope}rmp-overview")>
            <h2 id=title_id.clone()>{label(lang, |t| t.product_overview)}</h2>
            <ChangeList subject=Subject::Overview />
            <Absent at="/overview" />
            <div class="rmp-table-scroll" tabindex="0" role="region" aria-labelledby=title_id>
                <table class="rmp-plain">
                    <thead>
                        <tr>
                            <th scope="col">"#"</th>
                            <th scope="col">{label(lang, |t| t.brand_name)}</th>
                            <th scope="col">{label(lang, |t| t.strength_and_form)}</th>
                            <th scope="col">{label(lang, |t| t.approval_date)}</th>
                            <th scope="col">{label(lang, |t| t.approval_number)}</th>
                        </tr>
                    </thead>
                    <tbody lang=DOCUMENT_LANG>{products}</tbody>
                </table>
            </div>
            <dl class="rmp-meta">
                <dt>{label(lang, |t| t.reexamination_period)}</dt>
                <dd lang=DOCUMENT_LANG>{o.reexamination_period.clone()}</dd>
                <dt>{label(lang, |t| t.international_birth_date)}</dt>
                <dd lang=DOCUMENT_LANG>{o.international_birth_date.printed.clone()}</dd>
            </dl>
            <h3>{label(lang, |t| t.dosage)}</h3>
            {groups(&rmp, &o.dosage_and_administration)}
            <h3>{label(lang, |t| t.indications)}</h3>
            {groups(&rmp, &o.indications)}
            <h3>{label(lang, |t| t.conditions_of_approval)}</h3>
            {conditions}
            <h3>{label(lang, |t| t.remarks)}</h3>
            {remarks}
            <h2>{label(lang, |t| t.change_history)}</h2>
            {no_history.then(|| view! { <Nothing at="/change_history" /> })}
            {history}
        </section>
    }
}

/// Text given per product group: the group's products named, then its blocks.
fn groups(rmp: &Rmp, groups: &[ProductGroupText]) -> impl IntoView {
    groups
        .iter()
        .map(|g| {
            let names = brand_names(rmp, &g.products);
            let blocks = g
                .blocks
                .iter()
                .map(|b| {
                    view! {
                        {b.heading.clone().map(|h| view! { <h5>{h}</h5> })}
                        {b.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                    }
                })
                .collect_view();
            view! {
                <section class="rmp-product-group" lang=DOCUMENT_LANG>
                    <h4>{format!("{}：{}", g.label, names.join(" / "))}</h4>
                    {blocks}
                </section>
            }
        })
        .collect_view()
}
