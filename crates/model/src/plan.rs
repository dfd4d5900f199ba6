//! Which plan an activity belongs to, and what kind of activity it is,
//! across the three plans of the template.

use super::{PvKind, RmKind};

/// Which plan an activity belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Plan {
    /// 医薬品安全性監視計画 — the pharmacovigilance plan.
    Pv,
    /// 有効性に関する調査・試験の計画 — the efficacy studies.
    Efficacy,
    /// リスク最小化計画 — the risk-minimisation plan.
    Rm,
}

/// What kind of activity, across the plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 通常の活動 of that plan.
    Routine,
    /// A pharmacovigilance activity or efficacy study.
    Pv(PvKind),
    /// A risk-minimisation activity.
    Rm(RmKind),
}
