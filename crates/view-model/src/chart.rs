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
    /// n/N where it differs from the printed percentage (the table marks it too).
    pub computed: Option<String>,
}

/// Builds the chart from a table's layout. Where the table has more than
/// one column group (route), each cohort's label starts with its group.
pub fn chart<'a>(layout: &TableLayout<'a>) -> Chart<'a> {
    let mut events: Vec<ChartEvent> = Vec::new();
    for row in &layout.rows {
        if row.event.is_some() || events.is_empty() {
            events.push(ChartEvent {
                label: row.event_label,
                cohorts: (0..layout.cohorts.len())
                    .map(|i| ChartCohort {
                        label: layout.column_label(i),
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
                    computed: cell.computed_when_different.clone(),
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
                            .map(|b| match &b.computed {
                                Some(c) => format!("{} {} (n/N {c}%)", b.grade_label, b.printed),
                                None => format!("{} {}", b.grade_label, b.printed),
                            })
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

/// Where the chart's parts go, in SVG units; the chart scales to its box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Drawing width.
    pub width: f64,
    /// Where bars start.
    pub bar_x: f64,
    /// The longest bar.
    pub bar_w: f64,
    /// Characters of a cohort's label on one line (a full-width character
    /// is about 12 units wide at the chart's type size).
    pub label_chars: usize,
    /// Each cohort's label on its own lines above its bars (a phone), rather
    /// than right-aligned before them.
    pub label_above: bool,
}

/// A screen or paper: labels left of the bars, which start at 330.
pub const WIDE: Frame = Frame {
    width: 760.0,
    bar_x: 330.0,
    bar_w: 320.0,
    label_chars: 25,
    label_above: false,
};

/// A phone's width: labels above the bars, so that bars and values keep
/// their room at about the scale of the text around them.
pub const NARROW: Frame = Frame {
    width: 340.0,
    bar_x: 0.0,
    bar_w: 150.0,
    label_chars: 27,
    label_above: true,
};

/// Height of one bar's row.
const ROW: f64 = 15.0;
/// Height of a line of a cohort's label.
const LINE: f64 = 14.0;
/// A label cut into lines of at most `width` characters, so that nothing
/// is cut off: near the end of a line, at a space or before an opening
/// bracket (`（90例）` stays whole) or else not inside a number or a Latin
/// word.
pub fn label_lines(label: &str, width: usize) -> Vec<&str> {
    let width = width.max(2);
    let mut lines = Vec::new();
    let mut rest = label.trim();
    while rest.chars().count() > width {
        let end = rest
            .char_indices()
            .nth(width)
            .map_or(rest.len(), |(i, _)| i);
        let head = rest.get(..end).unwrap_or(rest);
        let late = |at: &usize| head.get(..*at).map_or(0, |h| h.chars().count()) > width / 2;
        let latin = |c: char| c.is_ascii_alphanumeric();
        // Inside a number or a Latin word: back to where it starts.
        let word = match (
            head.chars().last(),
            rest.get(end..).and_then(|r| r.chars().next()),
        ) {
            (Some(a), Some(b)) if latin(a) && latin(b) => head
                .char_indices()
                .rev()
                .find(|(_, c)| !latin(*c))
                .map(|(i, c)| i + c.len_utf8()),
            _ => None,
        };
        let cut = head
            .rfind(['（', '('])
            .filter(|at| *at > 0)
            .or_else(|| head.rfind(' '))
            .filter(late)
            .or(word.filter(late))
            .unwrap_or(end);
        lines.push(rest.get(..cut).unwrap_or(rest).trim_end());
        rest = rest.get(cut..).unwrap_or("").trim_start();
    }
    if !rest.is_empty() || lines.is_empty() {
        lines.push(rest);
    }
    lines
}

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
    /// A cohort's label, right-aligned before its bars or (narrow) above them.
    Cohort {
        /// Baseline of the first line.
        y: f64,
        /// Where the lines start (or, right-aligned, end).
        x: f64,
        /// Right-aligned at `x`.
        end: bool,
        /// "GO29781 B11 FL RP2D（90例）", in lines that fit left of the bars.
        lines: Vec<&'c str>,
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
        /// n/N where it differs from the printed percentage.
        computed: Option<&'c str>,
    },
}

impl Chart<'_> {
    /// The shapes of the chart from top to bottom in a frame, and the
    /// height they take.
    pub fn shapes(&self, frame: &Frame) -> (Vec<Shape<'_>>, f64) {
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
                let lines = label_lines(&cohort.label, frame.label_chars);
                let bars = cohort.bars.len() as f64 * ROW;
                let label = lines.len() as f64 * LINE;
                let row_end = if frame.label_above {
                    shapes.push(Shape::Cohort {
                        y: y + LINE - 3.0,
                        x: 0.0,
                        end: false,
                        lines,
                    });
                    y += label + 2.0;
                    y + bars
                } else {
                    // The label's lines centred on the bars; the row as tall as the taller.
                    let top = y + (bars.max(label) - label) / 2.0;
                    let row_end = y + bars.max(label);
                    shapes.push(Shape::Cohort {
                        y: top + LINE - 3.0,
                        x: frame.bar_x - 8.0,
                        end: true,
                        lines,
                    });
                    y += (bars.max(label) - bars) / 2.0;
                    row_end
                };
                for bar in &cohort.bars {
                    shapes.push(Shape::Bar {
                        y,
                        width: (bar.tenths as f64 / scale * frame.bar_w).max(0.0),
                        all_grades: bar.grade == "all",
                        printed: &bar.printed,
                        computed: bar.computed.as_deref(),
                    });
                    y += ROW;
                }
                y = row_end + 6.0;
            }
        }
        (shapes, y + 8.0)
    }
}
