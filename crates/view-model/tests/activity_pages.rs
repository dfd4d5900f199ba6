//! Activity pages: every activity has one, in the template's order, and
//! every string the document holds about an activity is on its page.
#![cfg(not(target_arch = "wasm32"))]

use rmp_model::schema;
use rmp_model::{parse, Rmp};
use rmp_testkit::*;
use rmp_testkit::{synth, SynthSize};
use rmp_view_model::activity::{activity_page, activity_pages, ActivityPage, Block, Label, Term};
use rmp_view_model::board::board_items;
use serde_json::Value;

const COMPLETE: &str = include_str!("../../../tests/fixtures/complete.json");

fn dataset() -> Rmp {
    parse(DATASET).unwrap()
}

fn headings<'a>(page: &ActivityPage<'a>) -> Vec<Term<'a>> {
    page.sections.iter().map(|s| s.heading).collect()
}

#[test]
fn every_activity_on_the_board_has_a_page() {
    let rmp = dataset();
    let ids: Vec<String> = board_items(&rmp).into_iter().map(|i| i.id).collect();
    let pages: Vec<String> = activity_pages(&rmp)
        .into_iter()
        .map(|p| p.item.id)
        .collect();
    assert_eq!(pages, ids);
    assert_eq!(ids.len(), 10, "2 routine, 3 PV, 5 RM: {ids:?}");
    assert!(activity_page(&rmp, "no-such-activity").is_none());
}

#[test]
fn the_survey_page_follows_the_template() {
    let rmp = dataset();
    let page = activity_page(&rmp, "lun2501").unwrap();
    use Label::*;
    let t = Term::Template;
    assert_eq!(
        headings(&page),
        vec![
            t(SafetyConcerns),
            t(Objective),
            t(Method),
            t(Plan),
            t(Rationale),
            t(MilestonesWithReasons),
            t(FollowUp),
            t(List(rmp_model::Plan::Pv)),
        ]
    );
    assert_eq!(page.item.code, Some("LUN2501"));
    let plan = &page.sections[3].blocks;
    assert_eq!(
        plan[0],
        Block::Pair(Term::Printed("予定症例数"), "登録症例数として 120 例")
    );
    let rationale = &page.sections[4].blocks;
    assert!(
        matches!(rationale[0], Block::Group(Term::Printed("症例数設定根拠"), ps) if ps[0].contains("Event per variable"))
    );
    assert!(matches!(
        page.sections[0].blocks[0],
        Block::Concerns(ref c) if c == &[("crs", "サイトカイン放出症候群")]
    ));
    let row = &page.sections[7].blocks;
    assert!(row.contains(&Block::Pair(Term::Template(Status), "実施中")));
}

#[test]
fn a_short_entry_prints_its_period_and_timing_under_their_own_labels() {
    let rmp = dataset();
    let page = activity_page(&rmp, "eppv-sc").unwrap();
    assert_eq!(
        headings(&page),
        vec![
            Term::Printed("実施期間"),
            Term::Printed("評価及び報告の予定時期"),
            Term::Template(Label::List(rmp_model::Plan::Pv)),
        ]
    );
}

#[test]
fn the_conditions_of_use_hold_their_four_requirement_blocks() {
    let rmp = dataset();
    let page = activity_page(&rmp, "conditions-of-use").unwrap();
    use Label::*;
    let method = page
        .sections
        .iter()
        .find(|s| s.heading == Term::Template(RmMethod))
        .unwrap();
    let groups: Vec<Term> = method
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Group(label, _) => Some(*label),
            _ => None,
        })
        .collect();
    let t = Term::Template;
    assert_eq!(
        groups,
        vec![
            t(PhysicianRequirements),
            t(FacilityRequirements),
            t(PreExplanation),
            t(DistributionControl)
        ]
    );
    assert!(method.blocks.iter().any(
        |b| matches!(b, Block::Group(_, ps) if ps.iter().any(|p| p.starts_with("＊1：集中治療室")))
    ));
    assert_eq!(
        headings(&page).last(),
        Some(&Term::Template(List(rmp_model::Plan::Rm)))
    );
}

#[test]
fn list_only_and_routine_activities_have_pages_too() {
    let rmp = dataset();
    let iv = activity_page(&rmp, "eppv-iv").unwrap();
    assert!(iv
        .sections
        .last()
        .unwrap()
        .blocks
        .contains(&Block::ListOnly));
    assert!(iv.sections.last().unwrap().blocks.contains(&Block::Pair(
        Term::Template(Label::Report),
        "作成済（2025 年 11 月提出）"
    )));
    let routine = activity_page(&rmp, "routine-pv").unwrap();
    assert_eq!(
        headings(&routine),
        vec![
            Term::Template(Label::RoutineOutline(rmp_model::Plan::Pv)),
            Term::Template(Label::SafetyConcerns),
            Term::Template(Label::List(rmp_model::Plan::Pv)),
        ]
    );
}

/// Ids, references to other parts, enum codes, numbers kept as numbers and
/// ISO dates: what the page need not print as text.
const NOT_TEXT: &[&str] = &[
    "id",
    "kind",
    "safety_concerns",
    "start",
    "end",
    "status",
    "report_date",
];

/// Every string under `value`, with its JSON path, leaving out [`NOT_TEXT`] keys.
fn strings(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) => out.push((path, s.clone())),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                strings(v, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                if !NOT_TEXT.contains(&k.as_str()) {
                    strings(v, format!("{path}.{k}"), out);
                }
            }
        }
        _ => {}
    }
}

/// Each activity of sections 2–5 against its page: the strings missing, by path.
fn missing_from_pages(text: &str) -> Vec<String> {
    let rmp = parse(text).unwrap();
    let doc: Value = serde_json::from_str(text).unwrap();
    let mut missing = Vec::new();
    let lists = [
        "pv_plan.additional",
        "efficacy_studies",
        "rm_plan.additional",
        "lists.pv.additional",
        "lists.efficacy",
        "lists.rm.additional",
    ];
    for list in lists {
        let pointer = format!("/{}", list.replace('.', "/"));
        for (i, activity) in doc
            .pointer(&pointer)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
        {
            let id = activity["id"].as_str().unwrap();
            let page = activity_page(&rmp, id).unwrap();
            let shown = page.texts();
            let mut found = Vec::new();
            strings(activity, format!("$.{list}[{i}]"), &mut found);
            missing.extend(
                found
                    .into_iter()
                    .filter(|(_, s)| !shown.contains(&s.as_str()))
                    .map(|(path, s)| format!("{path}: {s}")),
            );
        }
    }
    for (plan, id) in [("pv", "routine-pv"), ("rm", "routine-rm")] {
        let page = activity_page(&rmp, id).unwrap();
        let shown = page.texts();
        for part in [format!("{plan}_plan"), format!("lists/{plan}")] {
            let mut found = Vec::new();
            let routine = doc.pointer(&format!("/{part}/routine")).unwrap();
            strings(
                routine,
                format!("$.{}.routine", part.replace('/', ".")),
                &mut found,
            );
            missing.extend(
                found
                    .into_iter()
                    .filter(|(_, s)| !shown.contains(&s.as_str()))
                    .map(|(path, s)| format!("{path}: {s}")),
            );
        }
    }
    missing
}

#[test]
fn every_string_of_every_activity_is_on_its_page() {
    assert_eq!(missing_from_pages(DATASET), Vec::<String>::new());
    assert_eq!(missing_from_pages(COMPLETE), Vec::<String>::new());
    let size = SynthSize {
        risks: 12,
        cohorts: 4,
        events: 3,
        activities: 30,
        seed: 7,
    };
    let synthetic = synth(&dataset_value(), size).to_string();
    assert_eq!(missing_from_pages(&synthetic), Vec::<String>::new());
}

/// Every property the model's schema defines, by name.
fn schema_properties(value: &Value, out: &mut std::collections::BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                out.extend(props.keys().cloned());
            }
            map.values().for_each(|v| schema_properties(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| schema_properties(v, out)),
        _ => {}
    }
}

/// Every key used anywhere in a document, with a non-empty value.
fn filled_keys(value: &Value, out: &mut std::collections::BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let empty = matches!(v, Value::Array(a) if a.is_empty()) || v.is_null();
                if !empty {
                    out.insert(k.clone());
                }
                filled_keys(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| filled_keys(v, out)),
        _ => {}
    }
}

#[test]
fn the_complete_fixture_fills_every_field_of_the_model() {
    let mut defined = Default::default();
    schema_properties(&schema(), &mut defined);
    let mut filled = Default::default();
    filled_keys(&serde_json::from_str(COMPLETE).unwrap(), &mut filled);
    let unfilled: Vec<&String> = defined.difference(&filled).collect();
    assert!(
        unfilled.is_empty(),
        "fields the fixture leaves empty: {unfilled:?}"
    );
    let rmp = parse(COMPLETE).unwrap();
    assert!(!rmp.safety_specification.potential_risks.is_empty());
    assert!(!rmp.safety_specification.missing_information.is_empty());
    assert!(!rmp.efficacy_considerations.is_empty() && !rmp.efficacy_studies.is_empty());
}

#[test]
fn search_finds_every_text_of_every_activity_page_and_jumps_to_it() {
    use rmp_view_model::search::{SearchIndex, Target};
    for text in [DATASET, COMPLETE] {
        let rmp = parse(text).unwrap();
        let index = SearchIndex::new(&rmp);
        for page in activity_pages(&rmp) {
            let target = Target::Activity(page.item.id.clone());
            for t in page.texts().into_iter().filter(|t| !t.trim().is_empty()) {
                let hits = index.search(t, 10_000);
                assert!(
                    hits.iter().any(|h| h.target == target),
                    "{}: searching {t:?} does not reach the page",
                    page.item.id
                );
            }
        }
    }
}
