//! An incidence table as the screen lays it out: header rows with spans,
//! body rows with the event label spanning its grade rows, and each cell's
//! printed text with the computed percentage where the two disagree.

use rmp_model::{format_tenths, parse_tenths, percent_tenths, IncidenceTable};

/// The laid-out table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableLayout<'a> {
    /// First header row: column groups and how many cohorts each spans.
    pub groups: Vec<(&'a str, usize)>,
    /// Second header row: one per cohort.
    pub cohorts: Vec<CohortHeader<'a>>,
    /// Body rows, one per event × grade.
    pub rows: Vec<BodyRow<'a>>,
}

/// A cohort's column header.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortHeader<'a> {
    /// The study as printed (GO29781 試験).
    pub study_label: &'a str,
    /// The cohort as printed.
    pub label: &'a str,
    /// N.
    pub n: u32,
    /// The column group it belongs to.
    pub group: &'a str,
}

/// One row of the body.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyRow<'a> {
    /// On the first grade row of an event: the event label, its footnote markers and how many rows it spans.
    pub event: Option<(&'a str, &'a [String], usize)>,
    /// The event label, on every row (for chart and CSV).
    pub event_label: &'a str,
    /// The grade as printed (全Grade).
    pub grade_label: &'a str,
    /// The grade as a code (`all`, `ge3`, or the label).
    pub grade_code: &'a str,
    /// One per cohort.
    pub cells: Vec<CellView<'a>>,
}

/// One cell as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct CellView<'a> {
    /// "41（45.6%）" or "0", as printed.
    pub printed: String,
    /// Patients with the event.
    pub n: u32,
    /// The printed percentage, if any.
    pub percent: Option<&'a str>,
    /// Footnote markers on the cell.
    pub notes: &'a [String],
    /// n/N rounded half up, when it differs from the printed percentage ("16.7").
    pub computed_when_different: Option<String>,
    /// The percentage to draw: printed where printed, otherwise n/N.
    pub value_tenths: u64,
}

impl TableLayout<'_> {
    /// A cohort's column in one line, for where the header is not in sight
    /// (a phone's stacked rows, a chart's bars): "GO29781 試験 B11 FL RP2D
    /// コホート（90例）", after its group where the table has several
    /// ("点滴静注｜…").
    pub fn column_label(&self, index: usize) -> String {
        let Some(c) = self.cohorts.get(index) else {
            return String::new();
        };
        let name = [c.study_label, c.label]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        match self.groups.len() > 1 {
            true => format!("{}｜{}（{}例）", c.group, name, c.n),
            false => format!("{}（{}例）", name, c.n),
        }
    }
}

/// Lays out a table. Rows with fewer cells than cohorts are shown as far as they go.
pub fn layout(table: &IncidenceTable) -> TableLayout<'_> {
    let groups = table
        .column_groups
        .iter()
        .map(|g| (g.label.as_str(), g.cohorts.len()))
        .collect();
    let cohorts: Vec<CohortHeader> = table
        .cohorts()
        .map(|(group, c)| CohortHeader {
            study_label: &c.study_label,
            label: &c.label,
            n: c.n,
            group,
        })
        .collect();
    let mut rows = Vec::new();
    for event in &table.events {
        for (i, grade) in event.grades.iter().enumerate() {
            let cells = grade
                .cells
                .iter()
                .zip(&cohorts)
                .map(|(cell, cohort)| {
                    let computed = percent_tenths(cell.n, cohort.n);
                    let printed_tenths = cell.percent.as_deref().and_then(parse_tenths);
                    let computed_when_different = match (printed_tenths, computed) {
                        (Some(p), Some(c)) if p != c => Some(format_tenths(c)),
                        _ => None,
                    };
                    CellView {
                        printed: cell.printed(),
                        n: cell.n,
                        percent: cell.percent.as_deref(),
                        notes: &cell.notes,
                        computed_when_different,
                        value_tenths: printed_tenths.or(computed).unwrap_or(0),
                    }
                })
                .collect();
            rows.push(BodyRow {
                event: (i == 0).then_some((
                    event.label.as_str(),
                    event.notes.as_slice(),
                    event.grades.len(),
                )),
                event_label: &event.label,
                grade_label: grade.printed_label(),
                grade_code: grade.export_code(),
                cells,
            });
        }
    }
    TableLayout {
        groups,
        cohorts,
        rows,
    }
}

/// Quotes a field for CSV (RFC 4180) when it needs it.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Records as RFC 4180 CSV text with CRLF line ends, header first.
pub fn csv_text(records: &[super::incidence_rows::IncidenceRecord]) -> String {
    let mut out = super::incidence_rows::CSV_HEADER.join(",");
    out.push_str("\r\n");
    for r in records {
        let fields = r.fields();
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}
