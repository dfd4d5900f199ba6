//! The conditions of use as a checklist, over the Lunsumio dataset.
#![cfg(not(target_arch = "wasm32"))]

use html_escape::encode_quoted_attribute as escape;
use rmp_model::{parse, Rmp};
use rmp_testkit::DATASET;
use rmp_view_model::activity::Label;
use rmp_view_model::checklist::{checklist, markup, Line, Ticks};
use rmp_view_model::text::{EN, JA};

fn dataset() -> Rmp {
    parse(DATASET).unwrap()
}

#[test]
fn every_requirement_is_an_item_and_every_other_line_a_note() {
    let rmp = dataset();
    let list = checklist(&rmp, "conditions-of-use").expect("Lunsumio sets conditions of use");
    let labels: Vec<Label> = list.blocks.iter().map(|b| b.label).collect();
    assert_eq!(
        labels,
        [
            Label::PhysicianRequirements,
            Label::FacilityRequirements,
            Label::PreExplanation,
            Label::DistributionControl
        ]
    );
    let conditions = rmp
        .rm_plan
        .additional
        .iter()
        .find_map(|a| a.conditions.as_ref())
        .unwrap();
    let printed = [
        &conditions.physician_requirements,
        &conditions.facility_requirements,
        &conditions.pre_explanation,
        &conditions.distribution_control,
    ];
    // Every line of the document is in the list, in order: nothing left
    // out, nothing reworded but the bullet an item's box replaces.
    for (block, paragraphs) in list.blocks.iter().zip(printed) {
        assert_eq!(block.lines.len(), paragraphs.len());
        for (line, p) in block.lines.iter().zip(paragraphs) {
            match line {
                Line::Item { text, .. } => assert_eq!(format!("・{text}"), *p),
                Line::Note(text) => {
                    assert_eq!(text, p);
                    assert!(!p.starts_with('・'), "{p}");
                }
            }
        }
    }
    let notes: Vec<&str> = list
        .blocks
        .iter()
        .flat_map(|b| &b.lines)
        .filter_map(|l| match l {
            Line::Note(t) => Some(*t),
            Line::Item { .. } => None,
        })
        .collect();
    assert_eq!(notes.len(), 4, "{notes:?}");
    assert!(notes[0].starts_with("＊1：") && notes[2] == "提供資材：");
    // 3 + 3 + 7 + 1 requirements, each with its own id.
    let ids: Vec<&str> = list.items().collect();
    assert_eq!(ids.len(), 14);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
}

#[test]
fn the_list_is_kept_per_document_and_version() {
    let rmp = dataset();
    let key = checklist(&rmp, "conditions-of-use").unwrap().key;
    assert!(key.starts_with("rmp-viewer.checklist:") && key.contains("2026-03-23"));
    // A later version: a new list.
    let mut later = rmp.clone();
    later.document.submitted.date = Some("2026-09-01".into());
    assert_ne!(checklist(&later, "conditions-of-use").unwrap().key, key);
    // Another product with the same dates: a new list.
    let mut other = rmp.clone();
    other.document.product_name = "別の製品".into();
    assert_ne!(checklist(&other, "conditions-of-use").unwrap().key, key);
    // An activity without conditions of use has none.
    assert!(checklist(&rmp, "hcp-guide").is_none());
    assert!(checklist(&rmp, "no-such-activity").is_none());
}

#[test]
fn a_changed_requirement_loses_its_tick() {
    let rmp = dataset();
    let list = checklist(&rmp, "conditions-of-use").unwrap();
    let first = list.items().next().unwrap().to_string();
    let mut changed = rmp.clone();
    let c = changed.rm_plan.additional[3].conditions.as_mut().unwrap();
    c.physician_requirements[0].push_str("（改訂）");
    let again = checklist(&changed, "conditions-of-use").unwrap();
    assert_ne!(again.items().next().unwrap(), first);
    // The other items keep theirs.
    assert_eq!(
        again.items().skip(1).collect::<Vec<_>>(),
        list.items().skip(1).collect::<Vec<_>>()
    );
}

#[test]
fn ticks_are_read_back_and_anything_unreadable_is_nothing_ticked() {
    let rmp = dataset();
    let list = checklist(&rmp, "conditions-of-use").unwrap();
    let mut ticks = Ticks::default();
    for id in list.items().take(3) {
        ticks.tick(id, true);
    }
    ticks.tick("a line the document no longer has", true);
    ticks.tick("a line the document no longer has", true);
    assert_eq!(ticks.checked.len(), 4, "a tick is kept once");
    ticks.by = "薬剤部 山田".into();
    ticks.on = "2026-11-30".into();
    let kept = ticks.write();
    assert_eq!(Ticks::read(Some(&kept)), ticks);
    assert_eq!(ticks.count(&list), (3, 14));
    let mut fewer = ticks.clone();
    fewer.tick(list.items().next().unwrap(), false);
    assert_eq!(fewer.count(&list), (2, 14));
    for bad in ["", "{", "[1,2]", "null", "checked\tx", "\u{0}"] {
        assert_eq!(Ticks::read(Some(bad)), Ticks::default(), "{bad:?}");
    }
    assert_eq!(Ticks::read(None), Ticks::default());
    // A newer writer's lines are passed over; a name typed with a line
    // break or a tab stays one line.
    let partial = Ticks::read(Some("rmp-viewer checklist 1\nby\tx\nextra\t1\nchecked\t\n"));
    assert_eq!(partial.by, "x");
    assert!(partial.checked.is_empty());
    let odd = Ticks {
        by: "山田\n花子\t(薬剤部)".into(),
        ..Ticks::default()
    };
    assert_eq!(Ticks::read(Some(&odd.write())).by, "山田 花子 (薬剤部)");
}

#[test]
fn the_markup_carries_every_line_ticks_and_counts_and_escapes_all_text() {
    let rmp = dataset();
    let list = checklist(&rmp, "conditions-of-use").unwrap();
    let mut ticks = Ticks::default();
    let first = list.items().next().unwrap().to_string();
    ticks.tick(&first, true);
    ticks.by = "\"><script>alert(1)</script>".into();
    let html = markup(&list, &ticks, &JA, true, "conditions-of-use-checklist");
    assert!(html.contains("<h3 id=\"conditions-of-use-checklist\">施設の確認チェックリスト</h3>"));
    assert!(html.contains("1 / 14 項目を確認済み"));
    assert_eq!(html.matches("type=\"checkbox\"").count(), 14);
    assert_eq!(html.matches(" checked>").count(), 1);
    assert!(html.contains(&format!("data-item=\"{first}\" checked>")));
    assert_eq!(html.matches("<fieldset>").count(), 4);
    assert!(html.contains("<legend>（2）施設要件</legend>"));
    // Every line of the conditions, escaped, as its text.
    let c = rmp.rm_plan.additional[3].conditions.as_ref().unwrap();
    for p in c
        .physician_requirements
        .iter()
        .chain(&c.facility_requirements)
        .chain(&c.pre_explanation)
        .chain(&c.distribution_control)
    {
        let bare = p.trim_start_matches('・');
        assert!(html.contains(escape(bare).as_ref()), "{p}");
    }
    // A typed name cannot close its attribute or open a tag.
    assert!(!html.contains("<script"));
    assert!(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    assert!(!html.contains("rmp-checklist-unkept"));
    // Where the browser keeps nothing, the list says so; in English too.
    let html = markup(&list, &Ticks::default(), &EN, false, "x");
    assert!(html.contains("rmp-checklist-unkept") && html.contains("0 of 14 items confirmed"));
    // Document text that looks like markup stays text.
    let mut hostile = rmp.clone();
    hostile.rm_plan.additional[3]
        .conditions
        .as_mut()
        .unwrap()
        .distribution_control = vec!["・<img src=x onerror=alert(1)> & 'q'".into()];
    let list = checklist(&hostile, "conditions-of-use").unwrap();
    let html = markup(&list, &Ticks::default(), &JA, true, "x");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &#x27;q&#x27;"));
    assert!(!html.contains("<img"));
}

#[test]
fn a_huge_kept_value_reads_in_one_pass_and_unknown_ticks_are_dropped() {
    // 100,000 ticks of ids the checklist does not have, and one it has, twice.
    let mut kept = String::from("rmp-viewer checklist 1\nby\tx\non\t\n");
    for i in 0..100_000 {
        kept.push_str(&format!("checked\tforged-{i}\n"));
    }
    kept.push_str("checked\treal\nchecked\treal\n");
    let read = Ticks::read(Some(&kept));
    assert_eq!(read.checked.len(), 100_001, "each id once");
    let known = read.known(&["real".to_string(), "other".to_string()]);
    assert_eq!(known.checked, ["real"]);
    assert!(
        !known.write().contains("forged"),
        "unknown ids are not written back"
    );
}
