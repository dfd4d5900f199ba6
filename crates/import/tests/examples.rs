//! Other products' RMPs, partial and extracted other ways (`shared/examples`):
//! their risks under the right category with their reasons, their
//! activities, and the rest listed in the report.

mod common;

use common::fixture;
use rmp_import::{import, Fate};

fn names(list: &[rmp_model::SafetyConcern]) -> Vec<&str> {
    list.iter().map(|c| c.name.as_str()).collect()
}

#[test]
fn lagevrio_pages_import_the_potential_risk_and_the_activities() {
    let text = fixture("lagevrio-pages.txt");
    let i = import(&text, "lagevrio-pages.txt").expect("imports");
    let s = &i.rmp.safety_specification;
    assert_eq!(names(&s.potential_risks), ["催奇形性"]);
    assert!(s.identified_risks.is_empty());
    let reason = s.potential_risks[0].reason.join("");
    assert!(
        reason.starts_with("妊娠ラットの器官形成期に MOV を投与した実験において"),
        "{reason}"
    );
    let pv: Vec<(&str, rmp_model::PvKind)> = i
        .rmp
        .pv_plan
        .additional
        .iter()
        .map(|a| (a.name.as_str(), a.kind))
        .collect();
    assert_eq!(
        pv,
        [
            ("市販直後調査", rmp_model::PvKind::Eppv),
            (
                "特定使用成績調査",
                rmp_model::PvKind::SpecifiedUseResultsSurvey
            )
        ]
    );
    let survey = &i.rmp.pv_plan.additional[1];
    assert_eq!(
        survey.plan.target_cases.as_ref().and_then(|t| t.count),
        Some(3000)
    );
    assert_eq!(survey.method, ["連続登録方式"]);
    let rm: Vec<&str> = i
        .rmp
        .rm_plan
        .additional
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(
        rm,
        [
            "市販直後調査による情報提供",
            "投与に際しての患者への説明と理解の実施(同意説明文書、患者ハンドブック)"
        ]
    );
    assert_eq!(
        i.rmp.rm_plan.routine,
        ["添付文書及び患者向医薬品ガイドによる情報提供"]
    );

    // The publisher's header on each of the four pages and the page numbers are dropped.
    let dropped = |t: &str| {
        i.report
            .lines
            .iter()
            .any(|l| l.text == t && matches!(l.fate, Fate::Dropped { .. }))
    };
    assert!(dropped("よむ、つかう、まなぶ。"));
    assert!(dropped("- 15"));
    assert!(dropped("プレーンテキスト"));
    assert!(!i
        .report
        .lines
        .iter()
        .any(|l| l.text.contains("資料テキストはコンピュータ")
            && !matches!(l.fate, Fate::Dropped { .. })));
    // What it could not place is listed, with why: the tail of 骨髄抑制 and the flattened 5.1 table.
    let runs = i.report.not_placed_runs();
    assert!(
        runs.iter()
            .any(|r| r.2.contains("name and reason are not in the text")),
        "{runs:?}"
    );
    assert!(
        runs.iter().any(|r| r.2.contains("not in any row")),
        "{runs:?}"
    );
    // Sentences cut off at a page end are listed to check.
    assert!(i
        .report
        .guesses
        .iter()
        .any(|g| g.what.contains("stops mid-sentence")
            && g.path.contains("potential_risks[0].reason")));
    // What is not there is said to be missing.
    assert!(i
        .report
        .missing
        .iter()
        .any(|m| m.what.contains("品目の概要")));
    assert!(rmp_model::validate(&i.rmp).iter().all(|d| !d.is_error()));
}

#[test]
fn lixiana_summary_puts_each_risk_in_its_column_by_page_number() {
    let text = fixture("lixiana-summary-start.txt");
    let i = import(&text, "lixiana.txt").expect("imports");
    let s = &i.rmp.safety_specification;
    assert_eq!(
        names(&s.identified_risks),
        [
            "出血",
            "抗血小板剤及び非ステロイド性消炎鎮痛剤との併用",
            "肝機能障害・黄疸",
            "間質性肺疾患"
        ]
    );
    assert_eq!(
        names(&s.potential_risks),
        [
            "P-gp 阻害剤との併用",
            "脊椎・硬膜外麻酔又は腰椎穿刺等との併用"
        ]
    );
    assert_eq!(
        names(&s.missing_information),
        [
            "肝機能障害患者での安全性",
            "腎機能障害患者での安全性",
            "抗血小板剤 2剤併用療法施行患者での安全性",
            "低体重患者における安全性",
            "他の抗凝固剤との切り替え時の安全性"
        ]
    );
    let d = &i.rmp.document;
    assert_eq!(d.company, "第一三共株式会社");
    assert_eq!(d.therapeutic_category, "87333");
    assert_eq!(d.submitted.date.as_deref(), Some("2020-02"));
    assert_eq!(d.product_name, "リクシアナ");
    assert_eq!(i.rmp.summary.brand_names.len(), 6);
    // The summary has no reasons: each is listed as missing, and the columns as guesses.
    assert!(i.report.missing.iter().any(|m| m.what.contains("出血")));
    assert!(i
        .report
        .guesses
        .iter()
        .any(|g| g.what.contains("P-gp") && g.what.contains("重要な潜在的リスク")));
    // The name cut off at the end of the text is not made up.
    assert!(i.rmp.pv_plan.additional.is_empty());
    assert!(i
        .report
        .not_placed_runs()
        .iter()
        .any(|r| r.2.contains("cut off")));
    let draft = i.rmp.import_draft.as_ref().expect("draft");
    assert!(draft.review.len() >= 11);
    assert!(rmp_model::validate(&i.rmp).iter().all(|d| !d.is_error()));
}
