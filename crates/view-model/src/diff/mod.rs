//! What changed between two versions of one RMP: concerns added, removed,
//! renamed or moved; reasons (word by word); activities added or removed;
//! status, milestone, period and report changes; cohorts and incidence
//! cells; the product overview. Nothing the two versions print alike is
//! reported. The change history (変更の履歴) and the submission date are the
//! versions' own record, not changes.

mod words;

pub use words::{diff as word_diff, words, Segment};

use serde::Serialize;

use rmp_model::{ConcernCategory, Rmp, SafetyConcern};

use crate::folding::key;

/// What a change is about, in the new version where it exists there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "id", rename_all = "snake_case")]
pub enum Subject {
    /// A concern (its id).
    Concern(String),
    /// An activity (its id).
    Activity(String),
    /// 品目の概要.
    Overview,
}

/// The kind of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    ConcernAdded,
    ConcernRemoved,
    ConcernRenamed,
    ConcernMoved,
    ReasonChanged,
    ConcernActivitiesChanged,
    CohortAdded,
    CohortRemoved,
    EventAdded,
    EventRemoved,
    CellChanged,
    ActivityAdded,
    ActivityRemoved,
    ActivityRenamed,
    StatusChanged,
    MilestoneChanged,
    PeriodChanged,
    ReportChanged,
    TargetChanged,
    OverviewChanged,
}

/// One change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub subject: Subject,
    /// What changed, named as the document names it.
    pub what: String,
    /// The old value as printed, if there was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    /// The new value as printed, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
    /// For a changed text: the words removed and added.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<Segment>,
}

impl Change {
    fn new(kind: ChangeKind, subject: Subject, what: impl Into<String>) -> Self {
        Change {
            kind,
            subject,
            what: what.into(),
            old: None,
            new: None,
            words: Vec::new(),
        }
    }

    /// The values before and after; an empty one (an addition, a removal) is none.
    fn values(mut self, old: impl Into<String>, new: impl Into<String>) -> Self {
        self.old = Some(old.into()).filter(|s| !s.is_empty());
        self.new = Some(new.into()).filter(|s| !s.is_empty());
        self
    }
}

/// The comparison of two versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// The old version's submission date as printed.
    pub since: String,
    /// The new version's.
    pub to: String,
    pub changes: Vec<Change>,
    /// Where the two are not versions of one product: each of the product's
    /// name, its company and its active ingredient that differ (販売名,
    /// 製造販売業者, 有効成分), with the old value and the new.
    pub other_product: Vec<ProductField>,
    /// The old version is not a published RMP but a reconstruction.
    pub since_reconstructed: bool,
}

/// One of the fields that name a product, where two documents differ in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProductField {
    /// 販売名 / 製造販売業者 / 有効成分, as the template prints it.
    pub label: &'static str,
    pub old: String,
    pub new: String,
}

/// The fields naming the product in which `old` and `new` differ: none
/// for two versions of one product (names compared as the search does:
/// widths folded, spaces ignored).
pub fn other_product(old: &Rmp, new: &Rmp) -> Vec<ProductField> {
    let (a, b) = (&old.document, &new.document);
    [
        ("販売名", &a.product_name, &b.product_name),
        ("製造販売業者", &a.company, &b.company),
        ("有効成分", &a.active_ingredient, &b.active_ingredient),
    ]
    .into_iter()
    .filter(|(_, o, n)| key(o) != key(n))
    .map(|(label, o, n)| ProductField {
        label,
        old: o.clone(),
        new: n.clone(),
    })
    .collect()
}

/// Changes alike but for where they are (one cohort added to each of six
/// risks), to be read as one: the first, and every change of the group.
#[derive(Debug, Clone, PartialEq)]
pub struct Group<'a> {
    pub first: &'a Change,
    pub places: Vec<&'a Change>,
}

/// The changes, those alike (same kind, same old and new values, no word
/// diff) gathered into one group in the order they first appear.
pub fn grouped(changes: &[Change]) -> Vec<Group<'_>> {
    let mut groups: Vec<Group<'_>> = Vec::new();
    for c in changes {
        let alike = |g: &Group<'_>| {
            let f = g.first;
            c.words.is_empty()
                && f.words.is_empty()
                && (c.old.is_some() || c.new.is_some())
                && (f.kind, &f.old, &f.new) == (c.kind, &c.old, &c.new)
        };
        match groups.iter_mut().find(|g| alike(g)) {
            Some(g) => g.places.push(c),
            None => groups.push(Group {
                first: c,
                places: vec![c],
            }),
        }
    }
    groups
}

fn concerns(rmp: &Rmp) -> Vec<(ConcernCategory, &SafetyConcern)> {
    rmp.concerns().collect()
}

/// Compares two versions.
pub fn diff(old: &Rmp, new: &Rmp) -> Diff {
    let mut changes = Vec::new();
    overview(old, new, &mut changes);
    safety(old, new, &mut changes);
    activities(old, new, &mut changes);
    Diff {
        since: old.document.submitted.printed.clone(),
        to: new.document.submitted.printed.clone(),
        changes,
        other_product: other_product(old, new),
        since_reconstructed: old.reconstructed.is_some(),
    }
}

/// The same thing in the other version: by id, else by the name as printed.
fn find<'a, T>(items: &'a [T], id: &str, name: &str, key: fn(&T) -> (&str, &str)) -> Option<&'a T> {
    items
        .iter()
        .find(|x| key(x).0 == id)
        .or_else(|| items.iter().find(|x| key(x).1 == name))
}

fn paragraphs(p: &[String]) -> String {
    p.join("\n")
}

fn overview(old: &Rmp, new: &Rmp, out: &mut Vec<Change>) {
    let (o, n) = (&old.overview, &new.overview);
    let subject = || Subject::Overview;
    for p in &n.products {
        match o
            .products
            .iter()
            .find(|q| q.id == p.id || q.brand_name == p.brand_name)
        {
            None => out.push(
                Change::new(
                    ChangeKind::OverviewChanged,
                    subject(),
                    format!("販売名 {} added", p.brand_name),
                )
                .values("", p.brand_name.clone()),
            ),
            Some(q) => {
                for (label, a, b) in [
                    ("販売名", &q.brand_name, &p.brand_name),
                    ("含量及び剤形", &q.strength_and_form, &p.strength_and_form),
                    (
                        "承認年月日",
                        &q.approval_date.printed,
                        &p.approval_date.printed,
                    ),
                    ("承認番号", &q.approval_number, &p.approval_number),
                ] {
                    if a != b {
                        out.push(
                            Change::new(
                                ChangeKind::OverviewChanged,
                                subject(),
                                format!("{label} ({})", p.number),
                            )
                            .values(a.clone(), b.clone()),
                        );
                    }
                }
            }
        }
    }
    for q in &o.products {
        if !n
            .products
            .iter()
            .any(|p| p.id == q.id || p.brand_name == q.brand_name)
        {
            out.push(
                Change::new(
                    ChangeKind::OverviewChanged,
                    subject(),
                    format!("販売名 {} removed", q.brand_name),
                )
                .values(q.brand_name.clone(), ""),
            );
        }
    }
    let group_text = |g: &rmp_model::ProductGroupText| {
        g.blocks
            .iter()
            .map(|b| {
                let mut s = b
                    .heading
                    .clone()
                    .map(|h| format!("{h}\n"))
                    .unwrap_or_default();
                s.push_str(&paragraphs(&b.paragraphs));
                s
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    for (label, og, ng) in [
        (
            "用法及び用量",
            &o.dosage_and_administration,
            &n.dosage_and_administration,
        ),
        ("効能又は効果", &o.indications, &n.indications),
    ] {
        let mut labels: Vec<&str> = ng.iter().map(|g| g.label.as_str()).collect();
        for g in og {
            if !labels.contains(&g.label.as_str()) {
                labels.push(&g.label);
            }
        }
        for l in labels {
            let a = og
                .iter()
                .find(|g| g.label == l)
                .map(group_text)
                .unwrap_or_default();
            let b = ng
                .iter()
                .find(|g| g.label == l)
                .map(group_text)
                .unwrap_or_default();
            if a != b {
                let what = if l.is_empty() {
                    label.to_string()
                } else {
                    format!("{label} ({l})")
                };
                let mut c = Change::new(ChangeKind::OverviewChanged, subject(), what);
                c.words = word_diff(&a, &b);
                out.push(c.values(a, b));
            }
        }
    }
    for (label, a, b) in [
        (
            "再審査期間",
            o.reexamination_period.clone(),
            n.reexamination_period.clone(),
        ),
        (
            "国際誕生日",
            o.international_birth_date.printed.clone(),
            n.international_birth_date.printed.clone(),
        ),
        (
            "承認条件",
            paragraphs(&o.conditions_of_approval),
            paragraphs(&n.conditions_of_approval),
        ),
        ("備考", paragraphs(&o.remarks), paragraphs(&n.remarks)),
    ] {
        if a != b {
            let mut c = Change::new(ChangeKind::OverviewChanged, subject(), label);
            c.words = word_diff(&a, &b);
            out.push(c.values(a, b));
        }
    }
}

fn category_name(c: ConcernCategory) -> &'static str {
    match c {
        ConcernCategory::IdentifiedRisk => "重要な特定されたリスク",
        ConcernCategory::PotentialRisk => "重要な潜在的リスク",
        ConcernCategory::MissingInformation => "重要な不足情報",
        ConcernCategory::Efficacy => "有効性に関する検討事項",
    }
}

fn safety(old: &Rmp, new: &Rmp, out: &mut Vec<Change>) {
    let (oc, nc) = (concerns(old), concerns(new));
    fn key<'a>(x: &'a (ConcernCategory, &SafetyConcern)) -> (&'a str, &'a str) {
        (x.1.id.as_str(), x.1.name.as_str())
    }
    for (cat, c) in &nc {
        let subject = || Subject::Concern(c.id.clone());
        let Some((ocat, o)) = find(&oc, &c.id, &c.name, key) else {
            out.push(
                Change::new(ChangeKind::ConcernAdded, subject(), c.name.clone())
                    .values("", category_name(*cat)),
            );
            continue;
        };
        if o.name != c.name {
            out.push(
                Change::new(ChangeKind::ConcernRenamed, subject(), c.name.clone())
                    .values(o.name.clone(), c.name.clone()),
            );
        }
        if ocat != cat {
            out.push(
                Change::new(ChangeKind::ConcernMoved, subject(), c.name.clone())
                    .values(category_name(*ocat), category_name(*cat)),
            );
        }
        let (a, b) = (paragraphs(&o.reason), paragraphs(&c.reason));
        if a != b {
            let mut ch = Change::new(ChangeKind::ReasonChanged, subject(), c.name.clone());
            ch.words = word_diff(&a, &b);
            out.push(ch.values(a, b));
        }
        let acts = |x: &SafetyConcern| {
            let mut v: Vec<String> =
                x.pv.additional
                    .iter()
                    .chain(&x.rm.additional)
                    .map(|id| lookup(new, old, id))
                    .collect();
            v.sort();
            v
        };
        let (a, b) = (acts(o), acts(c));
        if a != b {
            out.push(
                Change::new(
                    ChangeKind::ConcernActivitiesChanged,
                    subject(),
                    c.name.clone(),
                )
                .values(a.join("、"), b.join("、")),
            );
        }
        incidence(o, c, out);
    }
    for (cat, o) in &oc {
        if find(&nc, &o.id, &o.name, key).is_none() {
            out.push(
                Change::new(
                    ChangeKind::ConcernRemoved,
                    Subject::Concern(o.id.clone()),
                    o.name.clone(),
                )
                .values(category_name(*cat), ""),
            );
        }
    }
}

/// An activity's name in either version.
fn lookup(new: &Rmp, old: &Rmp, id: &str) -> String {
    crate::lookup::activity_name(new, id)
        .or_else(|| crate::lookup::activity_name(old, id))
        .unwrap_or(id)
        .to_string()
}

/// Cohorts by study and label; events by label; grades by kind and label.
fn incidence(o: &SafetyConcern, n: &SafetyConcern, out: &mut Vec<Change>) {
    let subject = || Subject::Concern(n.id.clone());
    for (ti, nt) in n.incidence.iter().enumerate() {
        let Some(ot) = o
            .incidence
            .iter()
            .find(|t| t.id == nt.id)
            .or_else(|| o.incidence.get(ti))
        else {
            out.push(Change::new(
                ChangeKind::CohortAdded,
                subject(),
                format!("{}: {}", n.name, nt.intro),
            ));
            continue;
        };
        let cohort_key = |c: &rmp_model::Cohort| (c.study_label.clone(), c.label.clone());
        let ocohorts: Vec<_> = ot.cohorts().map(|(_, c)| cohort_key(c)).collect();
        let ncohorts: Vec<_> = nt.cohorts().map(|(_, c)| cohort_key(c)).collect();
        for (_, c) in nt.cohorts() {
            if !ocohorts.contains(&cohort_key(c)) {
                out.push(
                    Change::new(ChangeKind::CohortAdded, subject(), n.name.clone())
                        .values("", format!("{} {}（{} 例）", c.study_label, c.label, c.n)),
                );
            }
        }
        for (_, c) in ot.cohorts() {
            if !ncohorts.contains(&cohort_key(c)) {
                out.push(
                    Change::new(ChangeKind::CohortRemoved, subject(), n.name.clone())
                        .values(format!("{} {}（{} 例）", c.study_label, c.label, c.n), ""),
                );
            }
        }
        for ne in &nt.events {
            let Some(oe) = ot.events.iter().find(|e| e.label == ne.label) else {
                out.push(Change::new(
                    ChangeKind::EventAdded,
                    subject(),
                    format!("{}: {}", n.name, ne.label),
                ));
                continue;
            };
            for ng in &ne.grades {
                let Some(og) = oe
                    .grades
                    .iter()
                    .find(|g| g.grade == ng.grade && g.label == ng.label)
                else {
                    out.push(Change::new(
                        ChangeKind::EventAdded,
                        subject(),
                        format!("{}: {} {}", n.name, ne.label, ng.printed_label()),
                    ));
                    continue;
                };
                // Cells of the cohorts both versions have.
                for (ci, (_, c)) in nt.cohorts().enumerate() {
                    let Some(oi) = ocohorts.iter().position(|k| *k == cohort_key(c)) else {
                        continue;
                    };
                    let (Some(a), Some(b)) = (og.cells.get(oi), ng.cells.get(ci)) else {
                        continue;
                    };
                    if a != b {
                        out.push(
                            Change::new(
                                ChangeKind::CellChanged,
                                subject(),
                                format!(
                                    "{} {} {} {}",
                                    ne.label,
                                    ng.printed_label(),
                                    c.study_label,
                                    c.label
                                ),
                            )
                            .values(a.printed(), b.printed()),
                        );
                    }
                }
            }
        }
        for oe in &ot.events {
            if !nt.events.iter().any(|e| e.label == oe.label) {
                out.push(Change::new(
                    ChangeKind::EventRemoved,
                    subject(),
                    format!("{}: {}", n.name, oe.label),
                ));
            }
        }
    }
}

/// An activity's printed facts: name, milestones, periods, target cases, and its list row.
struct Facts {
    id: String,
    name: String,
    milestones: String,
    periods: String,
    target: String,
    status: String,
    timing: String,
    report: String,
}

fn facts(rmp: &Rmp) -> Vec<Facts> {
    let mut out: Vec<Facts> = Vec::new();
    let text = |m: &[rmp_model::LabeledText]| {
        m.iter()
            .map(|x| format!("{}：{}", x.label, x.text))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let periods = |p: &[rmp_model::Period]| {
        p.iter()
            .map(|x| format!("{}：{}", x.label, x.printed))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for a in rmp.pv_plan.additional.iter().chain(&rmp.efficacy_studies) {
        out.push(Facts {
            id: a.id.clone(),
            name: a.name.clone(),
            milestones: text(&a.milestones),
            periods: periods(&a.plan.periods),
            target: a
                .plan
                .target_cases
                .as_ref()
                .map(|t| t.printed.clone())
                .unwrap_or_default(),
            status: String::new(),
            timing: String::new(),
            report: String::new(),
        });
    }
    for a in &rmp.rm_plan.additional {
        out.push(Facts {
            id: a.id.clone(),
            name: a.name.clone(),
            milestones: text(&a.milestones),
            periods: periods(&a.periods),
            target: String::new(),
            status: String::new(),
            timing: String::new(),
            report: String::new(),
        });
    }
    let rows = rmp
        .lists
        .pv
        .additional
        .iter()
        .chain(&rmp.lists.efficacy)
        .map(|e| {
            (
                &e.id,
                &e.name,
                &e.status_label,
                &e.milestone_timing,
                e.report.as_str(),
                e.milestone_cases.as_str(),
            )
        })
        .chain(
            rmp.lists
                .rm
                .additional
                .iter()
                .map(|e| (&e.id, &e.name, &e.status_label, &e.milestone_timing, "", "")),
        );
    for (id, name, status, timing, report, cases) in rows {
        let f = match out.iter().position(|f| f.id == *id) {
            Some(i) => out.get_mut(i),
            None => {
                out.push(Facts {
                    id: id.clone(),
                    name: name.clone(),
                    milestones: String::new(),
                    periods: String::new(),
                    target: cases.to_string(),
                    status: String::new(),
                    timing: String::new(),
                    report: String::new(),
                });
                out.last_mut()
            }
        };
        if let Some(f) = f {
            f.status = status.clone();
            f.timing = timing.clone();
            f.report = report.to_string();
            if f.target.is_empty() {
                f.target = cases.to_string();
            }
        }
    }
    out
}

fn activities(old: &Rmp, new: &Rmp, out: &mut Vec<Change>) {
    let (of, nf) = (facts(old), facts(new));
    fn key(f: &Facts) -> (&str, &str) {
        (f.id.as_str(), f.name.as_str())
    }
    for n in &nf {
        let subject = || Subject::Activity(n.id.clone());
        let Some(o) = find(&of, &n.id, &n.name, key) else {
            out.push(Change::new(
                ChangeKind::ActivityAdded,
                subject(),
                n.name.clone(),
            ));
            continue;
        };
        for (kind, a, b) in [
            (ChangeKind::ActivityRenamed, &o.name, &n.name),
            (ChangeKind::StatusChanged, &o.status, &n.status),
            (ChangeKind::MilestoneChanged, &o.milestones, &n.milestones),
            (ChangeKind::MilestoneChanged, &o.timing, &n.timing),
            (ChangeKind::PeriodChanged, &o.periods, &n.periods),
            (ChangeKind::ReportChanged, &o.report, &n.report),
            (ChangeKind::TargetChanged, &o.target, &n.target),
        ] {
            if a != b {
                out.push(Change::new(kind, subject(), n.name.clone()).values(a.clone(), b.clone()));
            }
        }
    }
    for o in &of {
        if find(&nf, &o.id, &o.name, key).is_none() {
            out.push(Change::new(
                ChangeKind::ActivityRemoved,
                Subject::Activity(o.id.clone()),
                o.name.clone(),
            ));
        }
    }
}
