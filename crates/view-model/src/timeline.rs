//! The timeline under the board: dated periods and report dates, with today.

use super::estimate::{estimates, Estimate};
use super::text::Texts;
use rmp_model::Rmp;
use rmp_model::{date_bounds, parse_iso};

/// What a timeline item is: a period the document names, or a part of the
/// section 5 list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark<'a> {
    /// A period with its label as printed (調査期間, 実施期間…).
    Printed(&'a str),
    /// 報告書 — a report date of the list.
    Report,
    /// 節目となる予定の時期 — a milestone of the list.
    MilestoneTiming,
}

impl<'a> Mark<'a> {
    /// The label: as printed, or in the interface language.
    pub fn text(self, t: &Texts) -> &'a str {
        match self {
            Mark::Printed(label) => label,
            Mark::Report => t.timeline_report,
            Mark::MilestoneTiming => t.milestone_timing,
        }
    }

    /// `label：value`: after a label the document prints, its own `：`;
    /// after the interface's, the interface language's colon.
    pub fn pair(self, t: &Texts, value: &str) -> String {
        let colon = match self {
            Mark::Printed(_) => "：",
            _ => t.colon,
        };
        format!("{}{colon}{value}", self.text(t))
    }
}

/// A bar (period) or a point (report date) on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem<'a> {
    /// The activity it belongs to.
    pub activity: &'a str,
    /// The activity's name.
    pub name: &'a str,
    /// The period's label (調査期間), or a report.
    pub label: Mark<'a>,
    /// As printed.
    pub printed: &'a str,
    /// First day, yyyymmdd.
    pub start: u32,
    /// Last day, yyyymmdd.
    pub end: u32,
    /// A report date computed from a period's end, drawn as an estimate
    /// (`start` and `end` are its day).
    pub estimate: Option<Estimate<'a>>,
}

/// Something the plan times without a date ("販売開始より 6 カ月後").
#[derive(Debug, Clone, PartialEq)]
pub struct UndatedItem<'a> {
    /// The activity it belongs to.
    pub activity: &'a str,
    /// The activity's name.
    pub name: &'a str,
    /// The label (実施期間, 節目となる予定の時期…).
    pub label: Mark<'a>,
    /// The timing as printed.
    pub text: &'a str,
}

/// The timeline: dated items, undated ones, and the span to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline<'a> {
    /// Dated items.
    pub items: Vec<TimelineItem<'a>>,
    /// Undated items, listed as text.
    pub undated: Vec<UndatedItem<'a>>,
    /// Earliest day drawn, yyyymmdd.
    pub from: u32,
    /// Latest day drawn, yyyymmdd.
    pub to: u32,
    /// The document's submission, yyyymmdd, when dated: the day its
    /// statuses are as of.
    pub submitted: Option<u32>,
}

/// Builds the timeline; `today` (yyyymmdd) widens the span so the marker is on it.
pub fn timeline(rmp: &Rmp, today: u32) -> Timeline<'_> {
    let mut items = Vec::new();
    let mut undated = Vec::new();
    let pv = rmp
        .pv_plan
        .additional
        .iter()
        .chain(&rmp.efficacy_studies)
        .map(|a| (a.id.as_str(), a.name.as_str(), &a.plan.periods));
    let rm = rmp
        .rm_plan
        .additional
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str(), &a.periods));
    for (id, name, periods) in pv.chain(rm) {
        for p in periods {
            match (dated(&p.start), dated(&p.end)) {
                (Some(s), Some(e)) => items.push(TimelineItem {
                    activity: id,
                    name,
                    label: Mark::Printed(&p.label),
                    printed: &p.printed,
                    start: date_bounds(s).0,
                    end: date_bounds(e).1,
                    estimate: None,
                }),
                (Some(d), None) | (None, Some(d)) => {
                    let (s, e) = date_bounds(d);
                    items.push(TimelineItem {
                        activity: id,
                        name,
                        label: Mark::Printed(&p.label),
                        printed: &p.printed,
                        start: s,
                        end: e,
                        estimate: None,
                    })
                }
                (None, None) => undated.push(UndatedItem {
                    activity: id,
                    name,
                    label: Mark::Printed(&p.label),
                    text: &p.printed,
                }),
            }
        }
    }
    for e in rmp.lists.pv.additional.iter().chain(&rmp.lists.efficacy) {
        match e.report_date.as_deref().filter(|d| parse_iso(d).is_some()) {
            Some(d) => {
                let (s, end) = date_bounds(d);
                items.push(TimelineItem {
                    activity: &e.id,
                    name: &e.name,
                    label: Mark::Report,
                    printed: &e.report,
                    start: s,
                    end,
                    estimate: None,
                })
            }
            None => undated.push(UndatedItem {
                activity: &e.id,
                name: &e.name,
                label: Mark::MilestoneTiming,
                text: &e.milestone_timing,
            }),
        }
    }
    for e in &rmp.lists.rm.additional {
        undated.push(UndatedItem {
            activity: &e.id,
            name: &e.name,
            label: Mark::MilestoneTiming,
            text: &e.milestone_timing,
        });
    }
    // Report dates given as a time after a dated end: estimates, drawn as such.
    items.extend(estimates(rmp).into_iter().map(|e| TimelineItem {
        activity: e.activity,
        name: e.name,
        label: Mark::Report,
        printed: e.printed,
        start: e.by,
        end: e.by,
        estimate: Some(e),
    }));
    let submitted = rmp
        .document
        .submitted
        .date
        .as_deref()
        .filter(|d| parse_iso(d).is_some())
        .map(|d| date_bounds(d).0);
    let from = items
        .iter()
        .map(|i| i.start)
        .chain([today])
        .chain(submitted)
        .min()
        .unwrap_or(today);
    let to = items
        .iter()
        .map(|i| i.end)
        .chain([today])
        .chain(submitted)
        .max()
        .unwrap_or(today);
    Timeline {
        items,
        undated,
        from,
        to,
        submitted,
    }
}

fn dated(d: &Option<String>) -> Option<&str> {
    d.as_deref().filter(|d| parse_iso(d).is_some())
}

/// Days since 0000-03-01 for a yyyymmdd date (for proportional positions).
pub fn day_number(yyyymmdd: u32) -> i64 {
    let (y, m, d) = (
        i64::from(yyyymmdd / 10000),
        i64::from(yyyymmdd / 100 % 100),
        i64::from(yyyymmdd % 100),
    );
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d - 1
}

pub use rmp_model::iso_day;

impl Timeline<'_> {
    /// Each 1 January inside the span, with its position (0.0–1.0): the axis ticks.
    pub fn years(&self) -> Vec<(u32, f64)> {
        (self.from / 10000 + 1..=self.to / 10000)
            .map(|y| (y, self.position(y * 10000 + 101)))
            .collect()
    }

    /// Where a day falls across the span, 0.0 to 1.0.
    pub fn position(&self, yyyymmdd: u32) -> f64 {
        let (a, b) = (day_number(self.from), day_number(self.to));
        if b <= a {
            return 0.0;
        }
        ((day_number(yyyymmdd) - a) as f64 / (b - a) as f64).clamp(0.0, 1.0)
    }
}
