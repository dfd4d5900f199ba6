//! The review list a draft carries: what a reviewer checks against the PDF,
//! in Japanese and English, in the reader's words. The same sentence at
//! several places is one item (its places and lines in the details, never a
//! JSON path in the sentence); a text that was mostly not understood says
//! so first, with the share of its lines placed and the likely cause.

use rmp_model::ReviewItem;

use crate::report::{Fate, Report};

/// The most items a draft lists; the report has them all.
const MAX_REVIEW_ITEMS: usize = 500;

/// Below this share of content lines placed, a draft says it was mostly not understood.
const UNDERSTOOD: f64 = 0.5;

/// `ja_prefix` + the Japanese half of `sentence`, ` / `, `en_prefix` + its English half.
fn both(ja_prefix: &str, en_prefix: &str, sentence: &str) -> String {
    let (ja, en) = sentence.split_once(" / ").unwrap_or((sentence, sentence));
    format!("{ja_prefix}{ja} / {en_prefix}{en}")
}

/// One item per sentence: its places and lines gathered, in order of first sight.
fn grouped(items: impl Iterator<Item = (String, Option<String>, Vec<u32>)>) -> Vec<ReviewItem> {
    let mut out: Vec<ReviewItem> = Vec::new();
    for (what, path, lines) in items {
        if let Some(item) = out.iter_mut().find(|i| i.what == what) {
            let first = item.path.clone();
            if let Some(p) = path {
                if item.paths.is_empty() {
                    item.paths.extend(first);
                }
                if !item.paths.contains(&p) {
                    item.paths.push(p);
                }
            }
            item.lines.extend(lines);
            item.lines.sort_unstable();
            item.lines.dedup();
            continue;
        }
        out.push(ReviewItem {
            what,
            path,
            paths: Vec::new(),
            lines,
        });
    }
    // The count goes into the sentence: one line for six cells of one kind.
    for item in &mut out {
        if item.paths.len() > 1 {
            let n = item.paths.len();
            item.what = both(&format!("{n} か所："), &format!("{n} places: "), &item.what);
        }
    }
    out
}

/// The review items of an import of `text`.
pub fn items(report: &Report, text: &str) -> Vec<ReviewItem> {
    let mut out: Vec<ReviewItem> = understanding(report, text).into_iter().collect();
    out.extend(grouped(report.guesses.iter().map(|g| {
        (
            g.what.clone(),
            (!g.path.is_empty()).then(|| g.path.clone()),
            g.lines.iter().map(|&l| l as u32).collect(),
        )
    })));
    out.extend(grouped(report.missing.iter().map(|m| {
        (
            both("テキストにないもの：", "Not in the text: ", &m.what),
            m.path.clone(),
            Vec::new(),
        )
    })));
    let not_placed = report
        .not_placed_runs()
        .into_iter()
        .filter_map(|(a, b, why)| {
            // An incidence table not rebuilt is listed with the guesses, at its table.
            if why.contains("incidence table not rebuilt") {
                return None;
            }
            let lines = (a..=b)
                .filter(|l| {
                    matches!(
                        report.lines.get(l - 1).map(|x| &x.fate),
                        Some(Fate::NotPlaced { .. })
                    )
                })
                .map(|l| l as u32)
                .collect();
            Some((
                both("取り込めなかった行：", "Lines not imported: ", &why),
                None,
                lines,
            ))
        });
    out.extend(grouped(not_placed));
    if out.len() > MAX_REVIEW_ITEMS {
        let more = out.len() - MAX_REVIEW_ITEMS;
        out.truncate(MAX_REVIEW_ITEMS);
        out.push(ReviewItem {
            what: format!("ほかに {more} 件：取り込みの報告を見てください / {more} more items: see the import report"),
            path: None,
            paths: Vec::new(),
            lines: Vec::new(),
        });
    }
    out
}

/// Why a text was mostly not understood, as far as the text shows.
fn likely_cause(report: &Report, text: &str) -> (&'static str, &'static str) {
    let content: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let chars = text.chars().count();
    let japanese = text
        .chars()
        .filter(|c| matches!(*c as u32, 0x3040..=0x30FF | 0x4E00..=0x9FFF))
        .count();
    if report.other_documents > 0 {
        (
            "一つのテキストに複数の文書が入っています。文書ごとに取り込んでください",
            "several documents are in one text: import each on its own",
        )
    } else if chars / content.len().max(1) > 200 {
        ("改行の少ないテキストです。行を保ったままコピーするか、PDF そのものを取り込んでください", "the text has few line breaks: copy it again with its lines, or import the PDF itself")
    } else if japanese * 4 < chars {
        (
            "日本語の RMP のテキストではないようです。取り込むファイルを確かめてください",
            "it does not look like the text of a Japanese RMP: check that this is the right file",
        )
    } else {
        ("このレイアウトはまだ読めません。PDF そのものを取り込むか、このテキストを知らせてください", "a layout the importer does not read yet: import the PDF itself, or report this text")
    }
}

/// The first item of a draft from a text mostly not understood.
fn understanding(report: &Report, text: &str) -> Option<ReviewItem> {
    let t = report.tally();
    let content = t.placed + t.not_placed;
    if content < 20 {
        return None;
    }
    let share = t.placed as f64 / content as f64;
    if share >= UNDERSTOOD {
        return None;
    }
    let (ja, en) = likely_cause(report, text);
    let percent = (share * 100.0).round();
    Some(ReviewItem {
        what: format!(
            "このテキストの大部分は RMP として読めませんでした（内容のある {content} 行のうち {percent}% を取り込みました）。考えられる原因：{ja} / \
             Most of this text could not be read as an RMP ({percent}% of its {content} content lines were imported). Likely cause: {en}"
        ),
        path: None,
        paths: Vec::new(),
        lines: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sentence_at_six_places_is_one_item() {
        let items = grouped((0..6).map(|k| {
            (
                "グループ / groups".to_string(),
                Some(format!(
                    "safety_specification.identified_risks[{k}].incidence[0]"
                )),
                vec![k + 1],
            )
        }));
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].what, "6 か所：グループ / 6 places: groups");
        assert_eq!(items[0].paths.len(), 6);
        assert_eq!(items[0].lines, [1, 2, 3, 4, 5, 6]);
    }
}
