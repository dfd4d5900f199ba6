use leptos::prelude::*;

use super::app::Ctx;
use super::link::route_link;
use crate::view_model::board::board_items;
use crate::view_model::matrix::matrix;
use crate::view_model::route::Route;
use crate::view_model::text::{kind_label, DOCUMENT_LANG};

/// Which activity addresses which concern: a row per concern, a column per activity.
#[component]
pub fn MatrixView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let t = move || ctx.lang.get().texts();
    let rmp = ctx.rmp.clone();
    let items = board_items(&rmp);
    let m = matrix(&rmp, &items);
    let heads = m
        .columns
        .iter()
        .filter_map(|id| items.iter().find(|i| &i.id == id))
        .map(|i| {
            let (kind, plan) = (i.kind, i.plan);
            view! {
                <th scope="col">
                    <span class="rmp-kind">{move || kind_label(kind, plan, ctx.lang.get())}</span>
                    <span lang=DOCUMENT_LANG>{route_link(ctx.nav, Route::Activity(i.id.clone()), i.name.to_string())}</span>
                </th>
            }
        })
        .collect_view();
    let rows = m
        .rows
        .iter()
        .zip(&m.cells)
        .map(|((id, name), cells)| {
            let cells = cells
                .iter()
                .map(|&on| {
                    view! {
                        <td class:rmp-on=on>
                            <span aria-hidden="true">{if on { "●" } else { "" }}</span>
                            <span class="rmp-visually-hidden">{move || if on { t().addressed } else { t().not_addressed }}</span>
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row" lang=DOCUMENT_LANG>{route_link(ctx.nav, Route::Risks(Some(id.to_string())), name.to_string())}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <section class="rmp-matrix">
            <h2 id="rmp-matrix-title">{move || t().matrix_caption}</h2>
            <div class="rmp-table-scroll" tabindex="0" role="region" aria-labelledby="rmp-matrix-title">
                <table class="rmp-plain rmp-matrix-table">
                    <thead><tr><th scope="col">{move || t().concern}</th>{heads}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
