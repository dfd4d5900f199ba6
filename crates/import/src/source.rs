//! The source text as lines: what page furniture is dropped (by its place on
//! the pages, see [`crate::pages`], and a publishing site's own lines), and the
//! pieces (numbered, trimmed, non-blank lines) the parts are read from.

use crate::pages::Foreign;
use crate::piece::Piece;
use crate::report::{Fate, Report};

/// Lines a publishing site or a document-sharing site puts on every page.
const PUBLISHER: &[&str] = &[
    "http://",
    "https://",
    "低解像度画像をダウンロード",
    "資料テキストはコンピュータによる自動処理",
    "テキストをコピーしてご利用",
    "ダウンロードした画像を利用する際は",
    "Citation preview",
    "よむ、つかう、まなぶ。",
];

/// Lines that are only a publisher's marker when they stand alone.
const PUBLISHER_EXACT: &[&str] = &["プレーンテキスト", "ページ画像", "出典", "Preview:"];

/// Why a line is page furniture, if it is.
fn furniture(text: &str) -> Option<&'static str> {
    let t = text.trim();
    if PUBLISHER.iter().any(|p| t.contains(p))
        || t.starts_with("出典情報")
        || t.starts_with("公開元URL")
        || PUBLISHER_EXACT.contains(&t)
        || (t.starts_with('【') && (t.ends_with("ページ)") || t.ends_with("ページ）")))
    {
        return Some("publisher's header");
    }
    if page_number(t) {
        return Some("page number");
    }
    if t.starts_with('↓') {
        return Some("template arrow");
    }
    None
}

/// `- 6 -`, `- 15`, `-`.
fn page_number(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('-') else {
        return false;
    };
    let rest = rest.trim().trim_end_matches('-').trim();
    rest.is_empty() || (rest.len() <= 3 && rest.bytes().all(|b| b.is_ascii_digit()))
}

fn number_only(t: &str) -> bool {
    !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
}

/// Splits the text into pieces, recording blank lines and page furniture in
/// the report; with the lines where page numbers start again (see
/// [`crate::pages::restarts`]). A line repeated elsewhere and standing next to a publisher's
/// line is part of that publisher's header; a bare number after a page
/// number is the site's own page number.
pub fn pieces(text: &str, report: &mut Report) -> (Vec<Piece>, Vec<usize>, Vec<Foreign>) {
    let lines: Vec<&str> = text.lines().collect();
    let pages = crate::pages::pages(&lines);
    let on_pages = crate::pages::furniture(&lines, &pages);
    let order = crate::pages::reading_order(&lines, &pages, &on_pages);
    let restarts = crate::pages::restarts(&lines, &pages, &on_pages);
    let foreign: Vec<Foreign> = crate::pages::foreign(&lines, &pages, &on_pages)
        .into_iter()
        .map(|(r, title)| Foreign {
            lines: r.start + 1..r.end + 1,
            title,
        })
        .collect();
    let mut why: Vec<Option<&'static str>> = lines
        .iter()
        .zip(on_pages.iter().copied())
        .map(|(l, page)| furniture(l).or(page))
        .collect();
    // The template's arrow line wrapped: its end on the next line is the arrow's too.
    for i in 0..lines.len() {
        if why[i] != Some("template arrow") || lines[i].trim_end().ends_with("活動") {
            continue;
        }
        if let Some(j) = (i + 1..lines.len()).find(|&j| !lines[j].trim().is_empty()) {
            let t = lines[j].trim();
            if why[j].is_none() && t.ends_with("のための活動") && t.chars().count() < 30 {
                why[j] = Some("template arrow");
            }
        }
    }
    let mut counts = std::collections::HashMap::new();
    for l in &lines {
        let t = l.trim();
        if !t.is_empty() {
            *counts.entry(t).or_insert(0usize) += 1;
        }
    }
    // A repeated line between two of the publisher's lines (its slogan's
    // second sentence, say) is part of that header; content never is.
    let marked: Vec<bool> = why
        .iter()
        .map(|w| *w == Some("publisher's header"))
        .collect();
    let near = |range: &mut dyn Iterator<Item = usize>| {
        range
            .filter(|&j| !lines[j].trim().is_empty())
            .take(3)
            .any(|j| marked[j])
    };
    for i in 0..lines.len() {
        let t = lines[i].trim();
        if why[i].is_some() || t.is_empty() || counts.get(t).copied().unwrap_or(0) < 2 {
            continue;
        }
        if near(&mut (i + 1..lines.len())) && near(&mut (0..i).rev()) {
            why[i] = Some("publisher's header");
        }
    }
    // A bare number right after a site's page number (`- 15`, then `44`) is
    // the site's page number. After a page's own number (found on the
    // pages) and on the next page, a number is content: a table's cell.
    let mut last_page = false;
    for i in 0..lines.len() {
        let t = lines[i].trim();
        if t.is_empty() {
            continue;
        }
        if page_number(t) {
            last_page = on_pages[i].is_none();
            continue;
        }
        if last_page && number_only(t) && !lines[i].contains('\u{c}') {
            why[i] = Some("page number");
        }
        last_page = false;
    }
    // The last content line before each publisher's header: where a page ended.
    let mut last_content: Option<usize> = None;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        match why[i] {
            None => last_content = Some(i + 1),
            Some("publisher's header") => {
                if let Some(line) = last_content.take() {
                    report.page_ends.push(line);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let line = i + 1;
        report.add_line(line, l.trim());
        if l.trim().is_empty() {
            report.set(line, Fate::Blank);
        } else if let Some(why) = why[i] {
            report.set(
                line,
                Fate::Dropped {
                    why: why.to_string(),
                },
            );
        } else {
            out.push(Piece::new(line, l));
        }
    }
    if pages.len() > 1 {
        report.line_pages = vec![0; lines.len()];
        for (k, p) in pages.iter().enumerate() {
            for i in p.clone() {
                report.line_pages[i] = k as u32 + 1;
            }
        }
    }
    if order.windows(2).any(|w| w[0] > w[1]) {
        reorder(&mut out, &pages, &order, report);
    }
    (out, restarts, foreign)
}

/// The pieces in the pages' reading order, and a note saying which pages moved.
fn reorder(
    pieces: &mut [Piece],
    pages: &[std::ops::Range<usize>],
    order: &[usize],
    report: &mut Report,
) {
    let page_of = |line: usize| pages.iter().position(|p| p.contains(&(line - 1)));
    let rank: Vec<usize> = {
        let mut r = vec![0; order.len()];
        for (at, &k) in order.iter().enumerate() {
            r[k] = at;
        }
        r
    };
    pieces.sort_by_key(|p| (page_of(p.line).map_or(usize::MAX, |k| rank[k]), p.line));
    let moved: Vec<usize> = order
        .iter()
        .enumerate()
        .filter(|(at, k)| at != *k)
        .map(|(_, &k)| pages[k].start + 1)
        .collect();
    report.guesses.push(crate::Guess {
        path: String::new(),
        what: format!(
            "ページの順序が印刷されたページ番号と違いました（{} ページ中 {} ページ）。ページ番号の順に読みました / The pages were not in the order of their printed numbers ({} of {} pages): they were read in the order of their numbers",
            pages.len(),
            moved.len(),
            moved.len(),
            pages.len()
        ),
        lines: moved,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_page_numbers_and_publisher_headers() {
        let head = "よむ、つかう、まなぶ。\nMC plus\n【資料4】ある資料 (35 ページ)\n";
        let text = format!("{head}本文\n- 15\n-\n44\n{head}次\n本文\n");
        let mut r = Report::default();
        let (p, _, _) = pieces(&text, &mut r);
        let kept: Vec<&str> = p.iter().map(|p| p.text.as_str()).collect();
        // A repeated line of content stays content.
        assert_eq!(kept, ["本文", "次", "本文"]);
        assert!(page_number("- 6 -"));
        assert!(!page_number("-1.5"));
    }
}
