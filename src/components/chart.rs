use leptos::prelude::*;

use super::context::{label, Ctx};
use rmp_model::IncidenceTable;
use rmp_view_model::chart::{chart, Frame, Shape};
use rmp_view_model::number::fixed;
use rmp_view_model::table::layout;
use rmp_view_model::text::DOCUMENT_LANG;

/// An incidence table as horizontal bars per cohort: all grades solid,
/// Grade ≥3 hatched, so they differ without colour; the values are
/// printed at each bar and the whole chart is described in words.
#[component]
pub fn BarChart(
    /// The table drawn.
    table: IncidenceTable,
    /// Wide, or narrow for a phone (labels above the bars).
    frame: Frame,
) -> impl IntoView {
    let ctx = Ctx::get();
    let (t, lang) = ctx.labels();
    let l = layout(&table);
    let c = chart(&l);
    let hatch = format!("{}-hatch", table.id);
    let desc_id = format!("{}-chart-desc", table.id);
    let (shapes, height) = c.shapes(&frame);
    let Frame {
        width: frame_w,
        bar_x,
        bar_w,
        label_above,
        ..
    } = frame;
    let shapes = shapes
        .into_iter()
        .map(|shape| match shape {
            Shape::Event { y, label } => view! { <text class="rmp-chart-event" lang=DOCUMENT_LANG x="0" y=fixed(y, 0)>{label.to_string()}</text> }.into_any(),
            Shape::Cohort { y, x, end, lines } => {
                let x = fixed(x, 0);
                let lines = lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| view! { <tspan x=x.clone() dy=if i == 0 { "0" } else { "14" }>{line.to_string()}</tspan> })
                    .collect_view();
                view! { <text class="rmp-chart-label" lang=DOCUMENT_LANG x=x.clone() y=fixed(y, 0) text-anchor=end.then_some("end")>{lines}</text> }.into_any()
            }
            Shape::Bar { y, width, all_grades, printed, computed } => {
                // Marked as the table marks it: the printed figure, and n/N beside.
                let flag = computed.map(|c| view! { <tspan class="rmp-chart-flag">{format!(" ⚠ n/N {c}%")}</tspan> });
                let fill = if all_grades {
                    "currentColor".to_string()
                } else {
                    format!("url(#{hatch})")
                };
                view! {
                    <g>
                        <rect class="rmp-chart-bar" x=fixed(bar_x, 0) y=fixed(y + 2.0, 0) width=fixed(width, 1) height="11" fill=fill stroke="currentColor" />
                        <text class="rmp-chart-value" x=fixed(bar_x + width + 6.0, 1) y=fixed(y + 12.0, 0)>{printed.to_string()}{flag}</text>
                    </g>
                }.into_any()
            }
        })
        .collect::<Vec<_>>();
    let legend_ge3 = format!("url(#{hatch})");
    let intro = table.intro.clone();
    view! {
        <svg
            class="rmp-chart"
            viewBox=format!("0 0 {} {}", fixed(frame_w, 0), fixed(height, 0))
            role="img"
            aria-label=move || format!("{intro} — {}", t().chart_alt)
            aria-describedby=desc_id.clone()
            part="incidence-chart"
        >
            <defs>
                <pattern id=hatch.clone() width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="2" />
                </pattern>
            </defs>
            <g class="rmp-chart-legend">
                <rect class="rmp-chart-bar" x="0" y="6" width="16" height="11" fill="currentColor" stroke="currentColor" />
                <text x="22" y="16">{label(lang, |t| t.all_grades)}</text>
                <rect class="rmp-chart-bar" x="140" y="6" width="16" height="11" fill=legend_ge3 stroke="currentColor" />
                <text x="162" y="16">{label(lang, |t| t.grade_ge3)}</text>
                // The scale: under the bars' ends, or (narrow) after the legend.
                {if label_above {
                    view! { <text x=fixed(frame_w, 0) y="16" text-anchor="end">{format!("0–{}%", c.scale_tenths / 10)}</text> }.into_any()
                } else {
                    view! {
                        <text x=fixed(bar_x, 0) y="16">"0%"</text>
                        <text x=fixed(bar_x + bar_w, 0) y="16" text-anchor="end">{format!("{}%", c.scale_tenths / 10)}</text>
                    }.into_any()
                }}
            </g>
            {shapes}
        </svg>
        <p id=desc_id class="rmp-visually-hidden">{c.describe()}</p>
    }
}
