//! An incidence table as a bar chart: per event, per cohort, a bar per grade row.

use super::table::TableLayout;

/// The chart of one table.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart<'a> {
    /// One block per event, in table order.
    pub events: Vec<ChartEvent<'a>>,
    /// The scale's end in tenths of a percent (a multiple of 10 %, at least 10 %).
    pub scale_tenths: u64,
}

/// One event's bars.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartEvent<'a> {
    /// The event label as printed.
    pub label: &'a str,
    /// One entry per cohort, in column order.
    pub cohorts: Vec<ChartCohort<'a>>,
}

/// One cohort's bars within an event.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartCohort<'a> {
    /// "GO29781 B11 FL RP2D（90例）".
    pub label: String,
    /// A bar per grade row.
    pub bars: Vec<Bar<'a>>,
}

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar<'a> {
    /// `all`, `ge3`, or the printed grade label for other rows.
    pub grade: &'a str,
    /// The grade label as printed.
    pub grade_label: &'a str,
    /// Length, in tenths of a percent (printed value where printed).
    pub tenths: u64,
    /// The cell as printed.
    pub printed: String,
}

/// Builds the chart from a table's layout. Where the table has more than
/// one column group (route), each cohort's label starts with its group.
pub fn chart<'a>(layout: &TableLayout<'a>) -> Chart<'a> {
    let grouped = layout.groups.len() > 1;
    let mut events: Vec<ChartEvent> = Vec::new();
    for row in &layout.rows {
        if row.event.is_some() || events.is_empty() {
            events.push(ChartEvent {
                label: row.event_label,
                cohorts: layout
                    .cohorts
                    .iter()
                    .map(|c| ChartCohort {
                        label: {
                            let name = [c.study_label, c.label]
                                .iter()
                                .filter(|s| !s.is_empty())
                                .copied()
                                .collect::<Vec<_>>()
                                .join(" ");
                            match grouped {
                                true => format!("{}｜{}（{}例）", c.group, name, c.n),
                                false => format!("{}（{}例）", name, c.n),
                            }
                        },
                        bars: Vec::new(),
                    })
                    .collect(),
            });
        }
        if let Some(event) = events.last_mut() {
            for (cohort, cell) in event.cohorts.iter_mut().zip(&row.cells) {
                cohort.bars.push(Bar {
                    grade: row.grade_code,
                    grade_label: row.grade_label,
                    tenths: cell.value_tenths,
                    printed: cell.printed.clone(),
                });
            }
        }
    }
    let max = events
        .iter()
        .flat_map(|e| &e.cohorts)
        .flat_map(|c| &c.bars)
        .map(|b| b.tenths)
        .max()
        .unwrap_or(0);
    Chart {
        events,
        scale_tenths: max.div_ceil(100).max(1) * 100,
    }
}

impl Chart<'_> {
    /// The chart in words, for its text alternative: one sentence per event.
    pub fn describe(&self) -> String {
        self.events
            .iter()
            .map(|e| {
                let cohorts: Vec<String> = e
                    .cohorts
                    .iter()
                    .map(|c| {
                        let bars: Vec<String> = c
                            .bars
                            .iter()
                            .map(|b| format!("{} {}", b.grade_label, b.printed))
                            .collect();
                        format!("{}: {}", c.label, bars.join(", "))
                    })
                    .collect();
                format!("{} — {}.", e.label, cohorts.join("; "))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Drawing width in SVG units; the chart scales to its box.
pub const WIDTH: f64 = 760.0;
/// Where bars start (cohort labels sit left of it).
pub const BAR_X: f64 = 330.0;
/// The longest bar.
pub const BAR_W: f64 = 320.0;
/// Height of one bar's row.
const ROW: f64 = 15.0;
/// Height of an event's heading.
const HEAD: f64 = 26.0;
/// Where the first event starts, below the legend.
const TOP: f64 = 34.0;

/// One shape of the drawn chart, in SVG units.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape<'c> {
    /// An event's heading; `y` is its baseline.
    Event {
        /// Baseline.
        y: f64,
        /// The event as printed.
        label: &'c str,
    },
    /// A cohort's label, right-aligned before its bars.
    Cohort {
        /// Baseline.
        y: f64,
        /// "GO29781 B11 FL RP2D（90例）".
        label: &'c str,
    },
    /// One bar and its value.
    Bar {
        /// Top of the bar's row.
        y: f64,
        /// Length.
        width: f64,
        /// All grades (solid) rather than Grade ≥3 or another row (hatched).
        all_grades: bool,
        /// The cell as printed, written after the bar.
        printed: &'c str,
    },
}

impl Chart<'_> {
    /// The shapes of the chart from top to bottom, and the height they take.
    pub fn shapes(&self) -> (Vec<Shape<'_>>, f64) {
        let scale = self.scale_tenths as f64;
        let mut y = TOP;
        let mut shapes = Vec::new();
        for event in &self.events {
            shapes.push(Shape::Event {
                y: y + 16.0,
                label: event.label,
            });
            y += HEAD;
            for cohort in &event.cohorts {
                shapes.push(Shape::Cohort {
                    y: y + cohort.bars.len() as f64 * ROW / 2.0 + 4.0,
                    label: &cohort.label,
                });
                for bar in &cohort.bars {
                    shapes.push(Shape::Bar {
                        y,
                        width: (bar.tenths as f64 / scale * BAR_W).max(0.0),
                        all_grades: bar.grade == "all",
                        printed: &bar.printed,
                    });
                    y += ROW;
                }
                y += 6.0;
            }
        }
        (shapes, y + 8.0)
    }
}
