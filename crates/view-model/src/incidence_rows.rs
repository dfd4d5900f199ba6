//! Incidence cells in long form: one record per cell, as `rmp export-csv`
//! and the viewer's CSV download write them.

use rmp_model::{IncidenceTable, Rmp, SafetyConcern};

/// The CSV header, in column order.
pub const CSV_HEADER: [&str; 9] = [
    "risk", "event", "grade", "study", "cohort", "route", "N", "n", "percent",
];

/// One incidence cell in long form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidenceRecord<'a> {
    /// The concern's name.
    pub risk: &'a str,
    /// The event label as printed, without footnote markers.
    pub event: &'a str,
    /// `all`, `ge3`, or the grade label as printed.
    pub grade: &'a str,
    /// Study id (GO29781).
    pub study: &'a str,
    /// Cohort label as printed.
    pub cohort: &'a str,
    /// Column-group label (点滴静注 / 皮下注).
    pub route: &'a str,
    /// Cohort size.
    pub denominator: u32,
    /// Patients with the event.
    pub n: u32,
    /// The printed percentage without `%`; empty where none is printed.
    pub percent: &'a str,
}

impl IncidenceRecord<'_> {
    /// The record's fields as strings, in [`CSV_HEADER`] order; text that a
    /// spreadsheet would run as a formula is neutralised ([`spreadsheet_safe`]),
    /// numbers stay numbers.
    pub fn fields(&self) -> [String; 9] {
        [
            spreadsheet_safe(self.risk),
            spreadsheet_safe(self.event),
            spreadsheet_safe(self.grade),
            spreadsheet_safe(self.study),
            spreadsheet_safe(self.cohort),
            spreadsheet_safe(self.route),
            self.denominator.to_string(),
            self.n.to_string(),
            self.percent.to_string(),
        ]
    }
}

/// Text for a spreadsheet cell: a text starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return would be read as a formula (CSV injection), so
/// it gets a leading `'` (OWASP); any other text is kept as it is.
pub fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Every incidence cell of one concern, table by table, row by row, left to right.
pub fn concern_records(concern: &SafetyConcern) -> Vec<IncidenceRecord<'_>> {
    concern
        .incidence
        .iter()
        .flat_map(|table| table_records(&concern.name, table))
        .collect()
}

/// Every cell of one table, row by row, left to right; `risk` names its concern.
pub fn table_records<'a>(risk: &'a str, table: &'a IncidenceTable) -> Vec<IncidenceRecord<'a>> {
    let cohorts: Vec<_> = table.cohorts().collect();
    let mut out = Vec::new();
    for event in &table.events {
        for row in &event.grades {
            for (cell, (route, cohort)) in row.cells.iter().zip(&cohorts) {
                out.push(IncidenceRecord {
                    risk,
                    event: &event.label,
                    grade: row.export_code(),
                    study: &cohort.study,
                    cohort: &cohort.label,
                    route,
                    denominator: cohort.n,
                    n: cell.n,
                    percent: cell.percent.as_deref().unwrap_or(""),
                });
            }
        }
    }
    out
}

/// Every incidence cell of the document, concern by concern.
pub fn all_records(rmp: &Rmp) -> Vec<IncidenceRecord<'_>> {
    rmp.concerns()
        .flat_map(|(_, c)| concern_records(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn formulas_are_neutralised_and_other_text_kept() {
        for formula in [
            "=HYPERLINK(\"http://x\")",
            "+cmd|' /C calc'!A0",
            "-1+1",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(spreadsheet_safe(formula), format!("'{formula}"));
        }
        for text in ["感染症", "GO29781 試験", "B11 FL RP2D コホート", "a=b", ""] {
            assert_eq!(spreadsheet_safe(text), text);
        }
    }
}
