//! The activity status board: every PV, efficacy and RM activity, routine
//! and additional, including those only the section 5 lists still name.

use std::collections::{HashMap, HashSet};

use rmp_model::{ActivityStatus, Kind, Plan, PvActivity, Rmp};

/// The id of the routine pharmacovigilance activity (通常の医薬品安全性監視活動).
pub const ROUTINE_PV: &str = "routine-pv";
/// The id of the routine risk-minimisation activity (通常のリスク最小化活動).
pub const ROUTINE_RM: &str = "routine-rm";

/// One card of the board.
#[derive(Debug, Clone, PartialEq)]
pub struct BoardItem<'a> {
    /// The activity's id (`routine-pv` / `routine-rm` for the routine ones).
    pub id: String,
    /// Which plan.
    pub plan: Plan,
    /// What kind.
    pub kind: Kind,
    /// The name as printed.
    pub name: &'a str,
    /// Study code, if any.
    pub code: Option<&'a str>,
    /// Status from the section 5 list; `None` for routine activities, which the list gives none.
    pub status: Option<ActivityStatus>,
    /// The status as printed.
    pub status_label: Option<&'a str>,
    /// 節目となる症例数／目標症例数 as printed.
    pub milestone_cases: Option<&'a str>,
    /// 節目となる予定の時期 as printed.
    pub milestone_timing: Option<&'a str>,
    /// 報告書の作成予定日 as printed.
    pub report: Option<&'a str>,
    /// Ids and names of the concerns it addresses.
    pub risks: Vec<(&'a str, &'a str)>,
    /// Whether sections 2–4 still describe it (false: only the list names it).
    pub in_outline: bool,
    /// 資材の掲載先 as given, safe or not (the screen links only [`safe_link`](rmp_model::safe_link) ones).
    pub url: Option<&'a str>,
}

/// Every activity of the document, routine first, then each list in order,
/// then outline activities missing from the lists. Linear in the document:
/// lookups go through maps built once.
pub fn board_items(rmp: &Rmp) -> Vec<BoardItem<'_>> {
    let links = Links::new(rmp);
    let risks_of = |id: &str, named: &[String]| links.risks_of(id, named);
    let mut items = Vec::new();
    if !rmp.pv_plan.routine.is_empty() {
        items.push(routine_item(
            rmp,
            ROUTINE_PV,
            Plan::Pv,
            rmp.pv_plan.routine.first(),
        ));
    }
    if !rmp.rm_plan.routine.is_empty() {
        items.push(routine_item(
            rmp,
            ROUTINE_RM,
            Plan::Rm,
            rmp.rm_plan.routine.first(),
        ));
    }
    // (One map type for every lookup: each new one costs wasm size.)
    let pv_all: Vec<&PvActivity> = rmp
        .pv_plan
        .additional
        .iter()
        .chain(&rmp.efficacy_studies)
        .collect();
    let pv_outline: HashMap<&str, usize> = index(pv_all.iter().map(|a| a.id.as_str()));
    let rm_outline: HashMap<&str, usize> =
        index(rmp.rm_plan.additional.iter().map(|a| a.id.as_str()));
    let lists = [
        (Plan::Pv, &rmp.lists.pv.additional),
        (Plan::Efficacy, &rmp.lists.efficacy),
    ];
    for (plan, entries) in lists {
        for e in entries {
            let outline = pv_outline
                .get(e.id.as_str())
                .and_then(|&i| pv_all.get(i).copied());
            items.push(BoardItem {
                id: e.id.clone(),
                plan,
                kind: Kind::Pv(e.kind),
                name: &e.name,
                code: outline.and_then(|a| a.code.as_deref()),
                status: Some(e.status),
                status_label: Some(&e.status_label),
                milestone_cases: Some(&e.milestone_cases),
                milestone_timing: Some(&e.milestone_timing),
                report: Some(&e.report),
                risks: risks_of(
                    &e.id,
                    outline
                        .map(|a| a.safety_concerns.as_slice())
                        .unwrap_or_default(),
                ),
                in_outline: outline.is_some(),
                url: None,
            });
        }
    }
    for e in &rmp.lists.rm.additional {
        let outline = rm_outline
            .get(e.id.as_str())
            .and_then(|&i| rmp.rm_plan.additional.get(i));
        items.push(BoardItem {
            id: e.id.clone(),
            plan: Plan::Rm,
            kind: Kind::Rm(e.kind),
            name: &e.name,
            code: None,
            status: Some(e.status),
            status_label: Some(&e.status_label),
            milestone_cases: None,
            milestone_timing: Some(&e.milestone_timing),
            report: None,
            risks: risks_of(
                &e.id,
                outline
                    .map(|a| a.safety_concerns.as_slice())
                    .unwrap_or_default(),
            ),
            in_outline: outline.is_some(),
            url: outline.and_then(|a| a.url.as_deref()),
        });
    }
    // Outline activities the lists forgot still belong on the board.
    let listed: HashSet<&str> = rmp
        .lists
        .pv
        .additional
        .iter()
        .chain(&rmp.lists.efficacy)
        .map(|e| e.id.as_str())
        .chain(rmp.lists.rm.additional.iter().map(|e| e.id.as_str()))
        .collect();
    let outline = rmp
        .pv_plan
        .additional
        .iter()
        .map(|a| (a, Plan::Pv))
        .chain(rmp.efficacy_studies.iter().map(|a| (a, Plan::Efficacy)));
    for (a, plan) in outline {
        if !listed.contains(a.id.as_str()) {
            items.push(unlisted(
                a.id.clone(),
                plan,
                Kind::Pv(a.kind),
                &a.name,
                a.code.as_deref(),
                risks_of(&a.id, &a.safety_concerns),
            ));
        }
    }
    for a in &rmp.rm_plan.additional {
        if !listed.contains(a.id.as_str()) {
            let mut item = unlisted(
                a.id.clone(),
                Plan::Rm,
                Kind::Rm(a.kind),
                &a.name,
                None,
                risks_of(&a.id, &a.safety_concerns),
            );
            item.url = a.url.as_deref();
            items.push(item);
        }
    }
    items
}

/// An item with no list entry: no status, no timing.
fn unlisted<'a>(
    id: String,
    plan: Plan,
    kind: Kind,
    name: &'a str,
    code: Option<&'a str>,
    risks: Vec<(&'a str, &'a str)>,
) -> BoardItem<'a> {
    BoardItem {
        id,
        plan,
        kind,
        name,
        code,
        status: None,
        status_label: None,
        milestone_cases: None,
        milestone_timing: None,
        report: None,
        risks,
        in_outline: true,
        url: None,
    }
}

fn routine_item<'a>(rmp: &'a Rmp, id: &str, plan: Plan, text: Option<&'a String>) -> BoardItem<'a> {
    let risks = rmp
        .concerns()
        .filter(|(_, c)| {
            if plan == Plan::Pv {
                c.pv.routine
            } else {
                c.rm.routine
            }
        })
        .map(|(_, c)| (c.id.as_str(), c.name.as_str()))
        .collect();
    let name = text.map(String::as_str).unwrap_or_default();
    unlisted(id.to_string(), plan, Kind::Routine, name, None, risks)
}

/// Each name's first place.
fn index<'a>(names: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut map = HashMap::new();
    for (at, name) in names.enumerate() {
        map.entry(name).or_insert(at);
    }
    map
}

/// Which concerns each activity is linked to, built once per document.
struct Links<'a> {
    /// Every concern, in document order: (id, name).
    concerns: Vec<(&'a str, &'a str)>,
    /// Concern id → its place in `concerns`.
    index: HashMap<&'a str, usize>,
    /// Activity id → the concerns whose card names it.
    named_by: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Links<'a> {
    fn new(rmp: &'a Rmp) -> Links<'a> {
        let mut links = Links {
            concerns: Vec::new(),
            index: HashMap::new(),
            named_by: HashMap::new(),
        };
        for (at, (_, c)) in rmp.concerns().enumerate() {
            links.concerns.push((c.id.as_str(), c.name.as_str()));
            links.index.entry(c.id.as_str()).or_insert(at);
            for a in c.pv.additional.iter().chain(&c.rm.additional) {
                links.named_by.entry(a.as_str()).or_default().push(at);
            }
        }
        links
    }

    /// Concerns an activity addresses, in document order: those it names,
    /// and those that name it.
    fn risks_of(&self, id: &str, named: &[String]) -> Vec<(&'a str, &'a str)> {
        let mut marked = vec![false; self.concerns.len()];
        let by_card = self.named_by.get(id).into_iter().flatten().copied();
        for at in named
            .iter()
            .filter_map(|c| self.index.get(c.as_str()).copied())
            .chain(by_card)
        {
            if let Some(m) = marked.get_mut(at) {
                *m = true;
            }
        }
        self.concerns
            .iter()
            .zip(marked)
            .filter_map(|(c, on)| on.then_some(*c))
            .collect()
    }
}

/// Which activities to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BoardFilter {
    /// Only this plan (efficacy studies count as PV here), or all.
    pub plan: Option<Plan>,
    /// Only activities addressing this concern, or all.
    pub risk: Option<String>,
    /// Only the routine activities (通常の活動: `true`), only the
    /// additional ones (追加の活動: `false`), or both.
    pub routine: Option<bool>,
}

impl BoardFilter {
    /// Whether the item passes.
    pub fn accepts(&self, item: &BoardItem) -> bool {
        let plan_ok = match self.plan {
            None => true,
            Some(Plan::Rm) => item.plan == Plan::Rm,
            Some(_) => item.plan != Plan::Rm,
        };
        plan_ok
            && self
                .routine
                .is_none_or(|routine| routine == (item.kind == Kind::Routine))
            && self
                .risk
                .as_deref()
                .is_none_or(|r| item.risks.iter().any(|(id, _)| *id == r))
    }
}

/// How many of `items` the filter shows, and how many it hides.
pub fn shown_and_hidden(items: &[BoardItem], filter: &BoardFilter) -> (usize, usize) {
    let shown = items.iter().filter(|i| filter.accepts(i)).count();
    (shown, items.len() - shown)
}

/// The board's columns: routine activities, then one per status, in template order.
pub fn columns<'i, 'a>(items: &'i [BoardItem<'a>], filter: &BoardFilter) -> BoardColumns<'i, 'a> {
    let pick = |st: Option<ActivityStatus>| {
        items
            .iter()
            .filter(|i| i.status == st && i.kind != Kind::Routine && filter.accepts(i))
            .collect()
    };
    BoardColumns {
        routine: items
            .iter()
            .filter(|i| i.kind == Kind::Routine && filter.accepts(i))
            .collect(),
        planned: pick(Some(ActivityStatus::Planned)),
        ongoing: pick(Some(ActivityStatus::Ongoing)),
        completed: pick(Some(ActivityStatus::Completed)),
        unlisted: pick(None),
    }
}

/// The board's columns.
#[derive(Debug)]
pub struct BoardColumns<'i, 'a> {
    /// 通常の活動 (no status in the template).
    pub routine: Vec<&'i BoardItem<'a>>,
    /// 計画中.
    pub planned: Vec<&'i BoardItem<'a>>,
    /// 実施中.
    pub ongoing: Vec<&'i BoardItem<'a>>,
    /// 終了.
    pub completed: Vec<&'i BoardItem<'a>>,
    /// In sections 2–4 but not in the lists: no status.
    pub unlisted: Vec<&'i BoardItem<'a>>,
}
