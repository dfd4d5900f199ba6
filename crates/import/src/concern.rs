//! 1.(1) 安全性検討事項 — each concern: its name, the reason, the incidence
//! table with its notes and references, and the activities chosen for it.

use rmp_model::{
    ConcernCategory, ConcernPv, ConcernRm, Footnote, IncidenceTable, Reference, SafetyConcern,
};

use crate::incidence::{self, spanning_note, HeaderCohort};
use crate::piece::Piece;
use crate::region::{split, texts, Part};
use crate::report::Report;
use crate::text::{fold, joined, key, paragraph_groups, paragraphs};

pub const REASONS: [&str; 3] = [
    "重要な特定されたリスクとした理由",
    "重要な潜在的リスクとした理由",
    "重要な不足情報とした理由",
];
const HEADINGS: [&str; 3] = [
    "重要な特定されたリスク",
    "重要な潜在的リスク",
    "重要な不足情報",
];
const PV: &str = "医薬品安全性監視活動の内容及びその選択理由";
const RM: &str = "リスク最小化活動の内容及びその選択理由";

fn category(i: usize) -> ConcernCategory {
    match i {
        0 => ConcernCategory::IdentifiedRisk,
        1 => ConcernCategory::PotentialRisk,
        _ => ConcernCategory::MissingInformation,
    }
}

/// A concern as read, before ids are settled.
#[derive(Debug)]
pub struct ReadConcern {
    pub category: ConcernCategory,
    pub concern: SafetyConcern,
    /// The additional activities named in its blocks, as printed.
    pub pv_named: Vec<(String, Vec<Piece>)>,
    pub rm_named: Vec<(String, Vec<Piece>)>,
}

/// What the specification says: the concerns.
#[derive(Debug, Default)]
pub struct Spec {
    pub concerns: Vec<ReadConcern>,
    /// Lines before the first concern that belong to one whose name is not in the text.
    pub orphan: Vec<Piece>,
}

/// The trailing pieces that name the next concern: after the last sentence.
fn trailing_name(body: &mut Vec<Piece>) -> Vec<Piece> {
    let start = body
        .iter()
        .rposition(|p| p.text.ends_with('。') || p.text.ends_with('】'))
        .map_or(0, |i| i + 1);
    let name = body.split_off(start);
    if name.len() > 4 {
        // Too long for a name: leave it where it was.
        body.extend(name);
        return Vec::new();
    }
    name
}

pub fn read(
    pieces: &[Piece],
    report: &mut Report,
    path_of: &dyn Fn(ConcernCategory, usize) -> String,
) -> Spec {
    let labels: Vec<&str> = REASONS.iter().chain(HEADINGS.iter()).copied().collect();
    let (before, parts) = split(pieces, &labels, false);
    let mut spec = Spec::default();
    let mut pending_name: Vec<Piece> = Vec::new();
    let mut lead = before;
    // The text before the first label: a concern's tail whose name is not here, then the first name.
    let first_name = trailing_name(&mut lead);
    if !lead.is_empty() {
        spec.orphan = lead;
    }
    pending_name.extend(first_name);
    let mut counts = [0usize; 3];
    let mut header = None;
    let n = parts.len();
    for (k, part) in parts.into_iter().enumerate() {
        let Part {
            label,
            head,
            mut body,
        } = part;
        report.structure(&head, "label");
        if label >= 3 && key(&joined(texts(&body))) == "なし" {
            report.structure(&body, "なし (none)");
            pending_name = Vec::new();
            continue;
        }
        let next_name = if k + 1 < n {
            trailing_name(&mut body)
        } else {
            Vec::new()
        };
        if label >= 3 {
            // A category heading ("なし" was taken above): its body is nothing.
            if !body.is_empty() {
                report.not_placed(&body, "区分の見出しの後にある、安全性検討事項でない行 / text after a category heading that is not a concern");
            }
            pending_name = next_name;
            continue;
        }
        let cat = category(label);
        let index = counts[label];
        counts[label] += 1;
        let path = path_of(cat, index);
        let name_lines = std::mem::take(&mut pending_name);
        let name = joined(texts(&name_lines));
        if name.is_empty() {
            report.guess(
                &format!("{path}.name"),
                "安全性検討事項の名前がテキストにありません / the concern's name is not in the text",
                &head,
            );
        }
        report.place(&name_lines, &format!("{path}.name"));
        let concern = concern_body(&path, name, body, &mut header, report);
        spec.concerns.push(ReadConcern {
            category: cat,
            concern: concern.0,
            pv_named: concern.1,
            rm_named: concern.2,
        });
        pending_name = next_name;
    }
    if !pending_name.is_empty() {
        report.not_placed(
            &pending_name,
            "最後の安全性検討事項の後の見出し / a heading after the last concern",
        );
    }
    harmonise_cohorts(&mut spec.concerns, report, path_of);
    spec
}

/// A cohort named in several tables is spelt as most tables print it: a line
/// break that fell where the name has a space loses the space in one table.
fn harmonise_cohorts(
    concerns: &mut [ReadConcern],
    report: &mut Report,
    path_of: &dyn Fn(ConcernCategory, usize) -> String,
) {
    let mut spellings: std::collections::HashMap<(String, u32, String), Vec<String>> =
        Default::default();
    for c in concerns.iter() {
        for t in &c.concern.incidence {
            for (_, co) in t.cohorts() {
                spellings
                    .entry((co.study.clone(), co.n, key(&co.label)))
                    .or_default()
                    .push(co.label.clone());
            }
        }
    }
    let mut counts = std::collections::HashMap::new();
    for c in concerns.iter_mut() {
        let index = counts.entry(c.category).or_insert(0usize);
        let path = path_of(c.category, *index);
        *index += 1;
        for (ti, t) in c.concern.incidence.iter_mut().enumerate() {
            for g in &mut t.column_groups {
                for co in &mut g.cohorts {
                    let Some(all) = spellings.get(&(co.study.clone(), co.n, key(&co.label))) else {
                        continue;
                    };
                    let best = all
                        .iter()
                        .max_by_key(|s| all.iter().filter(|x| x == s).count())
                        .cloned()
                        .unwrap_or_default();
                    let best_count = all.iter().filter(|x| **x == best).count();
                    let mine = all.iter().filter(|x| **x == co.label).count();
                    if best != co.label && best_count > mine {
                        report.guess(
                            &format!("{path}.incidence[{ti}].column_groups"),
                            format!(
                                "コホート 「{label}」 を、ほかの表の表記に合わせて 「{best}」 としました / cohort 「{label}」 spelt 「{best}」 as the other tables print it",
                                label = co.label
                            ),
                            &[],
                        );
                        co.label = best;
                    }
                }
            }
        }
    }
}

type Named = Vec<(String, Vec<Piece>)>;

fn concern_body(
    path: &str,
    name: String,
    body: Vec<Piece>,
    header: &mut Option<Vec<HeaderCohort>>,
    report: &mut Report,
) -> (SafetyConcern, Named, Named) {
    let (reason_block, parts) = split(&body, &[PV, RM], false);
    let mut concern = SafetyConcern {
        id: String::new(),
        name,
        reason: Vec::new(),
        incidence: Vec::new(),
        references: Vec::new(),
        pv: ConcernPv {
            routine: false,
            additional: Vec::new(),
            reasons: Vec::new(),
        },
        rm: ConcernRm {
            routine: false,
            routine_text: Vec::new(),
            package_insert_sections: Vec::new(),
            additional: Vec::new(),
            reasons: Vec::new(),
        },
    };
    reason(path, &reason_block, &mut concern, header, report);
    let mut pv_named = Vec::new();
    let mut rm_named = Vec::new();
    for part in parts {
        report.structure(&part.head, "label");
        let rm = part.label == 1;
        let (before, inner) = split(&part.body, &["【内容】", "【選択理由】"], false);
        if !before.is_empty() {
            report.not_placed(&before, "【内容】より前の行 / text before 【内容】");
        }
        for p in inner {
            report.structure(&p.head, "label");
            if p.label == 1 {
                let reasons = paragraphs(texts(&p.body));
                let key = if rm { "rm" } else { "pv" };
                report.place(&p.body, &format!("{path}.{key}.reasons"));
                if rm {
                    concern.rm.reasons = reasons;
                } else {
                    concern.pv.reasons = reasons;
                }
                continue;
            }
            let named = contents(path, rm, &p.body, &mut concern, report);
            if rm {
                rm_named = named;
            } else {
                pv_named = named;
            }
        }
    }
    if !concern.pv.routine && concern.pv.additional.is_empty() && pv_named.is_empty() {
        report.missing_at(
            "医薬品安全性監視活動の内容 / 医薬品安全性監視活動の内容 (the pharmacovigilance activities)",
            format!("{}/pv", crate::report::pointer(path)),
        );
    }
    (concern, pv_named, rm_named)
}

/// 【内容】: routine and additional activities. Returns the additional ones as named.
fn contents(
    path: &str,
    rm: bool,
    body: &[Piece],
    concern: &mut SafetyConcern,
    report: &mut Report,
) -> Named {
    let (routine_label, additional_label) = if rm {
        ("通常のリスク最小化活動", "追加のリスク最小化活動")
    } else {
        ("通常の医薬品安全性監視活動", "追加の医薬品安全性監視活動")
    };
    let mut named = Vec::new();
    let mut section = 0; // 0 before, 1 routine, 2 additional
    let mut routine_text: Vec<Piece> = Vec::new();
    for p in body {
        let t = p
            .text
            .trim_start_matches(|c: char| is_bullet(c) || c.is_whitespace());
        let k = key(t);
        if k.starts_with(&key(routine_label)) {
            section = 1;
            if rm {
                concern.rm.routine = true;
            } else {
                concern.pv.routine = true;
            }
            let after = &k[key(routine_label).len()..];
            if after.is_empty() {
                report.structure(std::slice::from_ref(p), "label");
            } else if rm {
                routine_text.push(Piece::new(p.line, t));
            } else {
                report.structure(std::slice::from_ref(p), "label");
            }
            continue;
        }
        if k.starts_with(&key(additional_label)) {
            section = 2;
            let after = &k[key(additional_label).len()..];
            if after.is_empty() {
                report.structure(std::slice::from_ref(p), "label");
            } else {
                // "追加の…として、特定使用成績調査を行う。": the activities are named in the sentence.
                named.push((t.to_string(), vec![p.clone()]));
            }
            continue;
        }
        match section {
            1 if rm => routine_text.push(p.clone()),
            2 => {
                if crate::text::starts_item(t) || named.is_empty() {
                    named.push((t.to_string(), vec![p.clone()]));
                } else if let Some(last) = named.last_mut() {
                    crate::text::join(&mut last.0, t);
                    last.1.push(p.clone());
                }
            }
            _ => report.not_placed(
                std::slice::from_ref(p),
                "【内容】のうち、通常・追加の活動のどちらにも入らない行 / text in 【内容】 outside the routine and additional activities",
            ),
        }
    }
    if rm {
        concern.rm.routine_text = paragraphs(texts(&routine_text));
        concern.rm.package_insert_sections =
            package_insert_sections(&concern.rm.routine_text.join(""));
        report.place(&routine_text, &format!("{path}.rm.routine_text"));
    }
    // Strip the item numbers: "(1) 特定使用成績調査（…）".
    for (name, _) in &mut named {
        *name = strip_item_number(name);
    }
    named
}

fn is_bullet(c: char) -> bool {
    matches!(c, '・' | '\u{F000}'..='\u{F0FF}' | '●' | '○' | '■')
}

/// `(1) 名称` → `名称`.
pub fn strip_item_number(s: &str) -> String {
    let t = s.trim();
    let folded: String = t.chars().map(fold).collect();
    if folded.starts_with('(') {
        if let Some(end) = t.find([')', '）']) {
            let inner = &folded[1..folded.find(')').unwrap_or(1)];
            if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
                return t[end + t[end..].chars().next().map_or(1, char::len_utf8)..]
                    .trim()
                    .to_string();
            }
        }
    }
    t.to_string()
}

/// 「1．警告」 — the package-insert sections the routine text names.
fn package_insert_sections(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('「') {
        let after = &rest[start + '「'.len_utf8()..];
        let Some(end) = after.find('」') else { break };
        let inner = &after[..end];
        if inner
            .chars()
            .next()
            .is_some_and(|c| fold(c).is_ascii_digit())
        {
            out.push(inner.to_string());
        }
        rest = &after[end..];
    }
    out
}

/// The reason block: the reason's paragraphs, then the table with its intro,
/// grading note, footnotes and references.
fn reason(
    path: &str,
    block: &[Piece],
    concern: &mut SafetyConcern,
    header: &mut Option<Vec<HeaderCohort>>,
    report: &mut Report,
) {
    let (block, refs) = match block.iter().position(|p| key(&p.text) == "引用文献") {
        Some(i) => {
            report.structure(&block[i..=i], "label");
            (&block[..i], &block[i + 1..])
        }
        None => (block, &[][..]),
    };
    concern.references = references(path, refs, report);
    let groups = paragraph_groups(block);
    let intro_at = groups
        .iter()
        .position(|g| key(&joined(texts(g))).contains("下記のとおり"));
    let Some(intro_at) = intro_at else {
        concern.reason = groups.iter().map(|g| joined(texts(g))).collect();
        for g in &groups {
            report.place(g, &format!("{path}.reason"));
        }
        return;
    };
    for g in &groups[..intro_at] {
        report.place(g, &format!("{path}.reason"));
        concern.reason.push(joined(texts(g)));
    }
    let intro = joined(texts(&groups[intro_at]));
    let intro_lines = groups[intro_at].clone();
    // The rest: the table, then notes.
    let after: Vec<Piece> = groups[intro_at + 1..].iter().flatten().cloned().collect();
    let end = after
        .iter()
        .position(|p| {
            let k = key(&p.text);
            k.starts_with("Gradeは")
                || (k.starts_with('*')
                    && k.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
                    && !k[2..].starts_with(|c: char| c.is_ascii_digit()))
        })
        .unwrap_or(after.len());
    let (table, notes) = after.split_at(end);
    let mut footnotes: Vec<(Footnote, Vec<Piece>)> = Vec::new();
    let mut grading: Vec<Piece> = Vec::new();
    let mut extra: Vec<Piece> = Vec::new();
    for g in paragraph_groups(notes) {
        let text = joined(texts(&g));
        let k = key(&text);
        if k.starts_with("Gradeは") {
            grading.extend(g);
        } else if k.starts_with('*') {
            let marker_len: usize = text
                .char_indices()
                .take_while(|(i, c)| *i == 0 || fold(*c).is_ascii_digit())
                .map(|(_, c)| c.len_utf8())
                .sum();
            let marker = format!(
                "*{}",
                crate::text::ascii_digits(&text[fold_len(&text)..marker_len])
            );
            footnotes.push((
                Footnote {
                    marker,
                    text: text[marker_len..].trim().to_string(),
                },
                g,
            ));
        } else if let Some((f, _)) = footnotes.last_mut() {
            crate::text::join(&mut f.text, &text);
        } else {
            extra.extend(g);
        }
    }
    let table_path = format!("{path}.incidence[0]");
    match incidence::rebuild(
        "", // set with the concern's id
        &intro,
        table,
        header.as_deref(),
    ) {
        Ok(rebuilt) => {
            if header.is_none() && !rebuilt.borrowed_header {
                *header = Some(
                    rebuilt
                        .table
                        .cohorts()
                        .map(|(_, c)| HeaderCohort {
                            study: c.study.clone(),
                            study_label: c.study_label.clone(),
                            label: c.label.clone(),
                            n: c.n,
                        })
                        .collect(),
                );
            }
            let mut t: IncidenceTable = rebuilt.table;
            t.grading_note = (!grading.is_empty()).then(|| joined(texts(&grading)));
            report.place(&intro_lines, &format!("{table_path}.intro"));
            report.place(table, &table_path);
            report.place(&grading, &format!("{table_path}.grading_note"));
            for (i, (f, lines)) in footnotes.iter().enumerate() {
                report.place(lines, &format!("{table_path}.footnotes[{i}]"));
                t.footnotes.push(f.clone());
            }
            // A marker whose footnote is not in the text is listed, not kept dangling.
            let markers: Vec<String> = t.footnotes.iter().map(|f| f.marker.clone()).collect();
            let mut orphans = Vec::new();
            for e in &mut t.events {
                let cells = e
                    .grades
                    .iter_mut()
                    .flat_map(|g| g.cells.iter_mut())
                    .map(|c| &mut c.notes);
                for notes in std::iter::once(&mut e.notes).chain(cells) {
                    notes.retain(|m| {
                        markers.contains(m) || {
                            orphans.push(m.clone());
                            false
                        }
                    });
                }
            }
            orphans.sort();
            orphans.dedup();
            for m in orphans {
                report.guess(
                    &table_path,
                    format!("記号 {m} の脚注がテキストにないため、セルから外しました / the marker {m} has no footnote in the text: left off the cells"),
                    table,
                );
            }
            for m in rebuilt.mismatches {
                report.guess(&table_path, m, &[]);
            }
            if rebuilt.borrowed_header {
                report.guess(
                    &format!("{table_path}.column_groups"),
                    "ここではコホートの見出しが互いに入り組んでいるため、同じ例数の別の表からコホート名を取りました / the cohort headers run into each other here: the cohorts' names are taken from another table with the same cohort sizes",
                    &intro_lines,
                );
            }
            if let Some(how) = &rebuilt.spanning {
                report.guess(
                    &format!("{table_path}.column_groups"),
                    spanning_note(&t, how),
                    &intro_lines,
                );
            }
            report.cells_emitted += t
                .events
                .iter()
                .flat_map(|e| &e.grades)
                .map(|g| g.cells.len())
                .sum::<usize>();
            concern.incidence.push(t);
        }
        Err(why) => {
            let (why_ja, why_en) = why
                .split_once(" / ")
                .unwrap_or((why.as_str(), why.as_str()));
            let why = format!("発現状況の表を組み立てられなかったため、そのセルは取り込んでいません（{why_ja}） / incidence table not rebuilt, its cells are withheld: {why_en}");
            report.cells_withheld += count_values(table);
            report.not_placed(&intro_lines, &why);
            report.not_placed(table, &why);
            report.not_placed(&grading, &why);
            for (_, lines) in &footnotes {
                report.not_placed(lines, &why);
            }
            report.guess(&table_path, why, table);
        }
    }
    if !extra.is_empty() {
        report.place(&extra, &format!("{path}.reason"));
        concern.reason.extend(paragraphs(texts(&extra)));
    }
}

fn fold_len(text: &str) -> usize {
    text.chars().next().map_or(0, char::len_utf8)
}

fn count_values(pieces: &[Piece]) -> usize {
    pieces
        .iter()
        .flat_map(|p| p.text.split_whitespace())
        .filter(|w| w.chars().next().is_some_and(|c| fold(c).is_ascii_digit()))
        .count()
}

/// 引用文献: `1)…`, `1）…`.
fn references(path: &str, pieces: &[Piece], report: &mut Report) -> Vec<Reference> {
    let mut out: Vec<(Reference, Vec<Piece>)> = Vec::new();
    for p in pieces {
        let t = p.text.trim();
        let digits: usize = t
            .chars()
            .take_while(|c| fold(*c).is_ascii_digit())
            .map(char::len_utf8)
            .sum();
        let close = t[digits..]
            .chars()
            .next()
            .filter(|c| matches!(c, ')' | '）'));
        match close {
            Some(c) if digits > 0 => {
                let marker = t[..digits + c.len_utf8()].to_string();
                out.push((
                    Reference {
                        marker,
                        text: t[digits + c.len_utf8()..].trim().to_string(),
                    },
                    vec![p.clone()],
                ));
            }
            _ => match out.last_mut() {
                Some((r, lines)) => {
                    crate::text::join(&mut r.text, t);
                    lines.push(p.clone());
                }
                None => report.not_placed(
                    std::slice::from_ref(p),
                    "引用文献の最初の文献より前の行 / text under 引用文献 before the first reference",
                ),
            },
        }
    }
    for (i, (_, lines)) in out.iter().enumerate() {
        report.place(lines, &format!("{path}.references[{i}]"));
    }
    out.into_iter().map(|(r, _)| r).collect()
}
