//! A catalog of many RMPs: one entry per document with what a portal lists
//! and filters by, and the versions of one product recognised as such.

mod shelf;

pub use shelf::{Filter, Hit, HitPlace, Shelf, Sort};

use serde::{Deserialize, Serialize};

use rmp_model::{ActivityStatus, ConcernCategory, Kind, Plan, PvKind, RmKind, Rmp};

/// A date as printed, with its ISO form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dated {
    pub printed: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// A concern as the catalog lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogConcern {
    pub id: String,
    pub name: String,
    pub category: String,
}

/// An activity's plan and kind, written as the model writes them
/// (`"plan": "pv", "kind": "specified_use_results_survey"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "plan", content = "kind", rename_all = "snake_case")]
pub enum ActivityKind {
    Pv(PvKind),
    Rm(RmKind),
}

impl ActivityKind {
    /// The kind and plan, as the labels name them.
    pub fn kind(self) -> (Kind, Plan) {
        match self {
            ActivityKind::Pv(k) => (Kind::Pv(k), Plan::Pv),
            ActivityKind::Rm(k) => (Kind::Rm(k), Plan::Rm),
        }
    }

    /// The template's order: the PV kinds, then the RM kinds.
    pub fn order(self) -> u16 {
        match self {
            ActivityKind::Pv(k) => k as u16,
            ActivityKind::Rm(k) => 100 + k as u16,
        }
    }
}

/// An activity as the catalog lists it: kind and status from the section 5 lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogActivity {
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub kind: ActivityKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ActivityStatus>,
}

/// One document of the catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Unique in the catalog (from the file name).
    pub id: String,
    /// Path relative to the catalog's folder, with `/`.
    pub file: String,
    /// FNV-1a 64 of the file's bytes, to tell a changed file (not a signature).
    pub hash: String,
    pub product_name: String,
    pub brand_names: Vec<String>,
    pub active_ingredient: String,
    pub company: String,
    pub therapeutic_category: String,
    pub submitted: Dated,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_submission: Option<Dated>,
    pub concerns: Vec<CatalogConcern>,
    pub activities: Vec<CatalogActivity>,
    pub warnings: usize,
    /// An import draft, not the published RMP.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
    /// Not a published RMP: reconstructed from another (see `Rmp::reconstructed`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reconstructed: bool,
    /// The product this is a version of: the same for every version.
    pub product: String,
}

/// The versions of one product, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Product {
    pub product: String,
    pub versions: Vec<String>,
}

/// A file that could not be indexed, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub file: String,
    pub message: String,
}

/// The catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub documents: Vec<Entry>,
    pub products: Vec<Product>,
    pub problems: Vec<Problem>,
}

/// FNV-1a, 64 bits, as hex.
pub fn hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{h:016x}")
}

/// A category's name in the catalog (`identified_risk`).
pub fn category(c: ConcernCategory) -> &'static str {
    match c {
        ConcernCategory::IdentifiedRisk => "identified_risk",
        ConcernCategory::PotentialRisk => "potential_risk",
        ConcernCategory::MissingInformation => "missing_information",
        ConcernCategory::Efficacy => "efficacy",
    }
}

/// What names one product across its versions: its company and the brand
/// names of the products it covers, sorted.
fn product_key(rmp: &Rmp) -> String {
    let mut names: Vec<String> = if rmp.overview.products.is_empty() {
        rmp.summary.brand_names.clone()
    } else {
        rmp.overview
            .products
            .iter()
            .map(|p| p.brand_name.clone())
            .collect()
    };
    names
        .iter_mut()
        .for_each(|n| n.retain(|c| !c.is_whitespace()));
    names.sort();
    names.dedup();
    if names.is_empty() {
        names.push(rmp.document.product_name.clone());
    }
    format!("{}|{}", rmp.document.company, names.join("/"))
}

/// The catalog entry of one document.
pub fn entry(rmp: &Rmp, file: &str, bytes: &[u8], warnings: usize) -> Entry {
    let d = &rmp.document;
    let mut activities: Vec<CatalogActivity> = Vec::new();
    let lists = &rmp.lists;
    let pv = lists
        .pv
        .additional
        .iter()
        .chain(&lists.efficacy)
        .map(|e| (&e.id, &e.name, ActivityKind::Pv(e.kind), e.status));
    let rm = lists
        .rm
        .additional
        .iter()
        .map(|e| (&e.id, &e.name, ActivityKind::Rm(e.kind), e.status));
    for (id, name, kind, status) in pv.chain(rm) {
        activities.push(CatalogActivity {
            id: id.clone(),
            name: name.clone(),
            kind,
            status: Some(status),
        });
    }
    for (id, name, kind) in rmp
        .pv_plan
        .additional
        .iter()
        .chain(&rmp.efficacy_studies)
        .map(|a| (&a.id, &a.name, ActivityKind::Pv(a.kind)))
        .chain(
            rmp.rm_plan
                .additional
                .iter()
                .map(|a| (&a.id, &a.name, ActivityKind::Rm(a.kind))),
        )
    {
        if !activities.iter().any(|a| a.id == *id) {
            activities.push(CatalogActivity {
                id: id.clone(),
                name: name.clone(),
                kind,
                status: None,
            });
        }
    }
    Entry {
        id: String::new(),
        file: file.to_string(),
        hash: hash(bytes),
        product_name: d.product_name.clone(),
        brand_names: rmp.summary.brand_names.clone(),
        active_ingredient: d.active_ingredient.clone(),
        company: d.company.clone(),
        therapeutic_category: d.therapeutic_category.clone(),
        submitted: Dated {
            printed: d.submitted.printed.clone(),
            date: d.submitted.date.clone(),
        },
        previous_submission: rmp.change_history.first().map(|c| Dated {
            printed: c.previous_submission.printed.clone(),
            date: c.previous_submission.date.clone(),
        }),
        concerns: rmp
            .concerns()
            .map(|(c, x)| CatalogConcern {
                id: x.id.clone(),
                name: x.name.clone(),
                category: category(c).into(),
            })
            .collect(),
        activities,
        warnings,
        draft: rmp.import_draft.is_some(),
        reconstructed: rmp.reconstructed.is_some(),
        product: product_key(rmp),
    }
}

/// A file name as an id: `rmp/lunsumio-2026-02-25.json` → `lunsumio-2026-02-25`.
fn id_of(file: &str) -> String {
    let stem = file.rsplit('/').next().unwrap_or(file);
    let stem = stem.strip_suffix(".json").unwrap_or(stem);
    let id: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let id = id.trim_matches('-').to_string();
    if id.is_empty() {
        "rmp".into()
    } else {
        id
    }
}

/// The catalog of entries and problems: unique ids, entries by product and
/// date, and the products with more than one version.
pub fn catalog(mut documents: Vec<Entry>, problems: Vec<Problem>) -> Catalog {
    documents.sort_by(|a, b| {
        (&a.product, &a.submitted.date, &a.file).cmp(&(&b.product, &b.submitted.date, &b.file))
    });
    let mut used = std::collections::HashSet::new();
    for e in &mut documents {
        let base = id_of(&e.file);
        let mut id = base.clone();
        let mut n = 2;
        while !used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        e.id = id;
    }
    let mut products: Vec<Product> = Vec::new();
    for e in &documents {
        match products.iter_mut().find(|p| p.product == e.product) {
            Some(p) => p.versions.push(e.id.clone()),
            None => products.push(Product {
                product: e.product.clone(),
                versions: vec![e.id.clone()],
            }),
        }
    }
    Catalog {
        documents,
        products,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_file_names_and_stay_unique() {
        assert_eq!(id_of("a/Lunsumio 2026.json"), "lunsumio-2026");
        assert_eq!(id_of("ルンスミオ.json"), "rmp");
        assert_eq!(hash(b""), "fnv1a64:cbf29ce484222325");
    }
}
