//! Every warning the document can carry reads in the reader's words, in both
//! languages, with the place it is about; none shows a JSON path.
#![cfg(not(target_arch = "wasm32"))]

use rmp_model::Code;
use rmp_testkit::DATASET;
use rmp_view_model::notes::reader_note;
use rmp_view_model::open::open;
use rmp_view_model::route::Route;
use rmp_view_model::text::{EN, JA};
use serde_json::{json, Value};

/// The dataset changed by `edit`, opened; its warnings of `code`.
fn warned(
    edit: impl FnOnce(&mut Value),
    code: Code,
) -> (rmp_model::Rmp, Vec<rmp_model::Diagnostic>) {
    let mut doc: Value = serde_json::from_str(DATASET).unwrap();
    edit(&mut doc);
    let opened = open(doc.to_string().as_bytes()).expect("opens");
    let found: Vec<_> = opened
        .warnings
        .into_iter()
        .filter(|w| w.code == code)
        .collect();
    assert!(!found.is_empty(), "no {code} warning");
    (opened.rmp, found)
}

/// The reader's note in Japanese and English, checked to carry no path.
fn words(rmp: &rmp_model::Rmp, w: &rmp_model::Diagnostic) -> (String, String, Option<Route>) {
    let ja = reader_note(w, rmp, &JA).unwrap_or_else(|| panic!("no words for {w:?}"));
    let en = reader_note(w, rmp, &EN).expect("in English too");
    for text in [&ja.text, &en.text] {
        assert!(
            !text.contains(&w.path) && !text.contains('`') && !text.contains('{'),
            "{text}"
        );
    }
    assert!(!ja.table && ja.place == en.place);
    (ja.text, en.text, ja.place)
}

#[test]
fn a_period_that_ends_before_it_starts() {
    let (rmp, w) = warned(
        |d| {
            let p = &mut d["pv_plan"]["additional"][1]["plan"]["periods"][0];
            p["start"] = json!("2028-01");
        },
        Code::DateOrder,
    );
    let (ja, en, place) = words(&rmp, &w[0]);
    assert!(
        ja.starts_with("特定使用成績調査")
            && ja.contains(
                "調査期間「2025 年 4 月～2027 年 5 月 31 日（予定）」の終わりが始まりより前"
            ),
        "{ja}"
    );
    assert!(
        en.contains("調査期間 “2025 年 4 月～2027 年 5 月 31 日（予定）” ends before it starts"),
        "{en}"
    );
    assert_eq!(place, Some(Route::Activity("lun2501".into())));
}

#[test]
fn the_summary_and_the_plan_disagree_either_way() {
    let (rmp, w) = warned(
        |d| {
            d["summary"]["identified_risks"]
                .as_array_mut()
                .unwrap()
                .remove(0);
            d["summary"]["pv_additional"]
                .as_array_mut()
                .unwrap()
                .push(json!({ "name": "医療従事者向け資材", "ref": "hcp-guide" }));
        },
        Code::SummaryMismatch,
    );
    let texts: Vec<String> = w.iter().map(|w| words(&rmp, w).0).collect();
    assert!(texts.iter().any(|t| t == "計画の本文（別紙様式1）にある「サイトカイン放出症候群」が、概要（別紙様式2）にはありません（文書の記載のとおり）"), "{texts:?}");
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("概要（別紙様式2）に「医療従事者向け資材」があります")),
        "{texts:?}"
    );
    assert!(w.iter().all(|w| words(&rmp, w).2 == Some(Route::Summary)));
}

#[test]
fn an_activity_the_lists_do_not_have() {
    let (rmp, w) = warned(
        |d| {
            d["lists"]["pv"]["additional"]
                .as_array_mut()
                .unwrap()
                .retain(|e| e["id"] != "lun2501");
        },
        Code::ListMismatch,
    );
    let (ja, en, place) = words(&rmp, &w[0]);
    assert_eq!(ja, "「特定使用成績調査（再発又は難治性の濾胞性リンパ腫，点滴静注製剤）（LUN2501）」が 5 の一覧にありません（文書の記載のとおり）");
    assert!(
        en.ends_with("is not in the section 5 lists (as the document prints them)"),
        "{en}"
    );
    assert_eq!(place, Some(Route::Activity("lun2501".into())));
}

#[test]
fn a_status_its_printed_label_does_not_say() {
    let (rmp, w) = warned(
        |d| d["lists"]["rm"]["additional"][2]["status_label"] = json!("計画中"),
        Code::StatusLabelMismatch,
    );
    let (ja, en, place) = words(&rmp, &w[0]);
    assert_eq!(ja, "医療従事者向け資材の作成及び提供（適正使用ガイド）：実施状況の記載「計画中」は「実施中」と読めません");
    assert!(
        en.ends_with("the printed status “計画中” does not say Ongoing"),
        "{en}"
    );
    assert_eq!(place, Some(Route::Activity("hcp-guide".into())));
}

#[test]
fn a_name_with_an_invisible_character_and_an_address_that_is_not_a_link() {
    let (rmp, w) = warned(
        |d| {
            d["safety_specification"]["identified_risks"][0]["name"] =
                json!("サイトカイン\u{200b}放出症候群")
        },
        Code::HiddenCharacter,
    );
    let (ja, _, place) = words(&rmp, &w[0]);
    assert!(
        ja.contains("U+200B") && ja.starts_with("サイトカイン"),
        "{ja}"
    );
    assert_eq!(place, Some(Route::Risks(Some("crs".into()))));
    let (rmp, w) = warned(
        |d| d["rm_plan"]["additional"][1]["url"] = json!("javascript:alert(1)"),
        Code::UnsafeLink,
    );
    let (ja, en, place) = words(&rmp, &w[0]);
    assert!(
        ja.contains("「javascript:alert(1)」は https: や http: のアドレスではないため"),
        "{ja}"
    );
    assert!(en.contains("is shown as text, not as a link"), "{en}");
    assert_eq!(place, Some(Route::Activity("hcp-guide".into())));
}

#[test]
fn every_warning_code_has_words_but_an_import_drafts_own() {
    // The codes above and the cells' (tests/view_model.rs): every warning of
    // the validator but an import draft's, whose review items keep their paths.
    let warnings = [
        Code::PercentMismatch,
        Code::CountExceedsDenominator,
        Code::DateOrder,
        Code::SummaryMismatch,
        Code::ListMismatch,
        Code::StatusLabelMismatch,
        Code::HiddenCharacter,
        Code::UnsafeLink,
        Code::ImportDraft,
        Code::ImportReview,
    ];
    let at = |c: Code| Code::ALL.iter().position(|x| *x == c).unwrap();
    let declared: Vec<Code> =
        Code::ALL[at(Code::PercentMismatch)..=at(Code::ImportReview)].to_vec();
    assert_eq!(
        declared, warnings,
        "a new warning code needs its reader's words"
    );
}
