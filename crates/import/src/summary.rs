//! 別紙様式2 — the one-page summary: header, the three columns of concerns,
//! the additional activities.

use rmp_model::{ConcernCategory, PrintedDate};

use crate::dates;
use crate::piece::Piece;
use crate::region::{split, texts};
use crate::report::Report;
use crate::text::{ascii_digits, joined, key};

/// The summary as read: names, before they are linked to the full plan.
#[derive(Debug, Default)]
pub struct ReadSummary {
    pub title: String,
    pub product_name: String,
    pub brand_names: Vec<String>,
    pub ingredient: String,
    pub company: String,
    pub category: String,
    pub submitted: Option<PrintedDate>,
    /// (category, name, lines)
    pub concerns: Vec<(ConcernCategory, String, Vec<Piece>)>,
    pub efficacy: Vec<String>,
    pub pv: Vec<String>,
    pub efficacy_studies: Vec<String>,
    pub rm: Vec<String>,
    pub note: Option<String>,
}

const LABELS: [&str; 10] = [
    "販売名",
    "有効成分",
    "製造販売業者",
    "提出年月",
    "安全性検討事項",
    "有効性に関する検討事項",
    "医薬品安全性監視計画の概要",
    "有効性に関する調査・試験の計画の概要",
    "リスク最小化計画の概要",
    "薬効分類",
];

/// `body` concerns and activities are the full plan's names, to find in the flattened columns.
pub fn read(
    pieces: &[Piece],
    concerns: &[(ConcernCategory, String)],
    pv: &[String],
    rm: &[String],
    report: &mut Report,
) -> ReadSummary {
    let mut s = ReadSummary::default();
    // The template's closing sentence (各項目の内容は RMP の本文でご確認下さい。), wherever it falls.
    let mut pieces = pieces.to_vec();
    if let Some(start) = pieces
        .iter()
        .position(|p| key(&p.text).starts_with("各項目の内容は"))
    {
        let end = pieces[start..]
            .iter()
            .position(|p| p.text.ends_with('。'))
            .map_or(start, |e| start + e);
        let note: Vec<Piece> = pieces.drain(start..=end).collect();
        s.note = Some(joined(texts(&note)));
        report.place(&note, "summary.note");
    }
    let (before, parts) = split(&pieces, &LABELS, true);
    // The title: the lines before 販売名, from the one that says に係る or 概要.
    let title_at = before
        .iter()
        .rposition(|p| key(&p.text).contains("(RMP)の概要"));
    let title_from = match title_at {
        Some(t) => before[..=t]
            .iter()
            .rposition(|p| p.text.contains("に係る"))
            .unwrap_or(t),
        None => before.len(),
    };
    let title_lines = &before[title_from..];
    report.not_placed(
        &before[..title_from],
        "表紙：モデルの一部ではありません / a cover page: not part of the model",
    );
    s.title = joined(texts(title_lines));
    report.place(title_lines, "summary.title");
    s.product_name = s
        .title
        .split("に係る")
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    if s.product_name.chars().any(|c| c.is_ascii_digit()) {
        // "リクシアナ錠 15 mg・錠 30 mg…に係る": the name is the leading kana.
        let name: String = s
            .product_name
            .chars()
            .take_while(|c| ('\u{30A0}'..='\u{30FF}').contains(c))
            .collect();
        if !name.is_empty() {
            report.guess(
                "document.product_name",
                format!(
                    "表題 「{title}」 から 「{name}」 としました / 「{name}」 taken from the title 「{title}」",
                    title = s.product_name
                ),
                title_lines,
            );
            s.product_name = name;
        }
    }
    for part in parts {
        report.structure(&part.head, "label");
        let body = &part.body;
        match part.label {
            0 => {
                for p in body {
                    let t = strip_number(&p.text);
                    // Names run together on one line: split where the product name starts again.
                    let parts = split_repeats(&t, &s.product_name);
                    if parts.len() > 1 {
                        report.guess(
                            "summary.brand_names",
                            format!(
                                "「{t}」 を 「{name}」 が繰り返すところで {n} つの名前に分けました / 「{t}」 split into {n} names where 「{name}」 starts again",
                                n = parts.len(),
                                name = s.product_name
                            ),
                            std::slice::from_ref(p),
                        );
                    }
                    s.brand_names.extend(parts);
                }
                report.place(body, "summary.brand_names");
            }
            1 => {
                s.ingredient = joined(texts(body));
                report.place(body, "document.active_ingredient");
            }
            2 => {
                // 製造販売業者 X 薬効分類 N (one line)
                let text = joined(texts(body));
                let (company, category) = match text.find("薬効分類") {
                    Some(i) => (
                        text[..i].trim().to_string(),
                        text[i + "薬効分類".len()..].trim().to_string(),
                    ),
                    None => (text.clone(), String::new()),
                };
                s.company = company;
                if !category.is_empty() {
                    s.category = category;
                }
                report.place(body, "document.company");
            }
            9 => {
                s.category = joined(texts(body));
                report.place(body, "document.therapeutic_category");
            }
            3 => {
                let printed = joined(texts(body));
                s.submitted = Some(PrintedDate {
                    date: dates::one(&printed),
                    printed,
                });
                report.place(body, "document.submitted");
            }
            4 => columns(body, concerns, &mut s, report),
            5 => {
                s.efficacy = items(
                    body,
                    &[],
                    "summary.efficacy_considerations",
                    &mut s.note,
                    report,
                );
            }
            6 => {
                s.pv = items(body, pv, "summary.pv_additional", &mut s.note, report);
            }
            7 => {
                s.efficacy_studies =
                    items(body, &[], "summary.efficacy_studies", &mut s.note, report);
            }
            _ => {
                s.rm = items(body, rm, "summary.rm_additional", &mut s.note, report);
            }
        }
    }
    s
}

/// `A 15 mgA 30 mg` → [`A 15 mg`, `A 30 mg`] for the name `A`.
fn split_repeats(t: &str, name: &str) -> Vec<String> {
    if name.is_empty() || t.is_empty() {
        return vec![t.to_string()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in t.match_indices(name) {
        if i > start {
            out.push(t[start..i].trim().to_string());
            start = i;
        }
    }
    out.push(t[start..].trim().to_string());
    out.retain(|s| !s.is_empty());
    out
}

/// `1. name` → `name`.
fn strip_number(t: &str) -> String {
    let a = ascii_digits(t);
    let digits = a.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && a[digits..].starts_with(['.', '．']) {
        let skip = t.char_indices().nth(digits + 1).map_or(t.len(), |(i, _)| i);
        return t[skip..].trim().to_string();
    }
    t.trim().to_string()
}

/// A page number after a name (`使用実態下における有効性 16`).
fn strip_page(name: &str) -> String {
    let t = name.trim_end();
    let digits = t.chars().rev().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits) {
        let head = &t[..t.len() - digits];
        if head.ends_with(' ') {
            return head.trim_end().to_string();
        }
    }
    t.to_string()
}

fn is_note(t: &str) -> bool {
    key(t).contains("本文でご確認")
}

/// The items of a summary section: the routine/additional headings dropped,
/// names found as the full plan prints them, else one per bracket-balanced run.
fn items(
    body: &[Piece],
    known: &[String],
    path: &str,
    note: &mut Option<String>,
    report: &mut Report,
) -> Vec<String> {
    let mut lines: Vec<Piece> = Vec::new();
    for p in body {
        let k = key(&p.text);
        if is_note(&p.text) {
            *note = Some(p.text.clone());
            report.place(std::slice::from_ref(p), "summary.note");
        } else if k.starts_with("通常の") || k.starts_with("追加の") {
            report.structure(std::slice::from_ref(p), "label");
        } else if k == "なし" {
            report.structure(std::slice::from_ref(p), "なし (none)");
        } else if k == "頁" {
            report.structure(std::slice::from_ref(p), "column headers");
        } else {
            lines.push(p.clone());
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        // The longest known name starting here.
        let mut acc = String::new();
        let mut found = None;
        for m in 0..6 {
            let Some(p) = lines.get(i + m) else { break };
            acc.push_str(&key(&p.text));
            if let Some(name) = known.iter().find(|n| key(n) == acc) {
                found = Some((m + 1, name.clone()));
            }
        }
        let (len, name) = match found {
            Some(f) => f,
            None => {
                let mut text = String::new();
                let mut m = 0;
                while let Some(p) = lines.get(i + m) {
                    crate::text::join(&mut text, &p.text);
                    m += 1;
                    // A code in brackets on the next line (`（LUN2501）`) is part of the name.
                    let code_next = lines.get(i + m).is_some_and(|n| {
                        let k = key(&n.text);
                        k.starts_with('(')
                            && k.ends_with(')')
                            && k.chars().any(|c| c.is_ascii_uppercase())
                            && k.chars().count() <= 20
                    });
                    if crate::text::depth(&text) <= 0 && !code_next {
                        break;
                    }
                }
                (m, text)
            }
        };
        let name = strip_page(&name);
        // A list of names holds no sentence: text that reads as one is not a name.
        if name.contains('。') || name.chars().count() > 120 {
            report.not_placed(
                &lines[i..i + len],
                "名前の並ぶ欄にある文章で、名前ではないもの / a sentence where the summary lists names: not a name",
            );
        } else if crate::text::depth(&name) > 0 {
            report.not_placed(
                &lines[i..i + len],
                "括弧が閉じる前に切れた名前（テキストがここで終わっています） / a name cut off before its brackets close: the text ends here",
            );
        } else {
            report.place(&lines[i..i + len], path);
            out.push(name);
        }
        i += len;
    }
    out
}

/// 1.1: the three columns, flattened row by row.
fn columns(
    body: &[Piece],
    concerns: &[(ConcernCategory, String)],
    s: &mut ReadSummary,
    report: &mut Report,
) {
    let mut lines: Vec<Piece> = Vec::new();
    for p in body {
        if p.text.trim_start().starts_with('【') {
            report.structure(std::slice::from_ref(p), "column headers");
        } else if is_note(&p.text) {
            s.note = Some(p.text.clone());
            report.place(std::slice::from_ref(p), "summary.note");
        } else {
            lines.push(p.clone());
        }
    }
    if !concerns.is_empty() {
        // The full plan names them: find each, in the plan's order, in the text.
        let text_key: String = lines.iter().map(|p| key(&p.text)).collect();
        let mut from = 0;
        for (cat, name) in concerns {
            let k = key(name);
            if let Some(i) = text_key[from..].find(&k) {
                from += i + k.len();
                s.concerns.push((*cat, name.clone(), Vec::new()));
            }
        }
        let rest = text_key.replace("なし", "");
        let mut left = rest.clone();
        for (_, name, _) in &s.concerns {
            left = left.replacen(&key(name), "", 1);
        }
        if left.is_empty() {
            report.place(&lines, "summary.identified_risks");
        } else {
            report.not_placed(
                &lines,
                "概要の欄に、本文にない名前があります / the summary's columns hold names the full plan does not",
            );
        }
        return;
    }
    // Without the full plan: the page numbers after the names are the column signal.
    paged(&lines, s, report);
}

/// Names with the page of the full plan after them (`出血 4 P-gp 阻害剤との併用 9 …`).
fn paged(lines: &[Piece], s: &mut ReadSummary, report: &mut Report) {
    // Items in reading order: text up to a page number.
    let mut items: Vec<(String, u32, Vec<Piece>)> = Vec::new();
    let mut text = String::new();
    let mut item_lines: Vec<Piece> = Vec::new();
    let mut rows: Vec<Vec<usize>> = Vec::new();
    for p in lines {
        item_lines.push(p.clone());
        let mut row = Vec::new();
        let words: Vec<&str> = p.text.split_whitespace().collect();
        for (wi, w) in words.iter().enumerate() {
            let a = ascii_digits(w);
            let digits_end = a.len() - a.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            let (word, page) = if digits_end > 0 && digits_end <= 3 {
                let (x, n) = a.split_at(a.len() - digits_end);
                (x.to_string(), n.parse::<u32>().ok())
            } else {
                (a.clone(), None)
            };
            // `2剤` inside a name is not a page: a page ends a word and the next word is not a unit.
            let is_page =
                page.is_some() && !word.ends_with(|c: char| c.is_ascii_alphabetic() || c == '-');
            if !word.is_empty() {
                if !text.is_empty() && wi > 0 {
                    text.push(' ');
                }
                crate::text::join(&mut text, &word);
            }
            if let (true, Some(n)) = (is_page, page) {
                if !text.trim().is_empty() {
                    row.push(items.len());
                    let mut ls = std::mem::take(&mut item_lines);
                    if ls.is_empty() {
                        ls.push(p.clone());
                    }
                    items.push((text.trim().to_string(), n, ls));
                }
                text.clear();
            }
        }
        if !row.is_empty() {
            rows.push(row);
        }
    }
    if !text.trim().is_empty() {
        report.not_placed(
            &item_lines,
            "概要の欄の、ページ番号のない名前 / a name in the summary's columns without a page number",
        );
    }
    if items.is_empty() {
        report.not_placed(
            lines,
            "概要の欄：欄を見分けるためのページ番号付きの名前がありません / the summary's columns: no names with page numbers to tell the columns apart",
        );
        return;
    }
    // A row with three items has one per column: their pages bound the columns.
    let three = rows.iter().find(|r| r.len() == 3);
    let bounds = three.map(|r| (items[r[1]].1, items[r[2]].1));
    for (name, page, ls) in items {
        let cat = match bounds {
            Some((_, missing)) if page >= missing => ConcernCategory::MissingInformation,
            Some((potential, _)) if page >= potential => ConcernCategory::PotentialRisk,
            _ => ConcernCategory::IdentifiedRisk,
        };
        report.place(&ls, "summary");
        report.guess(
            "summary",
            format!(
                "「{name}」（{page} ページ）はページ番号から {cat} としました / 「{name}」 (page {page}) put under {cat} by its page number",
                cat = category_name(cat)
            ),
            &ls,
        );
        s.concerns.push((cat, name, ls));
    }
}

pub fn category_name(c: ConcernCategory) -> &'static str {
    match c {
        ConcernCategory::IdentifiedRisk => "重要な特定されたリスク",
        ConcernCategory::PotentialRisk => "重要な潜在的リスク",
        ConcernCategory::MissingInformation => "重要な不足情報",
        ConcernCategory::Efficacy => "有効性に関する検討事項",
    }
}
