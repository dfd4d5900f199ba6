use serde::{Deserialize, Serialize};

use super::{PvKind, RmKind};

/// 5. の一覧 — the three lists of activities with milestones and status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActivityLists {
    /// 5.(1) 医薬品安全性監視計画の一覧.
    pub pv: PvList,
    /// 5.(2) 有効性に関する調査・試験の計画の一覧; empty means "なし".
    pub efficacy: Vec<PvListEntry>,
    /// 5.(3) リスク最小化計画の一覧.
    pub rm: RmList,
}

/// 5.(1) — routine activities and the table of additional ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PvList {
    /// 通常の医薬品安全性監視活動.
    pub routine: Vec<String>,
    /// 追加の医薬品安全性監視活動.
    pub additional: Vec<PvListEntry>,
}

/// 5.(3) — routine activities and the table of additional ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RmList {
    /// 通常のリスク最小化活動.
    pub routine: Vec<String>,
    /// 追加のリスク最小化活動.
    pub additional: Vec<RmListEntry>,
}

/// A row of 5.(1) or 5.(2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PvListEntry {
    /// Id; equal to the section 2 (or 3) activity's id where the outline has it.
    pub id: String,
    /// What kind of activity.
    pub kind: PvKind,
    /// 名称 — the name as printed in the list.
    pub name: String,
    /// 節目となる症例数／目標症例数, as printed ("なし" is a value).
    pub milestone_cases: String,
    /// The target number of cases, where the list gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_cases: Option<u32>,
    /// 節目となる予定の時期, as printed.
    pub milestone_timing: String,
    /// 実施状況.
    pub status: ActivityStatus,
    /// 実施状況 as printed (実施中).
    pub status_label: String,
    /// 報告書の作成予定日, as printed (作成済（2025 年 11 月提出）).
    pub report: String,
    /// The report date, ISO (possibly partial), where the list gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_date: Option<String>,
}

/// A row of 5.(3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RmListEntry {
    /// Id; equal to the section 4 activity's id where the outline has it.
    pub id: String,
    /// What kind of activity.
    pub kind: RmKind,
    /// 名称 — the name as printed in the list.
    pub name: String,
    /// 節目となる予定の時期, as printed.
    pub milestone_timing: String,
    /// 実施状況.
    pub status: ActivityStatus,
    /// 実施状況 as printed.
    pub status_label: String,
}

/// 実施状況 — status of an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActivityStatus {
    /// 計画中 — planned.
    Planned,
    /// 実施中 — ongoing.
    Ongoing,
    /// 終了 — completed.
    Completed,
}

impl ActivityStatus {
    /// The label the template uses.
    pub fn japanese(self) -> &'static str {
        match self {
            Self::Planned => "計画中",
            Self::Ongoing => "実施中",
            Self::Completed => "終了",
        }
    }
}
