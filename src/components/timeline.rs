use leptos::prelude::*;

use super::context::{label, Ctx};
use rmp_view_model::board::{board_items, BoardFilter};
use rmp_view_model::number::fixed;
use rmp_view_model::text::{Texts, DOCUMENT_LANG};
use rmp_view_model::timeline::{iso_day, timeline};

/// Width of the drawing's coordinate space; the drawing stretches to fit.
const SPAN: f64 = 1000.0;

/// A place on the axis, `at` from 0 to 1, as a percentage of its width.
fn at_percent(at: f64) -> String {
    format!("{}%", fixed(at.clamp(0.0, 1.0) * 100.0, 2))
}

/// A label centred on its place, or kept inside the axis near its ends.
fn anchor(at: f64) -> &'static str {
    if at < 0.06 {
        "start"
    } else if at > 0.94 {
        "end"
    } else {
        "middle"
    }
}

/// The timeline under the board: a row per dated period or report date,
/// drawn against years, with today marked; undated milestones as text.
#[component]
pub fn TimelineView(
    /// The board's filter, applied here too.
    filter: RwSignal<BoardFilter>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let (t, lang) = ctx.labels();
    let rmp = ctx.rmp.clone();
    let today = super::today::today_number();
    let today_text = iso_day(today);
    // A page drawn ahead of time is read on later days: its mark is the day
    // it was made, and says so.
    let now_label = if ctx.ahead() {
        |t: &Texts| t.drawn_on
    } else {
        |t: &Texts| t.today
    };
    let submitted_text = rmp.document.submitted.date.clone();
    let drawing = move || {
        let items = board_items(&rmp);
        let shown = |activity: &str| {
            filter.with(|f| {
                items
                    .iter()
                    .find(|i| i.id == activity)
                    .is_none_or(|i| f.accepts(i))
            })
        };
        let tl = timeline(&rmp, today);
        let x = |d: u32| tl.position(d) * SPAN;
        let now = x(today);
        let submitted = tl.submitted.map(x);
        // The axis's labels are SVG text placed by percentages of its width:
        // no style attribute, which a strict content security policy refuses.
        let years = tl
            .years()
            .into_iter()
            .map(|(year, at)| view! { <text class="rmp-tl-year" x=at_percent(at) y="2.35em" text-anchor=anchor(at)>{year}</text> })
            .collect_view();
        let rows = tl
            .items
            .iter()
            .filter(|i| shown(i.activity))
            .map(|i| {
                let (a, b) = (x(i.start), x(i.end));
                let point = i.start == i.end || b - a < 4.0;
                let estimated = i.estimate.is_some();
                // A computed report date: an outlined, dashed mark, not a printed date.
                let shape = if estimated {
                    view! { <rect class="rmp-tl-estimate" x=fixed((a - 4.0).clamp(0.0, SPAN - 8.0), 1) y="3" width="8" height="18" /> }.into_any()
                } else if point {
                    view! { <rect class="rmp-tl-point" x=fixed((a - 3.0).clamp(0.0, SPAN - 6.0), 1) y="2" width="6" height="20" /> }.into_any()
                } else {
                    view! { <rect class="rmp-tl-bar" x=fixed(a, 1) y="6" width=fixed(b - a, 1) height="12" /> }.into_any()
                };
                view! {
                    <li class="rmp-tl-row" class:rmp-tl-estimated=estimated>
                        <div class="rmp-tl-label" lang=DOCUMENT_LANG>
                            <span class="rmp-tl-name">{i.name.to_string()}</span>
                            <span class="rmp-tl-when">{match &i.estimate {
                                Some(e) => format!("{}{}", t().timeline_estimate, t().estimate_text(e)),
                                None => i.label.pair(t(), i.printed),
                            }}</span>
                        </div>
                        <svg class="rmp-tl-track" viewBox="0 0 1000 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            {shape}
                            <line class="rmp-tl-today" x1=fixed(now, 1) x2=fixed(now, 1) y1="0" y2="24" />
                            {submitted.map(|s| view! { <line class="rmp-tl-submitted" x1=fixed(s, 1) x2=fixed(s, 1) y1="0" y2="24" /> })}
                        </svg>
                    </li>
                }
            })
            .collect_view();
        let undated = tl
            .undated
            .iter()
            .filter(|u| shown(u.activity))
            .map(|u| view! { <li lang=DOCUMENT_LANG><span class="rmp-tl-name">{u.name.to_string()}</span>" — "{u.label.pair(t(), u.text)}</li> })
            .collect_view();
        view! {
            <div class="rmp-tl-axis" aria-hidden="true">
                <span></span>
                <svg class="rmp-tl-years" focusable="false">
                    // Today above, the submission below it, the years at the foot: never on one another.
                    <text class="rmp-tl-now" x=at_percent(now / SPAN) y="0.85em" text-anchor=anchor(now / SPAN)>{label(lang, now_label)}</text>
                    {submitted.map(|s| view! { <text class="rmp-tl-sub" x=at_percent(s / SPAN) y="1.6em" text-anchor=anchor(s / SPAN)>{label(lang, |t| t.submitted)}</text> })}
                    {years}
                    <line class="rmp-tl-baseline" x1="0" x2="100%" y1="100%" y2="100%" />
                </svg>
            </div>
            <ul class="rmp-tl-rows">{rows}</ul>
            <h4>{label(lang, |t| t.undated)}</h4>
            <ul class="rmp-tl-undated">{undated}</ul>
        }
    };
    // Drawn ahead, the day it marks, for the loader (a later day brings the viewer).
    let drawn_on = ctx.ahead().then(|| today_text.clone());
    view! {
        <section class="rmp-timeline" aria-labelledby="rmp-timeline-title" part="timeline" data-drawn-on=drawn_on>
            <h3 id="rmp-timeline-title">{label(lang, |t| t.timeline)}</h3>
            <p class="rmp-tl-legend">
                {label(lang, now_label)}": "{today_text}
                {submitted_text.map(|s| view! { " · "<span class="rmp-tl-sub-legend">{label(lang, |t| t.submission_mark)}": "{s}</span> })}
            </p>
            {drawing}
        </section>
    }
}
