//! The RMP model: pure Rust types for a Japanese Risk Management Plan
//! (医薬品リスク管理計画書), with parsing and validation. No web types.
// Data from a file must never panic the viewer: no unwrap, expect, panic or unchecked indexing here.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod activity;
mod date;
mod diagnostic;
mod document;
mod draft;
mod incidence;
mod limits;
mod link;
mod lists;
mod locate;
mod overview;
mod parse;
mod plan;
mod safety;
mod summary;
mod validate;

pub use activity::*;
pub use date::{date_bounds, days_in_month, iso_day, parse_iso};
pub use diagnostic::{Code, Diagnostic, Position, Severity};
pub use document::*;
pub use draft::{ImportDraft, ReviewItem, ValueSource};
pub use incidence::*;
pub use limits::{MAX_ACTIVITIES, MAX_CELLS, MAX_CONCERNS, MAX_MATRIX_CELLS};
pub use link::safe_link;
pub use lists::*;
pub use overview::*;
pub use parse::{
    parse, parse_bytes, text_of, too_large, too_large_stopped, MAX_DEPTH, MAX_INPUT_BYTES,
};
pub use plan::{Kind, Plan};
pub use safety::*;
pub use summary::*;
pub use validate::validate;

use serde::{Deserialize, Serialize};

/// The JSON Schema (2020-12) of the model, generated from the types.
#[cfg(feature = "schema")]
pub fn schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Rmp);
    serde_json::to_value(schema).unwrap_or_default()
}

/// The version of the JSON format this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// 医薬品リスク管理計画書 — one RMP: the full plan (別紙様式1) and its summary (別紙様式2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rmp {
    /// Version of this JSON format; must be 1.
    pub format_version: u32,
    /// The document header: product, company, submission date.
    pub document: DocumentInfo,
    /// 医薬品リスク管理計画書（RMP）の概要 (別紙様式2), the one-page summary.
    pub summary: Summary,
    /// 品目の概要 — product overview.
    pub overview: ProductOverview,
    /// 変更の履歴 — change history, newest first.
    pub change_history: Vec<ChangeRecord>,
    /// 1.(1) 安全性検討事項 — safety specification.
    pub safety_specification: SafetySpecification,
    /// 1.(2) 有効性に関する検討事項 — efficacy considerations; empty means "なし".
    pub efficacy_considerations: Vec<SafetyConcern>,
    /// 2. 医薬品安全性監視計画の概要 — pharmacovigilance plan.
    pub pv_plan: PvPlan,
    /// 3. 有効性に関する調査・試験の計画の概要 — efficacy studies; empty means "なし".
    pub efficacy_studies: Vec<PvActivity>,
    /// 4. リスク最小化計画の概要 — risk minimisation plan.
    pub rm_plan: RmPlan,
    /// 5. 医薬品安全性監視計画，有効性に関する調査・試験の計画及びリスク最小化計画の一覧.
    pub lists: ActivityLists,
    /// Present while the document is an import draft (取り込み下書き).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_draft: Option<ImportDraft>,
    /// 再構成: where the document is not a published RMP but was made from
    /// another one's words (an earlier version rebuilt from a later one's
    /// change history), what it was made from and how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconstructed: Option<Reconstruction>,
}

impl Rmp {
    /// Every safety concern with its category, in document order.
    pub fn concerns(&self) -> impl Iterator<Item = (ConcernCategory, &SafetyConcern)> {
        let s = &self.safety_specification;
        s.identified_risks
            .iter()
            .map(|c| (ConcernCategory::IdentifiedRisk, c))
            .chain(
                s.potential_risks
                    .iter()
                    .map(|c| (ConcernCategory::PotentialRisk, c)),
            )
            .chain(
                s.missing_information
                    .iter()
                    .map(|c| (ConcernCategory::MissingInformation, c)),
            )
            .chain(
                self.efficacy_considerations
                    .iter()
                    .map(|c| (ConcernCategory::Efficacy, c)),
            )
    }

    /// How many incidence cells (n (x.x%)) the whole document prints.
    pub fn cell_count(&self) -> usize {
        self.concerns()
            .flat_map(|(_, c)| &c.incidence)
            .flat_map(|t| &t.events)
            .flat_map(|e| &e.grades)
            .map(|g| g.cells.len())
            .sum()
    }

    /// The concern with this id, in any category.
    pub fn concern(&self, id: &str) -> Option<&SafetyConcern> {
        self.concerns().map(|(_, c)| c).find(|c| c.id == id)
    }
}
