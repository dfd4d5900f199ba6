//! The document's warnings as a reader reads them: in the interface
//! language, in the words of the table ("表の 16.6% は 15/90 から計算すると
//! 16.7% です"), with the card they are about; the JSON path and the
//! message for maintainers stay beside, in a details line.

use rmp_model::{format_tenths, percent_tenths, Code, Diagnostic, Rmp, SafetyConcern};

use crate::text::Texts;

/// One warning for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderNote {
    /// What it says, in the interface language.
    pub text: String,
    /// The risk card it is about, if any.
    pub risk: Option<String>,
}

/// The numbers of a `name[i]` step of a JSON path (`cells[3]` → `("cells", 3)`).
fn step(segment: &str) -> Option<(&str, usize)> {
    let (name, rest) = segment.split_once('[')?;
    Some((name, rest.strip_suffix(']')?.parse().ok()?))
}

/// The concern, table, event, grade and cell a path names
/// (`safety_specification.identified_risks[2].incidence[0].events[0].grades[1].cells[0]…`).
fn cell_at<'a>(rmp: &'a Rmp, path: &str) -> Option<(&'a SafetyConcern, [usize; 4])> {
    let mut steps = path.split('.').filter_map(step);
    let (list, i) = steps.next()?;
    let concerns = match list {
        "identified_risks" => &rmp.safety_specification.identified_risks,
        "potential_risks" => &rmp.safety_specification.potential_risks,
        "missing_information" => &rmp.safety_specification.missing_information,
        "efficacy_considerations" => &rmp.efficacy_considerations,
        _ => return None,
    };
    let concern = concerns.get(i)?;
    let mut at = [0; 4];
    for (slot, want) in at
        .iter_mut()
        .zip(["incidence", "events", "grades", "cells"])
    {
        let (name, n) = steps.next()?;
        if name != want {
            return None;
        }
        *slot = n;
    }
    Some((concern, at))
}

/// The reader's words for a warning about a table cell; `None` for the
/// others, which are shown with their own message.
pub fn reader_note(d: &Diagnostic, rmp: &Rmp, t: &Texts) -> Option<ReaderNote> {
    let cell = matches!(
        d.code,
        Code::PercentMismatch | Code::CountExceedsDenominator
    )
    .then(|| cell_at(rmp, &d.path))
    .flatten();
    let found = cell.and_then(|(concern, [ti, ei, gi, ci])| {
        let table = concern.incidence.get(ti)?;
        let event = table.events.get(ei)?;
        let grade = event.grades.get(gi)?;
        let cell = grade.cells.get(ci)?;
        let (_, cohort) = table.cohorts().nth(ci)?;
        let place = format!(
            "{} › {} {} › {} {}",
            concern.name,
            event.label,
            grade.printed_label(),
            cohort.study_label,
            cohort.label
        );
        let fill = |label: &str| {
            label
                .replace("{place}", &place)
                .replace("{n}", &cell.n.to_string())
                .replace("{total}", &cohort.n.to_string())
        };
        let text = match d.code {
            Code::PercentMismatch => {
                let computed = percent_tenths(cell.n, cohort.n).map(format_tenths)?;
                fill(t.note_percent)
                    .replace("{printed}", cell.percent.as_deref()?)
                    .replace("{computed}", &computed)
            }
            _ => fill(t.note_count),
        };
        Some(ReaderNote {
            text,
            risk: Some(concern.id.clone()),
        })
    });
    found
}
