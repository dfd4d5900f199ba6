use leptos::prelude::*;

use super::context::{label, Ctx};
use super::link::RouteLink;
use rmp_view_model::board::board_items;
use rmp_view_model::matrix::matrix;
use rmp_view_model::route::Route;
use rmp_view_model::text::DOCUMENT_LANG;

/// How many rows of the matrix are drawn in one task.
const ROWS_AT_ONCE: usize = 50;

/// Which activity addresses which concern: a row per concern, a column per activity.
#[component]
pub fn MatrixView() -> impl IntoView {
    let ctx = Ctx::get();
    let (t, lang) = ctx.labels();
    let rmp = ctx.rmp.clone();
    let items = board_items(&rmp);
    let m = matrix(&rmp, &items);
    // The columns are the items that have any concern, in board order: one walk.
    let mut rest = items.iter();
    let columns: Vec<_> = m
        .columns
        .iter()
        .filter_map(|id| rest.find(|i| &i.id == id))
        .collect();
    // Each cell names its activity, for a phone, where a row is stacked
    // into the list of what addresses its concern (shown by the stylesheet).
    let names = StoredValue::new(
        columns
            .iter()
            .map(|i| i.name.to_string())
            .collect::<Vec<_>>(),
    );
    let heads = columns
        .into_iter()
        .map(|i| {
            let (kind, plan, name) = (i.kind, i.plan, i.name.to_string());
            view! {
                <th scope="col">
                    <span class="rmp-kind">{move || ctx.lang.get().texts().kind(kind, plan)}</span>
                    <span lang=DOCUMENT_LANG><RouteLink nav=ctx.nav route=Route::Activity(i.id.clone())>{name}</RouteLink></span>
                </th>
            }
        })
        .collect_view();
    // Rows are drawn a chunk at a time, each chunk in a task of its own after
    // the first paint, so that a large matrix never blocks the page.
    let chunks: Vec<Vec<(String, String, Vec<bool>)>> = m
        .rows
        .iter()
        .zip(&m.cells)
        .map(|((id, name), cells)| (id.to_string(), name.to_string(), cells.clone()))
        .collect::<Vec<_>>()
        .chunks(ROWS_AT_ONCE)
        .map(<[_]>::to_vec)
        .collect();
    let total = chunks.len();
    let chunks = StoredValue::new(chunks);
    // Ahead of time, every row.
    let shown = RwSignal::new(if ctx.ahead() { total } else { total.min(1) });
    Effect::new(move |_| {
        if shown.get() < total {
            set_timeout(
                move || {
                    let _ = shown.try_update(|n| *n += 1);
                },
                Default::default(),
            );
        }
    });
    let nav = ctx.nav;
    let row = move |(id, name, cells): (String, String, Vec<bool>)| {
        let cells = cells
            .into_iter()
            .enumerate()
            .map(|(k, on)| {
                let column = on.then(|| names.with_value(|n| n.get(k).cloned().unwrap_or_default()));
                view! {
                    <td class:rmp-on=on data-col=column>
                        <span aria-hidden="true">{if on { "●" } else { "" }}</span>
                        <span class="rmp-visually-hidden">{move || if on { t().addressed } else { t().not_addressed }}</span>
                    </td>
                }
            })
            .collect_view();
        view! { <tr><th scope="row" lang=DOCUMENT_LANG><RouteLink nav=nav route=Route::Risks(Some(id))>{name}</RouteLink></th>{cells}</tr> }
    };
    // One slot per chunk, drawn once when the count passes it; the chunks
    // drawn before stay as they are.
    let bodies = (0..total)
        .map(|k| {
            let visible = Memo::new(move |_| shown.get() > k);
            move || {
                visible.get().then(|| {
                    let rows = chunks.with_value(|c| c.get(k).cloned().unwrap_or_default());
                    view! { <tbody>{rows.into_iter().map(row).collect_view()}</tbody> }
                })
            }
        })
        .collect_view();
    view! {
        <section class="rmp-matrix">
            <h2 id="rmp-matrix-title">{label(lang, |t| t.matrix_caption)}</h2>
            <div class="rmp-table-scroll" tabindex="0" role="region" aria-labelledby="rmp-matrix-title">
                <table class="rmp-plain rmp-matrix-table">
                    <thead><tr><th scope="col">{label(lang, |t| t.concern)}</th>{heads}</tr></thead>
                    {bodies}
                </table>
            </div>
        </section>
    }
}
