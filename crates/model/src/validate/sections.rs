//! The sections: the product overview, each concern with its references and
//! tables, each additional activity with its concerns, periods and material.

use std::collections::{HashMap, HashSet};

use super::*;

impl Validator<'_> {
    pub(super) fn overview(&mut self) {
        let o = &self.rmp.overview;
        let mut products: HashMap<&str, usize> = HashMap::new();
        for (i, p) in o.products.iter().enumerate() {
            let path = format!("overview.products[{i}]");
            self.id(&p.id, &format!("{path}.id"));
            if let Some(first) = products.insert(&p.id, i) {
                self.error(
                    Code::DuplicateId,
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
                            Code::DanglingReference,
                            format!("overview.{field}[{i}].products[{j}]"),
                            format!("no product has the id `{id}`"),
                        );
                    }
                }
            }
        }
    }

    pub(super) fn concern(&mut self, c: &SafetyConcern, path: &str) {
        self.hidden_characters(&c.name, &format!("{path}.name"));
        for (i, id) in c.pv.additional.iter().enumerate() {
            if !self.pv_ids.contains(id.as_str()) && !self.efficacy_ids.contains(id.as_str()) {
                self.error(
                    Code::DanglingReference,
                    format!("{path}.pv.additional[{i}]"),
                    format!("no pharmacovigilance activity has the id `{id}`"),
                );
            }
        }
        for (i, id) in c.rm.additional.iter().enumerate() {
            if !self.rm_ids.contains(id.as_str()) {
                self.error(
                    Code::DanglingReference,
                    format!("{path}.rm.additional[{i}]"),
                    format!("no risk-minimisation activity has the id `{id}`"),
                );
            }
        }
        let mut tables = HashSet::new();
        for (i, t) in c.incidence.iter().enumerate() {
            let tpath = format!("{path}.incidence[{i}]");
            self.sibling_id(&mut tables, &t.id, &tpath, "table of this concern");
            self.table(t, &tpath);
        }
    }

    pub(super) fn pv_activity(&mut self, a: &PvActivity, path: &str) {
        self.hidden_characters(&a.name, &format!("{path}.name"));
        for (i, id) in a.safety_concerns.iter().enumerate() {
            self.concern_ref(id, format!("{path}.safety_concerns[{i}]"));
        }
        self.periods(&a.plan.periods, &format!("{path}.plan.periods"));
    }

    pub(super) fn rm_activity(&mut self, a: &RmActivity, path: &str) {
        self.hidden_characters(&a.name, &format!("{path}.name"));
        for (i, id) in a.safety_concerns.iter().enumerate() {
            self.concern_ref(id, format!("{path}.safety_concerns[{i}]"));
        }
        self.periods(&a.periods, &format!("{path}.periods"));
        if let Some(url) = a.url.as_deref().filter(|u| safe_link(u).is_none()) {
            self.warn(
                Code::UnsafeLink,
                format!("{path}.url"),
                format!("`{url}` is not an https:, http: or relative address; it is shown as text, not as a link"),
            );
        }
    }

    pub(super) fn periods(&mut self, periods: &[Period], path: &str) {
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
                        Code::DateOrder,
                        format!("{ppath}.end"),
                        format!("{}: ends ({e}) before it starts ({s})", p.label),
                    );
                }
            }
        }
    }
}
