//! What changed between two versions: one hand-made change of each kind is
//! found exactly (and nothing else), an unchanged copy gives nothing, and
//! Lunsumio's previous version gives what its change history says.
#![cfg(not(target_arch = "wasm32"))]

use rmp_model::{parse, Rmp};
use rmp_testkit::{dataset_value, set, synth, SynthSize};
use rmp_view_model::diff::{diff, grouped, ChangeKind, Segment, Subject};
use serde_json::{json, Value};

fn doc(v: &Value) -> Rmp {
    parse(&v.to_string()).expect("parses")
}

/// The changes from the dataset to the dataset edited by `edit`, as (kind, what).
fn changes(edit: impl FnOnce(&mut Value)) -> Vec<(ChangeKind, String)> {
    let old = dataset_value();
    let mut new = old.clone();
    edit(&mut new);
    diff(&doc(&old), &doc(&new))
        .changes
        .into_iter()
        .map(|c| (c.kind, c.what))
        .collect()
}

#[test]
fn an_unchanged_copy_has_no_changes() {
    let d = doc(&dataset_value());
    assert_eq!(diff(&d, &d.clone()).changes, vec![]);
    for seed in 1..6 {
        let s = synth(
            &dataset_value(),
            SynthSize {
                risks: 12,
                cohorts: 4,
                events: 3,
                activities: 10,
                seed,
            },
        );
        let s = doc(&s);
        assert_eq!(diff(&s, &s.clone()).changes, vec![], "seed {seed}");
    }
}

#[test]
fn each_kind_of_change_is_found_alone() {
    use ChangeKind::*;
    let risks = "/safety_specification/identified_risks";
    assert_eq!(
        changes(|v| set(v, &format!("{risks}/3/name"), json!("腫瘍フレア現象"))),
        [(ConcernRenamed, "腫瘍フレア現象".to_string())]
    );
    assert_eq!(
        changes(|v| {
            let c = v
                .pointer_mut(risks)
                .and_then(Value::as_array_mut)
                .unwrap()
                .remove(3);
            v.pointer_mut("/safety_specification/potential_risks")
                .and_then(Value::as_array_mut)
                .unwrap()
                .push(c);
        }),
        [(ConcernMoved, "腫瘍フレア".to_string())]
    );
    assert_eq!(
        changes(|v| {
            v.pointer_mut(risks)
                .and_then(Value::as_array_mut)
                .unwrap()
                .remove(4);
        }),
        [(ConcernRemoved, "腫瘍崩壊症候群".to_string())]
    );
    assert_eq!(
        changes(|v| {
            let mut c = v.pointer(&format!("{risks}/3")).unwrap().clone();
            c["id"] = json!("new-risk");
            c["name"] = json!("間質性肺疾患");
            v.pointer_mut(risks)
                .and_then(Value::as_array_mut)
                .unwrap()
                .push(c);
        }),
        [(ConcernAdded, "間質性肺疾患".to_string())]
    );
    assert_eq!(
        changes(|v| set(
            v,
            &format!("{risks}/5/incidence/0/events/1/grades/0/cells/0"),
            json!({ "n": 27, "percent": "30.0" })
        )),
        [(
            CellChanged,
            "好中球減少症 全Grade GO29781 試験 B11 FL RP2D コホート".to_string()
        )]
    );
    assert_eq!(
        changes(|v| set(v, "/lists/pv/additional/1/status_label", json!("終了"))),
        [(
            StatusChanged,
            "特定使用成績調査（再発又は難治性の濾胞性リンパ腫，点滴静注製剤）（LUN2501）"
                .to_string()
        )]
    );
    assert_eq!(
        changes(|v| set(
            v,
            "/lists/pv/additional/1/report",
            json!("作成済（2027 年 9 月提出）")
        )),
        [(
            ReportChanged,
            "特定使用成績調査（再発又は難治性の濾胞性リンパ腫，点滴静注製剤）（LUN2501）"
                .to_string()
        )]
    );
    assert_eq!(
        changes(|v| set(
            v,
            "/pv_plan/additional/1/plan/periods/0/printed",
            json!("2025 年 4 月～2027 年 11 月 30 日（予定）")
        )),
        [(
            PeriodChanged,
            "特定使用成績調査（再発又は難治性の濾胞性リンパ腫，点滴静注製剤）（LUN2501）"
                .to_string()
        )]
    );
    assert_eq!(
        changes(|v| set(
            v,
            "/rm_plan/additional/1/milestones/0/text",
            json!("安全性定期報告書提出時及び再審査申請時")
        )),
        [(
            MilestoneChanged,
            "医療従事者向け資材の作成及び提供（適正使用ガイド）".to_string()
        )]
    );
    assert_eq!(
        changes(|v| {
            v.pointer_mut("/rm_plan/additional")
                .and_then(Value::as_array_mut)
                .unwrap()
                .remove(2);
            v.pointer_mut("/lists/rm/additional")
                .and_then(Value::as_array_mut)
                .unwrap()
                .remove(3);
        }),
        [(
            ActivityRemoved,
            "患者向け資材の作成及び提供（患者ハンドブック）".to_string()
        )]
    );
    assert_eq!(
        changes(|v| set(
            v,
            "/overview/products/0/approval_number",
            json!("30600AMX00399000")
        )),
        [(OverviewChanged, "承認番号 (1)".to_string())]
    );
}

#[test]
fn a_changed_reason_is_shown_word_by_word() {
    let old = dataset_value();
    let mut new = old.clone();
    let path = "/safety_specification/identified_risks/2/reason/0";
    let text = new
        .pointer(path)
        .and_then(Value::as_str)
        .unwrap()
        .replace("多くの発現", "重篤な発現");
    set(&mut new, path, json!(text));
    let d = diff(&doc(&old), &doc(&new));
    assert_eq!(d.changes.len(), 1);
    let c = &d.changes[0];
    assert_eq!(c.kind, ChangeKind::ReasonChanged);
    assert_eq!(c.subject, Subject::Concern("infections".into()));
    assert!(
        c.words.contains(&Segment::Removed("多くの".into())),
        "{:?}",
        c.words
    );
    assert!(
        c.words.contains(&Segment::Added("重篤な".into())),
        "{:?}",
        c.words
    );
}

#[test]
fn lunsumio_since_2026_02_25_is_what_its_change_history_says() {
    let old: Value =
        serde_json::from_str(include_str!("../../../data/lunsumio-2026-02-25.json")).unwrap();
    let d = diff(&doc(&old), &doc(&dataset_value()));
    assert_eq!(d.since, "令和8年2月25日");
    let mut kinds: Vec<(ChangeKind, Subject)> = d
        .changes
        .iter()
        .map(|c| (c.kind, c.subject.clone()))
        .collect();
    kinds.sort_by_key(|k| format!("{k:?}"));
    let mut expected = vec![
        // 品目の概要：用法及び用量，効能又は効果
        (ChangeKind::OverviewChanged, Subject::Overview),
        (ChangeKind::OverviewChanged, Subject::Overview),
        // 5.1 and 5.3: the subcutaneous EPPV started.
        (
            ChangeKind::StatusChanged,
            Subject::Activity("eppv-sc".into()),
        ),
        (
            ChangeKind::StatusChanged,
            Subject::Activity("eppv-info-sc".into()),
        ),
    ];
    // 1.1: GO40516 Arm L and GO43643 Arm A in every risk.
    for risk in [
        "crs",
        "neurologic-events",
        "infections",
        "tumor-flare",
        "tumor-lysis-syndrome",
        "cytopenias",
    ] {
        expected.push((ChangeKind::CohortAdded, Subject::Concern(risk.into())));
        expected.push((ChangeKind::CohortAdded, Subject::Concern(risk.into())));
    }
    expected.sort_by_key(|k| format!("{k:?}"));
    assert_eq!(kinds, expected);
    let statuses: Vec<(&str, &str)> = d
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::StatusChanged)
        .map(|c| {
            (
                c.old.as_deref().unwrap_or(""),
                c.new.as_deref().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(statuses, [("計画中", "実施中"), ("計画中", "実施中")]);
    let cohorts: Vec<&str> = d
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::CohortAdded)
        .filter_map(|c| c.new.as_deref())
        .collect();
    assert!(cohorts
        .iter()
        .all(|c| c.starts_with("GO40516 試験 Arm L") || c.starts_with("GO43643 試験 Arm A")));
}

#[test]
fn changes_alike_but_for_where_they_are_read_as_one() {
    let old = parse(include_str!("../../../data/lunsumio-2026-02-25.json")).expect("parses");
    let new = doc(&dataset_value());
    let d = diff(&old, &new);
    let groups = grouped(&d.changes);
    // Two overview changes (each its own words), one group per added cohort
    // (six risks each), and the two activities that went from 計画中 to 実施中.
    let sizes: Vec<usize> = groups.iter().map(|g| g.places.len()).collect();
    assert_eq!(sizes, [1, 1, 6, 6, 2], "{groups:?}");
    assert_eq!(sizes.iter().sum::<usize>(), d.changes.len());
    let arm_l = &groups[2];
    assert_eq!(arm_l.first.kind, ChangeKind::CohortAdded);
    assert_eq!(arm_l.first.old, None, "an addition has no old value");
    assert!(arm_l.places.iter().all(|c| c.new == arm_l.first.new));
    assert_eq!(groups[4].first.kind, ChangeKind::StatusChanged);
    assert_eq!(groups[4].first.old.as_deref(), Some("計画中"));
}

#[test]
fn another_product_is_said_not_to_be_a_version() {
    let old = dataset_value();
    // Two versions of one product: nothing said, whatever else changed.
    let mut next = old.clone();
    set(
        &mut next,
        "/document/submitted/printed",
        json!("令和9年1月15日"),
    );
    assert!(diff(&doc(&old), &doc(&next)).other_product.is_empty());
    // Another product: its name, company and ingredient, each with both values.
    let mut other = old.clone();
    set(&mut other, "/document/product_name", json!("カルテリオ"));
    set(
        &mut other,
        "/document/company",
        json!("東和薬品工業株式会社"),
    );
    set(
        &mut other,
        "/document/active_ingredient",
        json!("エルタズマブ"),
    );
    let d = diff(&doc(&old), &doc(&other));
    let said: Vec<(&str, &str, &str)> = d
        .other_product
        .iter()
        .map(|f| (f.label, f.old.as_str(), f.new.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            ("販売名", "ルンスミオ", "カルテリオ"),
            ("製造販売業者", "中外製薬株式会社", "東和薬品工業株式会社"),
            ("有効成分", "モスネツズマブ（遺伝子組換え）", "エルタズマブ"),
        ]
    );
    // A name printed with other spaces is the same product.
    let mut spaced = old.clone();
    set(&mut spaced, "/document/company", json!("中外製薬 株式会社"));
    assert!(diff(&doc(&old), &doc(&spaced)).other_product.is_empty());
}
