//! Sections 2 (医薬品安全性監視計画の概要), 3 (有効性に関する調査・試験) and 4
//! (リスク最小化計画の概要): the routine activity and each additional activity
//! with its labelled blocks.

use rmp_model::{
    ConditionsOfUse, LabeledParagraphs, LabeledText, Paragraphs, Period, PeriodKind, PvActivity,
    PvKind, RmActivity, RmKind, SurveyPlan, TargetCases,
};

use crate::dates;
use crate::piece::Piece;
use crate::region::texts;
use crate::report::Report;
use crate::text::{fold, joined, key, paragraphs};

/// One unit of an activity section: a 【label】 or a line.
#[derive(Debug, Clone)]
enum Unit {
    Label(String, Vec<Piece>),
    Line(Piece),
}

/// Lines to units: a line that starts with `【` opens a label that ends at its `】`.
fn units(pieces: &[Piece]) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let p = &pieces[i];
        if p.text.starts_with('【') {
            let mut head = vec![p.clone()];
            let mut text = p.text.clone();
            let mut j = i;
            while !text.contains('】') && j + 1 < pieces.len() && j < i + 3 {
                j += 1;
                head.push(pieces[j].clone());
                crate::text::join(&mut text, &pieces[j].text);
            }
            if let Some(end) = text.find('】') {
                let label = text['【'.len_utf8()..end].to_string();
                let after = text[end + '】'.len_utf8()..].trim().to_string();
                out.push(Unit::Label(label, head));
                if !after.is_empty() {
                    out.push(Unit::Line(Piece::new(pieces[j].line, &after)));
                }
                i = j + 1;
                continue;
            }
        }
        out.push(Unit::Line(p.clone()));
        i += 1;
    }
    out
}

/// The words a PV activity's name starts with, and the kind they say.
const PV_KINDS: [(&str, PvKind); 6] = [
    ("市販直後調査", PvKind::Eppv),
    ("特定使用成績調査", PvKind::SpecifiedUseResultsSurvey),
    ("一般使用成績調査", PvKind::GeneralUseResultsSurvey),
    ("使用成績調査", PvKind::UseResultsSurvey),
    ("製造販売後データベース調査", PvKind::DatabaseStudy),
    ("製造販売後臨床試験", PvKind::PostMarketingClinicalTrial),
];

/// The words a risk-minimisation activity's name starts with, and the kind they say.
const RM_KINDS: [(&str, RmKind); 5] = [
    ("市販直後調査", RmKind::EppvInformation),
    ("医療従事者向け資材", RmKind::HcpMaterial),
    ("患者向け資材", RmKind::PatientMaterial),
    ("使用条件", RmKind::ConditionsOfUse),
    ("流通", RmKind::DistributionControl),
];

fn kind_of<K: Copy>(name: &str, kinds: &[(&str, K)], other: K) -> K {
    let k = key(name);
    kinds
        .iter()
        .find(|(words, _)| k.starts_with(words))
        .map_or(other, |(_, kind)| *kind)
}

/// What kind of PV activity a name says.
pub fn pv_kind(name: &str) -> PvKind {
    kind_of(name, &PV_KINDS, PvKind::Other)
}

/// What kind of risk-minimisation activity a name says.
pub fn rm_kind(name: &str) -> RmKind {
    kind_of(name, &RM_KINDS, RmKind::Other)
}

/// An activity as read: its name lines and its units.
#[derive(Debug)]
pub struct Block {
    pub name: String,
    pub name_lines: Vec<Piece>,
    units: Vec<Unit>,
}

/// Splits an additional-activities section into activities. `known` are names
/// printed elsewhere (the summary, the concerns' blocks, section 5).
pub fn blocks(pieces: &[Piece], known: &[String], report: &mut Report) -> Vec<Block> {
    let us = units(pieces);
    let known_keys: Vec<String> = known
        .iter()
        .map(|k| key(k))
        .filter(|k| !k.is_empty())
        .collect();
    // Where names start, and how many units they take.
    let mut names: Vec<(usize, usize)> = Vec::new();
    let line_key = |i: usize| match us.get(i) {
        Some(Unit::Line(p)) => Some(key(&p.text)),
        _ => None,
    };
    let mut i = 0;
    while i < us.len() {
        // A name printed elsewhere, over up to five lines.
        let mut found = None;
        let mut acc = String::new();
        for m in 0..5 {
            let Some(k) = line_key(i + m) else { break };
            acc.push_str(&k);
            if known_keys.contains(&acc) {
                found = Some(m + 1);
            }
        }
        if let Some(len) = found {
            names.push((i, len));
            i += len;
            continue;
        }
        i += 1;
    }
    // Names not printed elsewhere: the first lines of the section, or the
    // lines just before 【安全性検討事項】 or 【目的】.
    let starts_name = |k: &str| {
        let words = PV_KINDS
            .iter()
            .map(|w| w.0)
            .chain(RM_KINDS.iter().map(|w| w.0));
        words.map(key).any(|w| k.starts_with(&w))
    };
    let covered =
        |names: &[(usize, usize)], i: usize| names.iter().any(|&(s, l)| i >= s && i < s + l);
    for (li, u) in us.iter().enumerate() {
        let Unit::Label(label, _) = u else { continue };
        let lk = key(label);
        if !(lk == "安全性検討事項" || lk == "目的" || lk == "実施期間") {
            continue;
        }
        if li == 0 || covered(&names, li - 1) || names.iter().any(|&(s, l)| s + l == li) {
            continue;
        }
        // Lines after an activity's own 【安全性検討事項】 are its content.
        let previous_label = us[..li].iter().rev().find_map(|u| match u {
            Unit::Label(l, _) => Some(key(l)),
            _ => None,
        });
        if previous_label.as_deref() == Some("安全性検討事項") && lk != "安全性検討事項"
        {
            continue;
        }
        // Back over lines that do not end a sentence, not into a label's first line.
        let mut start = li;
        while start > 0 {
            match &us[start - 1] {
                Unit::Line(p)
                    if !p.text.ends_with('。')
                        && !p.text.contains(['：', ':'])
                        && li - start < 4 =>
                {
                    if start >= 2 && matches!(us[start - 2], Unit::Label(..)) {
                        break;
                    }
                    start -= 1;
                }
                _ => break,
            }
        }
        if start < li {
            names.push((start, li - start));
        }
    }
    if let Some(Unit::Line(p)) = us.first() {
        if !covered(&names, 0) && starts_name(&key(&p.text)) {
            let mut len = 1;
            while let Some(Unit::Line(q)) = us.get(len) {
                if q.text.contains(['：', ':']) || len >= 4 || p.text.ends_with('）') {
                    break;
                }
                len += 1;
            }
            names.push((0, len));
        }
    }
    names.sort();
    names.dedup_by_key(|n| n.0);
    let mut out = Vec::new();
    if let Some(&(first, _)) = names.first() {
        for u in &us[..first] {
            match u {
                Unit::Line(p) => report.not_placed(
                    std::slice::from_ref(p),
                    "最初の活動の名前より前の行 / text before the first activity's name",
                ),
                Unit::Label(_, h) => report.not_placed(
                    h,
                    "最初の活動の名前より前の行 / text before the first activity's name",
                ),
            }
        }
    } else {
        for u in &us {
            match u {
                Unit::Line(p) => report.not_placed(
                    std::slice::from_ref(p),
                    "この節に活動の名前が見つかりません / no activity name found in this section",
                ),
                Unit::Label(_, h) => report.not_placed(
                    h,
                    "この節に活動の名前が見つかりません / no activity name found in this section",
                ),
            }
        }
    }
    for (k, &(start, len)) in names.iter().enumerate() {
        let end = names.get(k + 1).map_or(us.len(), |n| n.0);
        let name_lines: Vec<Piece> = us[start..start + len]
            .iter()
            .filter_map(|u| match u {
                Unit::Line(p) => Some(p.clone()),
                _ => None,
            })
            .collect();
        let name = joined(texts(&name_lines));
        // Prefer the spelling printed elsewhere, which was not wrapped.
        let name = known
            .iter()
            .find(|n| key(n) == key(&name))
            .cloned()
            .unwrap_or(name);
        out.push(Block {
            name,
            name_lines,
            units: us[(start + len).min(end)..end].to_vec(),
        });
    }
    out
}

/// The labelled fields of a block: (label key, label pieces, content pieces).
fn fields(block: &Block) -> Vec<(String, Vec<Piece>, Vec<Piece>)> {
    let mut out: Vec<(String, Vec<Piece>, Vec<Piece>)> = Vec::new();
    for u in &block.units {
        match u {
            Unit::Label(l, head) => out.push((key(l), head.clone(), Vec::new())),
            Unit::Line(p) => match out.last_mut() {
                Some(f) => f.2.push(p.clone()),
                None => out.push((String::new(), Vec::new(), vec![p.clone()])),
            },
        }
    }
    out
}

/// `label：text` → (label, text).
fn labeled(text: &str) -> Option<(String, String)> {
    let i = text.find(['：', ':'])?;
    let label = text[..i].trim();
    if label.is_empty() || label.chars().count() > 40 || label.contains('。') {
        return None;
    }
    let sep = text[i..].chars().next().map_or(1, char::len_utf8);
    Some((label.to_string(), text[i + sep..].trim().to_string()))
}

/// Labels the template prints before a colon in an RM activity's milestones.
const RM_MILESTONE_LABELS: [&str; 2] = [
    "評価の予定時期",
    "実施した結果に基づき採択される可能性がある更なる措置",
];

/// Label-and-text paragraphs (`評価の予定時期：…`): a new one after a
/// sentence ends, or where a line starts with a label (its own, or one of
/// the template's, which may run over lines).
fn labeled_paragraphs(pieces: &[Piece]) -> Vec<(String, String, Vec<Piece>)> {
    let mut groups: Vec<Vec<Piece>> = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        let ended = groups
            .last()
            .is_none_or(|g| g.last().is_some_and(|l| l.text.ends_with('。')));
        let template = RM_MILESTONE_LABELS
            .iter()
            .any(|l| crate::region::match_at(pieces, i, 0, l, false).is_some());
        match groups.last_mut() {
            Some(g) if !ended && !template => g.push(p.clone()),
            _ => groups.push(vec![p.clone()]),
        }
    }
    groups
        .into_iter()
        .map(|g| {
            let text = joined(texts(&g));
            match labeled(&text) {
                Some((l, t)) => (l, t, g),
                None => (String::new(), text, g),
            }
        })
        .collect()
}

fn known_milestone_label(l: &str) -> bool {
    let k = key(l);
    k.contains("時期") || k.contains("報告") || k.contains("措置") || k.contains("期間")
}

fn period(label: &str, text: &str) -> Period {
    let k = key(label);
    let kind = if k.contains("調査期間") {
        PeriodKind::Survey
    } else if k.contains("登録期間") {
        PeriodKind::Registration
    } else if k.contains("観察期間") {
        PeriodKind::Observation
    } else if k.contains("実施期間") {
        PeriodKind::Implementation
    } else {
        PeriodKind::Other
    };
    let (start, end) = dates::range(text);
    Period {
        kind,
        label: label.to_string(),
        printed: text.to_string(),
        start,
        end,
        planned: text.contains("予定"),
    }
}

fn is_period_label(l: &str) -> bool {
    key(l).ends_with("期間")
}

fn is_cases_label(l: &str) -> bool {
    key(l).ends_with("症例数")
}

/// The count in `登録症例数として 120 例`, `3,000例`: the first number followed by 例.
pub fn case_count(text: &str) -> Option<u32> {
    count_at(text).map(|c| c.0)
}

/// The first `N 例` of a text: the count and the byte offset just after 例.
pub fn count_at(text: &str) -> Option<(u32, usize)> {
    for (at, _) in text.match_indices('例') {
        let before = text[..at].trim_end();
        let digits: String = before
            .chars()
            .rev()
            .take_while(|c| crate::text::fold(*c).is_ascii_digit() || matches!(c, ',' | '，'))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .map(crate::text::fold)
            .filter(char::is_ascii_digit)
            .collect();
        if let Ok(n) = digits.parse() {
            return Some((n, at + '例'.len_utf8()));
        }
    }
    None
}

/// A PV activity from its block.
pub fn pv_activity(block: &Block, path: &str, report: &mut Report) -> (PvActivity, Vec<String>) {
    let kind = pv_kind(&block.name);
    let code = code_of(&block.name);
    let mut a = PvActivity {
        id: String::new(),
        kind,
        code,
        name: block.name.clone(),
        safety_concerns: Vec::new(),
        objective: Vec::new(),
        method: Vec::new(),
        plan: SurveyPlan::default(),
        rationale: Vec::new(),
        milestones: Vec::new(),
        follow_up: Vec::new(),
    };
    report.place(&block.name_lines, &format!("{path}.name"));
    let mut concerns = Vec::new();
    for (label, head, body) in fields(block) {
        report.structure(&head, "label");
        let field = |f: &str| format!("{path}.{f}");
        let shared = Shared {
            periods: &mut a.plan.periods,
            periods_at: "plan.periods",
            milestones: &mut a.milestones,
            objective: &mut a.objective,
            concerns: &mut concerns,
        };
        if shared_field(&label, &head, &body, shared, path, report) {
            continue;
        } else if label == "実施方法" || label == "具体的な方法" {
            a.method = paragraphs(texts(&body));
            report.place(&body, &field("method"));
        } else if label == "実施計画" {
            plan(&body, &mut a.plan, &mut a.method, path, report);
        } else if label.starts_with("実施計画の根拠") {
            for (l, _, lines) in labeled_paragraphs(&body) {
                report.place(&lines, &field("rationale"));
                let paras = paragraphs(lines_after_label(&lines, &l).iter().map(String::as_str));
                match a.rationale.last_mut() {
                    Some(last) if l.is_empty() => last.paragraphs.extend(paras),
                    _ => a.rationale.push(LabeledParagraphs {
                        label: l,
                        paragraphs: paras,
                    }),
                }
            }
        } else if label.starts_with("節目となる予定の時期") {
            for (l, text, lines) in labeled_paragraphs(&body) {
                report.place(&lines, &field("milestones"));
                a.milestones.push(LabeledText { label: l, text });
            }
        } else if label.contains("追加の措置") {
            a.follow_up = paragraphs(texts(&body));
            report.place(&body, &field("follow_up"));
        } else {
            unknown_block(&label, &body, report);
        }
    }
    (a, concerns)
}

/// A 【block】 the template does not have for this kind of activity.
fn unknown_block(label: &str, body: &[Piece], report: &mut Report) {
    report.not_placed(
        body,
        &format!("【{label}】 はこの活動の様式にない項目です / block 【{label}】 is not one the template has for this activity"),
    );
}

/// Where the blocks PV and RM activities share put what they read.
struct Shared<'a> {
    periods: &'a mut Vec<Period>,
    /// Where the periods are in the activity (`plan.periods` for PV).
    periods_at: &'static str,
    milestones: &'a mut Vec<LabeledText>,
    objective: &'a mut Paragraphs,
    concerns: &'a mut Vec<String>,
}

/// The blocks every activity may have: 実施期間 and 評価及び報告の予定時期
/// (bracketed or `label:text`), 【安全性検討事項】 and 【目的】. True when
/// `label` is one of them.
fn shared_field(
    label: &str,
    head: &[Piece],
    body: &[Piece],
    out: Shared,
    path: &str,
    report: &mut Report,
) -> bool {
    if label.is_empty()
        || label == "実施期間"
        || label.starts_with("評価及び報告")
        || label.starts_with("評価,報告")
    {
        let periods_path = format!("{path}.{}", out.periods_at);
        eppv_lines(
            label,
            head,
            body,
            out.periods,
            out.milestones,
            (path, &periods_path),
            report,
        );
    } else if label == "安全性検討事項" {
        *out.concerns = concern_names(body);
        report.place(body, &format!("{path}.safety_concerns"));
    } else if label == "目的" {
        *out.objective = paragraphs(texts(body));
        report.place(body, &format!("{path}.objective"));
    } else {
        return false;
    }
    true
}

/// The lines of a labelled paragraph without its label, which may run over lines.
fn lines_after_label(lines: &[Piece], label: &str) -> Vec<String> {
    let rest = match crate::region::match_at(lines, 0, 0, label, false) {
        Some((pi, off)) if !label.is_empty() => crate::region::rest(lines, pi, off, lines.len()),
        _ => lines.to_vec(),
    };
    rest.into_iter()
        .map(|p| p.text)
        .filter(|s| !s.is_empty())
        .collect()
}

/// 実施期間 and 評価及び報告の予定時期 blocks, bracketed or written `label:text`.
fn eppv_lines(
    label: &str,
    head: &[Piece],
    body: &[Piece],
    periods: &mut Vec<Period>,
    milestones: &mut Vec<LabeledText>,
    (path, periods_path): (&str, &str),
    report: &mut Report,
) {
    if label.is_empty() {
        for p in body {
            match labeled(&p.text) {
                Some((l, t)) if is_period_label(&l) => {
                    periods.push(period(&l, &t));
                    report.place(std::slice::from_ref(p), periods_path);
                }
                Some((l, t)) if known_milestone_label(&l) => {
                    milestones.push(LabeledText { label: l, text: t });
                    report.place(std::slice::from_ref(p), &format!("{path}.milestones"));
                }
                _ => match milestones.last_mut() {
                    Some(m) => {
                        crate::text::join(&mut m.text, &p.text);
                        report.place(std::slice::from_ref(p), &format!("{path}.milestones"));
                    }
                    None => report.not_placed(
                        std::slice::from_ref(p),
                        "活動のどの項目の下にもない行 / a line of an activity that is not under any of its labels",
                    ),
                },
            }
        }
        return;
    }
    let printed_label = joined(texts(head));
    let printed_label = printed_label
        .trim_start_matches('【')
        .trim_end_matches('】')
        .to_string();
    let text = joined(texts(body));
    if label == "実施期間" {
        periods.push(period(&printed_label, &text));
        report.place(body, periods_path);
    } else {
        milestones.push(LabeledText {
            label: printed_label,
            text,
        });
        report.place(body, &format!("{path}.milestones"));
    }
}

/// 【実施計画】: target cases, periods, notes; a `実施方法：` line is the method.
fn plan(
    body: &[Piece],
    plan: &mut SurveyPlan,
    method: &mut Vec<String>,
    path: &str,
    report: &mut Report,
) {
    let mut notes: Vec<Piece> = Vec::new();
    let mut last_period = false;
    let mut last_cases = false;
    for p in body {
        if last_cases && !crate::text::starts_item(&p.text) && labeled(&p.text).is_none() {
            if let Some(t) = plan.target_cases.as_mut() {
                crate::text::join(&mut t.printed, &p.text);
                last_cases = crate::text::depth(&t.printed) > 0;
            }
            report.place(
                std::slice::from_ref(p),
                &format!("{path}.plan.target_cases"),
            );
            continue;
        }
        last_cases = false;
        match labeled(&p.text) {
            Some((l, t)) if key(&l) == "実施方法" => {
                method.push(t);
                report.place(std::slice::from_ref(p), &format!("{path}.method"));
                last_period = false;
            }
            Some((l, t)) if is_cases_label(&l) => {
                last_cases = crate::text::depth(&t) > 0;
                plan.target_cases = Some(TargetCases {
                    label: l,
                    count: case_count(&t),
                    printed: t,
                });
                report.place(
                    std::slice::from_ref(p),
                    &format!("{path}.plan.target_cases"),
                );
                last_period = false;
            }
            Some((l, t)) if is_period_label(&l) => {
                plan.periods.push(period(&l, &t));
                report.place(std::slice::from_ref(p), &format!("{path}.plan.periods"));
                last_period = !t.ends_with('。') && !t.ends_with('）');
            }
            _ if last_period
                && !crate::text::starts_item(&p.text)
                && !p.text.starts_with("なお") =>
            {
                if let Some(per) = plan.periods.last_mut() {
                    crate::text::join(&mut per.printed, &p.text);
                    let fresh = period(&per.label, &per.printed);
                    *per = fresh;
                }
                report.place(std::slice::from_ref(p), &format!("{path}.plan.periods"));
            }
            _ => {
                notes.push(p.clone());
                last_period = false;
            }
        }
    }
    plan.notes = paragraphs(texts(&notes));
    report.place(&notes, &format!("{path}.plan.notes"));
}

/// `(LUN2501)` at the end of a name.
fn code_of(name: &str) -> Option<String> {
    let t = name.trim_end();
    let inner = t.strip_suffix('）').or_else(|| t.strip_suffix(')'))?;
    let open = inner.rfind(['（', '('])?;
    let code = &inner[open + inner[open..].chars().next().map_or(1, char::len_utf8)..];
    let ok = code.chars().count() >= 3
        && code.chars().any(|c| fold(c).is_ascii_digit())
        && code.chars().any(|c| fold(c).is_ascii_uppercase())
        && code
            .chars()
            .all(|c| fold(c).is_ascii_alphanumeric() || fold(c) == '-');
    ok.then(|| code.to_string())
}

/// 【安全性検討事項】: the names, split at commas outside brackets.
pub fn concern_names(body: &[Piece]) -> Vec<String> {
    let text = joined(texts(body));
    let mut out = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for c in text.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth -= 1,
            _ => {}
        }
        if depth == 0 && matches!(fold(c), ',') {
            out.push(cur.trim().to_string());
            cur.clear();
        } else {
            cur.push(c);
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

/// An RM activity from its block.
pub fn rm_activity(block: &Block, path: &str, report: &mut Report) -> (RmActivity, Vec<String>) {
    let mut a = RmActivity {
        id: String::new(),
        kind: rm_kind(&block.name),
        name: block.name.clone(),
        safety_concerns: Vec::new(),
        objective: Vec::new(),
        method: Vec::new(),
        conditions: None,
        periods: Vec::new(),
        milestones: Vec::new(),
        further_measures: Vec::new(),
        url: None,
    };
    report.place(&block.name_lines, &format!("{path}.name"));
    let mut concerns = Vec::new();
    for (label, head, body) in fields(block) {
        report.structure(&head, "label");
        let field = |f: &str| format!("{path}.{f}");
        let shared = Shared {
            periods: &mut a.periods,
            periods_at: "periods",
            milestones: &mut a.milestones,
            objective: &mut a.objective,
            concerns: &mut concerns,
        };
        if shared_field(&label, &head, &body, shared, path, report) {
            continue;
        } else if label == "具体的な方法" || label == "実施方法" {
            method(&body, &mut a, path, report);
        } else if label.starts_with("節目となる予定の時期") {
            let mut further = false;
            for (l, text, lines) in labeled_paragraphs(&body) {
                if key(&l).contains("更なる措置") || further {
                    further = true;
                    let rest = lines_after_label(&lines, &l);
                    a.further_measures
                        .extend(paragraphs(rest.iter().map(String::as_str)));
                    report.place(&lines, &field("further_measures"));
                } else {
                    a.milestones.push(LabeledText { label: l, text });
                    report.place(&lines, &field("milestones"));
                }
            }
        } else {
            unknown_block(&label, &body, report);
        }
    }
    (a, concerns)
}

const CONDITIONS: [&str; 4] = ["医師要件", "施設要件", "医療関係者への事前説明", "流通管理"];

/// 【具体的な方法】, with the conditions of use split out when it has them.
fn method(body: &[Piece], a: &mut RmActivity, path: &str, report: &mut Report) {
    let heading = |p: &Piece| {
        let t = crate::concern::strip_item_number(&p.text);
        CONDITIONS.iter().position(|c| key(&t) == key(c))
    };
    let first = body.iter().position(|p| heading(p).is_some());
    let Some(first) = first else {
        a.method = paragraphs(texts(body));
        report.place(body, &format!("{path}.method"));
        return;
    };
    a.method = paragraphs(texts(&body[..first]));
    report.place(&body[..first], &format!("{path}.method"));
    let mut c = ConditionsOfUse {
        physician_requirements: Vec::new(),
        facility_requirements: Vec::new(),
        pre_explanation: Vec::new(),
        distribution_control: Vec::new(),
    };
    let mut current: Option<usize> = None;
    let mut lines: [Vec<Piece>; 4] = Default::default();
    for p in &body[first..] {
        if let Some(h) = heading(p) {
            current = Some(h);
            report.structure(std::slice::from_ref(p), "label");
        } else if let Some(h) = current {
            lines[h].push(p.clone());
        }
    }
    let names = [
        "physician_requirements",
        "facility_requirements",
        "pre_explanation",
        "distribution_control",
    ];
    for (i, ls) in lines.iter().enumerate() {
        let paras = conditions_paragraphs(ls);
        report.place(ls, &format!("{path}.conditions.{}", names[i]));
        match i {
            0 => c.physician_requirements = paras,
            1 => c.facility_requirements = paras,
            2 => c.pre_explanation = paras,
            _ => c.distribution_control = paras,
        }
    }
    a.conditions = Some(c);
}

/// Paragraphs of a condition: also a line that ends with a colon (`提供資材：`) ends one.
fn conditions_paragraphs(pieces: &[Piece]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for p in pieces {
        let t = p.text.trim();
        let item = crate::text::starts_item(t) || t.starts_with('＊') || t.starts_with('*');
        match out.last_mut() {
            Some(last) if open && !item => crate::text::join(last, t),
            _ => out.push(t.to_string()),
        }
        // A short bullet without a comma is a noun (`・患者向け資材`): complete.
        let noun = t.starts_with('・') && !t.contains(['，', '、', ',']) && t.chars().count() <= 30;
        open = !(t.ends_with('。')
            || t.ends_with('：')
            || t.ends_with(':')
            || noun
            || (t.starts_with('＊') && !t.ends_with('，')));
    }
    out
}
