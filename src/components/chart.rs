use leptos::prelude::*;

use super::app::Ctx;
use rmp_model::IncidenceTable;
use rmp_view_model::chart::chart;
use rmp_view_model::number::fixed;
use rmp_view_model::table::layout;
use rmp_view_model::text::DOCUMENT_LANG;

/// Drawing width in SVG units; the chart scales to its box.
const WIDTH: f64 = 760.0;
/// Where bars start (cohort labels sit left of it).
const BAR_X: f64 = 330.0;
/// The longest bar.
const BAR_W: f64 = 320.0;
/// Height of one bar's row.
const ROW: f64 = 15.0;
/// Height of an event's heading.
const HEAD: f64 = 26.0;

/// An incidence table as horizontal bars per cohort: all grades solid,
/// Grade ≥3 hatched, so they differ without colour; the values are
/// printed at each bar and the whole chart is described in words.
#[component]
pub fn BarChart(
    /// The table drawn.
    table: IncidenceTable,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let t = move || ctx.lang.get().texts();
    let l = layout(&table);
    let c = chart(&l);
    let scale = c.scale_tenths as f64;
    let hatch = format!("{}-hatch", table.id);
    let desc_id = format!("{}-chart-desc", table.id);
    let mut y = 34.0;
    let mut shapes = Vec::new();
    for event in &c.events {
        shapes.push(view! { <text class="rmp-chart-event" lang=DOCUMENT_LANG x="0" y=fixed(y + 16.0, 0)>{event.label.to_string()}</text> }.into_any());
        y += HEAD;
        for cohort in &event.cohorts {
            let mid = y + cohort.bars.len() as f64 * ROW / 2.0 + 4.0;
            shapes.push(view! { <text class="rmp-chart-label" lang=DOCUMENT_LANG x=fixed(BAR_X - 8.0, 0) y=fixed(mid, 0) text-anchor="end">{cohort.label.clone()}</text> }.into_any());
            for bar in &cohort.bars {
                let w = (bar.tenths as f64 / scale * BAR_W).max(0.0);
                let fill = if bar.grade == "all" {
                    "currentColor".to_string()
                } else {
                    format!("url(#{hatch})")
                };
                shapes.push(view! {
                    <g>
                        <rect class="rmp-chart-bar" x=fixed(BAR_X, 0) y=fixed(y + 2.0, 0) width=fixed(w, 1) height="11" fill=fill stroke="currentColor" />
                        <text class="rmp-chart-value" x=fixed(BAR_X + w + 6.0, 1) y=fixed(y + 12.0, 0)>{bar.printed.clone()}</text>
                    </g>
                }.into_any());
                y += ROW;
            }
            y += 6.0;
        }
    }
    let height = y + 8.0;
    let legend_ge3 = format!("url(#{hatch})");
    let intro = table.intro.clone();
    view! {
        <svg
            class="rmp-chart"
            viewBox=format!("0 0 {} {}", fixed(WIDTH, 0), fixed(height, 0))
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
                <text x="22" y="16">{move || t().all_grades}</text>
                <rect class="rmp-chart-bar" x="140" y="6" width="16" height="11" fill=legend_ge3 stroke="currentColor" />
                <text x="162" y="16">{move || t().grade_ge3}</text>
                <text x=fixed(BAR_X, 0) y="16">"0%"</text>
                <text x=fixed(BAR_X + BAR_W, 0) y="16" text-anchor="end">{format!("{}%", c.scale_tenths / 10)}</text>
            </g>
            {shapes}
        </svg>
        <p id=desc_id class="rmp-visually-hidden">{c.describe()}</p>
    }
}
