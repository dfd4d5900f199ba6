//! The validation pass: every problem of a parsed RMP, each with a stable
//! code, a severity and the JSON path it is about. One file per concern:
//! identifiers and references, the sections, the incidence tables, the
//! section 5 lists and the summary, names, dates.

use std::collections::{HashMap, HashSet};

use super::*;

mod dates;
mod ids;
mod incidence;
mod lists;
mod names;
mod sections;

/// Validates a parsed document and returns every problem, errors first, in document order.
pub fn validate(rmp: &Rmp) -> Vec<Diagnostic> {
    // A document over the count limits is refused on those alone, before any
    // work that grows with it.
    let over = super::limits::check_limits(rmp);
    if !over.is_empty() {
        return over;
    }
    let mut v = Validator::new(rmp);
    v.run();
    let mut out = v.out;
    out.sort_by_key(|d| d.severity);
    out
}

struct Validator<'a> {
    rmp: &'a Rmp,
    out: Vec<Diagnostic>,
    /// Concern id → (category, path of its id).
    concerns: HashMap<&'a str, (ConcernCategory, String)>,
    /// Activity ids of each plan, from the outline and the section 5 list.
    pv_ids: HashSet<&'a str>,
    efficacy_ids: HashSet<&'a str>,
    rm_ids: HashSet<&'a str>,
}

impl<'a> Validator<'a> {
    fn new(rmp: &'a Rmp) -> Self {
        Validator {
            rmp,
            out: Vec::new(),
            concerns: HashMap::new(),
            pv_ids: HashSet::new(),
            efficacy_ids: HashSet::new(),
            rm_ids: HashSet::new(),
        }
    }

    fn error(&mut self, code: Code, path: impl Into<String>, message: impl Into<String>) {
        self.out.push(Diagnostic::error(code, path, message));
    }

    fn warn(&mut self, code: Code, path: impl Into<String>, message: impl Into<String>) {
        self.out.push(Diagnostic::warning(code, path, message));
    }

    fn run(&mut self) {
        let rmp = self.rmp;
        if rmp.format_version != FORMAT_VERSION {
            self.error(
                Code::UnsupportedVersion,
                "format_version",
                format!("format_version {} is not supported; this viewer reads version {FORMAT_VERSION}", rmp.format_version),
            );
        }
        self.date(&rmp.document.submitted, "document.submitted");
        self.hidden_characters(&rmp.document.product_name, "document.product_name");
        self.overview();
        for (i, record) in rmp.change_history.iter().enumerate() {
            self.date(
                &record.previous_submission,
                &format!("change_history[{i}].previous_submission"),
            );
        }
        self.collect_ids();
        for (path, _, concern) in concern_paths(rmp) {
            self.concern(concern, &path);
        }
        for (i, a) in rmp.pv_plan.additional.iter().enumerate() {
            self.pv_activity(a, &format!("pv_plan.additional[{i}]"));
        }
        for (i, a) in rmp.efficacy_studies.iter().enumerate() {
            self.pv_activity(a, &format!("efficacy_studies[{i}]"));
        }
        for (i, a) in rmp.rm_plan.additional.iter().enumerate() {
            self.rm_activity(a, &format!("rm_plan.additional[{i}]"));
        }
        self.lists();
        self.summary();
        if let Some(draft) = &rmp.import_draft {
            self.import_draft(draft);
        }
    }
}

impl Validator<'_> {
    /// An import draft is readable, and says so: one warning for the draft,
    /// one for each item of its review list, at the path it is about.
    fn import_draft(&mut self, draft: &ImportDraft) {
        let n = draft.review.len();
        self.warn(
            Code::ImportDraft,
            "import_draft",
            format!(
                "an imported draft of {}, not the published RMP: {n} item{} to review against the PDF",
                draft.source,
                if n == 1 { "" } else { "s" }
            ),
        );
        for (i, item) in draft.review.iter().enumerate() {
            let path = item
                .path
                .clone()
                .unwrap_or_else(|| format!("import_draft.review[{i}]"));
            let message = match (item.lines.first(), item.lines.last()) {
                (Some(a), Some(b)) if a != b => format!("{} (source lines {a}–{b})", item.what),
                (Some(a), _) => format!("{} (source line {a})", item.what),
                _ => item.what.clone(),
            };
            // One check at several places: a warning at each of them.
            for other in item.paths.iter().filter(|p| **p != path) {
                self.warn(Code::ImportReview, other.clone(), message.clone());
            }
            self.warn(Code::ImportReview, path, message);
        }
        for (i, pointer) in draft.absent.iter().enumerate() {
            if !absent_pointer(pointer) {
                self.error(
                    Code::AbsentPointer,
                    format!("import_draft.absent[{i}]"),
                    format!("「{pointer}」 is not a JSON Pointer into a part of the document (like /summary or /overview/remarks)"),
                );
            }
        }
    }
}

/// Whether `pointer` is a JSON Pointer into one of the document's parts.
/// (Checked by its form, not resolved: the viewer never serialises the document.)
fn absent_pointer(pointer: &str) -> bool {
    const PARTS: [&str; 10] = [
        "document",
        "summary",
        "overview",
        "change_history",
        "safety_specification",
        "efficacy_considerations",
        "pv_plan",
        "efficacy_studies",
        "rm_plan",
        "lists",
    ];
    let mut steps = pointer.split('/');
    steps.next() == Some("")
        && steps.next().is_some_and(|part| PARTS.contains(&part))
        && steps.all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
}

/// Path and category of every concern, in document order.
fn concern_paths(rmp: &Rmp) -> Vec<(String, ConcernCategory, &SafetyConcern)> {
    let s = &rmp.safety_specification;
    let mut out = Vec::new();
    use ConcernCategory::*;
    for (field, category, list) in [
        (
            "safety_specification.identified_risks",
            IdentifiedRisk,
            &s.identified_risks,
        ),
        (
            "safety_specification.potential_risks",
            PotentialRisk,
            &s.potential_risks,
        ),
        (
            "safety_specification.missing_information",
            MissingInformation,
            &s.missing_information,
        ),
        (
            "efficacy_considerations",
            Efficacy,
            &rmp.efficacy_considerations,
        ),
    ] {
        out.extend(
            list.iter()
                .enumerate()
                .map(|(i, c)| (format!("{field}[{i}]"), category, c)),
        );
    }
    out
}

#[cfg(test)]
mod absent_tests {
    use super::absent_pointer;

    #[test]
    fn absent_values_are_named_by_pointers_into_the_document() {
        for ok in [
            "/summary",
            "/overview/remarks",
            "/safety_specification/identified_risks/3/pv",
        ] {
            assert!(absent_pointer(ok), "{ok}");
        }
        for bad in [
            "summary",
            "/",
            "/nowhere",
            "/summary//x",
            "summary.brand_names",
            "/overview/a b",
        ] {
            assert!(!absent_pointer(bad), "{bad}");
        }
    }
}
