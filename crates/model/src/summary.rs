use serde::{Deserialize, Serialize};

/// 医薬品リスク管理計画書（RMP）の概要 (別紙様式2) — the one-page summary.
///
/// Header fields shared with the full plan (company, date, ingredient) live
/// in [`super::DocumentInfo`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// The title as printed.
    pub title: String,
    /// 販売名 — brand names as the summary prints them.
    pub brand_names: Vec<String>,
    /// 【重要な特定されたリスク】
    pub identified_risks: Vec<SummaryItem>,
    /// 【重要な潜在的リスク】; empty means "なし".
    pub potential_risks: Vec<SummaryItem>,
    /// 【重要な不足情報】; empty means "なし".
    pub missing_information: Vec<SummaryItem>,
    /// 1.2. 有効性に関する検討事項; empty means "なし".
    pub efficacy_considerations: Vec<SummaryItem>,
    /// 2. 追加の医薬品安全性監視活動.
    pub pv_additional: Vec<SummaryItem>,
    /// 3. 有効性に関する調査・試験; empty means "なし".
    pub efficacy_studies: Vec<SummaryItem>,
    /// 4. 追加のリスク最小化活動.
    pub rm_additional: Vec<SummaryItem>,
    /// The closing note (各項目の内容は RMP の本文でご確認下さい。).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A name in the summary, linked to its section of the full plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SummaryItem {
    /// The name as the summary prints it.
    pub name: String,
    /// Id of the concern or activity in the full plan.
    #[serde(rename = "ref")]
    pub target: String,
}
