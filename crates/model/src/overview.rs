use serde::{Deserialize, Serialize};

use super::{Paragraphs, PrintedDate};

/// 品目の概要 — the product overview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProductOverview {
    /// 販売名 — each product (strength or formulation) the plan covers.
    pub products: Vec<Product>,
    /// 再審査期間 — re-examination period, as printed (e.g. "8 年").
    pub reexamination_period: String,
    /// 国際誕生日 — international birth date.
    pub international_birth_date: PrintedDate,
    /// 用法及び用量 — dosage and administration, per group of products.
    pub dosage_and_administration: Vec<ProductGroupText>,
    /// 効能又は効果 — indications, per group of products.
    pub indications: Vec<ProductGroupText>,
    /// 承認条件 — conditions of approval.
    pub conditions_of_approval: Paragraphs,
    /// 備考 — remarks.
    pub remarks: Paragraphs,
}

/// 販売名 — one product with its own approval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// Stable id, referenced by product groups.
    pub id: String,
    /// The number the document gives it ("1", "2", …).
    pub number: String,
    /// 販売名 — brand name.
    pub brand_name: String,
    /// 含量及び剤形 — strength and dosage form.
    pub strength_and_form: String,
    /// 承認年月日 — approval date.
    pub approval_date: PrintedDate,
    /// 承認番号 — approval number.
    pub approval_number: String,
}

/// Text that applies to a group of products (e.g. "1, 2" or "3, 4"),
/// possibly split per indication.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProductGroupText {
    /// Ids of the products this text applies to.
    pub products: Vec<String>,
    /// How the document names the group ("1, 2").
    pub label: String,
    /// One block per indication, or a single block without heading.
    pub blocks: Vec<TextBlock>,
}

/// A block of paragraphs with an optional heading (〈再発又は難治性の濾胞性リンパ腫（Grade1～3A）〉).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TextBlock {
    /// The heading as printed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// The paragraphs.
    pub paragraphs: Paragraphs,
}

/// 変更の履歴 — one entry of the change history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangeRecord {
    /// 前回提出日 — previous submission date.
    pub previous_submission: PrintedDate,
    /// 変更内容の概要 — what changed.
    pub changes: Vec<Change>,
    /// 変更理由 — reason for the change.
    pub reason: String,
}

/// One change: what was done and which sections it touched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The description as printed.
    pub description: String,
    /// The sections changed.
    pub sections: Vec<ChangedSection>,
}

/// A section named in a change, with an optional detail line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangedSection {
    /// The section as printed ("1.1 安全性検討事項").
    pub section: String,
    /// What changed in it, if the document says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
