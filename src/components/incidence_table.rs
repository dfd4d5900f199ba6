use leptos::prelude::*;

use super::app::Ctx;
use crate::model::IncidenceTable as Table;
use crate::view_model::table::layout;

/// An incidence table as printed: caption, two header rows, a row per event × grade.
#[component]
pub fn IncidenceTable(
    /// The table.
    table: Table,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let t = move || ctx.lang.get().texts();
    let l = layout(&table);
    let note_id = |marker: &str| format!("{}-fn-{}", table.id, marker.trim_start_matches('*'));
    let marks = |notes: &[String]| {
        notes
            .iter()
            .map(|m| view! { <sup><a href=format!("#{}", note_id(m))>{m.clone()}</a></sup> })
            .collect_view()
    };
    let groups = l
        .groups
        .iter()
        .map(|(label, span)| view! { <th scope="colgroup" colspan=*span>{label.to_string()}</th> })
        .collect_view();
    let cohorts = l
        .cohorts
        .iter()
        .map(|c| {
            view! {
                <th scope="col">
                    <span class="rmp-study">{c.study_label.to_string()}</span>
                    " "
                    <span>{c.label.to_string()}</span>
                    " "
                    <span class="rmp-n">{format!("（{}例）", c.n)}</span>
                </th>
            }
        })
        .collect_view();
    let rows = l
        .rows
        .iter()
        .map(|r| {
            let event = r.event.map(|(label, notes, span)| {
                view! { <th scope="rowgroup" rowspan=span>{label.to_string()}{marks(notes)}</th> }
            });
            let cells = r
                .cells
                .iter()
                .map(|c| {
                    let mismatch = c.computed_when_different.clone().map(|v| {
                        view! {
                            <span class="rmp-mismatch" title=move || t().printed_differs>
                                "⚠"
                                <span class="rmp-visually-hidden">{move || t().printed_differs}</span>
                                {format!(" {} {}%", t().computed, v)}
                            </span>
                        }
                    });
                    view! { <td class:rmp-flagged=c.computed_when_different.is_some()>{c.printed.clone()}{marks(c.notes)}{mismatch}</td> }
                })
                .collect_view();
            view! { <tr>{event}<th scope="row">{r.grade_label.to_string()}</th>{cells}</tr> }
        })
        .collect_view();
    let footnotes = table
        .footnotes
        .iter()
        .map(|f| view! { <li id=note_id(&f.marker)><span class="rmp-marker">{f.marker.clone()}</span>" "{f.text.clone()}</li> })
        .collect_view();
    view! {
        <figure class="rmp-table-figure">
            <div class="rmp-table-scroll" tabindex="0" role="region" aria-label=table.intro.clone()>
                <table class="rmp-incidence" part="incidence-table">
                    <caption>{table.intro.clone()}</caption>
                    <thead>
                        <tr><td colspan="2"></td>{groups}</tr>
                        <tr><td colspan="2"></td>{cohorts}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <figcaption>
                {table.grading_note.clone().map(|n| view! { <p>{n}</p> })}
                <ul class="rmp-footnotes">{footnotes}</ul>
            </figcaption>
        </figure>
    }
}
