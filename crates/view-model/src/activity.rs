//! An activity's page: everything the document says about one activity
//! (sections 2–4 of 別紙様式1 and its row of the section 5 list), in the
//! template's order and under the template's headings.

use super::board::{board_items, BoardItem};
use rmp_model::{Kind, Plan};
use rmp_model::{Period, PvActivity, RmActivity, Rmp};

/// A heading or label: one of the template's, named in the interface
/// language, or one the document prints itself (症例数設定根拠, 実施期間).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term<'a> {
    /// The template's own wording (see [`Texts::term`](super::text::Texts::term)).
    Template(Label),
    /// As the document prints it.
    Printed(&'a str),
}

pub use crate::text::Label;

/// One part of a section.
#[derive(Debug, Clone, PartialEq)]
pub enum Block<'a> {
    /// A paragraph as printed.
    Text(&'a str),
    /// `label：text` (予定症例数：登録症例数として 120 例).
    Pair(Term<'a>, &'a str),
    /// Paragraphs under a label of their own (症例数設定根拠, （1）医師要件).
    Group(Term<'a>, &'a [String]),
    /// The concerns the activity addresses: (id, name).
    Concerns(Vec<(&'a str, &'a str)>),
    /// Where the material can be read, as given (linked only when safe).
    Material(&'a str),
    /// The activity is not in the section 5 lists (it has no status).
    NotInLists,
    /// Only the section 5 lists name the activity; sections 2–4 do not describe it.
    ListOnly,
}

/// A heading and what stands under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Section<'a> {
    /// The heading.
    pub heading: Term<'a>,
    /// What stands under it, in order.
    pub blocks: Vec<Block<'a>>,
}

/// Everything the document says about one activity.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityPage<'a> {
    /// The activity as the board shows it (kind, plan, status, list row …).
    pub item: BoardItem<'a>,
    /// The name as sections 2–4 print it (the list's where they do not describe it).
    pub name: &'a str,
    /// Its sections, in the template's order; the section 5 row last.
    pub sections: Vec<Section<'a>>,
}

impl<'a> ActivityPage<'a> {
    /// Every piece of the document's text the page shows, in order: what
    /// search finds on it.
    pub fn texts(&self) -> Vec<&'a str> {
        let mut out = vec![self.name, self.item.name];
        out.extend(self.item.code);
        out.extend(self.item.status_label);
        // The template's labels too (観察期間, 症例数設定根拠), in the document's language.
        let printed = |t: &Term<'a>| match t {
            Term::Printed(p) => Some(*p),
            Term::Template(l) => Some(crate::text::JA.term(*l)),
        };
        for s in &self.sections {
            out.extend(printed(&s.heading));
            for b in &s.blocks {
                match b {
                    Block::Text(t) | Block::Material(t) => out.push(t),
                    Block::Pair(label, text) => {
                        out.extend(printed(label));
                        out.push(text);
                    }
                    Block::Group(label, ps) => {
                        out.extend(printed(label));
                        out.extend(ps.iter().map(String::as_str));
                    }
                    Block::Concerns(c) => out.extend(c.iter().map(|(_, name)| *name)),
                    Block::NotInLists | Block::ListOnly => {}
                }
            }
        }
        out
    }
}

/// The page of the activity with this id (`routine-pv` and `routine-rm` for
/// the routine activities), or `None` when the document has no such activity.
pub fn activity_page<'a>(rmp: &'a Rmp, id: &str) -> Option<ActivityPage<'a>> {
    let item = board_items(rmp).into_iter().find(|i| i.id == id)?;
    Some(page(rmp, item))
}

/// Every activity's page, in the order of the board.
pub fn activity_pages(rmp: &Rmp) -> Vec<ActivityPage<'_>> {
    board_items(rmp)
        .into_iter()
        .map(|item| page(rmp, item))
        .collect()
}

fn page<'a>(rmp: &'a Rmp, item: BoardItem<'a>) -> ActivityPage<'a> {
    let mut sections = Vec::new();
    let mut name = item.name;
    if item.kind == Kind::Routine {
        let (outline, list) = match item.plan {
            Plan::Rm => (&rmp.rm_plan.routine, &rmp.lists.rm.routine),
            _ => (&rmp.pv_plan.routine, &rmp.lists.pv.routine),
        };
        sections.push(texts(
            Term::Template(Label::RoutineOutline(item.plan)),
            outline,
        ));
        sections.push(concerns(&item));
        sections.push(texts(Term::Template(Label::List(item.plan)), list));
    } else if let Some(a) = rmp
        .pv_plan
        .additional
        .iter()
        .chain(&rmp.efficacy_studies)
        .find(|a| a.id == item.id)
    {
        name = &a.name;
        sections.push(concerns(&item));
        pv_sections(a, &mut sections);
    } else if let Some(a) = rmp.rm_plan.additional.iter().find(|a| a.id == item.id) {
        name = &a.name;
        sections.push(concerns(&item));
        rm_sections(a, &mut sections);
    } else {
        sections.push(concerns(&item));
    }
    if item.kind != Kind::Routine {
        sections.push(list_row(&item));
    }
    sections.retain(|s| !s.blocks.is_empty());
    ActivityPage {
        item,
        name,
        sections,
    }
}

/// 【安全性検討事項】: the concerns it names and those that name it.
fn concerns<'a>(item: &BoardItem<'a>) -> Section<'a> {
    let blocks = if item.risks.is_empty() {
        vec![]
    } else {
        vec![Block::Concerns(item.risks.clone())]
    };
    Section {
        heading: Term::Template(Label::SafetyConcerns),
        blocks,
    }
}

fn texts<'a>(heading: Term<'a>, paragraphs: &'a [String]) -> Section<'a> {
    Section {
        heading,
        blocks: paragraphs.iter().map(|p| Block::Text(p)).collect(),
    }
}

/// Sections 2 and 3: a pharmacovigilance activity or an efficacy study.
fn pv_sections<'a>(a: &'a PvActivity, out: &mut Vec<Section<'a>>) {
    out.push(texts(Term::Template(Label::Objective), &a.objective));
    out.push(texts(Term::Template(Label::Method), &a.method));
    let plan = &a.plan;
    if plan.target_cases.is_some() || !plan.notes.is_empty() || plan.periods.len() > 1 {
        let mut blocks: Vec<Block> = plan
            .target_cases
            .iter()
            .map(|t| Block::Pair(Term::Printed(&t.label), &t.printed))
            .chain(plan.periods.iter().map(pair))
            .collect();
        blocks.extend(plan.notes.iter().map(|n| Block::Text(n)));
        out.push(Section {
            heading: Term::Template(Label::Plan),
            blocks,
        });
    } else {
        out.extend(plan.periods.iter().map(period));
    }
    out.push(Section {
        heading: Term::Template(Label::Rationale),
        blocks: a
            .rationale
            .iter()
            .map(|r| Block::Group(Term::Printed(&r.label), &r.paragraphs))
            .collect(),
    });
    // A short entry (an EPPV) prints its one timing under its own label.
    let short = a.objective.is_empty()
        && a.method.is_empty()
        && a.rationale.is_empty()
        && a.follow_up.is_empty();
    if short {
        out.extend(a.milestones.iter().map(|m| Section {
            heading: Term::Printed(&m.label),
            blocks: vec![Block::Text(&m.text)],
        }));
    } else {
        out.push(Section {
            heading: Term::Template(Label::MilestonesWithReasons),
            blocks: a
                .milestones
                .iter()
                .map(|m| Block::Pair(Term::Printed(&m.label), &m.text))
                .collect(),
        });
    }
    out.push(texts(Term::Template(Label::FollowUp), &a.follow_up));
}

/// Section 4: a risk-minimisation activity, with the conditions of use.
fn rm_sections<'a>(a: &'a RmActivity, out: &mut Vec<Section<'a>>) {
    out.push(texts(Term::Template(Label::Objective), &a.objective));
    let mut method = texts(Term::Template(Label::RmMethod), &a.method);
    if let Some(c) = &a.conditions {
        let groups = [
            (Label::PhysicianRequirements, &c.physician_requirements),
            (Label::FacilityRequirements, &c.facility_requirements),
            (Label::PreExplanation, &c.pre_explanation),
            (Label::DistributionControl, &c.distribution_control),
        ];
        method.blocks.extend(
            groups
                .into_iter()
                .filter(|(_, ps)| !ps.is_empty())
                .map(|(label, ps)| Block::Group(Term::Template(label), ps)),
        );
    }
    out.push(method);
    if a.periods.len() > 1 {
        out.push(Section {
            heading: Term::Template(Label::Plan),
            blocks: a.periods.iter().map(pair).collect(),
        });
    } else {
        out.extend(a.periods.iter().map(period));
    }
    let short = a.objective.is_empty() && a.method.is_empty() && a.further_measures.is_empty();
    if short {
        out.extend(a.milestones.iter().map(|m| Section {
            heading: Term::Printed(&m.label),
            blocks: vec![Block::Text(&m.text)],
        }));
    } else {
        let mut blocks: Vec<Block> = a
            .milestones
            .iter()
            .map(|m| Block::Pair(Term::Printed(&m.label), &m.text))
            .collect();
        if !a.further_measures.is_empty() {
            blocks.push(Block::Group(
                Term::Template(Label::FurtherMeasures),
                &a.further_measures,
            ));
        }
        out.push(Section {
            heading: Term::Template(Label::MilestonesAndMeasures),
            blocks,
        });
    }
    if let Some(url) = &a.url {
        out.push(Section {
            heading: Term::Template(Label::Material),
            blocks: vec![Block::Material(url)],
        });
    }
}

fn pair(p: &Period) -> Block<'_> {
    Block::Pair(Term::Printed(&p.label), &p.printed)
}

/// A period printed under its own label (【実施期間】).
fn period(p: &Period) -> Section<'_> {
    Section {
        heading: Term::Printed(&p.label),
        blocks: vec![Block::Text(&p.printed)],
    }
}

/// The activity's row of the section 5 list, or why there is none.
fn list_row<'a>(item: &BoardItem<'a>) -> Section<'a> {
    let heading = Term::Template(Label::List(item.plan));
    let Some(status) = item.status_label else {
        return Section {
            heading,
            blocks: vec![Block::NotInLists],
        };
    };
    let field =
        |label, value: Option<&'a str>| value.map(|v| Block::Pair(Term::Template(label), v));
    let mut blocks: Vec<Block> = [
        Some(Block::Pair(Term::Template(Label::Name), item.name)),
        field(Label::MilestoneCases, item.milestone_cases),
        field(Label::MilestoneTiming, item.milestone_timing),
        Some(Block::Pair(Term::Template(Label::Status), status)),
        field(Label::Report, item.report),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !item.in_outline {
        blocks.push(Block::ListOnly);
    }
    Section { heading, blocks }
}
