//! Count limits, beside the size and depth limits of parsing: a document far
//! beyond any real RMP (a real one has tens of concerns and activities) is
//! refused before the viewer builds anything from it, so that one document
//! can never exhaust the memory every viewer on the page shares.

use super::diagnostic::{Code, Diagnostic};
use super::{Rmp, SafetyConcern};

/// Safety concerns, all categories together.
pub const MAX_CONCERNS: usize = 1_000;
/// Activities: the outline's and the section 5 lists' entries together.
pub const MAX_ACTIVITIES: usize = 1_000;
/// Incidence cells in the whole document.
pub const MAX_CELLS: usize = 300_000;
/// Concerns × activities: the cells of the risk × activity matrix.
pub const MAX_MATRIX_CELLS: usize = 50_000;

/// The limits the document is over, each located at the first item beyond
/// it; empty when it is within them all.
pub fn check_limits(rmp: &Rmp) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let categories = concern_lists(rmp).map(|(path, list)| (path, list.len()));
    let concerns: usize = categories.iter().map(|(_, n)| n).sum();
    if concerns > MAX_CONCERNS {
        out.push(Diagnostic::error(
            Code::TooManyConcerns,
            beyond(&categories, MAX_CONCERNS),
            format!("the document has {concerns} safety concerns; the viewer shows at most {MAX_CONCERNS}"),
        ));
    }
    let lists = [
        ("pv_plan.additional", rmp.pv_plan.additional.len()),
        ("efficacy_studies", rmp.efficacy_studies.len()),
        ("rm_plan.additional", rmp.rm_plan.additional.len()),
        ("lists.pv.additional", rmp.lists.pv.additional.len()),
        ("lists.efficacy", rmp.lists.efficacy.len()),
        ("lists.rm.additional", rmp.lists.rm.additional.len()),
    ];
    let activities: usize = lists.iter().map(|(_, n)| n).sum();
    if activities > MAX_ACTIVITIES {
        out.push(Diagnostic::error(
            Code::TooManyActivities,
            beyond(&lists, MAX_ACTIVITIES),
            format!("the document has {activities} activity entries; the viewer shows at most {MAX_ACTIVITIES}"),
        ));
    }
    let cells = rmp.cell_count();
    if cells > MAX_CELLS {
        out.push(Diagnostic::error(
            Code::TooManyCells,
            first_table_beyond(rmp, MAX_CELLS),
            format!(
                "the incidence tables have {cells} cells; the viewer shows at most {MAX_CELLS}"
            ),
        ));
    }
    let matrix = concerns.saturating_mul(activities);
    if matrix > MAX_MATRIX_CELLS && out.is_empty() {
        out.push(Diagnostic::error(
            Code::MatrixTooLarge,
            String::new(),
            format!(
                "{concerns} safety concerns × {activities} activity entries make {matrix} cells of the risk × activity matrix; the viewer shows at most {MAX_MATRIX_CELLS}"
            ),
        ));
    }
    out
}

/// The four lists of concerns, with their paths, in document order.
fn concern_lists(rmp: &Rmp) -> [(&'static str, &[SafetyConcern]); 4] {
    let s = &rmp.safety_specification;
    [
        ("safety_specification.identified_risks", &s.identified_risks),
        ("safety_specification.potential_risks", &s.potential_risks),
        (
            "safety_specification.missing_information",
            &s.missing_information,
        ),
        ("efficacy_considerations", &rmp.efficacy_considerations),
    ]
}

/// The path of item number `limit` (0-based: the first one over) across `lists`.
fn beyond(lists: &[(&str, usize)], limit: usize) -> String {
    let mut before = 0;
    for (path, n) in lists {
        if before + n > limit {
            return format!("{path}[{}]", limit - before);
        }
        before += n;
    }
    String::new()
}

/// The path of the incidence table in which the cell count passes `limit`.
fn first_table_beyond(rmp: &Rmp, limit: usize) -> String {
    let mut seen = 0;
    for (path, concerns) in concern_lists(rmp) {
        for (i, c) in concerns.iter().enumerate() {
            for (k, t) in c.incidence.iter().enumerate() {
                seen += t
                    .events
                    .iter()
                    .flat_map(|e| &e.grades)
                    .map(|g| g.cells.len())
                    .sum::<usize>();
                if seen > limit {
                    return format!("{path}[{i}].incidence[{k}]");
                }
            }
        }
    }
    String::new()
}
