//! Incidence tables: shape, cohorts, footnotes, and every printed count and
//! percentage against its cohort (n/N, rounded half up).

use std::collections::HashSet;

use super::*;

impl Validator<'_> {
    pub(super) fn table(&mut self, t: &IncidenceTable, path: &str) {
        let cohorts: Vec<&Cohort> = t.cohorts().map(|(_, c)| c).collect();
        if cohorts.is_empty() {
            self.error(
                Code::TableShape,
                format!("{path}.column_groups"),
                "the table has no cohort columns",
            );
        }
        let mut ids = HashSet::new();
        for (g, group) in t.column_groups.iter().enumerate() {
            for (k, cohort) in group.cohorts.iter().enumerate() {
                let cpath = format!("{path}.column_groups[{g}].cohorts[{k}]");
                self.sibling_id(&mut ids, &cohort.id, &cpath, "cohort of this table");
                if cohort.n == 0 {
                    self.error(
                        Code::ZeroDenominator,
                        format!("{cpath}.n"),
                        "a cohort must have at least one patient (N ≥ 1)",
                    );
                }
            }
        }
        let markers: HashSet<&str> = t.footnotes.iter().map(|f| f.marker.as_str()).collect();
        let check_notes = |v: &mut Self, notes: &[String], npath: String| {
            for (i, m) in notes.iter().enumerate() {
                if !markers.contains(m.as_str()) {
                    v.error(
                        Code::DanglingReference,
                        format!("{npath}[{i}]"),
                        format!("footnote `{m}` is not among the table's footnotes"),
                    );
                }
            }
        };
        for (e, event) in t.events.iter().enumerate() {
            let epath = format!("{path}.events[{e}]");
            if !event.notes.is_empty() {
                check_notes(self, &event.notes, format!("{epath}.notes"));
            }
            for (g, row) in event.grades.iter().enumerate() {
                let gpath = format!("{epath}.grades[{g}]");
                if row.grade == Grade::Other && row.label.as_deref().is_none_or(str::is_empty) {
                    self.error(
                        Code::MissingLabel,
                        format!("{gpath}.label"),
                        "a grade row of kind `other` needs the label as printed",
                    );
                }
                if row.cells.len() != cohorts.len() {
                    self.error(
                        Code::TableShape,
                        format!("{gpath}.cells"),
                        format!(
                            "the row has {} cells but the table has {} cohorts",
                            row.cells.len(),
                            cohorts.len()
                        ),
                    );
                }
                // Paths and messages are written only for a cell with a problem:
                // a large document has a hundred thousand cells.
                for (k, (cell, cohort)) in row.cells.iter().zip(&cohorts).enumerate() {
                    let cpath = || format!("{gpath}.cells[{k}]");
                    if !cell.notes.is_empty() {
                        check_notes(self, &cell.notes, format!("{}.notes", cpath()));
                    }
                    self.cell(cell, cohort, &event.label, row.printed_label(), &cpath);
                }
            }
        }
    }

    pub(super) fn cell(
        &mut self,
        cell: &Cell,
        cohort: &Cohort,
        event: &str,
        grade: &str,
        path: &dyn Fn() -> String,
    ) {
        let what = || format!("{event} {grade}, {} {}", cohort.study, cohort.label);
        if cell.n > cohort.n {
            self.warn(
                Code::CountExceedsDenominator,
                format!("{}.n", path()),
                format!(
                    "{}: {} patients out of a cohort of {}",
                    what(),
                    cell.n,
                    cohort.n
                ),
            );
        }
        let Some(printed) = &cell.percent else { return };
        let Some(tenths) = parse_tenths(printed) else {
            self.error(
                Code::InvalidPercent,
                format!("{}.percent", path()),
                format!(
                    "{}: `{printed}` is not a percentage with one decimal (e.g. 45.6)",
                    what()
                ),
            );
            return;
        };
        if let Some(expected) = percent_tenths(cell.n, cohort.n) {
            if expected != tenths {
                self.warn(
                    Code::PercentMismatch,
                    format!("{}.percent", path()),
                    format!(
                        "{}: printed {printed}% but {}/{} is {}% (rounded half up)",
                        what(),
                        cell.n,
                        cohort.n,
                        format_tenths(expected)
                    ),
                );
            }
        }
    }
}
