//! 品目の概要 and 変更の履歴.

use rmp_model::{
    Change, ChangeRecord, ChangedSection, PrintedDate, Product, ProductGroupText, ProductOverview,
    TextBlock,
};

use crate::dates;
use crate::piece::Piece;
use crate::region::texts;
use crate::report::Report;
use crate::text::{ascii_digits, fold, joined, paragraphs};

/// The overview's labels, printed with spaces between the characters.
const LABELS: [&str; 12] = [
    "承認年月日",
    "薬効分類",
    "再審査期間",
    "承認番号",
    "国際誕生日",
    "販売名",
    "有効成分",
    "含量及び剤形",
    "用法及び用量",
    "効能又は効果",
    "承認条件",
    "備考",
];

/// The overview's text by label, found anywhere in its lines.
struct Fields {
    values: Vec<Vec<Piece>>,
}

/// Finds the labels anywhere in the lines (they share lines with values), in any order.
fn fields(pieces: &[Piece], report: &mut Report) -> Fields {
    // One string with a (line, byte) map; labels matched without spaces.
    let mut flat: Vec<(char, usize)> = Vec::new();
    for p in pieces {
        flat.extend(p.text.chars().map(|c| (c, p.line)));
        flat.push(('\n', p.line));
    }
    let chars: Vec<char> = flat.iter().map(|c| c.0).collect();
    // A row of the overview's table: a line holding two labels or more (an
    // extraction may drop the spaces between a label's characters there).
    let rows: std::collections::HashSet<usize> = pieces
        .iter()
        .filter(|p| {
            let squeezed: String = p.text.chars().filter(|c| !c.is_whitespace()).collect();
            LABELS.iter().filter(|l| squeezed.contains(*l)).count() >= 2
        })
        .map(|p| p.line)
        .collect();
    // (start, end, label index)
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut found = None;
        for (li, label) in LABELS.iter().enumerate() {
            let mut j = i;
            let mut ok = true;
            for w in label.chars() {
                while chars.get(j).is_some_and(|c| c.is_whitespace()) && j > i {
                    j += 1;
                }
                if chars.get(j) != Some(&w) {
                    ok = false;
                    break;
                }
                j += 1;
            }
            // A label spelt with spaces, or alone: not a word inside a sentence.
            let spaced = chars[i..j].iter().any(|c| c.is_whitespace());
            let alone =
                (i == 0 || chars[i - 1] == '\n') && chars.get(j).is_none_or(|c| c.is_whitespace());
            let row = rows.contains(&flat[i].1);
            let first = !hits.iter().any(|h| h.2 == li);
            if ok && first && (spaced || alone || row) && found.is_none_or(|(_, e, _)| j > e) {
                found = Some((i, j, li));
            }
        }
        if let Some(f) = found {
            hits.push(f);
            i = f.1;
        } else {
            i += 1;
        }
    }
    let mut values: Vec<Vec<Piece>> = vec![Vec::new(); LABELS.len()];
    for (k, &(start, end, li)) in hits.iter().enumerate() {
        let stop = hits.get(k + 1).map_or(chars.len(), |h| h.0);
        // Label lines are structure unless a value shares them.
        let mut lines: Vec<Piece> = Vec::new();
        let mut cur = String::new();
        let mut cur_line = flat.get(end).map_or(0, |c| c.1);
        for &(c, line) in &flat[end..stop] {
            if c == '\n' {
                if !cur.trim().is_empty() {
                    lines.push(Piece::new(cur_line, &cur));
                }
                cur.clear();
                continue;
            }
            if cur.is_empty() {
                cur_line = line;
            }
            cur.push(c);
        }
        if !cur.trim().is_empty() {
            lines.push(Piece::new(cur_line, &cur));
        }
        let label_line = flat[start].1;
        report.structure(&[Piece::new(label_line, "")], "label");
        // A short field that holds another label took in the next field's
        // text: left out, and said, rather than a wrong value.
        if SHORT.contains(&li) {
            if let Some(other) = lines.iter().find_map(|l| holds_label(&l.text, li)) {
                report.guess(
                    SHORT_PATHS[SHORT.iter().position(|&k| k == li).unwrap_or(0)],
                    format!(
                        "テキストでは 「{label}」 が 「{other}」 に続いてしまっているため、その値は取り込んでいません / 「{label}」 runs into 「{other}」 in the text: its value was left out",
                        label = LABELS[li]
                    ),
                    &lines,
                );
                continue;
            }
        }
        values[li] = lines;
    }
    Fields { values }
}

/// The fields whose value is a word or a number, never a label's text:
/// 承認年月日, 薬効分類, 再審査期間, 承認番号, 国際誕生日, 有効成分.
const SHORT: [usize; 6] = [0, 1, 2, 3, 4, 6];
/// Where each of [`SHORT`] goes in the document.
const SHORT_PATHS: [&str; 6] = [
    "overview.products",
    "document.therapeutic_category",
    "overview.reexamination_period",
    "overview.products",
    "overview.international_birth_date",
    "document.active_ingredient",
];

/// Another label than `own` in `text` (spaces aside).
fn holds_label(text: &str, own: usize) -> Option<&'static str> {
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    LABELS
        .iter()
        .enumerate()
        .find(|&(i, l)| i != own && squeezed.contains(l))
        .map(|(_, l)| *l)
}

/// `1. text` items: (number, text lines).
fn numbered(pieces: &[Piece]) -> Vec<(String, Vec<Piece>)> {
    let mut out: Vec<(String, Vec<Piece>)> = Vec::new();
    for p in pieces {
        let t = ascii_digits(&p.text);
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        let after = t[digits..].chars().next();
        let expected = (out.len() + 1).to_string();
        if digits > 0 && matches!(after, Some('.' | '．')) && t[..digits] == expected {
            let rest = p.text[p
                .text
                .char_indices()
                .nth(digits + 1)
                .map_or(p.text.len(), |(i, _)| i)..]
                .trim();
            out.push((expected, vec![Piece::new(p.line, rest)]));
        } else if let Some(last) = out.last_mut() {
            last.1.push(p.clone());
        }
    }
    out
}

/// `1.2. 2024 年 12 月 27 日 3.4. 2025 年 12 月 22 日` → per product number.
fn approval_dates(text: &str) -> Vec<(Vec<String>, PrintedDate)> {
    let mut out = Vec::new();
    let t = text.trim();
    // Split before each run of "N." numbers.
    let mut parts: Vec<(Vec<String>, String)> = Vec::new();
    for w in t.split_whitespace() {
        let wa = ascii_digits(w);
        let nums: Vec<&str> = wa
            .split(['.', '．', ',', '，'])
            .filter(|s| !s.is_empty())
            .collect();
        let is_numbers = wa.ends_with('.')
            && nums
                .iter()
                .all(|n| n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()));
        if is_numbers {
            // "1.2." lists products 1 and 2.
            let products = if nums.len() > 1 {
                nums.iter().map(|s| s.to_string()).collect()
            } else {
                vec![nums[0].to_string()]
            };
            parts.push((products, String::new()));
        } else if let Some(last) = parts.last_mut() {
            if !last.1.is_empty() {
                last.1.push(' ');
            }
            last.1.push_str(w);
        } else {
            parts.push((Vec::new(), w.to_string()));
        }
    }
    for (products, printed) in parts {
        out.push((
            products,
            PrintedDate {
                date: dates::one(&printed),
                printed,
            },
        ));
    }
    out
}

/// `1, 2：text` groups, with `〈heading〉` blocks.
fn groups(pieces: &[Piece], per_line: bool) -> Vec<(String, Vec<TextBlock>, Vec<Piece>)> {
    let mut out: Vec<(String, Vec<Piece>)> = Vec::new();
    for p in pieces {
        let t = p.text.trim();
        let label_end = t.find(['：', ':']).filter(|&i| {
            let l = &t[..i];
            !l.is_empty()
                && l.chars().all(|c| {
                    fold(c).is_ascii_digit()
                        || (c.is_whitespace() || matches!(fold(c), ',' | '.' | '~' | '-'))
                })
        });
        match label_end {
            Some(i) => {
                let label = t[..i].trim().to_string();
                let rest = t[i + t[i..].chars().next().map_or(1, char::len_utf8)..].trim();
                let mut lines = Vec::new();
                if !rest.is_empty() {
                    lines.push(Piece::new(p.line, rest));
                }
                out.push((label, lines));
                if rest.is_empty() {
                    // keep the label line accounted for
                    if let Some(last) = out.last_mut() {
                        last.1.push(Piece::new(p.line, ""));
                    }
                }
            }
            None => match out.last_mut() {
                Some(last) => last.1.push(p.clone()),
                None => out.push((String::new(), vec![p.clone()])),
            },
        }
    }
    out.into_iter()
        .map(|(label, lines)| {
            let content: Vec<Piece> = lines
                .iter()
                .filter(|p| !p.text.is_empty())
                .cloned()
                .collect();
            (label, blocks(&content, per_line), lines)
        })
        .collect()
}

fn blocks(pieces: &[Piece], per_line: bool) -> Vec<TextBlock> {
    let mut out: Vec<TextBlock> = Vec::new();
    let mut body: Vec<Piece> = Vec::new();
    let mut heading: Option<String> = None;
    let mut in_heading = false;
    let flush = |out: &mut Vec<TextBlock>, heading: &mut Option<String>, body: &mut Vec<Piece>| {
        if heading.is_some() || !body.is_empty() {
            let paragraphs = if per_line {
                body.iter().map(|p| p.text.clone()).collect()
            } else {
                paragraphs(texts(body))
            };
            out.push(TextBlock {
                heading: heading.take(),
                paragraphs,
            });
            body.clear();
        }
    };
    for p in pieces {
        if p.text.starts_with('〈') && !in_heading {
            flush(&mut out, &mut heading, &mut body);
            heading = Some(p.text.clone());
            in_heading = !p.text.contains('〉');
            continue;
        }
        if in_heading {
            if let Some(h) = heading.as_mut() {
                crate::text::join(h, &p.text);
            }
            in_heading = !p.text.contains('〉');
            continue;
        }
        body.push(p.clone());
    }
    flush(&mut out, &mut heading, &mut body);
    out
}

/// The products' ids from a group label: `1, 2` → `p1`, `p2`; `1～4` → all four.
fn group_products(label: &str) -> Vec<String> {
    let t = ascii_digits(label);
    if let Some((a, b)) = t.split_once(['～', '~', '-']) {
        if let (Ok(a), Ok(b)) = (a.trim().parse::<u32>(), b.trim().parse::<u32>()) {
            return (a..=b).map(|n| format!("p{n}")).collect();
        }
    }
    t.split([',', '，', '、', ' '])
        .filter(|s| !s.trim().is_empty())
        .map(|s| format!("p{}", s.trim()))
        .collect()
}

/// What the overview gives for the document header.
pub struct Header {
    pub category: String,
    pub ingredient: String,
}

pub fn read(pieces: &[Piece], report: &mut Report) -> (ProductOverview, Header) {
    let f = fields(pieces, report);
    let v = |i: usize| &f.values[i];
    let path = "overview";
    let names = numbered(v(5));
    let forms = numbered(v(7));
    let numbers = numbered(v(3));
    let approvals = approval_dates(&joined(texts(v(0))));
    let mut products = Vec::new();
    for (i, (number, lines)) in names.iter().enumerate() {
        let find = |items: &[(String, Vec<Piece>)]| {
            items
                .iter()
                .find(|(n, _)| n == number)
                .map(|(_, l)| joined(texts(l)))
                .unwrap_or_default()
        };
        let approval = approvals
            .iter()
            .find(|(ps, _)| ps.contains(number))
            .or_else(|| (approvals.len() == 1).then(|| &approvals[0]))
            .map(|(_, d)| d.clone())
            .unwrap_or(PrintedDate {
                date: None,
                printed: String::new(),
            });
        report.place(lines, &format!("{path}.products[{i}].brand_name"));
        products.push(Product {
            id: format!("p{number}"),
            number: number.clone(),
            brand_name: joined(texts(lines)),
            strength_and_form: find(&forms),
            approval_date: approval,
            approval_number: find(&numbers),
        });
    }
    if names.is_empty() && !v(5).is_empty() {
        // One product, not numbered.
        products.push(Product {
            id: "p1".into(),
            number: "1".into(),
            brand_name: joined(texts(v(5))),
            strength_and_form: joined(texts(v(7))),
            approval_date: approvals
                .first()
                .map(|a| a.1.clone())
                .unwrap_or(PrintedDate {
                    date: None,
                    printed: String::new(),
                }),
            approval_number: joined(texts(v(3))),
        });
        report.place(v(5), &format!("{path}.products[0].brand_name"));
    }
    report.place(v(7), &format!("{path}.products"));
    report.place(v(3), &format!("{path}.products"));
    report.place(v(0), &format!("{path}.products"));
    let group_texts = |i: usize,
                       field: &str,
                       per_line: bool,
                       report: &mut Report|
     -> Vec<ProductGroupText> {
        groups(v(i), per_line)
                .into_iter()
                .enumerate()
                .map(|(g, (label, blocks, lines))| {
                    let at = format!("{path}.{field}[{g}]");
                    report.place(&lines, &at);
                    let all: Vec<String> = products.iter().map(|p| p.id.clone()).collect();
                    let named = if label.is_empty() {
                        all.clone()
                    } else {
                        group_products(&label)
                    };
                    // Only products the overview lists; a number it does not have is listed to check.
                    let (known, unknown): (Vec<String>, Vec<String>) =
                        named.into_iter().partition(|id| all.contains(id));
                    if !unknown.is_empty() {
                        report.guess(
                            &at,
                            format!(
                                "「{label}」 は品目の概要にない製品を挙げています（{unknown}） / 「{label}」 names products the overview does not list ({unknown})",
                                unknown = unknown.join(", ")
                            ),
                            &lines,
                        );
                    }
                    ProductGroupText {
                        products: known,
                        label,
                        blocks,
                    }
                })
                .collect()
    };
    let dosage = group_texts(8, "dosage_and_administration", false, report);
    let indications = group_texts(9, "indications", true, report);
    for (i, field) in [
        (2, "reexamination_period"),
        (4, "international_birth_date"),
        (10, "conditions_of_approval"),
        (11, "remarks"),
    ] {
        report.place(v(i), &format!("{path}.{field}"));
    }
    report.place(v(1), "document.therapeutic_category");
    report.place(v(6), "document.active_ingredient");
    let birth = joined(texts(v(4)));
    let overview = ProductOverview {
        products,
        reexamination_period: joined(texts(v(2))),
        international_birth_date: PrintedDate {
            date: dates::one(&birth),
            printed: birth,
        },
        dosage_and_administration: dosage,
        indications,
        conditions_of_approval: paragraphs(texts(v(10))),
        remarks: paragraphs(texts(v(11))),
    };
    for (i, label) in LABELS.iter().enumerate() {
        if v(i).is_empty() {
            report.missing(format!("品目の概要: {label}"));
            let each = |field: &str| -> Vec<String> {
                (0..overview.products.len())
                    .map(|k| format!("/overview/products/{k}/{field}"))
                    .collect()
            };
            let pointers = match i {
                0 => each("approval_date"),
                // The document's fields say it where the summary does not (see assemble).
                1 | 6 => Vec::new(),
                2 => vec!["/overview/reexamination_period".into()],
                3 => each("approval_number"),
                4 => vec!["/overview/international_birth_date".into()],
                5 => vec!["/overview/products".into()],
                7 => each("strength_and_form"),
                8 => vec!["/overview/dosage_and_administration".into()],
                9 => vec!["/overview/indications".into()],
                10 => vec!["/overview/conditions_of_approval".into()],
                _ => vec!["/overview/remarks".into()],
            };
            pointers.into_iter().for_each(|p| report.absent(p));
        }
    }
    (
        overview,
        Header {
            category: joined(texts(v(1))),
            ingredient: joined(texts(v(6))),
        },
    )
}

/// 変更の履歴: 前回提出日, 変更内容の概要, 変更理由.
pub fn history(pieces: &[Piece], report: &mut Report) -> Vec<ChangeRecord> {
    let (before, parts) =
        crate::region::split(pieces, &["前回提出日", "変更内容の概要", "変更理由"], false);
    report.not_placed(
        &before,
        "変更の履歴の最初の項目より前の行 / text in 変更の履歴 before its first label",
    );
    let mut record = ChangeRecord {
        previous_submission: PrintedDate {
            date: None,
            printed: String::new(),
        },
        changes: Vec::new(),
        reason: String::new(),
    };
    let path = "change_history[0]";
    for p in parts {
        report.structure(&p.head, "label");
        match p.label {
            0 => {
                let printed = joined(texts(&p.body));
                record.previous_submission = PrintedDate {
                    date: dates::one(&printed),
                    printed,
                };
                report.place(&p.body, &format!("{path}.previous_submission"));
            }
            1 => {
                // A bullet names a section on its own line; other lines run to a sentence's end.
                let mut groups: Vec<Vec<Piece>> = Vec::new();
                let mut open = false;
                for x in &p.body {
                    let bullet = x.text.starts_with('・');
                    match groups.last_mut() {
                        Some(g) if open && !bullet => g.push(x.clone()),
                        _ => groups.push(vec![x.clone()]),
                    }
                    open = !bullet && !x.text.ends_with('。');
                }
                let n = groups.len();
                for (gi, g) in groups.iter().enumerate() {
                    let text = joined(texts(g));
                    let bullet = text.starts_with('・');
                    let next_bullet = groups
                        .get(gi + 1)
                        .is_some_and(|n| n[0].text.starts_with('・'));
                    if bullet {
                        let section = text.trim_start_matches('・').trim().to_string();
                        match record.changes.last_mut() {
                            Some(c) => c.sections.push(ChangedSection {
                                section,
                                detail: None,
                            }),
                            None => record.changes.push(Change {
                                description: String::new(),
                                sections: vec![ChangedSection {
                                    section,
                                    detail: None,
                                }],
                            }),
                        }
                    } else if gi > 0
                        && !next_bullet
                        && gi < n
                        && record
                            .changes
                            .last()
                            .is_some_and(|c| c.sections.last().is_some_and(|s| s.detail.is_none()))
                        && groups[gi - 1][0].text.starts_with('・')
                    {
                        if let Some(s) = record
                            .changes
                            .last_mut()
                            .and_then(|c| c.sections.last_mut())
                        {
                            s.detail = Some(text);
                        }
                    } else {
                        record.changes.push(Change {
                            description: text,
                            sections: Vec::new(),
                        });
                    }
                    let ci = record.changes.len().saturating_sub(1);
                    report.place(g, &format!("{path}.changes[{ci}]"));
                }
            }
            _ => {
                record.reason = joined(texts(&p.body));
                report.place(&p.body, &format!("{path}.reason"));
            }
        }
    }
    if record.previous_submission.printed.is_empty()
        && record.changes.is_empty()
        && record.reason.is_empty()
    {
        return Vec::new();
    }
    vec![record]
}
