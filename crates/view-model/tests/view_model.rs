//! The view-model functions over the Lunsumio dataset.
#![cfg(not(target_arch = "wasm32"))]

use rmp_model::{parse, ActivityStatus, Rmp};
use rmp_model::{Kind, Plan};
use rmp_testkit::*;
use rmp_view_model::board::{board_items, columns, BoardFilter};
use rmp_view_model::chart::{chart, Shape, NARROW, WIDE};
use rmp_view_model::incidence_rows::all_records;
use rmp_view_model::matrix::matrix;
use rmp_view_model::open::{http_status, open};
use rmp_view_model::search::{status, SearchIndex, Target, HIT_LIMIT};
use rmp_view_model::table::{csv_text, layout};
use rmp_view_model::text::{EN, JA};
use rmp_view_model::timeline::{iso_day, timeline};

fn dataset() -> Rmp {
    parse(DATASET).unwrap()
}

#[test]
fn table_layout_has_two_header_rows_and_spanning_event_labels() {
    let rmp = dataset();
    let crs = &rmp.safety_specification.identified_risks[0].incidence[0];
    let t = layout(crs);
    assert_eq!(t.groups, vec![("点滴静注", 2), ("皮下注", 4)]);
    assert_eq!(t.cohorts.len(), 6);
    assert_eq!(t.cohorts[5].n, 135);
    assert_eq!(t.rows.len(), 4);
    let (label, notes, span) = t.rows[0].event.unwrap();
    assert_eq!((label, notes, span), ("CRS", &["*1".to_string()][..], 2));
    assert!(t.rows[1].event.is_none());
    assert_eq!(t.rows[0].grade_label, "全Grade");
    assert_eq!(t.rows[1].grade_label, "Grade≧3");
    assert_eq!(t.rows[0].cells[0].printed, "41（45.6%）");
    assert_eq!(t.rows[1].cells[3].printed, "0");
    assert!(t
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .all(|c| c.computed_when_different.is_none()));
}

#[test]
fn the_one_mismatching_cell_carries_its_computed_value() {
    let rmp = dataset();
    let infections = &rmp.safety_specification.identified_risks[2].incidence[0];
    let t = layout(infections);
    let cell = &t.rows[1].cells[0];
    assert_eq!(cell.printed, "15（16.6%）");
    assert_eq!(cell.computed_when_different.as_deref(), Some("16.7"));
    let flagged: usize = rmp
        .safety_specification
        .identified_risks
        .iter()
        .flat_map(|c| &c.incidence)
        .map(|t| {
            layout(t)
                .rows
                .iter()
                .flat_map(|r| &r.cells)
                .filter(|c| c.computed_when_different.is_some())
                .count()
        })
        .sum();
    assert_eq!(flagged, 1);
    // Every cohort's label fits left of the bars, in whole: cut into lines, nothing lost.
    for table in rmp.concerns().flat_map(|(_, c)| &c.incidence) {
        let l = layout(table);
        for (k, frame) in chart(&l)
            .events
            .iter()
            .flat_map(|e| &e.cohorts)
            .flat_map(|k| [(k, WIDE), (k, NARROW)])
        {
            let lines = rmp_view_model::chart::label_lines(&k.label, frame.label_chars);
            assert!(
                lines
                    .iter()
                    .all(|line| line.chars().count() <= frame.label_chars),
                "{lines:?}"
            );
            let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(squeeze(&lines.concat()), squeeze(&k.label));
            // No number or Latin word is cut in two ("（4" / "0例）"): a line
            // ends at a space of the label or between two other characters.
            let mut at = 0;
            for line in &lines[..lines.len() - 1] {
                at = k.label[at..]
                    .find(line)
                    .map(|i| at + i + line.len())
                    .expect("in order");
                let (a, b) = (k.label[..at].chars().last(), k.label[at..].chars().next());
                let split = a.is_some_and(|c| c.is_ascii_alphanumeric())
                    && b.is_some_and(|c| c.is_ascii_alphanumeric());
                assert!(!split, "{lines:?}");
            }
        }
    }
}

#[test]
fn neurological_footnotes_bind_to_cells() {
    let rmp = dataset();
    let t = layout(&rmp.safety_specification.identified_risks[1].incidence[0]);
    let icans = &t.rows[2];
    assert_eq!(icans.event_label, "ICANS");
    assert_eq!(icans.cells[0].notes, ["*1".to_string()]);
    assert_eq!(icans.cells[1].notes, ["*2".to_string()]);
    assert_eq!(icans.cells[1].printed, "1（5.3%）");
}

#[test]
fn board_holds_every_activity_including_list_only_ones() {
    let rmp = dataset();
    let items = board_items(&rmp);
    let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "routine-pv",
            "routine-rm",
            "eppv-iv",
            "lun2501",
            "eppv-sc",
            "eppv-info-iv",
            "eppv-info-sc",
            "hcp-guide",
            "patient-handbook",
            "conditions-of-use"
        ]
    );
    let iv = items.iter().find(|i| i.id == "eppv-iv").unwrap();
    assert!(!iv.in_outline);
    assert_eq!(iv.status, Some(ActivityStatus::Completed));
    assert_eq!(iv.report, Some("作成済（2025 年 11 月提出）"));
    let lun = items.iter().find(|i| i.id == "lun2501").unwrap();
    assert_eq!(lun.code, Some("LUN2501"));
    assert_eq!(lun.risks, vec![("crs", "サイトカイン放出症候群")]);
    let hcp = items.iter().find(|i| i.id == "hcp-guide").unwrap();
    assert_eq!(hcp.risks.len(), 6);
    assert_eq!(items[0].kind, Kind::Routine);
    assert_eq!(items[0].risks.len(), 6);
}

#[test]
fn board_columns_and_filters() {
    let rmp = dataset();
    let items = board_items(&rmp);
    let all = columns(&items, &BoardFilter::default());
    assert_eq!(
        (
            all.routine.len(),
            all.planned.len(),
            all.ongoing.len(),
            all.completed.len(),
            all.unlisted.len()
        ),
        (2, 0, 6, 2, 0)
    );
    let rm = columns(
        &items,
        &BoardFilter {
            plan: Some(Plan::Rm),
            risk: None,
            routine: None,
        },
    );
    assert_eq!(
        (rm.ongoing.len(), rm.completed.len(), rm.routine.len()),
        (4, 1, 1)
    );
    let pv = columns(
        &items,
        &BoardFilter {
            plan: Some(Plan::Pv),
            risk: None,
            routine: None,
        },
    );
    assert_eq!((pv.ongoing.len(), pv.completed.len()), (2, 1));
    let crs = columns(
        &items,
        &BoardFilter {
            plan: None,
            risk: Some("crs".into()),
            routine: None,
        },
    );
    let names: Vec<&str> = crs.ongoing.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        names,
        [
            "lun2501",
            "hcp-guide",
            "patient-handbook",
            "conditions-of-use"
        ]
    );
    let flare = columns(
        &items,
        &BoardFilter {
            plan: Some(Plan::Pv),
            risk: Some("tumor-flare".into()),
            routine: None,
        },
    );
    assert_eq!((flare.ongoing.len(), flare.routine.len()), (0, 1));
    // Routine or additional: the additional ones alone, and how many are hidden.
    let additional = BoardFilter {
        routine: Some(false),
        ..BoardFilter::default()
    };
    let only = columns(&items, &additional);
    assert_eq!(
        (
            only.routine.len(),
            only.ongoing.len() + only.completed.len()
        ),
        (0, 8)
    );
    assert_eq!(
        rmp_view_model::board::shown_and_hidden(&items, &additional),
        (8, 2)
    );
    let routine = BoardFilter {
        routine: Some(true),
        plan: Some(Plan::Rm),
        ..BoardFilter::default()
    };
    assert_eq!(
        rmp_view_model::board::shown_and_hidden(&items, &routine),
        (1, 9)
    );
}

#[test]
fn matrix_both_directions() {
    let rmp = dataset();
    let items = board_items(&rmp);
    let m = matrix(&rmp, &items);
    assert_eq!(m.rows.len(), 6);
    assert_eq!(
        m.activities_for("crs"),
        [
            "routine-pv",
            "routine-rm",
            "lun2501",
            "hcp-guide",
            "patient-handbook",
            "conditions-of-use"
        ]
    );
    assert_eq!(
        m.activities_for("infections"),
        ["routine-pv", "routine-rm", "hcp-guide", "patient-handbook"]
    );
    assert_eq!(m.concerns_for("conditions-of-use"), ["crs"]);
    assert_eq!(m.concerns_for("patient-handbook").len(), 6);
    assert!(m.activities_for("nothing").is_empty());
}

#[test]
fn search_finds_text_anywhere_and_where_it_is() {
    let rmp = dataset();
    let index = SearchIndex::new(&rmp);
    let hits = index.search("LUN2501", 50);
    assert!(hits
        .iter()
        .any(|h| h.target == Target::Activity("lun2501".into())));
    assert!(
        hits.iter().any(|h| h.target == Target::Risk("crs".into())),
        "the CRS card names LUN2501"
    );
    // Case and width do not matter; the match keeps the printed text.
    let hits = index.search("ｌｕｎ２５０１", 50);
    assert_eq!(hits[0].matched, "LUN2501");
    assert_eq!(
        hits[0].target,
        Target::Activity("lun2501".into()),
        "the activity named by the query comes first"
    );
    let hits = index.search("好中球減少症", 50);
    assert_eq!(hits[0].target, Target::Risk("cytopenias".into()));
    assert!(index
        .search("トシリズマブ", 50)
        .iter()
        .all(|h| h.target == Target::Activity("conditions-of-use".into())));
    assert!(index
        .search("30700AMX00257000", 50)
        .iter()
        .any(|h| h.target == Target::Overview));
    assert!(index.search("   ", 50).is_empty());
    assert!(index.search("存在しない語句", 50).is_empty());
    assert_eq!(index.search("の", 5).len(), 5);
}

#[test]
fn the_search_status_says_none_how_many_or_that_the_list_stops() {
    let index = SearchIndex::new(&dataset());
    assert_eq!(status("   ", 0, &JA), "");
    assert_eq!(status("存在しない語", 0, &JA), JA.search_none);
    let hits = index.search("LUN2501", HIT_LIMIT).len();
    assert!(hits > 0 && hits < HIT_LIMIT);
    assert_eq!(
        status("LUN2501", hits, &EN),
        format!("{hits}{}", EN.hits_suffix)
    );
    // A one-character query stops the list at the limit, and says so.
    let many = index.search("の", HIT_LIMIT).len();
    assert_eq!(many, HIT_LIMIT);
    assert_eq!(
        status("の", many, &JA),
        format!("{HIT_LIMIT}+{}", JA.hits_suffix)
    );
}

#[test]
fn warnings_read_in_the_readers_words_with_their_card() {
    use rmp_view_model::notes::reader_note;
    use rmp_view_model::text::EN;
    let opened = open(DATASET.as_bytes()).expect("opens");
    let w = &opened.warnings[0];
    let ja = reader_note(w, &opened.rmp, &JA).expect("a cell's warning");
    assert_eq!(
        ja.place,
        Some(rmp_view_model::route::Route::Risks(Some(
            "infections".into()
        )))
    );
    assert!(ja.table);
    assert!(ja.text.starts_with("感染症 › "), "{}", ja.text);
    assert!(
        ja.text
            .contains("表の 16.6% は 15/90 から計算すると 16.7% です"),
        "{}",
        ja.text
    );
    assert!(
        !ja.text.contains("safety_specification"),
        "no JSON path for the reader"
    );
    let en = reader_note(w, &opened.rmp, &EN).expect("a cell's warning");
    assert!(
        en.text
            .contains("the table prints 16.6%; 15/90 gives 16.7%"),
        "{}",
        en.text
    );
    // A path that names no cell has no reader's words: its own message is shown.
    let mut other = w.clone();
    other.path = "safety_specification.identified_risks[99].incidence[0].events[0].grades[0].cells[0].percent".into();
    assert_eq!(reader_note(&other, &opened.rmp, &JA), None);
}

#[test]
fn search_ignores_whitespace_and_width_and_finds_labels_and_cells() {
    let rmp = dataset();
    let index = SearchIndex::new(&rmp);
    // The document writes "24 時間": the query without the space finds it,
    // and the match is the printed text, space and all.
    let hits = index.search("24時間", 50);
    assert!(!hits.is_empty());
    assert_eq!(hits[0].matched, "24 時間");
    assert_eq!(index.search("２４　時間", 50).len(), hits.len());
    let crs = index.search("ＣＲＳ", 50);
    assert!(crs.iter().any(|h| h.matched == "CRS"));
    // The template's labels of an activity page.
    for label in ["観察期間", "症例数設定根拠"] {
        assert!(
            index
                .search(label, 50)
                .iter()
                .any(|h| matches!(h.target, Target::Activity(_))),
            "{label}"
        );
    }
    // A number of a table names its cell: the concern, the event and grade, the cohort.
    let hits = index.search("16.6", 50);
    let cell = hits
        .iter()
        .find(|h| h.matched == "16.6")
        .expect("the cell printed 16.6%");
    assert_eq!(cell.target, Target::Risk("infections".into()));
    let place = cell.section.text(&JA);
    assert!(
        place.starts_with("感染症 › ") && place.contains("Grade") && place.contains("GO29781"),
        "{place}"
    );
    assert_eq!(
        format!("{}{}{}", cell.before, cell.matched, cell.after),
        "15（16.6%）"
    );
}

#[test]
fn timeline_draws_dated_periods_and_lists_the_rest() {
    let rmp = dataset();
    let t = timeline(&rmp, 20261124);
    assert_eq!(
        t.submitted,
        Some(20260323),
        "the day the statuses are as of"
    );
    let labels: Vec<(&str, u32, u32)> = t
        .items
        .iter()
        .map(|i| (i.label.text(&JA), i.start, i.end))
        .collect();
    assert_eq!(
        labels,
        [
            ("調査期間", 20250401, 20270531),
            ("登録期間", 20250401, 20260930),
            ("報告書", 20251101, 20251130),
            ("報告書", 20280531, 20280531)
        ]
    );
    // LUN2501's reports are due "調査終了から 1 年以内": a year after its
    // survey period's planned end, drawn as an estimate with its rule. The
    // SC EPPV's "市販直後調査終了から 2 カ月以内" counts from an end the
    // document does not date: no estimate.
    let estimates: Vec<_> = t.items.iter().filter_map(|i| i.estimate.as_ref()).collect();
    assert_eq!(estimates.len(), 1);
    let e = estimates[0];
    assert_eq!(
        (e.activity, e.rule, e.from_label, e.from, e.by),
        (
            "lun2501",
            "調査終了から 1 年以内",
            "調査期間",
            20270531,
            20280531
        )
    );
    assert_eq!(
        JA.estimate_text(e),
        "2028-05-31 までに（調査期間の終了 2027-05-31 から「調査終了から 1 年以内」として計算した推定。文書の記載：中間報告書，最終報告書：対象症例の再調査完了または調査終了から 1 年以内を予定）"
    );
    assert!(t.undated.iter().any(|u| u.activity == "eppv-sc"));
    assert_eq!((t.from, t.to), (20250401, 20280531));
    assert!(t.undated.iter().any(|u| u.text == "販売開始後 6 カ月間"));
    assert!(t.undated.iter().any(|u| u.text == "安全性定期報告書提出時"));
    let today = t.position(20261124);
    // 2025-04-01 → 2026-11-24 is 602 days of the 1,156 to 2028-05-31.
    assert!((today - 602.0 / 1156.0).abs() < 1e-9, "{today}");
    assert_eq!(t.position(20250401), 0.0);
}

#[test]
fn csv_text_matches_the_export_and_quotes_when_needed() {
    let rmp = dataset();
    let text = csv_text(&all_records(&rmp));
    assert!(text.starts_with("risk,event,grade,study,cohort,route,N,n,percent\r\n"));
    assert_eq!(text.matches("\r\n").count(), 145);
    let mut doc = dataset_value();
    set(
        &mut doc,
        "/safety_specification/identified_risks/0/name",
        serde_json::json!("a, \"b\""),
    );
    let rmp = parse(&doc.to_string()).unwrap();
    assert!(csv_text(&all_records(&rmp)).contains("\"a, \"\"b\"\"\",CRS,all"));
}

#[test]
fn chart_has_one_bar_per_cell_with_printed_values_and_a_round_scale() {
    let rmp = dataset();
    let infections = rmp.concern("infections").unwrap();
    let table = &infections.incidence[0];
    let l = layout(table);
    let c = chart(&l);
    assert_eq!(c.events.len(), table.events.len());
    let bars: usize = c
        .events
        .iter()
        .flat_map(|e| &e.cohorts)
        .map(|k| k.bars.len())
        .sum();
    let cells: usize = table
        .events
        .iter()
        .flat_map(|e| &e.grades)
        .map(|g| g.cells.len())
        .sum();
    assert_eq!(bars, cells);
    let first = &c.events[0].cohorts[0];
    assert_eq!(first.bars[0].printed, "46（51.1%）");
    assert_eq!(first.bars[0].tenths, 511);
    // The printed 16.6 is drawn as printed, not as the computed 16.7.
    assert_eq!(first.bars[1].grade, "ge3");
    assert_eq!(first.bars[1].tenths, 166);
    // … and marked, as the table marks it, with n/N beside; no other bar is.
    assert_eq!(first.bars[1].computed.as_deref(), Some("16.7"));
    let flagged = c
        .events
        .iter()
        .flat_map(|e| &e.cohorts)
        .flat_map(|k| &k.bars)
        .filter(|b| b.computed.is_some())
        .count();
    assert_eq!(flagged, 1);
    assert_eq!(c.scale_tenths, 600);
    let words = c.describe();
    assert!(
        words.contains("46（51.1%）") && words.contains("15（16.6%）"),
        "{words}"
    );
}

/// About how wide a text is at the chart's type size: 12 units a
/// full-width character, 7 any other.
fn drawn_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 7.0 } else { 12.0 })
        .sum()
}

#[test]
fn every_chart_fits_its_frame_wide_and_narrow() {
    let rmp = dataset();
    for table in rmp.concerns().flat_map(|(_, c)| &c.incidence) {
        let l = layout(table);
        let c = chart(&l);
        for frame in [WIDE, NARROW] {
            let (shapes, height) = c.shapes(&frame);
            let mut last_label_end = 0.0;
            for shape in &shapes {
                match shape {
                    Shape::Bar {
                        y,
                        width,
                        printed,
                        computed,
                        ..
                    } => {
                        let flag = computed.map_or(0.0, |c| drawn_width(&format!(" ⚠ n/N {c}%")));
                        let right = frame.bar_x + width + 6.0 + drawn_width(printed) + flag;
                        assert!(
                            right <= frame.width,
                            "{printed} ends at {right} of {}",
                            frame.width
                        );
                        // Above its bars, a label never runs into them.
                        assert!(*y + 2.0 >= last_label_end, "{printed} under its label");
                        assert!(*y < height);
                    }
                    Shape::Cohort { y, x, end, lines } => {
                        assert_eq!(*end, !frame.label_above);
                        let widest = lines.iter().map(|l| drawn_width(l)).fold(0.0, f64::max);
                        if frame.label_above {
                            assert!(*x + widest <= frame.width, "{lines:?}");
                            last_label_end = y + (lines.len() as f64 - 1.0) * 14.0;
                        } else {
                            assert!(widest <= *x, "{lines:?}");
                        }
                    }
                    Shape::Event { .. } => {}
                }
            }
        }
    }
}

#[test]
fn opening_reports_the_first_error_with_where_and_keeps_warnings() {
    let opened = open(DATASET.as_bytes()).unwrap();
    assert_eq!(opened.warnings.len(), 1);
    assert_eq!(opened.warnings[0].code, "percent-mismatch");

    let truncated = &DATASET.as_bytes()[..DATASET.len() / 2];
    let p = open(truncated).unwrap_err().error;
    assert_eq!(p.code, "truncated");
    assert!(p.position.is_some_and(|p| p.line > 1), "{p:?}");

    let mut doc = dataset_value();
    set(
        &mut doc,
        "/safety_specification/identified_risks/1/id",
        serde_json::json!("crs"),
    );
    let p = open(doc.to_string().as_bytes()).unwrap_err().error;
    assert_eq!(p.code, "duplicate-id");
    assert!(
        p.path
            .starts_with("safety_specification.identified_risks[1]"),
        "{p:?}"
    );

    let p = open(b"<!doctype html><title>404</title>")
        .unwrap_err()
        .error;
    assert_eq!(p.code, "not-json");
    let p = http_status("https://example.test/x.json", 404, "Not Found");
    assert!(p.message.contains("https://example.test/x.json") && p.message.contains("404"));
}

#[test]
fn timeline_axis_ticks_each_new_year_inside_the_span() {
    let rmp = dataset();
    let tl = timeline(&rmp, 20261124);
    let years = tl.years();
    assert!(!years.is_empty());
    assert!(years
        .windows(2)
        .all(|w| w[0].0 + 1 == w[1].0 && w[0].1 < w[1].1));
    assert!(years.iter().all(|(_, at)| (0.0..=1.0).contains(at)));
    assert_eq!(iso_day(20261124), "2026-11-24");
    assert!(tl.undated.iter().all(|u| !u.activity.is_empty()));
}

#[test]
fn a_pasted_paragraph_is_found_whole_and_a_longer_query_finds_nothing() {
    use rmp_view_model::search::{status, MAX_QUERY};
    use rmp_view_model::text::EN;
    let rmp = dataset();
    let index = SearchIndex::new(&rmp);
    let paragraph = &rmp.pv_plan.additional[1].rationale[0].paragraphs[0];
    assert!(paragraph.chars().count() > 200);
    // A whole paragraph pasted finds its place, all of it marked.
    let hits = index.search(paragraph, 10);
    assert_eq!(
        hits.first().map(|h| &h.target),
        Some(&Target::Activity("lun2501".into()))
    );
    assert_eq!(
        hits[0]
            .matched
            .chars()
            .filter(|c| !c.is_whitespace())
            .count(),
        paragraph.chars().filter(|c| !c.is_whitespace()).count()
    );
    // The paragraph and more than it says: no hit, never one found by a part.
    let more = format!("{paragraph}の");
    assert!(index.search(&more, 10).is_empty());
    // Past the limit: not searched, and the status says why.
    let pasted = format!("{paragraph}{}", "の".repeat(MAX_QUERY));
    assert!(index.search(&pasted, 10).is_empty());
    assert!(
        status(&pasted, 0, &EN).contains("too long"),
        "{}",
        status(&pasted, 0, &EN)
    );
}

#[test]
fn back_from_an_activity_page_goes_where_the_reader_came_from() {
    use rmp_view_model::route::{back_from, Route};
    use rmp_view_model::text::{EN, JA};
    let card = Route::Risks(Some("crs".into()));
    assert_eq!(back_from(Some(&card)), card);
    assert_eq!(back_from(Some(&Route::Matrix)), Route::Matrix);
    assert_eq!(back_from(Some(&Route::Board)), Route::Board);
    assert_eq!(
        back_from(Some(&Route::Activity("lun2501".into()))),
        Route::Board
    );
    assert_eq!(back_from(None), Route::Board);
    assert_eq!(JA.back_to_view(card.view()), "安全性検討事項に戻る");
    assert_eq!(
        EN.back_to_view(Route::Board.view()),
        "Back to Activity status"
    );
}
