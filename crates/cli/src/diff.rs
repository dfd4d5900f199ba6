//! `rmp diff OLD NEW`: what changed between two versions, as text.

use std::fmt::Write;

use rmp_view_model::diff::{ChangeKind, Diff, Segment};

fn heading(kind: ChangeKind) -> &'static str {
    use ChangeKind::*;
    match kind {
        OverviewChanged => "品目の概要",
        ConcernAdded
        | ConcernRemoved
        | ConcernRenamed
        | ConcernMoved
        | ReasonChanged
        | ConcernActivitiesChanged => "安全性検討事項",
        CohortAdded | CohortRemoved | EventAdded | EventRemoved | CellChanged => "発現状況",
        ActivityAdded | ActivityRemoved | ActivityRenamed | StatusChanged | MilestoneChanged
        | PeriodChanged | ReportChanged | TargetChanged => "活動",
    }
}

fn verb(kind: ChangeKind) -> &'static str {
    use ChangeKind::*;
    match kind {
        ConcernAdded | CohortAdded | EventAdded | ActivityAdded => "added",
        ConcernRemoved | CohortRemoved | EventRemoved | ActivityRemoved => "removed",
        ConcernRenamed | ActivityRenamed => "renamed",
        ConcernMoved => "moved",
        ReasonChanged => "reason changed",
        ConcernActivitiesChanged => "activities changed",
        CellChanged => "cell changed",
        StatusChanged => "status",
        MilestoneChanged => "milestones changed",
        PeriodChanged => "periods changed",
        ReportChanged => "report changed",
        TargetChanged => "target cases changed",
        OverviewChanged => "changed",
    }
}

/// The changes, grouped by part of the document; a changed text shows its
/// words as `[-removed-]{+added+}`.
pub fn diff_text(d: &Diff) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "changes since {} (to {}): {}",
        d.since,
        d.to,
        d.changes.len()
    );
    if !d.other_product.is_empty() {
        let _ = writeln!(
            s,
            "warning: not two versions of one product; the comparison is with another product's RMP"
        );
        for f in &d.other_product {
            let _ = writeln!(s, "  {}: {} → {}", f.label, f.old, f.new);
        }
    }
    let mut last = "";
    for c in &d.changes {
        let h = heading(c.kind);
        if h != last {
            let _ = writeln!(s, "{h}");
            last = h;
        }
        let _ = write!(s, "  {}: {}", c.what, verb(c.kind));
        if !c.words.is_empty() {
            let _ = write!(s, ": ");
            for w in &c.words {
                let _ = match w {
                    Segment::Same(t) => write!(s, "{}", t.replace('\n', " / ")),
                    Segment::Added(t) => write!(s, "{{+{}+}}", t.replace('\n', " / ")),
                    Segment::Removed(t) => write!(s, "[-{}-]", t.replace('\n', " / ")),
                };
            }
        } else {
            match (c.old.as_deref(), c.new.as_deref()) {
                (None, Some(one)) | (Some(one), None) => {
                    let _ = write!(s, ": {one}");
                }
                (Some(o), Some(n)) => {
                    let _ = write!(s, ": {o} → {n}");
                }
                _ => {}
            }
        }
        let _ = writeln!(s);
    }
    if d.changes.is_empty() {
        let _ = writeln!(s, "  no changes");
    }
    s
}
