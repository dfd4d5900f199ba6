//! Identifiers: their form, one namespace for concerns and activities, the
//! section 5 entries that share an id only with their own activity, and
//! references to concerns.

use std::collections::{HashMap, HashSet};

use super::*;

impl<'a> Validator<'a> {
    pub(super) fn id(&mut self, id: &str, path: &str) {
        let ok = id.len() <= 64
            && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c));
        if !ok {
            self.error(
                Code::InvalidId,
                path,
                format!("id `{id}` must be 1–64 lower-case letters, digits, `-`, `_` or `.`, starting with a letter or digit"),
            );
        }
    }

    pub(super) fn collect_ids(&mut self) {
        let rmp = self.rmp;
        // Concerns and outline activities share one namespace.
        let mut seen: HashMap<&'a str, String> = HashMap::new();
        let mut unique = |v: &mut Self, id: &'a str, path: String| {
            v.id(id, &path);
            if let Some(first) = seen.get(id) {
                v.error(
                    Code::DuplicateId,
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
            .map(|(i, e)| (&e.id, format!("lists.pv.additional[{i}].id"), Plan::Pv))
            .chain(
                lists
                    .efficacy
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (&e.id, format!("lists.efficacy[{i}].id"), Plan::Efficacy)),
            )
            .chain(
                lists
                    .rm
                    .additional
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (&e.id, format!("lists.rm.additional[{i}].id"), Plan::Rm)),
            )
            .collect::<Vec<_>>();
        for (id, path, plan) in entries {
            self.id(id, &path);
            if let Some(first) = list_seen.get(id.as_str()) {
                self.error(
                    Code::DuplicateId,
                    path,
                    format!("id `{id}` is already used at {first}"),
                );
                continue;
            }
            list_seen.insert(id, path.clone());
            let own = self.ids_of(plan).contains(id.as_str());
            if !own && (outline(self, id) || self.concerns.contains_key(id.as_str())) {
                let first = seen.get(id.as_str()).cloned().unwrap_or_default();
                self.error(
                    Code::DuplicateId,
                    path,
                    format!("id `{id}` names something else at {first}; a list entry shares its id only with its own activity"),
                );
                continue;
            }
            match plan {
                Plan::Pv => &mut self.pv_ids,
                Plan::Efficacy => &mut self.efficacy_ids,
                Plan::Rm => &mut self.rm_ids,
            }
            .insert(id);
        }
    }

    /// The id of the value at `path`, which must be unique among its
    /// siblings (`what`: "table of this concern").
    pub(super) fn sibling_id<'b>(
        &mut self,
        seen: &mut HashSet<&'b str>,
        id: &'b str,
        path: &str,
        what: &str,
    ) {
        let path = format!("{path}.id");
        self.id(id, &path);
        if !seen.insert(id) {
            self.error(
                Code::DuplicateId,
                path,
                format!("another {what} has the id `{id}`"),
            );
        }
    }

    /// The activity ids of a plan.
    fn ids_of(&self, plan: Plan) -> &HashSet<&'a str> {
        match plan {
            Plan::Pv => &self.pv_ids,
            Plan::Efficacy => &self.efficacy_ids,
            Plan::Rm => &self.rm_ids,
        }
    }

    pub(super) fn concern_ref(&mut self, id: &str, path: String) {
        if !self.concerns.contains_key(id) {
            self.error(
                Code::DanglingReference,
                path,
                format!("no safety concern has the id `{id}`"),
            );
        }
    }
}
