use serde::{Deserialize, Serialize};

use super::{LabeledText, Paragraphs};

/// 医薬品安全性監視計画 — the pharmacovigilance plan (section 2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PvPlan {
    /// 通常の医薬品安全性監視活動の概要 — routine activities.
    pub routine: Paragraphs,
    /// 追加の医薬品安全性監視活動 — additional activities.
    pub additional: Vec<PvActivity>,
}

/// An additional pharmacovigilance activity, or an efficacy study (same shape).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PvActivity {
    /// Stable id; the section 5 list entry of the activity has the same id.
    pub id: String,
    /// What kind of activity.
    pub kind: PvKind,
    /// The study code, if any (LUN2501).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The name as printed.
    pub name: String,
    /// 【安全性検討事項】 — ids of the concerns it addresses.
    pub safety_concerns: Vec<String>,
    /// 【目的】
    pub objective: Paragraphs,
    /// 【実施方法】
    pub method: Paragraphs,
    /// 【実施計画】 / 【実施期間】
    pub plan: SurveyPlan,
    /// 【実施計画の根拠】 — labelled parts (症例数設定根拠, 観察期間設定根拠).
    pub rationale: Vec<LabeledParagraphs>,
    /// 【節目となる予定の時期及びその根拠】 / 【評価及び報告の予定時期】
    pub milestones: Vec<LabeledText>,
    /// 【当該医薬品安全性監視活動の結果に基づいて実施される可能性のある追加の措置及びその開始の決定基準】
    pub follow_up: Paragraphs,
}

/// Kinds of pharmacovigilance activity and efficacy study.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PvKind {
    /// 市販直後調査 — early post-marketing phase vigilance.
    Eppv,
    /// 使用成績調査 — use-results survey.
    UseResultsSurvey,
    /// 特定使用成績調査 — specified use-results survey.
    SpecifiedUseResultsSurvey,
    /// 一般使用成績調査 — general use-results survey.
    GeneralUseResultsSurvey,
    /// 製造販売後データベース調査 — post-marketing database study.
    DatabaseStudy,
    /// 製造販売後臨床試験 — post-marketing clinical trial.
    PostMarketingClinicalTrial,
    /// その他 — other.
    Other,
}

/// 【実施計画】 — target cases, periods and notes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SurveyPlan {
    /// 予定症例数 — the target number of cases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_cases: Option<TargetCases>,
    /// 調査期間, 登録期間, 観察期間, 実施期間 …
    pub periods: Vec<Period>,
    /// Further sentences of the plan (なお，…).
    pub notes: Paragraphs,
}

/// 予定症例数 / 目標症例数 — a number of cases, as printed and as a count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TargetCases {
    /// The label as printed (予定症例数).
    pub label: String,
    /// The value as printed (登録症例数として 120 例).
    pub printed: String,
    /// The number of cases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
}

/// A period of an activity, with its dates where the document gives them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// What the period is.
    pub kind: PeriodKind,
    /// The label as printed (調査期間).
    pub label: String,
    /// The period as printed (2025 年 4 月～2027 年 5 月 31 日（予定）).
    pub printed: String,
    /// Start, ISO (possibly partial: 2025-04).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// End, ISO (possibly partial).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// （予定） — the dates are planned.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub planned: bool,
}

/// Kinds of period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// 調査期間 — survey period.
    Survey,
    /// 登録期間 — registration period.
    Registration,
    /// 観察期間 — observation period (per patient).
    Observation,
    /// 実施期間 — implementation period.
    Implementation,
    /// その他 — other.
    Other,
}

/// Paragraphs under a label (症例数設定根拠：…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LabeledParagraphs {
    /// The label, without the colon.
    pub label: String,
    /// The paragraphs.
    pub paragraphs: Paragraphs,
}

/// リスク最小化計画 — the risk minimisation plan (section 4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RmPlan {
    /// 通常のリスク最小化活動の概要 — routine activities.
    pub routine: Paragraphs,
    /// 追加のリスク最小化活動 — additional activities.
    pub additional: Vec<RmActivity>,
}

/// An additional risk-minimisation activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RmActivity {
    /// Stable id; the section 5 list entry of the activity has the same id.
    pub id: String,
    /// What kind of activity.
    pub kind: RmKind,
    /// The name as printed.
    pub name: String,
    /// 【安全性検討事項】 — ids of the concerns it addresses.
    pub safety_concerns: Vec<String>,
    /// 【目的】
    pub objective: Paragraphs,
    /// 【具体的な方法】
    pub method: Paragraphs,
    /// 使用条件の設定: the requirements, explanation and distribution control.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<ConditionsOfUse>,
    /// 【実施期間】
    pub periods: Vec<Period>,
    /// 【節目となる予定の時期…】 / 【評価及び報告の予定時期】
    pub milestones: Vec<LabeledText>,
    /// 実施した結果に基づき採択される可能性がある更なる措置.
    pub further_measures: Paragraphs,
    /// 資材の掲載先 — where the material can be read (`https:`, `http:` or a
    /// relative address; anything else is shown as text, not as a link).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Kinds of risk-minimisation activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RmKind {
    /// 市販直後調査による情報提供 — EPPV information provision.
    EppvInformation,
    /// 医療従事者向け資材の作成及び提供 — material for healthcare professionals.
    HcpMaterial,
    /// 患者向け資材の作成及び提供 — material for patients.
    PatientMaterial,
    /// 使用条件の設定 — conditions of use.
    ConditionsOfUse,
    /// 流通管理 — distribution control.
    DistributionControl,
    /// その他 — other.
    Other,
}

/// 使用条件の設定 — conditions of use, as the plan lays them down.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConditionsOfUse {
    /// （1）医師要件 — physician requirements.
    pub physician_requirements: Paragraphs,
    /// （2）施設要件 — facility requirements (with their ＊ notes).
    pub facility_requirements: Paragraphs,
    /// （3）医療関係者への事前説明 — explanation to healthcare professionals beforehand.
    pub pre_explanation: Paragraphs,
    /// （4）流通管理 — distribution control.
    pub distribution_control: Paragraphs,
}
