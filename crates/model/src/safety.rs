use serde::{Deserialize, Serialize};

use super::{IncidenceTable, Paragraphs};

/// 安全性検討事項 — the safety specification. An empty category means "なし"
/// (none), which the document states explicitly; the field itself is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SafetySpecification {
    /// 重要な特定されたリスク — important identified risks.
    pub identified_risks: Vec<SafetyConcern>,
    /// 重要な潜在的リスク — important potential risks.
    pub potential_risks: Vec<SafetyConcern>,
    /// 重要な不足情報 — important missing information.
    pub missing_information: Vec<SafetyConcern>,
}

/// Which part of the specification a concern belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConcernCategory {
    /// 重要な特定されたリスク
    IdentifiedRisk,
    /// 重要な潜在的リスク
    PotentialRisk,
    /// 重要な不足情報
    MissingInformation,
    /// 有効性に関する検討事項
    Efficacy,
}

/// One safety concern (or efficacy consideration) with everything the plan says of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SafetyConcern {
    /// Stable id (lower-case letters, digits, `-`), used in links (`#risk/<id>`).
    pub id: String,
    /// The name as printed.
    pub name: String,
    /// …とした理由 — why it is a concern.
    pub reason: Paragraphs,
    /// 発現状況 — incidence tables, if the document gives any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub incidence: Vec<IncidenceTable>,
    /// 引用文献 — references cited in the reason or the tables.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// 医薬品安全性監視活動の内容及びその選択理由.
    pub pv: ConcernPv,
    /// リスク最小化活動の内容及びその選択理由.
    pub rm: ConcernRm,
}

/// 引用文献 — one cited reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// The marker as printed ("1)").
    pub marker: String,
    /// The citation.
    pub text: String,
}

/// The pharmacovigilance activities for one concern, with the reasons for choosing them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConcernPv {
    /// 通常の医薬品安全性監視活動 applies.
    pub routine: bool,
    /// 追加の医薬品安全性監視活動 — ids of PV activities.
    pub additional: Vec<String>,
    /// 【選択理由】
    pub reasons: Paragraphs,
}

/// The risk-minimisation activities for one concern, with the reasons for choosing them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConcernRm {
    /// 通常のリスク最小化活動 applies.
    pub routine: bool,
    /// The routine activity as printed (電子添文の「…」に記載する。…).
    pub routine_text: Paragraphs,
    /// 電子添文 sections the routine text names ("8．重要な基本的注意").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub package_insert_sections: Vec<String>,
    /// 追加のリスク最小化活動 — ids of RM activities.
    pub additional: Vec<String>,
    /// 【選択理由】
    pub reasons: Paragraphs,
}
