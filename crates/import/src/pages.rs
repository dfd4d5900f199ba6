//! Pages of the source and the furniture printed on them, found by what
//! furniture is, not by a list of known strings: page numbers in any form
//! (`- 3 -`, `3/20`, `Page 3 of 20`, a bare `3`) that run across the
//! pages, and lines that recur at the top or the bottom of many pages (a
//! running header, a site's title line with its page count, a company's
//! header whose number changes from page to page).

use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// A page of another document among the text's pages: its source lines (from 1) and its title.
pub struct Foreign {
    pub lines: std::ops::Range<usize>,
    pub title: String,
}

use crate::text::fold;

/// How many non-blank lines at each edge of a page can be furniture.
const ZONE: usize = 4;

/// A line's shape: folded, without whitespace, each run of digits as one `#`.
pub fn shape(t: &str) -> String {
    let mut out = String::new();
    for c in t.chars().map(fold).filter(|c| !c.is_whitespace()) {
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a shape is one a page number is printed in.
fn page_number_shape(shape: &str) -> bool {
    let s = shape.to_lowercase();
    let s = s.trim_start_matches(['-', '–', '—', '(', '[']);
    let s = s.trim_end_matches(['-', '–', '—', ')', ']']);
    matches!(
        s,
        "#" | "#/#"
            | "page#"
            | "page#of#"
            | "p.#"
            | "p#"
            | "#頁"
            | "第#頁"
            | "#ページ"
            | "#/#ページ"
    )
}

/// The first number in a line (full-width digits folded).
fn first_number(t: &str) -> Option<u32> {
    let digits: String = t
        .chars()
        .map(fold)
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The source's pages as ranges of line indices: split at form feeds
/// (pdftotext starts each page with one); without any, after each line of
/// a page number's shape whose numbers run on from 1 or 2 (n, n + 1, …)
/// through the text, at least three times and once every 80 lines (four
/// times for a bare number). One page when neither is there.
pub fn pages(lines: &[&str]) -> Vec<Range<usize>> {
    let mut starts: Vec<usize> = vec![0];
    starts.extend(
        lines
            .iter()
            .enumerate()
            .filter(|(i, l)| *i > 0 && l.contains('\u{c}'))
            .map(|(i, _)| i),
    );
    if starts.len() == 1 {
        starts.extend(numbered_breaks(lines));
    }
    starts.dedup();
    starts
        .iter()
        .enumerate()
        .map(|(k, &s)| s..starts.get(k + 1).copied().unwrap_or(lines.len()))
        .filter(|r| !r.is_empty())
        .collect()
}

/// Without form feeds: the lines after page numbers, where the numbers of
/// one shape run on through the text (see [`pages`]).
fn numbered_breaks(lines: &[&str]) -> Vec<usize> {
    let mut by_shape: HashMap<String, Vec<(usize, u32)>> = HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        let s = shape(l);
        if page_number_shape(&s) {
            if let Some(n) = first_number(l) {
                by_shape.entry(s).or_default().push((i, n));
            }
        }
    }
    // Pages run from 1 (or 2, after a cover) to the end: a run of numbers in
    // the content (a table's 1, 2, 3) is short and starts anywhere. A bare
    // number needs the longer run.
    // Several documents in one text each run from 1 again: the runs follow
    // one another.
    let mut best: Vec<usize> = Vec::new();
    for (s, found) in &by_shape {
        let chains = runs(found);
        let needed = (lines.len() / 80).max(if s == "#" { 4 } else { 3 });
        if chains.len() >= needed && chains.len() > best.len() {
            best = chains.iter().map(|&i| i + 1).collect();
        }
    }
    best.retain(|&i| i < lines.len());
    best
}

/// The runs of page numbers from 1 or 2 (see [`longest_run`]) of three
/// numbers at least, one after another: the longest, then those before and after it.
fn runs(found: &[(usize, u32)]) -> Vec<usize> {
    let chain = longest_run(found);
    let (Some(&first), Some(&last)) = (chain.first(), chain.last()) else {
        return Vec::new();
    };
    let from_one = found
        .iter()
        .find(|f| f.0 == first)
        .is_some_and(|f| f.1 <= 2);
    if !from_one || chain.len() < 3 {
        return Vec::new();
    }
    let before = found.iter().take_while(|f| f.0 < first).count();
    let after = found.iter().take_while(|f| f.0 <= last).count();
    let mut out = runs(&found[..before]);
    out.extend(chain);
    out.extend(runs(&found[after..]));
    out
}

/// The longest chain of `(line, number)` in which each number is the last
/// one plus 1, at least 10 lines further on (other numbers in between are
/// content): its line indices.
fn longest_run(found: &[(usize, u32)]) -> Vec<usize> {
    // For each entry: the length of the best chain ending there, and the entry before it.
    let mut chain: Vec<(usize, Option<usize>)> = Vec::with_capacity(found.len());
    let mut ending: HashMap<u32, Vec<usize>> = HashMap::new();
    for (k, &(i, n)) in found.iter().enumerate() {
        let before = n
            .checked_sub(1)
            .and_then(|m| ending.get(&m))
            .and_then(|ks| {
                ks.iter()
                    .copied()
                    .filter(|&j| found[j].0 + 10 <= i)
                    .max_by_key(|&j| chain[j].0)
            });
        chain.push((before.map_or(1, |j| chain[j].0 + 1), before));
        ending.entry(n).or_default().push(k);
    }
    let Some(mut k) = (0..chain.len()).max_by_key(|&k| chain[k].0) else {
        return Vec::new();
    };
    let mut run = vec![k];
    while let Some(j) = chain[k].1 {
        run.push(j);
        k = j;
    }
    run.reverse();
    even_out(found, &mut run);
    run.iter().map(|&k| found[k].0).collect()
}

/// Where a number of the run is printed more than once (a page's number,
/// and a table's cell of the same value), the one nearest to where the page
/// would end at the run's usual page length.
fn even_out(found: &[(usize, u32)], run: &mut [usize]) {
    let mut gaps: Vec<usize> = run
        .windows(2)
        .map(|w| found[w[1]].0 - found[w[0]].0)
        .collect();
    gaps.sort_unstable();
    let Some(&usual) = gaps.get(gaps.len() / 2) else {
        return;
    };
    for at in 1..run.len() {
        let before = found[run[at - 1]].0;
        let after = run.get(at + 1).map_or(usize::MAX, |&k| found[k].0);
        let n = found[run[at]].1;
        let expected = before + usual;
        if let Some(k) = (0..found.len())
            .filter(|&k| found[k].1 == n && found[k].0 > before + 9 && found[k].0 + 9 < after)
            .min_by_key(|&k| found[k].0.abs_diff(expected))
        {
            run[at] = k;
        }
    }
}

/// The non-blank line indices at a page's top and at its bottom, from the
/// edge inward, at most [`ZONE`] each.
fn edges(lines: &[&str], page: &Range<usize>) -> [Vec<usize>; 2] {
    let blank = |i: &usize| lines[*i].trim().is_empty();
    let top: Vec<usize> = page.clone().filter(|i| !blank(i)).take(ZONE).collect();
    let bottom: Vec<usize> = page
        .clone()
        .rev()
        .filter(|i| !blank(i))
        .take(ZONE)
        .collect();
    [top, bottom]
}

/// Furniture of each line: on each page, from the top and from the bottom
/// inward, the lines that are a page number (a shape whose numbers differ
/// from page to page on at least half of the pages) or that recur at an
/// edge of at least three pages and a third of them; the walk inward stops
/// at the first line that is neither. Needs two pages at least.
pub fn furniture(lines: &[&str], pages: &[Range<usize>]) -> Vec<Option<&'static str>> {
    let mut why = vec![None; lines.len()];
    if pages.len() < 2 {
        return why;
    }
    let zones: Vec<[Vec<usize>; 2]> = pages.iter().map(|p| edges(lines, p)).collect();
    // On how many pages each shape is at an edge (the top or the bottom).
    let mut seen: HashMap<(usize, String), HashSet<usize>> = HashMap::new();
    // The numbers of the page-number shapes at each place: the edge's first or second line.
    let mut numbers: HashMap<(usize, usize, String), Vec<u32>> = HashMap::new();
    for (k, zone) in zones.iter().enumerate() {
        for (side, edge) in zone.iter().enumerate() {
            for (at, &i) in edge.iter().enumerate() {
                let s = shape(lines[i]);
                if at < 2 && page_number_shape(&s) {
                    if let Some(n) = first_number(lines[i]) {
                        numbers.entry((side, at, s.clone())).or_default().push(n);
                    }
                }
                seen.entry((side, s)).or_default().insert(k);
            }
        }
    }
    let half = pages.len().div_ceil(2).max(2);
    let page_number: HashSet<&(usize, usize, String)> = numbers
        .iter()
        .filter(|(_, ns)| {
            // Each page its own number (pages out of order too), or numbers
            // that mostly run on (two documents, each numbered from 1).
            let distinct: HashSet<&u32> = ns.iter().collect();
            let running = ns.windows(2).filter(|w| w[1] == w[0] + 1).count();
            ns.len() >= half && (distinct.len() == ns.len() || running * 4 >= ns.len() * 3)
        })
        .map(|(place, _)| place)
        .collect();
    let recurring = pages.len().div_ceil(3).max(3);
    // A running line has words: two letters at least (a number or a mark alone never is one).
    let worded = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    for zone in &zones {
        for (side, edge) in zone.iter().enumerate() {
            for (at, &i) in edge.iter().enumerate() {
                let s = shape(lines[i]);
                let kind = if page_number.contains(&(side, at, s.clone())) {
                    "page number"
                } else if worded(&s) && seen.get(&(side, s)).is_some_and(|p| p.len() >= recurring) {
                    "running header or footer"
                } else {
                    break;
                };
                why[i] = Some(kind);
            }
        }
    }
    why
}

/// The number printed on each page, where a line of it was found to be its page number.
fn numbers(
    lines: &[&str],
    pages: &[Range<usize>],
    why: &[Option<&'static str>],
) -> Vec<Option<u32>> {
    pages
        .iter()
        .map(|p| {
            p.clone()
                .find(|&i| why[i] == Some("page number"))
                .and_then(|i| first_number(lines[i]))
        })
        .collect()
}

/// The first line (1-based) of each page whose number starts again at 1 or
/// 2 after a higher one: where another document or version begins.
pub fn restarts(
    lines: &[&str],
    pages: &[Range<usize>],
    why: &[Option<&'static str>],
) -> Vec<usize> {
    let mut last: Option<u32> = None;
    let mut out = Vec::new();
    for (page, n) in pages.iter().zip(numbers(lines, pages, why)) {
        let Some(n) = n else { continue };
        if last.is_some_and(|l| l > n + 1) && n <= 2 {
            out.push(page.start + 1);
        }
        last = Some(n);
    }
    out
}

/// Pages of another document among a document's pages: where most pages
/// open with the same running header, a page that opens instead with
/// another document's title (a line naming 医薬品リスク管理計画書 or an RMP)
/// is that document's page (never the first page, nor a page that opens
/// with the template's own titles: a cover may have no running header).
/// Each as its range of line indices, with the title.
pub fn foreign(
    lines: &[&str],
    pages: &[Range<usize>],
    why: &[Option<&'static str>],
) -> Vec<(Range<usize>, String)> {
    let top = |p: &Range<usize>| p.clone().find(|&i| !lines[i].trim().is_empty());
    let mut running: HashMap<String, usize> = HashMap::new();
    for p in pages {
        if let Some(i) = top(p).filter(|&i| why[i] == Some("running header or footer")) {
            *running.entry(shape(lines[i])).or_default() += 1;
        }
    }
    let most = running.values().copied().max().unwrap_or(0);
    if pages.len() < 3 || most * 3 < pages.len() * 2 {
        return Vec::new();
    }
    pages
        .iter()
        .skip(1)
        .filter_map(|p| {
            let i = top(p)?;
            let title = crate::text::key(lines[i]);
            let names_a_plan = title.contains("医薬品リスク管理計画書") || title.contains("RMP");
            let template = crate::text::template_title(&title);
            let sentence = title.ends_with('。');
            (why[i].is_none()
                && names_a_plan
                && !template
                && !sentence
                && title.chars().count() <= 60)
                .then(|| (p.clone(), lines[i].trim().to_string()))
        })
        .collect()
}

/// The order to read the pages in: by the numbers printed on them, where
/// every page has one (a line found to be a page number) and no number is
/// printed twice; otherwise as they come. Pages a PDF tool or a scanner put
/// out of order are read in the order the document numbers them.
pub fn reading_order(
    lines: &[&str],
    pages: &[Range<usize>],
    why: &[Option<&'static str>],
) -> Vec<usize> {
    let as_they_come: Vec<usize> = (0..pages.len()).collect();
    let numbers: Option<Vec<u32>> = numbers(lines, pages, why).into_iter().collect();
    let Some(numbers) = numbers else {
        return as_they_come;
    };
    let distinct: HashSet<&u32> = numbers.iter().collect();
    if pages.len() < 2 || distinct.len() != numbers.len() {
        return as_they_come;
    }
    let mut order = as_they_come;
    order.sort_by_key(|&k| numbers[k]);
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_fold_digits_and_widths() {
        assert_eq!(shape("－ １２ －"), "-#-");
        assert_eq!(shape("Page 3 of 20"), "Page#of#");
        assert!(page_number_shape(&shape("3/20")));
        assert!(page_number_shape(&shape("- 3 -")));
        assert!(page_number_shape(&shape("Page 3 of 20")));
        assert!(!page_number_shape(&shape("1.1. 安全性検討事項")));
        assert!(!page_number_shape(&shape("45 (12.3%)")));
    }

    #[test]
    fn finds_furniture_by_its_place_on_the_pages() {
        let mut text = Vec::new();
        let words = ["一", "二", "三", "四", "五"];
        for (n, w) in (1..=5).zip(words) {
            text.push(format!("\u{c}ある製品 RMP 第{n}版の{n}頁"));
            text.push(format!("本文{w}の初め"));
            text.push("1".to_string());
            text.push(format!("本文{w}の終わり"));
            text.push(format!("- {n} -"));
        }
        let lines: Vec<&str> = text.iter().map(String::as_str).collect();
        let pages = pages(&lines);
        assert_eq!(pages.len(), 5);
        let why = furniture(&lines, &pages);
        let kept: Vec<&str> = lines
            .iter()
            .zip(&why)
            .filter(|(_, w)| w.is_none())
            .map(|(l, _)| *l)
            .collect();
        // The "1" inside each page is content: it is not at an edge.
        assert_eq!(kept.len(), 15, "{kept:?}");
        assert!(kept.iter().all(|l| l.starts_with("本文") || *l == "1"));
    }

    #[test]
    fn numbered_pages_out_of_order_are_read_in_their_order() {
        let mut text = Vec::new();
        for n in [3, 1, 4, 2] {
            text.push(format!("\u{c}本文{n}の初め"));
            text.push(format!("本文{n}の終わり"));
            text.push(format!("- {n} -"));
        }
        let lines: Vec<&str> = text.iter().map(String::as_str).collect();
        let pages = pages(&lines);
        let why = furniture(&lines, &pages);
        assert_eq!(reading_order(&lines, &pages, &why), [1, 3, 0, 2]);
        // A number printed twice (two documents, or a misread): as they come.
        text[8] = "- 3 -".into();
        let lines: Vec<&str> = text.iter().map(String::as_str).collect();
        let why = furniture(&lines, &pages);
        assert_eq!(reading_order(&lines, &pages, &why), [0, 1, 2, 3]);
    }

    #[test]
    fn a_page_that_opens_with_another_documents_title_is_foreign() {
        let mut text = Vec::new();
        for n in 1..=6 {
            let head = if n == 4 {
                "ある製品 医薬品リスク管理計画書"
            } else {
                "本剤 RMP 第2版"
            };
            text.push(format!("\u{c}{head}"));
            text.push(format!("本文{n}"));
            text.push(format!("- {n} -"));
        }
        text[12] = "\u{c}医薬品リスク管理計画書".into();
        let lines: Vec<&str> = text.iter().map(String::as_str).collect();
        let pages = pages(&lines);
        let why = furniture(&lines, &pages);
        let found = foreign(&lines, &pages, &why);
        // Page 4 names another plan; page 5 opens with the template's own title (a cover): not foreign.
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, 9..12);
    }

    #[test]
    fn pages_without_form_feeds_break_after_running_numbers() {
        let mut text = Vec::new();
        for n in 1..=4 {
            for k in 0..12 {
                text.push(format!("本文 {n}-{k}"));
            }
            text.push(format!("{n}/4"));
        }
        let lines: Vec<&str> = text.iter().map(String::as_str).collect();
        assert_eq!(pages(&lines).len(), 4);
        // One page only: nothing is furniture.
        let one = pages(&lines[..13]);
        assert_eq!(one.len(), 1);
        assert!(furniture(&lines[..13], &one).iter().all(Option::is_none));
    }
}
