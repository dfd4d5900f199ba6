//! Where one text holds several documents: two versions of an RMP, an RMP
//! and another product's, an RMP quoted inside another document. Each part
//! is told apart by what starts a document — a second cover or title of a
//! form the part already has (別紙様式２ the summary, 別紙様式１ the full
//! plan), a second 提出年月 with another date, page numbers starting again
//! at 1 — and by a quoting document's own heading that calls what follows
//! an excerpt (抜粋). Only the first RMP is imported; the other parts are
//! listed, each with its lines and its submission date where it has one.

use crate::piece::Piece;
use crate::report::Report;
use crate::text::{key, title, Form};

/// The form a piece starts, if it starts one: a title, or a form marker
/// (`（別紙様式２）`; one without its number, `（別紙様式）`, is the form of the
/// title that follows it).
fn starts(ps: &[Piece], i: usize) -> Option<Form> {
    let k = key(&ps[i].text);
    if let Some(f) = title(&k) {
        return Some(f);
    }
    let marker = k.trim_start_matches('(').strip_prefix("別紙様式")?;
    match marker.trim_end_matches(')') {
        "2" => Some(Form::Summary),
        "1" => Some(Form::Plan),
        "" => ps[i + 1..]
            .iter()
            .take(4)
            .find_map(|p| title(&key(&p.text))),
        _ => None,
    }
}

/// A 提出年月 and its date (on its line or the next).
fn submitted(ps: &[Piece], i: usize) -> Option<String> {
    let k = key(&ps[i].text);
    let rest = k.strip_prefix("提出年月")?.trim_start_matches('日');
    let date = if rest.is_empty() {
        ps.get(i + 1).map(|p| key(&p.text))?
    } else {
        rest.to_string()
    };
    let date: String = date.chars().take_while(|&c| c != '日').collect();
    (!date.is_empty()).then(|| format!("{date}日"))
}

/// A heading of another document that calls what follows an excerpt of an
/// RMP: `2. RMP の安全性検討事項（医薬品リスク管理計画書からの抜粋）`.
fn quoting(k: &str) -> bool {
    k.contains("抜粋") && (k.contains("リスク管理計画") || k.contains("RMP"))
}

/// The pieces without those on pages of another document (see
/// [`crate::pages::foreign`]): those are listed, one item a page.
pub fn without_foreign_pages(
    ps: Vec<Piece>,
    foreign: &[crate::pages::Foreign],
    report: &mut Report,
) -> Vec<Piece> {
    if foreign.is_empty() {
        return ps;
    }
    let (theirs, ours): (Vec<Piece>, Vec<Piece>) = ps
        .into_iter()
        .partition(|p| foreign.iter().any(|f| f.lines.contains(&p.line)));
    for f in foreign {
        let page: Vec<Piece> = theirs
            .iter()
            .filter(|p| f.lines.contains(&p.line))
            .cloned()
            .collect();
        report.not_placed(
            &page,
            &format!(
                "ほかのページと違う文書のページです（ページの見出しが 「{t}」）。取り込んでいません / A page of another document among this one's (its page title reads 「{t}」): not imported",
                t = f.title
            ),
        );
    }
    report.other_documents += 1;
    ours
}

/// One part of the text that is not imported.
struct Part {
    start: usize,
    end: usize,
    date: Option<String>,
}

/// The pieces of the first RMP in the text; the pieces of every other part
/// are recorded as not placed, one reason per part. `restarts` are the
/// source lines where page numbers start again at 1 or 2.
pub fn first(ps: Vec<Piece>, restarts: &[usize], report: &mut Report) -> Vec<Piece> {
    let mut boundaries: Vec<usize> = Vec::new();
    let mut quoted_from: Option<usize> = None;
    let (mut forms, mut date): (Vec<Form>, Option<String>) = (Vec::new(), None);
    let mut last_start: Option<usize> = None;
    for i in 0..ps.len() {
        let k = key(&ps[i].text);
        if quoted_from.is_none() && boundaries.is_empty() && forms.is_empty() && quoting(&k) {
            quoted_from = Some(i + 1);
            continue;
        }
        if let Some(f) = starts(&ps, i) {
            // A marker and its title a few lines on are one start.
            let same = last_start.is_some_and(|s| i - s <= 4 && starts(&ps, s) == Some(f));
            if !same {
                if forms.contains(&f) {
                    boundaries.push(cover_start(&ps, i));
                    forms.clear();
                    date = None;
                }
                forms.push(f);
                last_start = Some(i);
            }
            continue;
        }
        if let Some(d) = submitted(&ps, i) {
            match &date {
                Some(seen) if *seen != d => {
                    boundaries.push(cover_start(&ps, i));
                    forms.clear();
                }
                _ => {}
            }
            date = Some(d);
        }
    }
    // Page numbers that start again begin a document where no cover does.
    for &line in restarts {
        let Some(at) = ps.iter().position(|p| p.line >= line) else {
            continue;
        };
        let near = boundaries
            .iter()
            .any(|&b| ps[b].line.abs_diff(ps[at].line) <= 80);
        if !near && at > quoted_from.unwrap_or(0) {
            boundaries.push(at);
        }
    }
    boundaries.sort_unstable();
    boundaries.dedup();
    let begin = quoted_from.unwrap_or(0);
    let end = boundaries
        .iter()
        .copied()
        .find(|&b| b > begin)
        .unwrap_or(ps.len());
    if begin > 0 {
        report.not_placed(
            &ps[..begin],
            "RMP を引用している別の文書の部分です（その見出しが続く部分を「抜粋」としています）。取り込んでいません / Part of another document that quotes the RMP (its heading calls what follows an excerpt): not imported",
        );
    }
    let mut parts: Vec<Part> = Vec::new();
    let mut cuts: Vec<usize> = boundaries.into_iter().filter(|&b| b >= end).collect();
    cuts.push(ps.len());
    for w in cuts.windows(2) {
        if w[0] < w[1] {
            let date = (w[0]..w[1]).find_map(|i| submitted(&ps, i));
            parts.push(Part {
                start: w[0],
                end: w[1],
                date,
            });
        }
    }
    let total = parts.len() + 1;
    report.other_documents += parts.len();
    for (n, part) in parts.iter().enumerate() {
        let dated = part
            .date
            .as_deref()
            .map_or(String::new(), |d| format!("、提出年月 {d}"));
        let dated_en = part
            .date
            .as_deref()
            .map_or(String::new(), |d| format!(", submitted {d}"));
        report.not_placed(
            &ps[part.start..part.end],
            &format!(
                "このテキストには {total} つの文書または版があり、これは {}つ目です（行 {}–{}{dated}）。最初の文書だけを取り込みました：これはそれだけで取り込んでください / The text holds {total} documents or versions and this is number {} (lines {}–{}{dated_en}): only the first was imported; import this one on its own",
                n + 2,
                ps[part.start].line,
                ps[part.end - 1].line,
                n + 2,
                ps[part.start].line,
                ps[part.end - 1].line,
            ),
        );
    }
    ps[begin..end].to_vec()
}

/// Where the cover a piece belongs to begins: the form marker of the same
/// form a few lines before it, the line before a summary title that names
/// the product (「…に係る」), or the piece itself.
fn cover_start(ps: &[Piece], i: usize) -> usize {
    let form = starts(ps, i);
    let mut at = i;
    for j in (i.saturating_sub(6)..i).rev() {
        let k = key(&ps[j].text);
        let marker = k.trim_start_matches('(').starts_with("別紙様式");
        if (marker && starts(ps, j) == form && form.is_some())
            || (k.ends_with("に係る") && j + 1 == at)
        {
            at = j;
        } else if marker || starts(ps, j).is_some() {
            break;
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::piece::numbered;

    fn kept(lines: &[&str], restarts: &[usize]) -> (Vec<String>, Report) {
        let mut r = Report::default();
        for (i, l) in lines.iter().enumerate() {
            r.add_line(i + 1, l);
        }
        let ps = first(numbered(lines), restarts, &mut r);
        (ps.into_iter().map(|p| p.text).collect(), r)
    }

    #[test]
    fn a_second_version_is_set_apart() {
        let lines = [
            "（別紙様式２）",
            "医薬品リスク管理計画書（RMP）の概要",
            "提出年月 令和8年3月23日",
            "本文",
            "（別紙様式１）",
            "医薬品リスク管理計画書",
            "計画の本文",
            "（別紙様式２）",
            "医薬品リスク管理計画書（RMP）の概要",
            "提出年月 令和7年9月30日",
            "古い本文",
        ];
        let (kept, r) = kept(&lines, &[]);
        assert_eq!(kept.len(), 7, "{kept:?}");
        let runs = r.not_placed_runs();
        assert_eq!(runs.len(), 1);
        assert_eq!((runs[0].0, runs[0].1), (8, 11));
        assert!(runs[0].2.contains("令和7年9月30日"), "{}", runs[0].2);
    }

    #[test]
    fn a_marker_without_its_number_is_the_form_of_its_title() {
        let lines = [
            "（別紙様式）",
            "ある製品に係る",
            "医薬品リスク管理計画書（RMP）の概要",
            "本文",
            "（別紙様式１）",
            "医薬品リスク管理計画書",
            "計画の本文",
        ];
        assert_eq!(kept(&lines, &[]).0.len(), 7);
    }

    #[test]
    fn a_second_date_or_a_page_number_restart_starts_another_version() {
        let mut lines = vec!["提出年月 令和8年3月23日", "本文"];
        lines.extend(["続き"; 100]);
        lines.extend(["提出年月", "令和7年9月30日", "古い本文"]);
        assert_eq!(kept(&lines, &[]).0.len(), 102);
        let mut pages = vec!["本文"; 150];
        pages[120] = "二つ目の文書";
        assert_eq!(kept(&pages, &[121]).0.len(), 120);
    }

    #[test]
    fn a_quoting_document_is_set_apart() {
        let lines = [
            "社内報告書",
            "2. 安全性検討事項（医薬品リスク管理計画書からの抜粋）",
            "重要な特定されたリスクとした理由：",
        ];
        let (kept, r) = kept(&lines, &[]);
        assert_eq!(kept, ["重要な特定されたリスクとした理由："]);
        assert_eq!(r.not_placed_runs()[0].1, 2);
    }
}
