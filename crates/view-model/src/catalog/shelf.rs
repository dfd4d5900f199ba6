//! The catalog as a reader uses it: read from its file, filtered as the
//! reader types, sorted by date, searched across every document's concerns
//! and activities, and the previous version of a document found.

use rmp_model::{text_of, ActivityStatus, Code, Diagnostic};

use super::{ActivityKind, Catalog, Entry};
use crate::folding::key;

/// The indices of the texts that hold `needle`.
fn holding<'a>(texts: &'a [String], needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    texts
        .iter()
        .enumerate()
        .filter(move |(_, t)| t.contains(needle))
        .map(|(i, _)| i)
}

/// The order of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Latest submission first.
    #[default]
    NewestFirst,
    OldestFirst,
}

/// What the reader filters by; empty fields do not filter.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// Product, brand, ingredient, company or therapeutic category.
    pub text: String,
    /// A concern's name.
    pub concern: String,
    /// A concern's category (`identified_risk` …), with `concern` if both are given.
    pub category: Option<String>,
    /// An activity's kind …
    pub kind: Option<ActivityKind>,
    /// … and its status: one activity with both ("every ongoing 特定使用成績調査").
    pub status: Option<ActivityStatus>,
    pub sort: Sort,
}

/// Where a search hit is in its document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HitPlace {
    /// The product, brand, ingredient or company.
    Product,
    /// A concern (index into the entry's concerns).
    Concern(usize),
    /// An activity (index into the entry's activities).
    Activity(usize),
}

/// A search hit: which document (index into the catalog's documents) and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub doc: usize,
    pub place: HitPlace,
}

/// Each document's texts, as matched.
#[derive(Debug, Clone, Default)]
struct Keys {
    product: String,
    concerns: Vec<String>,
    activities: Vec<String>,
}

/// A catalog ready to filter and search.
#[derive(Debug, Clone)]
pub struct Shelf {
    pub catalog: Catalog,
    keys: Vec<Keys>,
}

impl Shelf {
    /// Indexes a catalog once: every keystroke afterwards only compares.
    pub fn new(catalog: Catalog) -> Shelf {
        let keys = catalog
            .documents
            .iter()
            .map(|e| Keys {
                product: key(&format!(
                    "{}\n{}\n{}\n{}\n{}",
                    e.product_name,
                    e.brand_names.join("\n"),
                    e.active_ingredient,
                    e.company,
                    e.therapeutic_category
                )),
                concerns: e.concerns.iter().map(|c| key(&c.name)).collect(),
                activities: e.activities.iter().map(|a| key(&a.name)).collect(),
            })
            .collect();
        Shelf { catalog, keys }
    }

    /// Reads a catalog file (what `rmp catalog` writes).
    pub fn read(bytes: &[u8]) -> Result<Shelf, Diagnostic> {
        let text = text_of(bytes)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        serde_json::from_str::<Catalog>(text)
            .map(Shelf::new)
            .map_err(|e| {
                Diagnostic::error(
                    Code::NotCatalog,
                    ".",
                    format!("this is not a catalog of RMPs (as `rmp catalog` writes): {e}"),
                )
                .at(e.line(), e.column())
            })
    }

    /// The documents that pass the filter, as indices, in the filter's order.
    pub fn filter(&self, f: &Filter) -> Vec<usize> {
        let text = key(&f.text);
        let concern = key(&f.concern);
        let docs = &self.catalog.documents;
        let mut found: Vec<usize> = docs
            .iter()
            .zip(&self.keys)
            .enumerate()
            .filter(|(_, (e, k))| {
                k.product.contains(&text)
                    && (concern.is_empty() && f.category.is_none()
                        || e.concerns.iter().zip(&k.concerns).any(|(c, name)| {
                            name.contains(&concern)
                                && f.category.as_ref().is_none_or(|x| *x == c.category)
                        }))
                    && (f.kind.is_none() && f.status.is_none()
                        || e.activities.iter().any(|a| {
                            f.kind.is_none_or(|k| k == a.kind)
                                && f.status.is_none_or(|s| a.status == Some(s))
                        }))
            })
            .map(|(i, _)| i)
            .collect();
        let date = |i: &usize| docs.get(*i).and_then(|e| e.submitted.date.as_deref());
        let name = |i: &usize| docs.get(*i).map(|e| e.product_name.as_str());
        found.sort_by(|a, b| {
            let by_date = match f.sort {
                Sort::NewestFirst => date(b).cmp(&date(a)),
                Sort::OldestFirst => date(a).cmp(&date(b)),
            };
            by_date.then_with(|| name(a).cmp(&name(b)))
        });
        found
    }

    /// Every place in every document where the query appears (a product,
    /// a concern, an activity), newest documents first; at most `limit`
    /// hits, and how many there are in all.
    pub fn search(&self, query: &str, limit: usize) -> (Vec<Hit>, usize) {
        let needle = key(query);
        if needle.is_empty() {
            return (Vec::new(), 0);
        }
        let order = self.filter(&Filter::default());
        let mut hits = Vec::new();
        let mut total = 0;
        for doc in order {
            let Some(k) = self.keys.get(doc) else {
                continue;
            };
            let places = k
                .product
                .contains(&needle)
                .then_some(HitPlace::Product)
                .into_iter()
                .chain(holding(&k.concerns, &needle).map(HitPlace::Concern))
                .chain(holding(&k.activities, &needle).map(HitPlace::Activity));
            for place in places {
                total += 1;
                if hits.len() < limit {
                    hits.push(Hit { doc, place });
                }
            }
        }
        (hits, total)
    }

    /// The document of that id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.catalog.documents.iter().find(|e| e.id == id)
    }

    /// The ids of every version of the product `id` is a version of, oldest first.
    fn versions(&self, id: &str) -> Option<&[String]> {
        let product = &self.get(id)?.product;
        self.catalog
            .products
            .iter()
            .find(|p| p.product == *product)
            .map(|p| p.versions.as_slice())
    }

    /// The version of the same product before this one, if the catalog has it.
    pub fn previous(&self, id: &str) -> Option<&Entry> {
        let versions = self.versions(id)?;
        let at = versions.iter().position(|v| v == id)?;
        self.get(versions.get(at.checked_sub(1)?)?)
    }

    /// The newest version of the same product, where the catalog has one
    /// newer than this: what a reader of an older version must be told of.
    pub fn newest(&self, id: &str) -> Option<&Entry> {
        let last = self.versions(id)?.last()?;
        (last != id).then(|| self.get(last)).flatten()
    }

    /// The activity kinds that occur in the catalog, in the template's order.
    pub fn kinds(&self) -> Vec<ActivityKind> {
        let mut kinds: Vec<ActivityKind> = Vec::new();
        for a in self.catalog.documents.iter().flat_map(|e| &e.activities) {
            if !kinds.contains(&a.kind) {
                kinds.push(a.kind);
            }
        }
        kinds.sort_by_key(|k| k.order());
        kinds
    }
}
