//! The source text as lines: what page furniture is dropped (by its place on
//! the pages, see [`crate::pages`], and a publishing site's own lines), and the
//! pieces (numbered, trimmed, non-blank lines) the parts are read from.

use crate::report::{Fate, Report};

/// One non-blank source line, trimmed, with its 1-based line number.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Line number in the source, from 1.
    pub line: usize,
    /// The line without surrounding whitespace.
    pub text: String,
}

impl Piece {
    pub fn new(line: usize, text: &str) -> Self {
        Piece {
            line,
            text: text.trim().to_string(),
        }
    }
}

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
/// the report. A line repeated elsewhere and standing next to a publisher's
/// line is part of that publisher's header; a bare number after a page
/// number is the site's own page number.
pub fn pieces(text: &str, report: &mut Report) -> Vec<Piece> {
    let lines: Vec<&str> = text.lines().collect();
    let on_pages = crate::pages::furniture(&lines, &crate::pages::pages(&lines));
    let mut why: Vec<Option<&'static str>> = lines
        .iter()
        .zip(on_pages)
        .map(|(l, page)| furniture(l).or(page))
        .collect();
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
    // A bare number right after a page number is the site's page number.
    let mut last_page = false;
    for i in 0..lines.len() {
        let t = lines[i].trim();
        if t.is_empty() {
            continue;
        }
        // (After a site's `- 15` only: a number after a page number found on the pages is content.)
        if page_number(t) {
            last_page = true;
            continue;
        }
        if last_page && number_only(t) {
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
    out
}

/// Pieces numbered from line 1, for tests.
#[cfg(test)]
pub fn numbered(lines: &[&str]) -> Vec<Piece> {
    lines
        .iter()
        .enumerate()
        .map(|(i, t)| Piece::new(i + 1, t))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_page_numbers_and_publisher_headers() {
        let head = "よむ、つかう、まなぶ。\nMC plus\n【資料4】ある資料 (35 ページ)\n";
        let text = format!("{head}本文\n- 15\n-\n44\n{head}次\n本文\n");
        let mut r = Report::default();
        let p = pieces(&text, &mut r);
        let kept: Vec<&str> = p.iter().map(|p| p.text.as_str()).collect();
        // A repeated line of content stays content.
        assert_eq!(kept, ["本文", "次", "本文"]);
        assert!(page_number("- 6 -"));
        assert!(!page_number("-1.5"));
    }
}
