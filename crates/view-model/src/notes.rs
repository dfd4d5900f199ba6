//! The document's warnings as a reader reads them: in the interface
//! language, in the words of the table ("表の 16.6% は 15/90 から計算すると
//! 16.7% です") or of the plan ("「…」が 5 の一覧にありません"), with the
//! place they are about (a risk's card, an activity's page, the summary);
//! the JSON path and the message for maintainers stay beside, in a
//! details line. An import draft's review items keep their own words: the
//! path is what their reviewer works with.

use rmp_model::{
    format_tenths, percent_tenths, ActivityStatus, Code, Diagnostic, Period, Rmp, SafetyConcern,
};

use crate::route::Route;
use crate::text::Texts;

/// One warning for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderNote {
    /// What it says, in the interface language.
    pub text: String,
    /// The place it is about, if the viewer has one.
    pub place: Option<Route>,
    /// About a table's cell (the link reads "表へ").
    pub table: bool,
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

/// The reader's words for a warning about the document; `None` for what
/// has none (an import draft's review items, a path that names nothing),
/// which is shown with its own message.
pub fn reader_note(d: &Diagnostic, rmp: &Rmp, t: &Texts) -> Option<ReaderNote> {
    match d.code {
        Code::PercentMismatch | Code::CountExceedsDenominator => cell_note(d, rmp, t),
        _ => plan_note(d, rmp, t),
    }
}

/// The words of a warning about a table cell.
fn cell_note(d: &Diagnostic, rmp: &Rmp, t: &Texts) -> Option<ReaderNote> {
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
            place: Some(Route::Risks(Some(concern.id.clone()))),
            table: true,
        })
    });
    found
}

/// What a path is about: its name as printed and its place in the viewer
/// (a concern's card, an activity's page, the summary, the overview).
fn place_of<'a>(rmp: &'a Rmp, path: &str) -> Option<(&'a str, Route)> {
    let mut parts = path.split('.');
    let first = parts.next()?;
    let second = parts.next().unwrap_or("");
    let index = |s: &str| step(s).map(|(_, i)| i);
    let concern = |list: &'a [SafetyConcern], i: usize| {
        list.get(i)
            .map(|c| (c.name.as_str(), Route::Risks(Some(c.id.clone()))))
    };
    let activity = |name: &'a str, id: &str| (name, Route::Activity(id.to_string()));
    let ss = &rmp.safety_specification;
    match (
        step(first).map_or(first, |(n, _)| n),
        step(second).map_or(second, |(n, _)| n),
    ) {
        ("safety_specification", "identified_risks") => {
            concern(&ss.identified_risks, index(second)?)
        }
        ("safety_specification", "potential_risks") => concern(&ss.potential_risks, index(second)?),
        ("safety_specification", "missing_information") => {
            concern(&ss.missing_information, index(second)?)
        }
        ("efficacy_considerations", _) => concern(&rmp.efficacy_considerations, index(first)?),
        ("pv_plan", "additional") => rmp
            .pv_plan
            .additional
            .get(index(second)?)
            .map(|a| activity(&a.name, &a.id)),
        ("efficacy_studies", _) => rmp
            .efficacy_studies
            .get(index(first)?)
            .map(|a| activity(&a.name, &a.id)),
        ("rm_plan", "additional") => rmp
            .rm_plan
            .additional
            .get(index(second)?)
            .map(|a| activity(&a.name, &a.id)),
        ("lists", _) => list_row(rmp, path).map(|r| activity(r.name, r.id)),
        ("overview", "products") => rmp
            .overview
            .products
            .get(index(second)?)
            .map(|p| (p.brand_name.as_str(), Route::Overview)),
        _ => None,
    }
}

/// A row of the section 5 lists a path names (`lists.pv.additional[1]…`,
/// `lists.efficacy[0]…`, `lists.rm.additional[2]…`).
struct ListRow<'a> {
    id: &'a str,
    name: &'a str,
    status: ActivityStatus,
    status_label: &'a str,
}

fn list_row<'a>(rmp: &'a Rmp, path: &str) -> Option<ListRow<'a>> {
    let mut parts = path.split('.').skip(1);
    let list = parts.next()?;
    let l = &rmp.lists;
    let row = |id: &'a String, name: &'a String, status, label: &'a String| ListRow {
        id,
        name,
        status,
        status_label: label,
    };
    match (list, parts.next().and_then(step)) {
        ("pv", Some(("additional", i))) => {
            l.pv.additional
                .get(i)
                .map(|e| row(&e.id, &e.name, e.status, &e.status_label))
        }
        ("rm", Some(("additional", i))) => {
            l.rm.additional
                .get(i)
                .map(|e| row(&e.id, &e.name, e.status, &e.status_label))
        }
        _ => step(list)
            .filter(|(n, _)| *n == "efficacy")
            .and_then(|(_, i)| l.efficacy.get(i))
            .map(|e| row(&e.id, &e.name, e.status, &e.status_label)),
    }
}

/// The period a path names (`pv_plan.additional[1].plan.periods[0].end`,
/// `efficacy_studies[0].plan.periods[0]…`, `rm_plan.additional[2].periods[0]…`).
fn period_at<'a>(rmp: &'a Rmp, path: &str) -> Option<&'a Period> {
    let steps: Vec<(&str, usize)> = path.split('.').filter_map(step).collect();
    let (_, j) = *steps.iter().find(|(n, _)| *n == "periods")?;
    let periods = match (path.split('.').next()?, steps.first()?) {
        ("pv_plan", ("additional", i)) => &rmp.pv_plan.additional.get(*i)?.plan.periods,
        (_, ("efficacy_studies", i)) => &rmp.efficacy_studies.get(*i)?.plan.periods,
        ("rm_plan", ("additional", i)) => &rmp.rm_plan.additional.get(*i)?.periods,
        _ => return None,
    };
    periods.get(j)
}

/// The text between the first two backticks of a message (a name, an address).
fn quoted(message: &str) -> Option<&str> {
    let (_, rest) = message.split_once('`')?;
    Some(rest.split_once('`')?.0)
}

/// The words of a warning about the plan: dates, the summary, the lists,
/// statuses, hidden characters, addresses.
fn plan_note(d: &Diagnostic, rmp: &Rmp, t: &Texts) -> Option<ReaderNote> {
    let place = place_of(rmp, &d.path);
    let name = place.as_ref().map_or("", |(n, _)| *n);
    let text = match d.code {
        Code::DateOrder => {
            // …periods[j].end: the period as printed.
            let period = period_at(rmp, &d.path)?;
            t.note_date_order
                .replace("{place}", name)
                .replace("{label}", &period.label)
                .replace("{printed}", &period.printed)
        }
        Code::SummaryMismatch => {
            // An item of the summary, or a name of the plan the summary lacks.
            let item = d.path.strip_prefix("summary.").and_then(|rest| {
                let (field, i) = step(rest)?;
                let items = match field {
                    "identified_risks" => &rmp.summary.identified_risks,
                    "potential_risks" => &rmp.summary.potential_risks,
                    "missing_information" => &rmp.summary.missing_information,
                    "efficacy_considerations" => &rmp.summary.efficacy_considerations,
                    "pv_additional" => &rmp.summary.pv_additional,
                    "efficacy_studies" => &rmp.summary.efficacy_studies,
                    "rm_additional" => &rmp.summary.rm_additional,
                    _ => return None,
                };
                items.get(i).map(|item| item.name.as_str())
            });
            let (name, template) = match item {
                Some(name) => (name, t.note_summary_extra),
                None => (quoted(&d.message)?, t.note_summary_missing),
            };
            return Some(ReaderNote {
                text: template.replace("{name}", name),
                place: Some(Route::Summary),
                table: false,
            });
        }
        Code::ListMismatch => t.note_list.replace("{name}", name),
        Code::StatusLabelMismatch => {
            let row = list_row(rmp, &d.path)?;
            let (label, status) = (row.status_label, row.status);
            t.note_status
                .replace("{place}", name)
                .replace("{label}", label)
                .replace("{status}", t.status(Some(status)))
        }
        Code::HiddenCharacter => {
            let code = d.message.split_once("U+").map(|(_, r)| {
                r.chars()
                    .take_while(char::is_ascii_hexdigit)
                    .collect::<String>()
            })?;
            t.note_hidden
                .replace("{place}", name)
                .replace("{code}", &code)
        }
        Code::UnsafeLink => t
            .note_link
            .replace("{place}", name)
            .replace("{url}", quoted(&d.message)?),
        _ => return None,
    };
    let (_, route) = place?;
    Some(ReaderNote {
        text,
        place: Some(route),
        table: false,
    })
}
