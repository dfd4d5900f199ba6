use leptos::either::Either;
use leptos::prelude::*;

use super::chart::BarChart;
use super::context::{label, Ctx, IdScope};
use super::download::download_text;
use super::reveal::reveal;
use leptos::html::Figure;
use rmp_model::IncidenceTable as Table;
use rmp_view_model::chart::{NARROW, WIDE};
use rmp_view_model::incidence_rows::table_records;
use rmp_view_model::table::{csv_text, layout};
use rmp_view_model::text::DOCUMENT_LANG;

/// An incidence table as printed: caption, two header rows, a row per
/// event × grade; it switches to a bar chart and downloads as CSV.
#[component]
pub fn IncidenceTable(
    /// The table.
    table: Table,
    /// The concern's name (the CSV's first column).
    risk: String,
) -> impl IntoView {
    let ctx = Ctx::get();
    let (t, lang) = ctx.labels();
    let as_chart = RwSignal::new(false);
    let l = layout(&table);
    let csv = csv_text(&table_records(&risk, &table));
    let file_name = format!("{}.csv", table.id);
    let scope = IdScope::get();
    let note_id =
        |marker: &str| format!("{scope}{}-fn-{}", table.id, marker.trim_start_matches('*'));
    // A footnote link moves inside the viewer only: it never touches the
    // host page's URL (nor fires its hashchange).
    let root = ctx.nav.root;
    let marks = |notes: &[String]| {
        notes
            .iter()
            .map(|m| {
                let id = note_id(m);
                view! {
                    <sup><a href=format!("#{id}") on:click=move |ev| {
                        ev.prevent_default();
                        reveal(root, id.clone(), None);
                    }>{m.clone()}</a></sup>
                }
            })
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
    // Each cell names its column, for a phone, where the rows are stacked
    // and the header is out of sight (shown by the stylesheet). A cell
    // carries a class only when flagged: no empty `class=""` on each of the
    // 100,000 cells of a large document drawn ahead of time.
    let columns: Vec<String> = (0..l.cohorts.len()).map(|i| l.column_label(i)).collect();
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
                .zip(&columns)
                .map(|(c, column)| {
                    let (printed, marks, col) = (c.printed.clone(), marks(c.notes), column.clone());
                    match c.computed_when_different.clone() {
                        Some(v) => Either::Left(view! {
                            <td class="rmp-flagged" data-col=col>
                                {printed}{marks}
                                <span class="rmp-mismatch" lang=move || ctx.lang.get().code() title=move || t().printed_differs>
                                    "⚠"
                                    <span class="rmp-visually-hidden">{label(lang, |t| t.printed_differs)}</span>
                                    {move || format!(" {} {}%", t().computed, v)}
                                </span>
                            </td>
                        }),
                        None => Either::Right(view! { <td data-col=col>{printed}{marks}</td> }),
                    }
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
    let chart_id = format!("{scope}{}-chart", table.id);
    let chart_table = table.clone();
    // The chart is drawn for the width it has when it is asked for: a phone
    // gets its labels above the bars.
    let figure = NodeRef::<Figure>::new();
    let frame = move || match figure.get_untracked() {
        Some(f) if f.client_width() > 0 && f.client_width() < 560 => NARROW,
        _ => WIDE,
    };
    view! {
        <figure class="rmp-table-figure" node_ref=figure>
            <div class="rmp-table-tools">
                <button
                    type="button"
                    aria-pressed=move || if as_chart.get() { "true" } else { "false" }
                    aria-controls=chart_id.clone()
                    on:click=move |_| as_chart.update(|c| *c = !*c)
                >
                    {label(lang, |t| t.show_chart)}
                </button>
                <button type="button" on:click=move |_| download_text(&file_name, "text/csv;charset=utf-8", &format!("\u{feff}{csv}"))>
                    {label(lang, |t| t.download_csv)}
                </button>
            </div>
            <div class="rmp-table-scroll" tabindex="0" role="region" aria-label=table.intro.clone() lang=DOCUMENT_LANG hidden=move || as_chart.get()>
                <table class="rmp-incidence" part="incidence-table" lang=DOCUMENT_LANG>
                    <caption>{table.intro.clone()}</caption>
                    <thead>
                        <tr><td colspan="2"></td>{groups}</tr>
                        <tr><td colspan="2"></td>{cohorts}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div class="rmp-table-scroll" id=chart_id hidden=move || !as_chart.get()>
                {move || as_chart.get().then(|| view! { <BarChart table=chart_table.clone() frame=frame() /> })}
            </div>
            <figcaption lang=DOCUMENT_LANG>
                {table.grading_note.clone().map(|n| view! { <p>{n}</p> })}
                <ul class="rmp-footnotes">{footnotes}</ul>
            </figcaption>
        </figure>
    }
}
