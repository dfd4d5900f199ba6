use serde::{Deserialize, Serialize};

/// The header of the document: what it is about and who submitted it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DocumentInfo {
    /// The document title as printed (医薬品リスク管理計画書).
    pub title: String,
    /// The product name the plan is about (e.g. ルンスミオ).
    pub product_name: String,
    /// Which forms the document contains (別紙様式1 / 別紙様式2).
    pub forms: Vec<Form>,
    /// 提出年月 — submission date.
    pub submitted: PrintedDate,
    /// 製造販売業者 / 会社名 — marketing authorisation holder.
    pub company: String,
    /// 薬効分類 — therapeutic category code (e.g. 87429).
    pub therapeutic_category: String,
    /// 有効成分 — active ingredient.
    pub active_ingredient: String,
}

/// 別紙様式 — the notification's forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// 別紙様式1 — the full plan.
    FullPlan,
    /// 別紙様式2 — the one-page summary.
    Summary,
}

/// A date as the document prints it, with its ISO form where it names one.
///
/// `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `printed` is the text as
/// printed (令和8年3月23日, 2024 年 12 月 27 日).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PrintedDate {
    /// ISO 8601 date, possibly partial (`2025-11`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The date as printed.
    pub printed: String,
}

/// A label and its text, as the document pairs them (`評価の予定時期：安全性定期報告書提出時`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LabeledText {
    /// The label, without the colon.
    pub label: String,
    /// The text after the label.
    pub text: String,
}

/// Paragraphs of text as printed; a paragraph that starts with `・` is a bullet item.
pub type Paragraphs = Vec<String>;

/// 再構成 — how a document that is not a published RMP was made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reconstruction {
    /// What it was made from (令和8年3月23日提出の RMP の変更の履歴).
    pub from: String,
    /// How, in a sentence or two.
    pub how: String,
}
