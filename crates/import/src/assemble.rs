//! The whole document: where the summary and the full plan are, each part
//! read, names linked to ids, and the draft's review list.

use rmp_model::{
    ActivityLists, ConcernCategory, DocumentInfo, Form, ImportDraft, PrintedDate, ProductOverview,
    PvActivity, PvList, PvListEntry, PvPlan, RmList, RmListEntry, RmPlan, Rmp, SafetyConcern,
    SafetySpecification, Summary, SummaryItem, FORMAT_VERSION,
};

use crate::activity::{self, pv_kind, rm_kind};
use crate::concern::{self, Spec};
use crate::lists;
use crate::overview;
use crate::piece::Piece;
use crate::region::{label_at, split, texts, Part};
use crate::report::Report;
use crate::source::pieces;
use crate::summary::{self, category_name};
use crate::text::{joined, key, paragraphs};
use crate::{Import, ImportError};

/// The full plan's headings, in template order.
const HEADINGS: [&str; 13] = [
    "品目の概要",
    "変更の履歴",
    "医薬品リスク管理計画の概要",
    "安全性検討事項",
    "有効性に関する検討事項",
    "医薬品安全性監視計画の概要",
    "有効性に関する調査・試験の計画の概要",
    "リスク最小化計画の概要",
    "医薬品安全性監視計画,有効性に関する調査・試験の計画及びリスク最小化計画の一覧",
    "医薬品安全性監視計画の一覧",
    "有効性に関する調査・試験の計画の一覧",
    "リスク最小化計画の一覧",
    "会社名",
];
const OVERVIEW: usize = 0;
const HISTORY: usize = 1;
const SPEC: usize = 3;
const EFFICACY: usize = 4;
const PV: usize = 5;
const STUDIES: usize = 6;
const RM: usize = 7;
const L1: usize = 9;
const L2: usize = 10;
const L3: usize = 11;
const COMPANY: usize = 12;

fn form(p: &Piece, n: char) -> bool {
    let k = key(&p.text);
    k.contains(&format!("別紙様式{n}"))
}

/// Where the summary ends and the full plan begins.
fn regions(ps: &[Piece], report: &mut Report) -> (Vec<Piece>, Vec<Piece>) {
    let f2 = ps.iter().position(|p| form(p, '2'));
    let f1 = ps.iter().position(|p| form(p, '1'));
    for i in [f2, f1].into_iter().flatten() {
        report.structure(&ps[i..=i], "form marker");
    }
    let summary_title = ps.iter().position(|p| {
        let k = key(&p.text);
        k.contains("(RMP)の概要") || k.starts_with("医薬品リスク管理計画書(RMP)")
    });
    match (f2.or(summary_title), f1) {
        (Some(s), Some(b)) if s < b => (ps[s..b].to_vec(), ps[b + 1..].to_vec()),
        (None, Some(b)) => (Vec::new(), ps[b + 1..].to_vec()),
        (Some(s), _) => {
            // The summary runs to the first heading only the full plan has.
            let body_only = ["品目の概要", "変更の履歴", "会社名"];
            let end = (s + 1..ps.len())
                .find(|&i| {
                    label_at(ps, i, &body_only, true).is_some()
                        || concern::REASONS
                            .iter()
                            .any(|r| key(&ps[i].text).starts_with(&key(r)))
                })
                .unwrap_or(ps.len());
            let start = if f2 == Some(s) { s + 1 } else { 0 };
            (ps[start..end].to_vec(), ps[end..].to_vec())
        }
        (None, None) => (Vec::new(), ps.to_vec()),
    }
}

fn heading_part(parts: &[Part], h: usize) -> Option<&Part> {
    parts.iter().find(|p| p.label == h)
}

fn is_none(body: &[Piece]) -> bool {
    key(&joined(texts(body))) == "なし"
}

/// Ids: `identified-1`, `eppv-1`, `lun2501`.
fn pv_slug(a: &PvActivity) -> String {
    match a.kind {
        rmp_model::PvKind::Eppv => "eppv",
        rmp_model::PvKind::SpecifiedUseResultsSurvey => "specified-survey",
        rmp_model::PvKind::GeneralUseResultsSurvey => "general-survey",
        rmp_model::PvKind::UseResultsSurvey => "use-results-survey",
        rmp_model::PvKind::DatabaseStudy => "database-study",
        rmp_model::PvKind::PostMarketingClinicalTrial => "clinical-trial",
        rmp_model::PvKind::Other => "pv-activity",
    }
    .to_string()
}

fn rm_slug(k: rmp_model::RmKind) -> &'static str {
    match k {
        rmp_model::RmKind::EppvInformation => "eppv-information",
        rmp_model::RmKind::HcpMaterial => "hcp-material",
        rmp_model::RmKind::PatientMaterial => "patient-material",
        rmp_model::RmKind::ConditionsOfUse => "conditions-of-use",
        rmp_model::RmKind::DistributionControl => "distribution-control",
        rmp_model::RmKind::Other => "rm-activity",
    }
}

struct Ids(std::collections::HashSet<String>);

impl Ids {
    fn take(&mut self, base: &str) -> String {
        for n in 1.. {
            let id = format!("{base}-{n}");
            if self.0.insert(id.clone()) {
                return id;
            }
        }
        String::new()
    }

    /// An activity's id from its code (`LUN2501` → `lun2501`).
    fn take_code(&mut self, code: &str) -> String {
        let id: String = code.chars().map(crate::text::fold).collect();
        self.take_exact(&id.to_lowercase())
    }

    fn take_exact(&mut self, id: &str) -> String {
        // An id is at most 64 characters, with room for `-n`.
        let id: String = id.chars().take(48).collect();
        let id = id.as_str();
        if self.0.insert(id.to_string()) {
            id.to_string()
        } else {
            self.take(id)
        }
    }
}

fn category_path(c: ConcernCategory) -> &'static str {
    match c {
        ConcernCategory::IdentifiedRisk => "safety_specification.identified_risks",
        ConcernCategory::PotentialRisk => "safety_specification.potential_risks",
        ConcernCategory::MissingInformation => "safety_specification.missing_information",
        ConcernCategory::Efficacy => "efficacy_considerations",
    }
}

pub fn assemble(original: &str, source: &str) -> Result<Import, ImportError> {
    let mut report = Report::default();
    let restored = crate::radicals::restore(original);
    let (ps, restarts, foreign) = pieces(&restored.text, &mut report);
    let ps = crate::documents::without_foreign_pages(ps, &foreign, &mut report);
    let ps = crate::documents::first(ps, &restarts, &mut report);
    if restored.count > 0 {
        report.guesses.push(crate::Guess {
            path: String::new(),
            what: format!(
                "{n} 文字が、漢字や記号とよく似た部首・記号として取り出されていました（用 が ⽤、小 が ⼩、・ が ‧ など。PDF のフォントによって起こります）。印刷されている漢字と記号として読みました / {n} characters were extracted as radicals or signs that look like a kanji or a mark (⽤ for 用, ⼩ for 小, ‧ for ・, 〜 for ～), as some PDFs' fonts give them: they were read as the kanji and marks they print",
                n = restored.count
            ),
            lines: restored.lines.clone(),
        });
    }
    let (summary_lines, body) = regions(&ps, &mut report);
    let (front, parts) = split(&body, &HEADINGS, true);
    for p in &parts {
        if p.label != COMPANY {
            report.structure(&p.head, "heading");
        }
    }
    // Text before the first heading: the title, or a concern's tail (a partial document).
    let mut front_spec: Vec<Piece> = Vec::new();
    let mut title = String::new();
    for p in &front {
        let k = key(&p.text);
        if k == "医薬品リスク管理計画書" {
            title = p.text.clone();
            report.place(std::slice::from_ref(p), "document.title");
        } else {
            front_spec.push(p.clone());
        }
    }
    let has_labels = |pieces: &[Piece]| {
        pieces.iter().any(|p| {
            let k = key(&p.text);
            concern::REASONS.iter().any(|r| k.starts_with(&key(r)))
                || k.starts_with("医薬品安全性監視活動の内容")
                || k.starts_with("リスク最小化活動の内容")
        })
    };
    if !front_spec.is_empty() && !has_labels(&front_spec) {
        report.not_placed(
            &front_spec,
            "本文の最初の見出しより前の行 / text before the first heading of the full plan",
        );
        front_spec.clear();
    }
    let found = parts.iter().any(|p| p.label != COMPANY)
        || !front_spec.is_empty()
        || !summary_lines.is_empty();
    if !found {
        return Err(ImportError::NotAnRmp);
    }

    // 1.(1) the concerns.
    let mut spec_lines = front_spec;
    if let Some(p) = heading_part(&parts, SPEC) {
        spec_lines.extend(p.body.iter().cloned());
    }
    let path_of = |c: ConcernCategory, i: usize| format!("{}[{i}]", category_path(c));
    let spec: Spec = concern::read(&spec_lines, &mut report, &path_of);
    if !spec.orphan.is_empty() {
        report.not_placed(
            &spec.orphan,
            "名前と理由がテキストにない安全性検討事項の続き / the end of a concern whose name and reason are not in the text",
        );
    }
    let concern_names: Vec<(ConcernCategory, String)> = spec
        .concerns
        .iter()
        .map(|c| (c.category, c.concern.name.clone()))
        .collect();

    // A first reading of the summary, for the activity names it prints.
    // A report without lines: this reading places nothing.
    let mut scratch = Report::default();
    let draft_summary = summary::read(&summary_lines, &concern_names, &[], &[], &mut scratch);
    let mut known: Vec<String> = Vec::new();
    for c in &spec.concerns {
        known.extend(c.pv_named.iter().chain(&c.rm_named).map(|n| n.0.clone()));
    }
    known.extend(draft_summary.pv.iter().chain(&draft_summary.rm).cloned());
    known.retain(|n| crate::text::depth(n) == 0 && !n.ends_with('。'));

    // 2. and 4.: the activities.
    let (pv_routine, pv_additional, pv_concerns) = plan_part(
        heading_part(&parts, PV),
        (
            "2. 医薬品安全性監視計画の概要",
            "医薬品安全性監視活動",
            "pv_plan",
        ),
        &known,
        activity::pv_activity,
        &mut report,
    );
    let mut efficacy_studies: Vec<PvActivity> = Vec::new();
    let mut study_concerns: Vec<Vec<String>> = Vec::new();
    if let Some(p) = heading_part(&parts, STUDIES) {
        if is_none(&p.body) {
            report.structure(&p.body, "なし (none)");
        } else {
            let blocks = activity::blocks(&p.body, &known, &mut report);
            for (i, b) in blocks.iter().enumerate() {
                let (a, names) =
                    activity::pv_activity(b, &format!("efficacy_studies[{i}]"), &mut report);
                efficacy_studies.push(a);
                study_concerns.push(names);
            }
        }
    } else {
        report.missing_at(
            "3. 有効性に関する調査・試験の計画の概要",
            "/efficacy_studies",
        );
    }
    let (rm_routine, rm_additional, rm_concerns) = plan_part(
        heading_part(&parts, RM),
        ("4. リスク最小化計画の概要", "リスク最小化活動", "rm_plan"),
        &known,
        activity::rm_activity,
        &mut report,
    );
    let mut pv_plan = PvPlan {
        routine: pv_routine,
        additional: pv_additional,
    };
    let mut rm_plan = RmPlan {
        routine: rm_routine,
        additional: rm_additional,
    };

    // 5. the lists.
    let mut list_known: Vec<String> = known.clone();
    list_known.extend(pv_plan.additional.iter().map(|a| a.name.clone()));
    list_known.extend(rm_plan.additional.iter().map(|a| a.name.clone()));
    list_known.extend(efficacy_studies.iter().map(|a| a.name.clone()));
    let mut lists_out = ActivityLists {
        pv: PvList {
            routine: Vec::new(),
            additional: Vec::new(),
        },
        efficacy: Vec::new(),
        rm: RmList {
            routine: Vec::new(),
            additional: Vec::new(),
        },
    };
    let l1 = heading_part(&parts, L1).map(|p| {
        list_section(
            &p.body,
            "医薬品安全性監視活動",
            true,
            &list_known,
            &mut report,
        )
    });
    let l2 = heading_part(&parts, L2).map(|p| {
        if is_none(&p.body) {
            (Vec::new(), Vec::new())
        } else {
            let (rows, rest) = lists::rows(&p.body, &list_known, true, &mut report);
            let rest_none: Vec<Piece> = rest
                .iter()
                .filter(|x| key(&x.text) == "なし")
                .cloned()
                .collect();
            report.structure(&rest_none, "なし (none)");
            (Vec::new(), rows)
        }
    });
    let l3 = heading_part(&parts, L3)
        .map(|p| list_section(&p.body, "リスク最小化活動", false, &list_known, &mut report));
    for (name, pointer, l) in [
        ("5.(1) 医薬品安全性監視計画の一覧", "/lists/pv", &l1),
        (
            "5.(2) 有効性に関する調査・試験の計画の一覧",
            "/lists/efficacy",
            &l2,
        ),
        ("5.(3) リスク最小化計画の一覧", "/lists/rm", &l3),
    ] {
        if l.is_none() {
            report.missing(name);
            report.absent(pointer);
        }
    }

    // Ids.
    let mut ids = Ids(Default::default());
    let mut spec_out = SafetySpecification {
        identified_risks: Vec::new(),
        potential_risks: Vec::new(),
        missing_information: Vec::new(),
    };
    let mut concern_ids: Vec<(String, String)> = Vec::new(); // (key(name), id)
    let mut read_concerns = spec.concerns;
    for c in &mut read_concerns {
        let base = match c.category {
            ConcernCategory::IdentifiedRisk => "identified",
            ConcernCategory::PotentialRisk => "potential",
            ConcernCategory::MissingInformation => "missing",
            ConcernCategory::Efficacy => "efficacy",
        };
        c.concern.id = ids.take(base);
        for (k, t) in c.concern.incidence.iter_mut().enumerate() {
            t.id = format!(
                "{}-incidence{}",
                c.concern.id,
                if k == 0 {
                    String::new()
                } else {
                    format!("-{}", k + 1)
                }
            );
        }
        concern_ids.push((key(&c.concern.name), c.concern.id.clone()));
    }
    for a in &mut pv_plan.additional {
        a.id = match &a.code {
            Some(code) => ids.take_code(code),
            None => ids.take(&pv_slug(a)),
        };
    }
    for a in &mut efficacy_studies {
        a.id = match &a.code {
            Some(code) => ids.take_code(code),
            None => ids.take("efficacy-study"),
        };
    }
    for a in &mut rm_plan.additional {
        a.id = ids.take(rm_slug(a.kind));
    }
    let pv_ids: Vec<(String, String)> = pv_plan
        .additional
        .iter()
        .map(|a| (key(&a.name), a.id.clone()))
        .collect();
    let rm_ids: Vec<(String, String)> = rm_plan
        .additional
        .iter()
        .map(|a| (key(&a.name), a.id.clone()))
        .collect();
    let find = |table: &[(String, String)], name: &str| {
        table
            .iter()
            .find(|(k, _)| *k == key(name))
            .map(|(_, id)| id.clone())
    };

    // Activities' concerns.
    let link_concerns = |names: &[String], path: &str, report: &mut Report| -> Vec<String> {
        let mut out = Vec::new();
        for n in names {
            match find(&concern_ids, n) {
                Some(id) => out.push(id),
                None => report.guess(
                    &format!("{path}.safety_concerns"),
                    format!("「{n}」 はこのテキストの安全性検討事項にないため、除きました / 「{n}」 is not a concern of this text: left out"),
                    &[],
                ),
            }
        }
        out
    };
    for (i, a) in pv_plan.additional.iter_mut().enumerate() {
        a.safety_concerns = link_concerns(
            &pv_concerns[i],
            &format!("pv_plan.additional[{i}]"),
            &mut report,
        );
    }
    for (i, a) in efficacy_studies.iter_mut().enumerate() {
        a.safety_concerns = link_concerns(
            &study_concerns[i],
            &format!("efficacy_studies[{i}]"),
            &mut report,
        );
    }
    for (i, a) in rm_plan.additional.iter_mut().enumerate() {
        a.safety_concerns = link_concerns(
            &rm_concerns[i],
            &format!("rm_plan.additional[{i}]"),
            &mut report,
        );
    }

    // Concerns' activities.
    let pv_names_ids: Vec<(String, String)> = pv_plan
        .additional
        .iter()
        .map(|a| (a.name.clone(), a.id.clone()))
        .collect();
    let rm_names_ids: Vec<(String, String)> = rm_plan
        .additional
        .iter()
        .map(|a| (a.name.clone(), a.id.clone()))
        .collect();
    let mut counts = [0usize; 4];
    for c in read_concerns {
        let cat_index = match c.category {
            ConcernCategory::IdentifiedRisk => 0,
            ConcernCategory::PotentialRisk => 1,
            ConcernCategory::MissingInformation => 2,
            ConcernCategory::Efficacy => 3,
        };
        let path = format!("{}[{}]", category_path(c.category), counts[cat_index]);
        counts[cat_index] += 1;
        let mut concern: SafetyConcern = c.concern;
        concern.pv.additional = link_activities(
            &c.pv_named,
            &pv_names_ids,
            &format!("{path}.pv.additional"),
            &mut report,
        );
        concern.rm.additional = link_activities(
            &c.rm_named,
            &rm_names_ids,
            &format!("{path}.rm.additional"),
            &mut report,
        );
        match c.category {
            ConcernCategory::IdentifiedRisk => spec_out.identified_risks.push(concern),
            ConcernCategory::PotentialRisk => spec_out.potential_risks.push(concern),
            _ => spec_out.missing_information.push(concern),
        }
    }

    // Lists with ids.
    // A row names its activity of sections 2–4; a second row with the same
    // name (or one named nowhere else) gets an id of its own.
    let mut listed = std::collections::HashSet::new();
    let mut list_id = |name: &str, table: &[(String, String)], slug: &str| {
        find(table, name)
            .filter(|id| listed.insert(id.clone()))
            .unwrap_or_else(|| ids.take(slug))
    };
    if let Some((routine, rows)) = l1 {
        lists_out.pv.routine = routine;
        for (i, r) in rows.into_iter().enumerate() {
            report.place(&r.lines, &format!("lists.pv.additional[{i}]"));
            let kind = pv_kind(&r.name);
            let probe = PvActivity { kind, ..empty_pv() };
            lists_out
                .pv
                .additional
                .push(pv_entry(list_id(&r.name, &pv_ids, &pv_slug(&probe)), r));
        }
    }
    if let Some((_, rows)) = l2 {
        for (i, r) in rows.into_iter().enumerate() {
            report.place(&r.lines, &format!("lists.efficacy[{i}]"));
            let ids_table: Vec<(String, String)> = efficacy_studies
                .iter()
                .map(|a| (key(&a.name), a.id.clone()))
                .collect();
            lists_out
                .efficacy
                .push(pv_entry(list_id(&r.name, &ids_table, "efficacy-study"), r));
        }
    }
    if let Some((routine, rows)) = l3 {
        lists_out.rm.routine = routine;
        for (i, r) in rows.into_iter().enumerate() {
            report.place(&r.lines, &format!("lists.rm.additional[{i}]"));
            let kind = rm_kind(&r.name);
            lists_out.rm.additional.push(RmListEntry {
                id: list_id(&r.name, &rm_ids, rm_slug(kind)),
                kind,
                name: r.name,
                milestone_timing: r.timing,
                status: r.status,
                status_label: r.status_label,
            });
        }
    }

    // Overview and history.
    let (overview, header) = match heading_part(&parts, OVERVIEW) {
        Some(p) => {
            let (o, h) = overview::read(&p.body, &mut report);
            (o, Some(h))
        }
        None => {
            report.missing_at("品目の概要", "/overview");
            (empty_overview(), None)
        }
    };
    let change_history = match heading_part(&parts, HISTORY) {
        Some(p) => overview::history(&p.body, &mut report),
        None => {
            report.missing_at("変更の履歴", "/change_history");
            Vec::new()
        }
    };
    match heading_part(&parts, EFFICACY) {
        Some(p) if is_none(&p.body) => report.structure(&p.body, "なし (none)"),
        Some(p) => {
            report.not_placed(
                &p.body,
                "「なし」以外の有効性に関する検討事項はまだ読み取れないため、取り込んでいません / 有効性に関する検討事項 other than なし is not read yet",
            );
            report.absent("/efficacy_considerations");
        }
        // A summary says it too (1.2.), and a text with neither is silent.
        None if summary_lines.is_empty() => report.absent("/efficacy_considerations"),
        None => {}
    }
    let company_line = heading_part(&parts, COMPANY).map(|p| {
        report.place(&p.head, "document.company");
        report.place(&p.body, "document.company");
        p.body.first().map(|x| x.text.clone()).unwrap_or_default()
    });

    // The summary, linked.
    let pv_names: Vec<String> = pv_plan.additional.iter().map(|a| a.name.clone()).collect();
    let rm_names: Vec<String> = rm_plan.additional.iter().map(|a| a.name.clone()).collect();
    let s = summary::read(
        &summary_lines,
        &concern_names,
        &pv_names,
        &rm_names,
        &mut report,
    );
    let has_summary = !summary_lines.is_empty();
    if !has_summary {
        report.missing_at("別紙様式2: 医薬品リスク管理計画書（RMP）の概要", "/summary");
    }
    // Concerns the summary names that the full plan does not have (a summary-only text).
    for (cat, name, _) in &s.concerns {
        if find(&concern_ids, name).is_some() {
            continue;
        }
        let list = match cat {
            ConcernCategory::IdentifiedRisk => &mut spec_out.identified_risks,
            ConcernCategory::PotentialRisk => &mut spec_out.potential_risks,
            _ => &mut spec_out.missing_information,
        };
        let id = ids.take(match cat {
            ConcernCategory::IdentifiedRisk => "identified",
            ConcernCategory::PotentialRisk => "potential",
            _ => "missing",
        });
        let path = format!("{}[{}]", category_path(*cat), list.len());
        report.missing.push(crate::report::Missing {
            what: format!(
                "「{name}」（{cat}）の理由と活動：本文のページがテキストにありません / the reason and activities of 「{name}」 ({cat}): the full plan's pages are not in the text",
                cat = category_name(*cat)
            ),
            path: Some(path.clone()),
        });
        for part in ["reason", "incidence", "pv", "rm"] {
            report.absent(format!("{}/{part}", crate::report::pointer(&path)));
        }
        concern_ids.push((key(name), id.clone()));
        list.push(SafetyConcern {
            id,
            name: name.clone(),
            reason: Vec::new(),
            incidence: Vec::new(),
            references: Vec::new(),
            pv: rmp_model::ConcernPv {
                routine: false,
                additional: Vec::new(),
                reasons: Vec::new(),
            },
            rm: rmp_model::ConcernRm {
                routine: false,
                routine_text: Vec::new(),
                package_insert_sections: Vec::new(),
                additional: Vec::new(),
                reasons: Vec::new(),
            },
        });
    }
    let item = |name: &str,
                table: &[(String, String)],
                path: &str,
                report: &mut Report|
     -> Option<SummaryItem> {
        match find(table, name) {
            Some(id) => Some(SummaryItem {
                name: name.to_string(),
                target: id,
            }),
            None => {
                report.guess(
                    path,
                    format!(
                        "「{name}」 はテキストに自分の節がないため、概要から除きました / 「{name}」 has no section of its own in the text: left out of the summary"
                    ),
                    &[],
                );
                report.unplace(path, name, "概要にある名前で、テキストに節のないもの / a name in the summary whose section is not in the text");
                report.absent(crate::report::pointer(path));
                None
            }
        }
    };
    let by_cat = |c: ConcernCategory| s.concerns.iter().filter(move |x| x.0 == c);
    let mut summary_out = Summary {
        title: s.title.clone(),
        brand_names: s.brand_names.clone(),
        identified_risks: Vec::new(),
        potential_risks: Vec::new(),
        missing_information: Vec::new(),
        efficacy_considerations: Vec::new(),
        pv_additional: Vec::new(),
        efficacy_studies: Vec::new(),
        rm_additional: Vec::new(),
        note: s.note.clone(),
    };
    for (cat, out) in [
        (
            ConcernCategory::IdentifiedRisk,
            &mut summary_out.identified_risks,
        ),
        (
            ConcernCategory::PotentialRisk,
            &mut summary_out.potential_risks,
        ),
        (
            ConcernCategory::MissingInformation,
            &mut summary_out.missing_information,
        ),
    ] {
        for (_, name, _) in by_cat(cat) {
            out.extend(item(name, &concern_ids, "summary", &mut report));
        }
    }
    for n in &s.pv {
        summary_out
            .pv_additional
            .extend(item(n, &pv_ids, "summary.pv_additional", &mut report));
    }
    for n in &s.rm {
        summary_out
            .rm_additional
            .extend(item(n, &rm_ids, "summary.rm_additional", &mut report));
    }
    // The summary's efficacy lists are read only as なし: names there are left out, and said.
    for (names, path) in [
        (&s.efficacy, "summary.efficacy_considerations"),
        (&s.efficacy_studies, "summary.efficacy_studies"),
    ] {
        for n in names.iter() {
            report.guess(
                path,
                format!("「{n}」 は概要にありますが、その節がテキストにないため取り込んでいません / 「{n}」 is named in the summary; its section is not in the text, so it was left out"),
                &[],
            );
            report.unplace(path, n, "概要にある名前で、テキストに節のないもの / a name in the summary whose section is not in the text");
            report.absent(crate::report::pointer(path));
        }
    }

    // The header.
    let header = header.unwrap_or(overview::Header {
        category: String::new(),
        ingredient: String::new(),
    });
    let pick = |a: &str, b: &str| {
        if a.is_empty() {
            b.to_string()
        } else {
            a.to_string()
        }
    };
    let product_name = if s.product_name.is_empty() {
        let guess = overview
            .products
            .first()
            .map(|p| {
                p.brand_name
                    .split(['®', ' '])
                    .next()
                    .unwrap_or("")
                    .to_string()
            })
            .unwrap_or_default();
        if !guess.is_empty() {
            report.guess("document.product_name", format!("概要の表題がテキストにないため、販売名から 「{guess}」 としました / 「{guess}」 taken from the first brand name: the summary's title is not in the text"), &[]);
        }
        guess
    } else {
        s.product_name.clone()
    };
    if s.submitted.is_none() {
        report.missing_at(
            "提出年月 / 提出年月 (the submission date)",
            "/document/submitted",
        );
    }
    let document = DocumentInfo {
        title: if title.is_empty() {
            "医薬品リスク管理計画書".to_string()
        } else {
            title
        },
        product_name,
        forms: {
            let mut f = Vec::new();
            if !body.is_empty() {
                f.push(Form::FullPlan);
            }
            if has_summary {
                f.push(Form::Summary);
            }
            f
        },
        submitted: s.submitted.clone().unwrap_or(PrintedDate {
            date: None,
            printed: String::new(),
        }),
        company: pick(&company_line.unwrap_or_default(), &s.company),
        therapeutic_category: pick(&header.category, &s.category),
        active_ingredient: pick(&header.ingredient, &s.ingredient),
    };
    if summary_lines.is_empty()
        && heading_part(&parts, SPEC).is_none()
        && spec_out.identified_risks.is_empty()
        && spec_out.potential_risks.is_empty()
    {
        report.missing_at("1.(1) 安全性検討事項", "/safety_specification");
    }

    // A document field the text does not give is absent, not blank.
    for (field, empty) in [
        ("product_name", document.product_name.is_empty()),
        ("company", document.company.is_empty()),
        (
            "therapeutic_category",
            document.therapeutic_category.is_empty(),
        ),
        ("active_ingredient", document.active_ingredient.is_empty()),
    ] {
        if empty {
            report.absent(format!("/document/{field}"));
        }
    }
    report.finish();
    let review = crate::review::items(&report, original);
    let mut absent = report.absent.clone();
    absent.sort();
    let rmp = Rmp {
        format_version: FORMAT_VERSION,
        document,
        summary: summary_out,
        overview,
        change_history,
        safety_specification: spec_out,
        efficacy_considerations: Vec::new(),
        pv_plan,
        efficacy_studies,
        rm_plan,
        lists: lists_out,
        reconstructed: None,
        import_draft: Some(ImportDraft {
            source: source.to_string(),
            review,
            absent,
            sources: report.value_sources(),
        }),
    };
    Ok(Import { rmp, report })
}

fn empty_pv() -> PvActivity {
    PvActivity {
        id: String::new(),
        kind: rmp_model::PvKind::Other,
        code: None,
        name: String::new(),
        safety_concerns: Vec::new(),
        objective: Vec::new(),
        method: Vec::new(),
        plan: Default::default(),
        rationale: Vec::new(),
        milestones: Vec::new(),
        follow_up: Vec::new(),
    }
}

fn empty_overview() -> ProductOverview {
    ProductOverview {
        products: Vec::new(),
        reexamination_period: String::new(),
        international_birth_date: PrintedDate {
            date: None,
            printed: String::new(),
        },
        dosage_and_administration: Vec::new(),
        indications: Vec::new(),
        conditions_of_approval: Vec::new(),
        remarks: Vec::new(),
    }
}

fn pv_entry(id: String, r: lists::Row) -> PvListEntry {
    let report_date = if r.report.contains("提出") || r.report.contains("作成済") {
        crate::dates::one(&r.report)
    } else {
        None
    };
    PvListEntry {
        id,
        kind: pv_kind(&r.name),
        target_cases: activity::case_count(&r.cases),
        name: r.name,
        milestone_cases: r.cases,
        milestone_timing: r.timing,
        status: r.status,
        status_label: r.status_label,
        report: r.report,
        report_date,
    }
}

/// Names in a concern's 【内容】 to activity ids: the same name, or a name the sentence contains.
fn link_activities(
    named: &[(String, Vec<Piece>)],
    acts: &[(String, String)],
    path: &str,
    report: &mut Report,
) -> Vec<String> {
    let mut out = Vec::new();
    for (name, lines) in named {
        if let Some((_, id)) = acts.iter().find(|(n, _)| key(n) == key(name)) {
            out.push(id.clone());
            report.place(lines, path);
            continue;
        }
        let contained: Vec<&(String, String)> = acts
            .iter()
            .filter(|(n, _)| key(name).contains(&key(n)))
            .collect();
        if let [(n, id)] = contained.as_slice() {
            out.push(id.clone());
            report.place(lines, path);
            report.guess(
                path,
                format!("「{name}」 を活動 「{n}」 のこととしました / 「{name}」 taken to name the activity 「{n}」"),
                lines,
            );
            continue;
        }
        report.not_placed(
            lines,
            "この安全性検討事項が挙げる活動で、テキストに説明のないもの / an activity this concern names that is not described in the text",
        );
        report.absent(crate::report::pointer(path));
        report.guess(
            path,
            format!("「{name}」 はテキストに説明のある活動ではないため、除きました / 「{name}」 is not an activity described in the text: left out"),
            lines,
        );
    }
    out
}

/// What a plan section gives: its routine text, its activities and, for each, the concerns it names.
type PlanPart<A> = (Vec<String>, Vec<A>, Vec<Vec<String>>);

/// Section 2 or 4: `names` are the heading (for the report when it is
/// missing), the activities' word (医薬品安全性監視活動) and the JSON field.
fn plan_part<A>(
    part: Option<&Part>,
    (heading, what, field): (&str, &str, &str),
    known: &[String],
    read: fn(&activity::Block, &str, &mut Report) -> (A, Vec<String>),
    report: &mut Report,
) -> PlanPart<A> {
    let Some(p) = part else {
        report.missing_at(heading, format!("/{field}"));
        return (Vec::new(), Vec::new(), Vec::new());
    };
    let (routine, blocks) = plan_section(&p.body, what, field, known, report);
    let (mut activities, mut concerns) = (Vec::new(), Vec::new());
    for (i, b) in blocks.iter().enumerate() {
        let (a, names) = read(b, &format!("{field}.additional[{i}]"), report);
        activities.push(a);
        concerns.push(names);
    }
    (routine, activities, concerns)
}

/// A plan section: routine (`通常の…の概要：text`) and the additional blocks.
fn plan_section(
    body: &[Piece],
    what: &str,
    path: &str,
    known: &[String],
    report: &mut Report,
) -> (Vec<String>, Vec<activity::Block>) {
    let routine_summary = format!("通常の{what}の概要");
    let routine = format!("通常の{what}");
    let additional = format!("追加の{what}");
    let (before, parts) = split(body, &[&routine_summary, &routine, &additional], false);
    report.not_placed(
        &before,
        "通常の活動より前の行 / text before the routine activity",
    );
    let mut routine_text = Vec::new();
    let mut blocks = Vec::new();
    for p in parts {
        report.structure(&p.head, "label");
        match p.label {
            0 | 1 => {
                if !p.body.is_empty() {
                    routine_text.extend(paragraphs(texts(&p.body)));
                    report.place(&p.body, &format!("{path}.routine"));
                }
            }
            _ => blocks = activity::blocks(&p.body, known, report),
        }
    }
    (routine_text, blocks)
}

/// A list section: the routine line and the rows.
fn list_section(
    body: &[Piece],
    what: &str,
    with_cases: bool,
    known: &[String],
    report: &mut Report,
) -> (Vec<String>, Vec<lists::Row>) {
    let routine = format!("通常の{what}");
    let additional = format!("追加の{what}");
    // The additional part runs to the end: its column headers repeat its name.
    let at = (0..body.len())
        .find_map(|i| label_at(body, i, &[&additional], false).map(|(_, pi, off)| (i, pi, off)));
    let (head, rows_part) = match at {
        Some((i, pi, off)) => {
            let mut label = body[i..=pi].to_vec();
            if let Some(last) = label.last_mut() {
                last.text = last.text.get(..off).unwrap_or("").to_string();
            }
            report.structure(&label, "label");
            (&body[..i], crate::region::rest(body, pi, off, body.len()))
        }
        None => (body, Vec::new()),
    };
    let (before, parts) = split(head, &[&routine], false);
    report.not_placed(
        &before,
        "一覧の通常の活動より前の行 / text before the list's routine activity",
    );
    let mut routine_text = Vec::new();
    let plan = if with_cases { "pv" } else { "rm" };
    for p in parts {
        report.structure(&p.head, "label");
        routine_text = lists::routine(&p.body);
        report.place(&p.body, &format!("lists.{plan}.routine"));
    }
    let (rows, rest) = lists::rows(&rows_part, known, with_cases, report);
    report.not_placed(
        &rest,
        "一覧のどの行にも入らない行 / a line of the list that is not in any row",
    );
    (routine_text, rows)
}
