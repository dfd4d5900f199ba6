//! 発現状況 — an incidence table rebuilt from its flattened text: the cells in
//! column order, N from the cohort headers, every printed percentage checked
//! against n/N. A table the importer cannot rebuild with certainty is not
//! emitted; its lines go to the report.

use rmp_model::{
    format_tenths, parse_tenths, percent_tenths, Cell, Cohort, ColumnGroup, EventRow, Grade,
    GradeRow, IncidenceTable,
};

use crate::piece::Piece;
use crate::text::{ascii_digits, depth, fold, join};

/// One token of a flattened table, with what separated it from the one before.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A count.
    Num(u32),
    /// A printed percentage (`（45.6%）`), without the sign.
    Pct(String),
    /// A cohort's size (`（90 例）`).
    Size(u32),
    /// A footnote marker (`*1`).
    Note(String),
    /// 全Grade.
    AllGrades,
    /// Grade≧3.
    Ge3,
    /// `Grade` whose `≧3` comes later.
    GradeOpen,
    /// Words.
    Text(String),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    /// True when a line break came before it, false for a space or nothing.
    new_line: bool,
    spaced: bool,
}

fn digit(c: char) -> bool {
    fold(c).is_ascii_digit()
}

/// `（45.6%）`, `( 20.0%)`, `（90 例）` at the start of `s`: the token and its length in bytes.
fn bracketed(s: &str) -> Option<(Tok, usize)> {
    let mut it = s.char_indices().peekable();
    let (_, open) = it.next()?;
    if !matches!(open, '（' | '(') {
        return None;
    }
    let mut number = String::new();
    let mut end = 0;
    let mut kind = None;
    for (i, c) in it {
        let f = fold(c);
        if c.is_whitespace() {
            continue;
        }
        if kind.is_none() && (f.is_ascii_digit() || (f == '.' && !number.is_empty())) {
            number.push(f);
        } else if kind.is_none() && f == '%' && !number.is_empty() {
            kind = Some(true);
        } else if kind.is_none() && c == '例' && !number.is_empty() {
            kind = Some(false);
        } else if kind.is_some() && matches!(f, ')') {
            end = i + c.len_utf8();
            break;
        } else {
            return None;
        }
    }
    let kind = kind?;
    if end == 0 {
        return None;
    }
    if kind {
        Some((Tok::Pct(number), end))
    } else {
        Some((Tok::Size(number.parse().ok()?), end))
    }
}

fn tokens(pieces: &[Piece]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for p in pieces {
        let s = p.text.as_str();
        let mut i = 0;
        let mut new_line = true;
        let mut spaced = false;
        while i < s.len() {
            let rest = &s[i..];
            let Some(c) = rest.chars().next() else { break };
            if c.is_whitespace() {
                spaced = true;
                i += c.len_utf8();
                continue;
            }
            let (tok, len) = if let Some(b) = bracketed(rest) {
                b
            } else if matches!(fold(c), '*') && rest.chars().nth(1).is_some_and(digit) {
                let len: usize = rest
                    .char_indices()
                    .skip(1)
                    .take_while(|(_, c)| digit(*c))
                    .map(|(_, c)| c.len_utf8())
                    .sum::<usize>()
                    + c.len_utf8();
                (
                    Tok::Note(format!("*{}", ascii_digits(&rest[c.len_utf8()..len]))),
                    len,
                )
            } else if digit(c) {
                let len: usize = rest
                    .chars()
                    .take_while(|c| digit(*c) || *c == ',')
                    .map(char::len_utf8)
                    .sum();
                let after = rest[len..].chars().next();
                if after.is_none_or(|a| a.is_whitespace() || matches!(fold(a), '(' | '*')) {
                    let n: String = ascii_digits(&rest[..len]).replace(',', "");
                    match n.parse() {
                        Ok(n) => (Tok::Num(n), len),
                        Err(_) => (Tok::Text(rest[..len].to_string()), len),
                    }
                } else {
                    word(rest)
                }
            } else {
                word(rest)
            };
            out.push(Token {
                tok,
                new_line,
                spaced,
            });
            i += len.max(1);
            new_line = false;
            spaced = false;
        }
    }
    grades(out)
}

/// A word up to a space, a footnote marker or a bracketed number.
fn word(s: &str) -> (Tok, usize) {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if i > 0
            && (c.is_whitespace()
                || (matches!(fold(c), '*') && s[i + c.len_utf8()..].starts_with(digit))
                || bracketed(&s[i..]).is_some())
        {
            break;
        }
        end = i + c.len_utf8();
    }
    (Tok::Text(s[..end].to_string()), end)
}

/// Folds the grade labels' pieces (`全` `Grade`, `Grade≧` `3`, `Grade` `≧3`) into one token.
fn grades(toks: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut it = toks.into_iter().peekable();
    while let Some(mut t) = it.next() {
        let text = match &t.tok {
            Tok::Text(s) => s.chars().map(fold).collect::<String>(),
            _ => {
                out.push(t);
                continue;
            }
        };
        let next_text = |it: &mut std::iter::Peekable<std::vec::IntoIter<Token>>| match it.peek() {
            Some(Token {
                tok: Tok::Text(s), ..
            }) => Some(s.chars().map(fold).collect::<String>()),
            _ => None,
        };
        t.tok = match text.as_str() {
            "全Grade" | "全グレード" => Tok::AllGrades,
            "全" if next_text(&mut it).as_deref() == Some("Grade") => {
                it.next();
                Tok::AllGrades
            }
            "Grade≧3" | "Grade≥3" | "Grade3以上" => Tok::Ge3,
            "Grade≧" | "Grade≥" => {
                if matches!(
                    it.peek(),
                    Some(Token {
                        tok: Tok::Num(3),
                        ..
                    })
                ) {
                    it.next();
                    Tok::Ge3
                } else {
                    Tok::GradeOpen
                }
            }
            "Grade" => match next_text(&mut it).as_deref() {
                Some("≧3" | "≥3") => {
                    it.next();
                    Tok::Ge3
                }
                _ => Tok::GradeOpen,
            },
            _ => t.tok,
        };
        out.push(t);
    }
    out
}

/// Words joined as printed: a space where the text had one, the wrap rule across lines.
fn words(toks: &[&Token]) -> String {
    let mut s = String::new();
    for t in toks {
        let Tok::Text(w) = &t.tok else { continue };
        if t.spaced && !t.new_line && !s.is_empty() {
            s.push(' ');
            s.push_str(w);
        } else {
            join(&mut s, w);
        }
    }
    s
}

/// A cohort read from a header: study code, study label, label, N.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderCohort {
    pub study: String,
    pub study_label: String,
    pub label: String,
    pub n: u32,
}

/// What the header says, and whether each cohort's text could be told apart.
#[derive(Debug, Clone)]
pub struct Header {
    pub groups: Vec<String>,
    pub sizes: Vec<u32>,
    /// The cohorts, when every cohort's text stood on its own.
    pub cohorts: Option<Vec<HeaderCohort>>,
}

/// A study code: capital letters and at least three digits (`GO29781`).
fn study_code(s: &str) -> bool {
    let s: String = s.chars().map(fold).collect();
    let upper = s.chars().filter(char::is_ascii_uppercase).count();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    upper >= 2 && digits >= 3 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn header(toks: &[Token]) -> Header {
    let sizes: Vec<u32> = toks
        .iter()
        .filter_map(|t| match t.tok {
            Tok::Size(n) => Some(n),
            _ => None,
        })
        .collect();
    let first_study = toks
        .iter()
        .position(|t| matches!(&t.tok, Tok::Text(s) if study_code(s)));
    let lead = first_study.unwrap_or(0);
    let groups: Vec<String> = toks[..lead]
        .iter()
        .filter_map(|t| match &t.tok {
            Tok::Text(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    let mut segments: Vec<Vec<&Token>> = vec![Vec::new()];
    for t in &toks[lead..] {
        match t.tok {
            Tok::Size(_) => segments.push(Vec::new()),
            _ => {
                if let Some(last) = segments.last_mut() {
                    last.push(t);
                }
            }
        }
    }
    segments.pop();
    let cohorts = (segments.len() == sizes.len())
        .then(|| {
            segments
                .iter()
                .zip(&sizes)
                .map(|(seg, &n)| {
                    let codes: Vec<usize> = seg
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| matches!(&t.tok, Tok::Text(s) if study_code(s)))
                        .map(|(i, _)| i)
                        .collect();
                    if seg.iter().any(|t| !matches!(t.tok, Tok::Text(_))) {
                        return None;
                    }
                    match codes.as_slice() {
                        [] if first_study.is_none() => Some(HeaderCohort {
                            study: String::new(),
                            study_label: String::new(),
                            label: words(seg),
                            n,
                        }),
                        [0] => {
                            let code = match &seg[0].tok {
                                Tok::Text(s) => s.clone(),
                                _ => String::new(),
                            };
                            // The study label is the code and the word 試験 after it.
                            let has_word = matches!(seg.get(1).map(|t| &t.tok), Some(Tok::Text(s)) if s == "試験");
                            let (study_label, rest) = if has_word {
                                (words(&seg[..2]), &seg[2..])
                            } else {
                                (code.clone(), &seg[1..])
                            };
                            Some(HeaderCohort {
                                study: code,
                                study_label,
                                label: words(rest),
                                n,
                            })
                        }
                        _ => None,
                    }
                })
                .collect::<Option<Vec<_>>>()
        })
        .flatten();
    Header {
        groups,
        sizes,
        cohorts,
    }
}

/// Where the header ends: the first grade label, or the first event's text before it.
fn body_start(toks: &[Token]) -> usize {
    let first_grade = toks
        .iter()
        .position(|t| matches!(t.tok, Tok::AllGrades | Tok::Ge3 | Tok::GradeOpen))
        .unwrap_or(toks.len());
    let last_size = toks[..first_grade]
        .iter()
        .rposition(|t| matches!(t.tok, Tok::Size(_)))
        .map_or(0, |i| i + 1);
    last_size
}

#[derive(Debug, Default)]
struct EventBuild {
    label: Vec<Token>,
    notes: Vec<String>,
    rows: Vec<RowBuild>,
}

#[derive(Debug)]
struct RowBuild {
    grade: Grade,
    open: bool,
    cells: Vec<Cell>,
}

/// Why a table could not be rebuilt.
pub type Why = String;

fn label_depth(e: &EventBuild) -> i32 {
    e.label
        .iter()
        .map(|t| match &t.tok {
            Tok::Text(s) => depth(s),
            _ => 0,
        })
        .sum()
}

fn body(toks: &[Token], columns: usize) -> Result<Vec<EventRow>, Why> {
    let mut events: Vec<EventBuild> = Vec::new();
    let mut last_was_text = false;
    for t in toks {
        match &t.tok {
            Tok::Text(s) => {
                let fs: String = s.chars().map(fold).collect();
                if matches!(fs.as_str(), "≧3" | "≥3") {
                    if let Some(row) = events.last_mut().and_then(|e| e.rows.last_mut()) {
                        if row.open {
                            row.open = false;
                            continue;
                        }
                    }
                }
                let continues = events
                    .last()
                    .is_some_and(|e| e.rows.is_empty() || label_depth(e) > 0);
                if !continues {
                    events.push(EventBuild::default());
                }
                if let Some(e) = events.last_mut() {
                    e.label.push(t.clone());
                }
                last_was_text = true;
                continue;
            }
            Tok::AllGrades | Tok::Ge3 | Tok::GradeOpen => {
                let Some(e) = events.last_mut() else {
                    return Err("事象名より前に Grade の行があります / a grade row comes before any event name".into());
                };
                if let Some(row) = e.rows.last() {
                    if row.cells.len() != columns {
                        return Err(format!(
                            "{n} コホートの表の行に値が {got} 個あります / a row has {got} values for {n} cohorts",
                            got = row.cells.len(),
                            n = columns
                        ));
                    }
                }
                e.rows.push(RowBuild {
                    grade: if t.tok == Tok::AllGrades {
                        Grade::All
                    } else {
                        Grade::Ge3
                    },
                    open: t.tok == Tok::GradeOpen,
                    cells: Vec::new(),
                });
            }
            Tok::Num(n) => {
                let Some(row) = events.last_mut().and_then(|e| e.rows.last_mut()) else {
                    return Err(format!("値 {n} が Grade の行より前にあります / the value {n} comes before any grade row"));
                };
                if row.cells.len() >= columns {
                    return Err(format!("行の値が {columns} コホートより多くあります / a row has more values than the {columns} cohorts"));
                }
                row.cells.push(Cell {
                    n: *n,
                    percent: None,
                    notes: Vec::new(),
                });
            }
            Tok::Pct(p) => {
                let cell = events
                    .last_mut()
                    .and_then(|e| e.rows.last_mut())
                    .and_then(|r| {
                        r.cells
                            .iter_mut()
                            .rev()
                            .find(|c| c.percent.is_none() && c.n > 0)
                    });
                let Some(cell) = cell else {
                    return Err(format!("{p}% がどの例数にも付いていません / the percentage {p}% belongs to no count"));
                };
                cell.percent = Some(p.clone());
            }
            Tok::Note(m) => {
                let Some(e) = events.last_mut() else {
                    return Err(format!("記号 {m} がどの値にも付いていません / the marker {m} belongs to nothing"));
                };
                match e.rows.last_mut().and_then(|r| r.cells.last_mut()) {
                    Some(cell) if !last_was_text => cell.notes.push(m.clone()),
                    _ => e.notes.push(m.clone()),
                }
            }
            Tok::Size(n) => return Err(format!("表の本体にコホートの例数（{n} 例）があります / a cohort size ({n} 例) inside the body")),
        }
        last_was_text = false;
    }
    let mut out = Vec::new();
    for e in events {
        let label_toks: Vec<&Token> = e.label.iter().collect();
        let label = words(&label_toks);
        if e.rows.is_empty() {
            return Err(format!(
                "「{label}」 に Grade の行がありません / 「{label}」 has no grade rows"
            ));
        }
        let mut grades = Vec::new();
        for row in e.rows {
            if row.cells.len() != columns {
                return Err(format!(
                    "「{label}」 の行に、{n} コホートに対して値が {got} 個あります / a row of 「{label}」 has {got} values for {n} cohorts",
                    got = row.cells.len(),
                    n = columns
                ));
            }
            if row.open {
                return Err(format!("「{label}」 の Grade の見出しが途中で切れています / a grade label of 「{label}」 is incomplete"));
            }
            if let Some(c) = row.cells.iter().find(|c| c.n > 0 && c.percent.is_none()) {
                return Err(format!("「{label}」 の例数 {n} に割合がありません / a count {n} of 「{label}」 has no percentage", n = c.n));
            }
            grades.push(GradeRow {
                grade: row.grade,
                label: None,
                cells: row.cells,
            });
        }
        out.push(EventRow {
            label,
            notes: e.notes,
            grades,
        });
    }
    if out.is_empty() {
        return Err("事象の行がありません / no event rows".into());
    }
    Ok(out)
}

/// A rebuilt table and the percentages that differ from n/N (kept as printed).
#[derive(Debug)]
pub struct Rebuilt {
    pub table: IncidenceTable,
    pub mismatches: Vec<String>,
    pub borrowed_header: bool,
    /// How cohorts were put under several spanning headers, when there are.
    pub spanning: Option<Spanning>,
}

/// Several headers (点滴静注 皮下注) span the cohorts, and the flattened text
/// does not show where one ends.
#[derive(Debug, PartialEq)]
pub enum Spanning {
    /// Split where a study starts again: each header's cohorts are of
    /// different studies, and the text allows exactly one such split.
    SplitByStudy,
    /// No split could be told: one group holds every cohort.
    OneGroup,
}

/// The column groups of a header. With several spanning labels, the cohorts
/// are split where a study comes back (GO29781 … JO40295 | GO29781 …) when
/// that gives exactly as many groups as labels; otherwise they stay under one
/// group that joins the labels. Either way it is a guess, for the report.
fn column_groups(labels: &[String], cohorts: Vec<Cohort>) -> (Vec<ColumnGroup>, Option<Spanning>) {
    if labels.len() <= 1 {
        let group = ColumnGroup {
            label: labels.join(" "),
            cohorts,
        };
        return (vec![group], None);
    }
    let mut starts = vec![0];
    let mut seen: Vec<&str> = Vec::new();
    for (i, c) in cohorts.iter().enumerate() {
        if !c.study.is_empty() && seen.contains(&c.study.as_str()) {
            starts.push(i);
            seen.clear();
        }
        seen.push(&c.study);
    }
    let studies_known = cohorts.iter().all(|c| !c.study.is_empty());
    if !studies_known || starts.len() != labels.len() {
        let group = ColumnGroup {
            label: labels.join("／"),
            cohorts,
        };
        return (vec![group], Some(Spanning::OneGroup));
    }
    let mut rest = cohorts;
    let mut groups = Vec::new();
    for (k, label) in labels.iter().enumerate().rev() {
        let tail = rest.split_off(starts[k]);
        groups.push(ColumnGroup {
            label: label.clone(),
            cohorts: tail,
        });
    }
    groups.reverse();
    (groups, Some(Spanning::SplitByStudy))
}

/// What the report says of a table's spanning headers.
pub fn spanning_note(table: &IncidenceTable, how: &Spanning) -> String {
    match how {
        Spanning::SplitByStudy => {
            let spans = |word: &str| -> String {
                let each: Vec<String> = table
                    .column_groups
                    .iter()
                    .map(|g| format!("「{}」 {} {word}", g.label, g.cohorts.len()))
                    .collect();
                each.join(", ")
            };
            format!(
                "表の見出しのグループが複数のコホートにまたがっていて、テキストからはどのコホートを含むかが分かりません。試験が変わるところで分けました（{ja}）。PDF で確かめてください / the header's groups span the cohorts, and the text does not show which cohorts each covers: split where a study starts again ({en}); check against the PDF",
                ja = spans("コホート"),
                en = spans("cohorts")
            )
        }
        Spanning::OneGroup => {
            let label = table.column_groups.first().map_or("", |g| g.label.as_str());
            format!(
                "表の見出しのグループ（{groups}）が複数のコホートにまたがっていて、テキストからはどのコホートを含むかが分かりません。手で分けるまで一つのグループ 「{label}」 にしています / the header's groups ({groups}) span the cohorts, and the text does not show which cohorts each covers: the cohorts are under one group 「{label}」 until they are split by hand",
                groups = label.replace('／', ", ")
            )
        }
    }
}

/// Rebuilds a table from its lines. `fallback` is a header read cleanly
/// elsewhere in the document, for cohorts of the same sizes.
pub fn rebuild(
    id: &str,
    intro: &str,
    pieces: &[Piece],
    fallback: Option<&[HeaderCohort]>,
) -> Result<Rebuilt, Why> {
    let toks = tokens(pieces);
    let start = body_start(&toks);
    let head = header(&toks[..start]);
    if head.sizes.is_empty() {
        return Err("見出しにコホートの例数（（N 例））がありません / no cohort sizes (（N 例）) in the header".into());
    }
    // A cohort of 0 is no cohort: nothing in its column can be checked (and the model refuses it).
    if head.sizes.contains(&0) {
        return Err(
            "見出しに 0 例のコホートがあります / a cohort of 0 patients in the header".into(),
        );
    }
    let (cohorts, borrowed_header) = match head.cohorts {
        Some(c) => (c, false),
        None => match fallback {
            Some(f) if f.iter().map(|c| c.n).eq(head.sizes.iter().copied()) => (f.to_vec(), true),
            _ => {
                return Err(
                    "the cohort headers run into each other and no other table names cohorts of the same sizes"
                        .into(),
                )
            }
        },
    };
    let events = body(&toks[start..], cohorts.len())?;
    let mut mismatches = Vec::new();
    for e in &events {
        for g in &e.grades {
            for (cell, cohort) in g.cells.iter().zip(&cohorts) {
                let Some(p) = &cell.percent else { continue };
                let printed = parse_tenths(p).ok_or_else(|| format!("{p}% is not a percentage"))?;
                let expected = percent_tenths(cell.n, cohort.n)
                    .ok_or_else(|| "0 例のコホート / a cohort of 0 patients".to_string())?;
                if cell.n > cohort.n {
                    return Err(format!(
                        "「{label}」 で {of} 例中 {n} 例となっています / {n} patients of {of} in 「{label}」",
                        n = cell.n,
                        of = cohort.n,
                        label = e.label
                    ));
                }
                if printed != expected {
                    // A percentage off by more than rounding means the
                    // values are in the wrong columns.
                    if printed.abs_diff(expected) > 1 {
                        return Err(format!(
                            "{n}（{p}%）は {of} 例と合いません。値の列がずれている可能性があります / {n}（{p}%） does not fit {of} patients: the values may be in the wrong columns",
                            n = cell.n,
                            of = cohort.n
                        ));
                    }
                    mismatches.push(format!(
                        "「{label}」 は {n}（{p}%）と印刷されていますが、{n}/{of} は {e}% です：印刷のとおりにしました / 「{label}」 prints {n}（{p}%）, where {n}/{of} gives {e}%: kept as printed",
                        label = e.label,
                        n = cell.n,
                        of = cohort.n,
                        e = format_tenths(expected)
                    ));
                }
            }
        }
    }
    let mut used = std::collections::HashSet::new();
    let cohorts: Vec<Cohort> = cohorts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            // An id is at most 64 characters: a long study code is cut.
            let base = if c.study.is_empty() {
                "cohort".to_string()
            } else {
                c.study.to_lowercase().chars().take(40).collect()
            };
            let mut cid = format!("{base}-{}", i + 1);
            while !used.insert(cid.clone()) {
                cid.push('x');
            }
            Cohort {
                id: cid,
                study: c.study.clone(),
                study_label: c.study_label.clone(),
                label: c.label.clone(),
                n: c.n,
            }
        })
        .collect();
    let (column_groups, spanning) = column_groups(&head.groups, cohorts);
    Ok(Rebuilt {
        table: IncidenceTable {
            id: id.to_string(),
            intro: intro.to_string(),
            column_groups,
            events,
            footnotes: Vec::new(),
            grading_note: None,
        },
        mismatches,
        borrowed_header,
        spanning,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::piece::numbered as ps;

    #[test]
    fn reads_bracketed_numbers() {
        assert_eq!(
            bracketed("（45.6%）x"),
            Some((Tok::Pct("45.6".into()), "（45.6%）".len()))
        );
        assert_eq!(bracketed("( 20.0%)"), Some((Tok::Pct("20.0".into()), 8)));
        assert_eq!(
            bracketed("（90 例）"),
            Some((Tok::Size(90), "（90 例）".len()))
        );
        assert_eq!(bracketed("（全"), None);
    }

    #[test]
    fn rebuilds_a_split_table() {
        let p = ps(&[
            "点滴静注",
            "GO29781 試験 B11 FL RP2D",
            "コホート （90 例）",
            "JO40295 試験 拡大 コホート （19 例）",
            "CRS*1 全",
            "Grade",
            "41（45.6%） 9",
            "（47.4%）",
            "Grade≧",
            "3",
            "2（2.2%） 0*1",
        ]);
        let r = rebuild("t", "", &p, None).expect("rebuilt");
        let t = r.table;
        assert_eq!(t.column_groups[0].label, "点滴静注");
        let c = &t.column_groups[0].cohorts;
        assert_eq!(c[0].label, "B11 FL RP2D コホート");
        assert_eq!(c[0].study_label, "GO29781 試験");
        assert_eq!(c[1].n, 19);
        assert_eq!(t.events[0].label, "CRS");
        assert_eq!(t.events[0].notes, ["*1"]);
        let g = &t.events[0].grades;
        assert_eq!(g[0].cells[1].percent.as_deref(), Some("47.4"));
        assert_eq!(g[1].grade, Grade::Ge3);
        assert_eq!(g[1].cells[1].notes, ["*1"]);
    }

    #[test]
    fn withholds_a_row_that_does_not_fit() {
        let p = ps(&[
            "A 試験 （10 例）",
            "B 試験 （20 例）",
            "事象 全 Grade 1（10.0%）",
        ]);
        assert!(rebuild("t", "", &p, None).is_err());
        // A percentage that fits the other column: refused, not moved.
        let p = ps(&[
            "X 群 （10 例）",
            "Y 群 （20 例）",
            "事象 全 Grade 0 1（10.0%）",
        ]);
        assert!(rebuild("t", "", &p, None).is_err());
    }
    fn cohorts_of(studies: &[&str]) -> Vec<Cohort> {
        studies
            .iter()
            .enumerate()
            .map(|(i, s)| Cohort {
                id: format!("c{i}"),
                study: (*s).to_string(),
                study_label: String::new(),
                label: String::new(),
                n: 10,
            })
            .collect()
    }

    fn spans(groups: &[ColumnGroup]) -> Vec<(String, usize)> {
        groups
            .iter()
            .map(|g| (g.label.clone(), g.cohorts.len()))
            .collect()
    }

    #[test]
    fn splits_spanning_headers_where_a_study_starts_again() {
        let labels = ["点滴静注".to_string(), "皮下注".to_string()];
        let studies = ["GO29781", "JO40295", "GO29781", "JO40295", "GO40516"];
        let (groups, how) = column_groups(&labels, cohorts_of(&studies));
        assert_eq!(how, Some(Spanning::SplitByStudy));
        assert_eq!(
            spans(&groups),
            [("点滴静注".to_string(), 2), ("皮下注".to_string(), 3)]
        );
        // Two places where a study comes back, for two labels: no split.
        let studies = ["A100", "A100", "A100"];
        let (groups, how) = column_groups(&labels, cohorts_of(&studies));
        assert_eq!(how, Some(Spanning::OneGroup));
        assert_eq!(spans(&groups), [("点滴静注／皮下注".to_string(), 3)]);
        // No study comes back: no split either.
        let (groups, how) = column_groups(&labels, cohorts_of(&["A100", "B200"]));
        assert_eq!(how, Some(Spanning::OneGroup));
        assert_eq!(groups.len(), 1);
        // A cohort without a study: the rule cannot be applied.
        let (_, how) = column_groups(&labels, cohorts_of(&["A100", "", "A100"]));
        assert_eq!(how, Some(Spanning::OneGroup));
        // One label: one group, nothing to guess.
        let (groups, how) = column_groups(&labels[..1], cohorts_of(&["A100", "A100"]));
        assert_eq!(how, None);
        assert_eq!(spans(&groups), [("点滴静注".to_string(), 2)]);
    }
}
