//! Section 5, the lists (5.(1) PV activities, 5.(2) efficacy studies, 5.(3)
//! risk-minimisation activities), rebuilt row by row from their flattened tables.

use rmp_model::ActivityStatus;

use crate::piece::Piece;
use crate::region::texts;
use crate::report::Report;
use crate::text::{depth, joined, key};

/// One row as read.
#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    pub cases: String,
    pub timing: String,
    pub status: ActivityStatus,
    pub status_label: String,
    pub report: String,
    pub lines: Vec<Piece>,
}

const STATUSES: [(&str, ActivityStatus); 4] = [
    ("実施中", ActivityStatus::Ongoing),
    ("計画中", ActivityStatus::Planned),
    ("終了", ActivityStatus::Completed),
    ("中止", ActivityStatus::Completed),
];

/// Column headers of the lists, to drop.
const HEADERS: &[&str] = &[
    "追加の医薬品安全性監視活動の名称",
    "の名称",
    "有効性に関する調査・試験の名称",
    "追加のリスク最小化活動の名称",
    "節目となる症例数",
    "/目標症例数",
    "節目となる予定の時期",
    "実施状況",
    "報告書の作成予定日",
];

/// Drops the header cells from the start of a list's lines.
fn drop_headers(pieces: &[Piece], report: &mut Report) -> Vec<Piece> {
    // The header ends after the last header word among the first lines.
    let mut headers: Vec<String> = HEADERS.iter().map(|h| key(h)).collect();
    headers.sort_by_key(|h| std::cmp::Reverse(h.len()));
    let mut acc = String::new();
    let mut end = 0;
    for (i, p) in pieces.iter().enumerate().take(16) {
        acc.push_str(&key(&p.text));
        let mut rest = acc.clone();
        for h in &headers {
            rest = rest.replace(h.as_str(), "");
        }
        rest = rest.replace(['/', '／'], "");
        if rest.is_empty() {
            end = i + 1;
        }
    }
    report.structure(&pieces[..end], "column headers");
    pieces[end..].to_vec()
}

/// The rows of a list. `known` are activity names printed elsewhere;
/// `with_cases` is false for 5.(3), which has no case or report columns.
pub fn rows(
    pieces: &[Piece],
    known: &[String],
    with_cases: bool,
    report: &mut Report,
) -> (Vec<Row>, Vec<Piece>) {
    let body = drop_headers(pieces, report);
    let text_pieces = body;
    let mut rows = Vec::new();
    let mut rest_lines: Vec<Piece> = Vec::new();
    // Walk the text as one string with each character's line.
    let mut chars: Vec<(char, usize)> = Vec::new();
    for p in &text_pieces {
        if !chars.is_empty() {
            chars.push(('\n', p.line));
        }
        chars.extend(p.text.chars().map(|c| (c, p.line)));
    }
    let known_keys: Vec<(String, &String)> = known.iter().map(|k| (key(k), k)).collect();
    let mut pos = 0; // char index
    let total = chars.len();
    while pos < total {
        // Skip separators.
        while pos < total && chars[pos].0.is_whitespace() {
            pos += 1;
        }
        if pos >= total {
            break;
        }
        // The name: a known name, or text up to its balanced closing bracket.
        let (name, after) = match known_name(&chars, pos, &known_keys) {
            Some(found) => found,
            None => bracket_name(&chars, pos),
        };
        if name.is_empty() {
            break;
        }
        // The cells up to the status word, then the report up to the next row's name.
        let rest: String = chars[after..].iter().map(|c| c.0).collect();
        let Some((si, status, label)) = STATUSES
            .iter()
            .filter_map(|(w, st)| status_at(&rest, w).map(|i| (i, *st, *w)))
            .min_by_key(|x| x.0)
        else {
            break;
        };
        let cells: String = rest[..si].to_string();
        let status_end = after + rest[..si].chars().count() + label.chars().count();
        // The report runs to where the next name starts.
        let mut next = status_end;
        if with_cases {
            let mut scan = status_end;
            while scan < total {
                if chars[scan].0 == '\n' {
                    let start = scan + 1;
                    if known_name(&chars, start, &known_keys).is_some()
                        || looks_like_name(&chars, start)
                    {
                        break;
                    }
                }
                scan += 1;
            }
            next = scan;
        }
        let report_text: String = chars[status_end..next].iter().map(|c| c.0).collect();
        let lines: Vec<Piece> = line_span(
            &text_pieces,
            chars[pos].1,
            chars[next.saturating_sub(1).max(pos)].1,
        );
        let (cases, timing) = if with_cases {
            split_cases(&cells)
        } else {
            (String::new(), join_cells(&cells))
        };
        rows.push(Row {
            name,
            cases,
            timing,
            status,
            status_label: label.to_string(),
            report: join_cells(&report_text),
            lines,
        });
        pos = next;
    }
    let used: std::collections::HashSet<usize> = rows
        .iter()
        .flat_map(|r| r.lines.iter().map(|p| p.line))
        .collect();
    for p in &text_pieces {
        if !used.contains(&p.line) {
            rest_lines.push(p.clone());
        }
    }
    (rows, rest_lines)
}

fn status_at(s: &str, word: &str) -> Option<usize> {
    // A status stands alone: spaces or line breaks around it.
    let mut from = 0;
    while let Some(i) = s[from..].find(word) {
        let at = from + i;
        let before = s[..at].chars().next_back();
        let after = s[at + word.len()..].chars().next();
        let sep = |c: Option<char>| c.is_none_or(char::is_whitespace);
        if sep(before) && sep(after) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// A name printed elsewhere, starting at `pos` (whitespace ignored).
fn known_name(
    chars: &[(char, usize)],
    pos: usize,
    known: &[(String, &String)],
) -> Option<(String, usize)> {
    let mut best: Option<(String, usize)> = None;
    for (k, name) in known {
        let mut want = k.chars().peekable();
        let mut i = pos;
        while let (Some(&w), Some(&(c, _))) = (want.peek(), chars.get(i)) {
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if crate::text::fold(c) != w {
                break;
            }
            want.next();
            i += 1;
        }
        if want.peek().is_none() && best.as_ref().is_none_or(|b| b.1 < i) {
            best = Some(((*name).clone(), i));
        }
    }
    best
}

/// A name that is not printed elsewhere: text to the line end where its brackets close.
fn bracket_name(chars: &[(char, usize)], pos: usize) -> (String, usize) {
    let mut text = String::new();
    let mut i = pos;
    let mut line = String::new();
    while i < chars.len() {
        let c = chars[i].0;
        if c == '\n' {
            crate::text::join(&mut text, &line);
            line.clear();
            if depth(&text) == 0 && text.ends_with(['）', ')']) {
                // A code in brackets on the next line continues the name.
                let next: String = chars[i + 1..].iter().take(20).map(|c| c.0).collect();
                if !(next.starts_with(['（', '('])
                    && depth(&text) == 0
                    && next.contains(['）', ')'])
                    && next.chars().nth(1).is_some_and(|c| c.is_ascii_uppercase()))
                {
                    return (text, i);
                }
            }
        } else if c == ' '
            && depth(&format!("{text}{line}")) == 0
            && (text.ends_with(['）', ')']) || line.ends_with(['）', ')']))
        {
            crate::text::join(&mut text, &line);
            return (text, i);
        } else {
            line.push(c);
        }
        i += 1;
    }
    crate::text::join(&mut text, &line);
    (text, i)
}

fn looks_like_name(chars: &[(char, usize)], start: usize) -> bool {
    let s: String = chars[start.min(chars.len())..]
        .iter()
        .take(12)
        .map(|c| c.0)
        .collect();
    let k = key(&s);
    [
        "市販直後調査（",
        "市販直後調査(",
        "特定使用成績調査",
        "一般使用成績調査",
        "使用成績調査",
        "製造販売後",
    ]
    .iter()
    .any(|p| k.starts_with(&key(p)))
}

/// Cells flattened into one text: lines joined by the wrap rule.
fn join_cells(s: &str) -> String {
    joined(s.split('\n'))
}

/// `なし 販売開始より 6 カ月後` → (`なし`, `販売開始より 6 カ月後`).
fn split_cases(cells: &str) -> (String, String) {
    let text = join_cells(cells);
    for none in ["該当なし", "なし"] {
        if let Some(rest) = text.strip_prefix(none) {
            return (none.to_string(), rest.trim().to_string());
        }
    }
    // Up to the first count of cases (with a bracketed note after it).
    if let Some((_, mut end)) = crate::activity::count_at(&text) {
        let tail = &text[end..];
        if tail.starts_with(['（', '(']) {
            if let Some(close) = tail.find(['）', ')']) {
                end += close + tail[close..].chars().next().map_or(1, char::len_utf8);
            }
        }
        return (
            text[..end].trim().to_string(),
            text[end..].trim().to_string(),
        );
    }
    (String::new(), text)
}

fn line_span(pieces: &[Piece], first: usize, last: usize) -> Vec<Piece> {
    pieces
        .iter()
        .filter(|p| p.line >= first && p.line <= last)
        .cloned()
        .collect()
}

/// The routine activity line of a list.
pub fn routine(pieces: &[Piece]) -> Vec<String> {
    let t = joined(texts(pieces));
    if t.is_empty() {
        Vec::new()
    } else {
        vec![t]
    }
}
