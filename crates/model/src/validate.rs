//! The validation pass: every problem of a parsed RMP, each with a stable
//! code, a severity and the JSON path it is about.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::*;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document is wrong: it is refused.
    Error,
    /// The document is accepted, but something deserves a look.
    Warning,
}

/// One problem found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code (`percent-mismatch`, `dangling-reference`, …).
    pub code: &'static str,
    /// JSON path (`safety_specification.identified_risks[2].incidence[0]…`).
    pub path: String,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Diagnostic {
    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

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

    fn error(&mut self, code: &'static str, path: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, code, path.into(), message.into());
    }

    fn warn(&mut self, code: &'static str, path: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, code, path.into(), message.into());
    }

    fn push(&mut self, severity: Severity, code: &'static str, path: String, message: String) {
        self.out.push(Diagnostic {
            severity,
            code,
            path,
            message,
        });
    }

    fn run(&mut self) {
        let rmp = self.rmp;
        if rmp.format_version != FORMAT_VERSION {
            self.error(
                "unsupported-version",
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
    }

    // ----- ids -----

    fn id(&mut self, id: &str, path: &str) {
        let ok = id.len() <= 64
            && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c));
        if !ok {
            self.error(
                "invalid-id",
                path,
                format!("id `{id}` must be 1–64 lower-case letters, digits, `-`, `_` or `.`, starting with a letter or digit"),
            );
        }
    }

    fn collect_ids(&mut self) {
        let rmp = self.rmp;
        // Concerns and outline activities share one namespace.
        let mut seen: HashMap<&'a str, String> = HashMap::new();
        let mut unique = |v: &mut Self, id: &'a str, path: String| {
            v.id(id, &path);
            if let Some(first) = seen.get(id) {
                v.error(
                    "duplicate-id",
                    path,
                    format!("id `{id}` is already used at {first}"),
                );
            } else {
                seen.insert(id, path);
            }
        };
        for (path, category, concern) in concern_paths(rmp) {
            self.concerns
                .entry(&concern.id)
                .or_insert((category, path.clone()));
            unique(self, &concern.id, format!("{path}.id"));
        }
        for (i, a) in rmp.pv_plan.additional.iter().enumerate() {
            self.pv_ids.insert(&a.id);
            unique(self, &a.id, format!("pv_plan.additional[{i}].id"));
        }
        for (i, a) in rmp.efficacy_studies.iter().enumerate() {
            self.efficacy_ids.insert(&a.id);
            unique(self, &a.id, format!("efficacy_studies[{i}].id"));
        }
        for (i, a) in rmp.rm_plan.additional.iter().enumerate() {
            self.rm_ids.insert(&a.id);
            unique(self, &a.id, format!("rm_plan.additional[{i}].id"));
        }
        // List entries: the same id as their outline activity, or a new one.
        let outline = |v: &Self, id: &str| {
            v.pv_ids.contains(id) || v.efficacy_ids.contains(id) || v.rm_ids.contains(id)
        };
        let mut list_seen: HashMap<&'a str, String> = HashMap::new();
        let lists = &rmp.lists;
        let entries = lists
            .pv
            .additional
            .iter()
            .enumerate()
            .map(|(i, e)| (&e.id, format!("lists.pv.additional[{i}].id"), 0))
            .chain(
                lists
                    .efficacy
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (&e.id, format!("lists.efficacy[{i}].id"), 1)),
            )
            .chain(
                lists
                    .rm
                    .additional
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (&e.id, format!("lists.rm.additional[{i}].id"), 2)),
            )
            .collect::<Vec<_>>();
        for (id, path, plan) in entries {
            self.id(id, &path);
            if let Some(first) = list_seen.get(id.as_str()) {
                self.error(
                    "duplicate-id",
                    path,
                    format!("id `{id}` is already used at {first}"),
                );
                continue;
            }
            list_seen.insert(id, path.clone());
            let own = match plan {
                0 => &self.pv_ids,
                1 => &self.efficacy_ids,
                _ => &self.rm_ids,
            }
            .contains(id.as_str());
            if !own && (outline(self, id) || self.concerns.contains_key(id.as_str())) {
                let first = seen.get(id.as_str()).cloned().unwrap_or_default();
                self.error(
                    "duplicate-id",
                    path,
                    format!("id `{id}` names something else at {first}; a list entry shares its id only with its own activity"),
                );
                continue;
            }
            match plan {
                0 => &mut self.pv_ids,
                1 => &mut self.efficacy_ids,
                _ => &mut self.rm_ids,
            }
            .insert(id);
        }
    }

    fn concern_ref(&mut self, id: &str, path: String) {
        if !self.concerns.contains_key(id) {
            self.error(
                "dangling-reference",
                path,
                format!("no safety concern has the id `{id}`"),
            );
        }
    }

    // ----- sections -----

    fn overview(&mut self) {
        let o = &self.rmp.overview;
        let mut products: HashMap<&str, usize> = HashMap::new();
        for (i, p) in o.products.iter().enumerate() {
            let path = format!("overview.products[{i}]");
            self.id(&p.id, &format!("{path}.id"));
            if let Some(first) = products.insert(&p.id, i) {
                self.error(
                    "duplicate-id",
                    format!("{path}.id"),
                    format!(
                        "id `{}` is already used at overview.products[{first}].id",
                        p.id
                    ),
                );
            }
            self.date(&p.approval_date, &format!("{path}.approval_date"));
            self.hidden_characters(&p.brand_name, &format!("{path}.brand_name"));
        }
        self.date(
            &o.international_birth_date,
            "overview.international_birth_date",
        );
        for (field, groups) in [
            ("dosage_and_administration", &o.dosage_and_administration),
            ("indications", &o.indications),
        ] {
            for (i, g) in groups.iter().enumerate() {
                for (j, id) in g.products.iter().enumerate() {
                    if !products.contains_key(id.as_str()) {
                        self.error(
                            "dangling-reference",
                            format!("overview.{field}[{i}].products[{j}]"),
                            format!("no product has the id `{id}`"),
                        );
                    }
                }
            }
        }
    }

    fn concern(&mut self, c: &SafetyConcern, path: &str) {
        self.hidden_characters(&c.name, &format!("{path}.name"));
        for (i, id) in c.pv.additional.iter().enumerate() {
            if !self.pv_ids.contains(id.as_str()) && !self.efficacy_ids.contains(id.as_str()) {
                self.error(
                    "dangling-reference",
                    format!("{path}.pv.additional[{i}]"),
                    format!("no pharmacovigilance activity has the id `{id}`"),
                );
            }
        }
        for (i, id) in c.rm.additional.iter().enumerate() {
            if !self.rm_ids.contains(id.as_str()) {
                self.error(
                    "dangling-reference",
                    format!("{path}.rm.additional[{i}]"),
                    format!("no risk-minimisation activity has the id `{id}`"),
                );
            }
        }
        let mut tables = HashSet::new();
        for (i, t) in c.incidence.iter().enumerate() {
            let tpath = format!("{path}.incidence[{i}]");
            self.id(&t.id, &format!("{tpath}.id"));
            if !tables.insert(&t.id) {
                self.error(
                    "duplicate-id",
                    format!("{tpath}.id"),
                    format!("another table of this concern has the id `{}`", t.id),
                );
            }
            self.table(t, &tpath);
        }
    }

    fn table(&mut self, t: &IncidenceTable, path: &str) {
        let cohorts: Vec<&Cohort> = t.cohorts().map(|(_, c)| c).collect();
        if cohorts.is_empty() {
            self.error(
                "table-shape",
                format!("{path}.column_groups"),
                "the table has no cohort columns",
            );
        }
        let mut ids = HashSet::new();
        for (g, group) in t.column_groups.iter().enumerate() {
            for (k, cohort) in group.cohorts.iter().enumerate() {
                let cpath = format!("{path}.column_groups[{g}].cohorts[{k}]");
                self.id(&cohort.id, &format!("{cpath}.id"));
                if !ids.insert(&cohort.id) {
                    self.error(
                        "duplicate-id",
                        format!("{cpath}.id"),
                        format!("another cohort of this table has the id `{}`", cohort.id),
                    );
                }
                if cohort.n == 0 {
                    self.error(
                        "zero-denominator",
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
                        "dangling-reference",
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
                        "missing-label",
                        format!("{gpath}.label"),
                        "a grade row of kind `other` needs the label as printed",
                    );
                }
                if row.cells.len() != cohorts.len() {
                    self.error(
                        "table-shape",
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

    fn cell(
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
                "count-exceeds-denominator",
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
                "invalid-percent",
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
                    "percent-mismatch",
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

    fn pv_activity(&mut self, a: &PvActivity, path: &str) {
        self.hidden_characters(&a.name, &format!("{path}.name"));
        for (i, id) in a.safety_concerns.iter().enumerate() {
            self.concern_ref(id, format!("{path}.safety_concerns[{i}]"));
        }
        self.periods(&a.plan.periods, &format!("{path}.plan.periods"));
    }

    fn rm_activity(&mut self, a: &RmActivity, path: &str) {
        self.hidden_characters(&a.name, &format!("{path}.name"));
        for (i, id) in a.safety_concerns.iter().enumerate() {
            self.concern_ref(id, format!("{path}.safety_concerns[{i}]"));
        }
        self.periods(&a.periods, &format!("{path}.periods"));
        if let Some(url) = a.url.as_deref().filter(|u| safe_link(u).is_none()) {
            self.warn(
                "unsafe-link",
                format!("{path}.url"),
                format!("`{url}` is not an https:, http: or relative address; it is shown as text, not as a link"),
            );
        }
    }

    /// Names are what readers match by eye: a direction override or an
    /// invisible character makes two names look alike or reorders one.
    fn hidden_characters(&mut self, name: &str, path: &str) {
        if let Some(c) = name.chars().find(|&c| is_hidden(c)) {
            self.warn(
                "hidden-character",
                path,
                format!(
                    "the name contains the invisible character U+{:04X} ({}); it is shown, isolated, but may not read as it looks",
                    c as u32,
                    hidden_name(c)
                ),
            );
        }
    }

    fn periods(&mut self, periods: &[Period], path: &str) {
        for (i, p) in periods.iter().enumerate() {
            let ppath = format!("{path}[{i}]");
            let start = p
                .start
                .as_deref()
                .filter(|s| self.iso(s, &format!("{ppath}.start")));
            let end = p
                .end
                .as_deref()
                .filter(|s| self.iso(s, &format!("{ppath}.end")));
            if let (Some(s), Some(e)) = (start, end) {
                if date_bounds(s).0 > date_bounds(e).1 {
                    self.warn(
                        "date-order",
                        format!("{ppath}.end"),
                        format!("{}: ends ({e}) before it starts ({s})", p.label),
                    );
                }
            }
        }
    }

    fn lists(&mut self) {
        let rmp = self.rmp;
        let l = &rmp.lists;
        for (i, e) in l.pv.additional.iter().enumerate() {
            self.list_entry(
                &format!("lists.pv.additional[{i}]"),
                e.status,
                &e.status_label,
            );
            if let Some(d) = &e.report_date {
                self.iso(d, &format!("lists.pv.additional[{i}].report_date"));
            }
        }
        for (i, e) in l.efficacy.iter().enumerate() {
            self.list_entry(&format!("lists.efficacy[{i}]"), e.status, &e.status_label);
            if let Some(d) = &e.report_date {
                self.iso(d, &format!("lists.efficacy[{i}].report_date"));
            }
        }
        for (i, e) in l.rm.additional.iter().enumerate() {
            self.list_entry(
                &format!("lists.rm.additional[{i}]"),
                e.status,
                &e.status_label,
            );
        }
        let listed = |ids: &[&str], id: &str| ids.contains(&id);
        let pv_list: Vec<&str> = l.pv.additional.iter().map(|e| e.id.as_str()).collect();
        let eff_list: Vec<&str> = l.efficacy.iter().map(|e| e.id.as_str()).collect();
        let rm_list: Vec<&str> = l.rm.additional.iter().map(|e| e.id.as_str()).collect();
        for (i, a) in rmp.pv_plan.additional.iter().enumerate() {
            if !listed(&pv_list, &a.id) {
                self.warn(
                    "list-mismatch",
                    format!("pv_plan.additional[{i}]"),
                    format!("`{}` is not in the list 5.(1)", a.name),
                );
            }
        }
        for (i, a) in rmp.efficacy_studies.iter().enumerate() {
            if !listed(&eff_list, &a.id) {
                self.warn(
                    "list-mismatch",
                    format!("efficacy_studies[{i}]"),
                    format!("`{}` is not in the list 5.(2)", a.name),
                );
            }
        }
        for (i, a) in rmp.rm_plan.additional.iter().enumerate() {
            if !listed(&rm_list, &a.id) {
                self.warn(
                    "list-mismatch",
                    format!("rm_plan.additional[{i}]"),
                    format!("`{}` is not in the list 5.(3)", a.name),
                );
            }
        }
    }

    fn list_entry(&mut self, path: &str, status: ActivityStatus, label: &str) {
        if !label.contains(status.japanese()) {
            self.warn(
                "status-label-mismatch",
                format!("{path}.status_label"),
                format!(
                    "status is {} ({}) but the printed label is `{label}`",
                    status_code(status),
                    status.japanese()
                ),
            );
        }
    }

    /// Both directions: what the summary names and what the full plan has.
    fn summary(&mut self) {
        let rmp = self.rmp;
        let s = &rmp.summary;
        let spec = &rmp.safety_specification;
        let ids = |items: &'a [SafetyConcern]| {
            items
                .iter()
                .map(|c| (c.id.as_str(), c.name.as_str()))
                .collect::<Vec<_>>()
        };
        let pv = rmp
            .pv_plan
            .additional
            .iter()
            .map(|a| (a.id.as_str(), a.name.as_str()))
            .collect();
        let eff = rmp
            .efficacy_studies
            .iter()
            .map(|a| (a.id.as_str(), a.name.as_str()))
            .collect();
        let rm = rmp
            .rm_plan
            .additional
            .iter()
            .map(|a| (a.id.as_str(), a.name.as_str()))
            .collect();
        let sections: [SummarySection<'_>; 7] = [
            (
                "identified_risks",
                &s.identified_risks,
                ids(&spec.identified_risks),
                "important identified risks",
            ),
            (
                "potential_risks",
                &s.potential_risks,
                ids(&spec.potential_risks),
                "important potential risks",
            ),
            (
                "missing_information",
                &s.missing_information,
                ids(&spec.missing_information),
                "important missing information",
            ),
            (
                "efficacy_considerations",
                &s.efficacy_considerations,
                ids(&rmp.efficacy_considerations),
                "efficacy considerations",
            ),
            (
                "pv_additional",
                &s.pv_additional,
                pv,
                "additional pharmacovigilance activities",
            ),
            (
                "efficacy_studies",
                &s.efficacy_studies,
                eff,
                "efficacy studies",
            ),
            (
                "rm_additional",
                &s.rm_additional,
                rm,
                "additional risk-minimisation activities",
            ),
        ];
        let known = |v: &Self, id: &str| {
            v.concerns.contains_key(id)
                || v.pv_ids.contains(id)
                || v.efficacy_ids.contains(id)
                || v.rm_ids.contains(id)
        };
        for (field, items, full, what) in sections {
            for (i, item) in items.iter().enumerate() {
                let path = format!("summary.{field}[{i}]");
                if !known(self, &item.target) {
                    self.error(
                        "dangling-reference",
                        format!("{path}.ref"),
                        format!("nothing in the full plan has the id `{}`", item.target),
                    );
                } else if !full.iter().any(|(id, _)| *id == item.target) {
                    self.warn(
                        "summary-mismatch",
                        path,
                        format!(
                            "the summary lists `{}` under {what}, but the full plan does not",
                            item.name
                        ),
                    );
                }
            }
            for (id, name) in &full {
                if !items.iter().any(|item| item.target == *id) {
                    self.warn(
                        "summary-mismatch",
                        format!("summary.{field}"),
                        format!("the full plan has `{name}` under {what}, but the summary does not list it"),
                    );
                }
            }
        }
    }

    // ----- dates -----

    fn date(&mut self, d: &PrintedDate, path: &str) {
        if let Some(iso) = &d.date {
            self.iso(iso, &format!("{path}.date"));
        }
    }

    /// Checks an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); true when valid.
    fn iso(&mut self, s: &str, path: &str) -> bool {
        if parse_iso(s).is_none() {
            self.error(
                "invalid-date",
                path,
                format!("`{s}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
            );
            return false;
        }
        true
    }
}

/// A summary field, its items, the full plan's (id, name) pairs for it, and what it is called.
type SummarySection<'a> = (&'a str, &'a [SummaryItem], Vec<(&'a str, &'a str)>, &'a str);

/// Path and category of every concern, in document order.
/// Direction controls and zero-width characters.
fn is_hidden(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

fn hidden_name(c: char) -> &'static str {
    match c {
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}' => "a text-direction control",
        _ => "a zero-width character",
    }
}

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

fn status_code(s: ActivityStatus) -> &'static str {
    match s {
        ActivityStatus::Planned => "planned",
        ActivityStatus::Ongoing => "ongoing",
        ActivityStatus::Completed => "completed",
    }
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into (year, month, day); missing parts are 0.
pub fn parse_iso(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts = s.split('-');
    let num = |p: Option<&str>, len: usize| {
        p.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let year = num(parts.next(), 4)?;
    let month = match parts.next() {
        None => return Some((year, 0, 0)),
        Some(m) => num(Some(m), 2).filter(|m| (1..=12).contains(m))?,
    };
    let day = match parts.next() {
        None => return Some((year, month, 0)),
        Some(d) => num(Some(d), 2).filter(|d| *d >= 1 && *d <= days_in_month(year, month))?,
    };
    parts.next().is_none().then_some((year, month, day))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The earliest and latest day a (possibly partial) ISO date can mean, as yyyymmdd.
pub fn date_bounds(s: &str) -> (u32, u32) {
    match parse_iso(s) {
        Some((y, 0, _)) => (y * 10000 + 101, y * 10000 + 1231),
        Some((y, m, 0)) => (
            y * 10000 + m * 100 + 1,
            y * 10000 + m * 100 + days_in_month(y, m),
        ),
        Some((y, m, d)) => {
            let v = y * 10000 + m * 100 + d;
            (v, v)
        }
        None => (0, 0),
    }
}
