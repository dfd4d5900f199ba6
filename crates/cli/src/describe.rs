use std::fmt::Write;

use rmp_model::{ActivityStatus, ConcernCategory, Rmp};
use rmp_view_model::incidence_rows::all_records;

/// A short description of a document: what it is and what it holds.
pub fn describe(rmp: &Rmp) -> String {
    let d = &rmp.document;
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}", d.product_name, d.title);
    let _ = writeln!(s, "  active ingredient: {}", d.active_ingredient);
    let _ = writeln!(
        s,
        "  company: {}   therapeutic category: {}",
        d.company, d.therapeutic_category
    );
    let _ = writeln!(
        s,
        "  submitted: {} ({})",
        d.submitted.printed,
        d.submitted.date.as_deref().unwrap_or("no ISO date")
    );
    let _ = writeln!(s, "  products: {}", rmp.overview.products.len());
    for p in &rmp.overview.products {
        let _ = writeln!(
            s,
            "    {}. {}  {}  {}",
            p.number, p.brand_name, p.approval_number, p.approval_date.printed
        );
    }
    for (category, label) in [
        (
            ConcernCategory::IdentifiedRisk,
            "important identified risks",
        ),
        (ConcernCategory::PotentialRisk, "important potential risks"),
        (
            ConcernCategory::MissingInformation,
            "important missing information",
        ),
        (ConcernCategory::Efficacy, "efficacy considerations"),
    ] {
        let names: Vec<&str> = rmp
            .concerns()
            .filter(|(c, _)| *c == category)
            .map(|(_, c)| c.name.as_str())
            .collect();
        let listed = if names.is_empty() {
            "なし".to_string()
        } else {
            names.join(" / ")
        };
        let _ = writeln!(s, "  {label}: {} — {listed}", names.len());
    }
    let tables: usize = rmp.concerns().map(|(_, c)| c.incidence.len()).sum();
    let _ = writeln!(
        s,
        "  incidence tables: {tables}, cells: {}",
        all_records(rmp).len()
    );
    let l = &rmp.lists;
    let statuses =
        l.pv.additional
            .iter()
            .map(|e| e.status)
            .chain(l.efficacy.iter().map(|e| e.status))
            .chain(l.rm.additional.iter().map(|e| e.status))
            .collect::<Vec<_>>();
    let count = |st: ActivityStatus| statuses.iter().filter(|s| **s == st).count();
    let _ = writeln!(
        s,
        "  additional activities: {} PV, {} efficacy, {} RM — {} planned, {} ongoing, {} completed",
        l.pv.additional.len(),
        l.efficacy.len(),
        l.rm.additional.len(),
        count(ActivityStatus::Planned),
        count(ActivityStatus::Ongoing),
        count(ActivityStatus::Completed)
    );
    s
}
