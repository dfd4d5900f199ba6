//! The section 5 lists against the outline, their status labels, and the
//! summary (別紙様式2) against the full plan in both directions.

use std::collections::HashSet;

use super::*;

impl<'a> Validator<'a> {
    pub(super) fn lists(&mut self) {
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
        let lists: [HashSet<&str>; 3] = [
            l.pv.additional.iter().map(|e| e.id.as_str()).collect(),
            l.efficacy.iter().map(|e| e.id.as_str()).collect(),
            l.rm.additional.iter().map(|e| e.id.as_str()).collect(),
        ];
        for ((field, activities), (list, number)) in outline(rmp)
            .into_iter()
            .zip(lists.iter().zip(["5.(1)", "5.(2)", "5.(3)"]))
        {
            for (i, (id, name)) in activities.into_iter().enumerate() {
                if !list.contains(id) {
                    self.warn(
                        Code::ListMismatch,
                        format!("{field}[{i}]"),
                        format!("`{name}` is not in the list {number}"),
                    );
                }
            }
        }
    }

    pub(super) fn list_entry(&mut self, path: &str, status: ActivityStatus, label: &str) {
        if !label.contains(status.japanese()) {
            self.warn(
                Code::StatusLabelMismatch,
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
    pub(super) fn summary(&mut self) {
        let rmp = self.rmp;
        let s = &rmp.summary;
        let spec = &rmp.safety_specification;
        let ids = |items: &'a [SafetyConcern]| {
            items
                .iter()
                .map(|c| (c.id.as_str(), c.name.as_str()))
                .collect::<Vec<_>>()
        };
        let [(_, pv), (_, eff), (_, rm)] = outline(rmp);
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
                        Code::DanglingReference,
                        format!("{path}.ref"),
                        format!("nothing in the full plan has the id `{}`", item.target),
                    );
                } else if !full.iter().any(|(id, _)| *id == item.target) {
                    self.warn(
                        Code::SummaryMismatch,
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
                        Code::SummaryMismatch,
                        format!("summary.{field}"),
                        format!("the full plan has `{name}` under {what}, but the summary does not list it"),
                    );
                }
            }
        }
    }
}

/// The additional activities of sections 2, 3 and 4 as (id, name), each
/// list with its path.
fn outline(rmp: &Rmp) -> [(&'static str, Vec<(&str, &str)>); 3] {
    [
        ("pv_plan.additional", pv_names(&rmp.pv_plan.additional)),
        ("efficacy_studies", pv_names(&rmp.efficacy_studies)),
        (
            "rm_plan.additional",
            rmp.rm_plan
                .additional
                .iter()
                .map(|a| (a.id.as_str(), a.name.as_str()))
                .collect(),
        ),
    ]
}

fn pv_names(items: &[PvActivity]) -> Vec<(&str, &str)> {
    items
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect()
}

/// A summary field, its items, the full plan's (id, name) pairs for it, and what it is called.
type SummarySection<'a> = (&'a str, &'a [SummaryItem], Vec<(&'a str, &'a str)>, &'a str);

fn status_code(s: ActivityStatus) -> &'static str {
    match s {
        ActivityStatus::Planned => "planned",
        ActivityStatus::Ongoing => "ongoing",
        ActivityStatus::Completed => "completed",
    }
}
