//! The seed's text laid out on pages, with the furniture real RMP texts
//! carry, imports into the same document as the plain text: a running
//! header, a meeting site's title line with its page count and its header
//! block, a company's header whose number changes, page numbers as
//! `- 3 -`, `3/26`, `Page 3 of 26` and a bare `3`, at the bottom or at the
//! top; with the form feeds pdftotext writes, without them (a paste), and
//! on text wrapped at 40 characters.
//! The pages are cut every 60 lines, wherever that falls: inside
//! paragraphs, lists and tables.

mod common;

use common::{fixture, import_value, normal, rewrap};

/// One way a page is dressed: the lines above its text and below it, for page `n` of `total`.
struct Layout {
    name: &'static str,
    top: fn(usize, usize) -> Vec<String>,
    bottom: fn(usize, usize) -> Vec<String>,
}

const LAYOUTS: &[Layout] = &[
    Layout {
        name: "running header, - n -",
        top: |_, _| vec!["ルンスミオ点滴静注・皮下注 医薬品リスク管理計画書".into()],
        bottom: |n, _| vec![format!("- {n} -")],
    },
    Layout {
        name: "n/total",
        top: |_, _| vec![],
        bottom: |n, total| vec![format!("{n}/{total}")],
    },
    Layout {
        name: "a bare number",
        top: |_, _| vec![],
        bottom: |n, _| vec![n.to_string()],
    },
    Layout {
        name: "a meeting site's title with its page count and header block, a bare number",
        top: |_, total| {
            vec![
                "薬事審議会 医薬品等安全対策部会 安全対策調査会".into(),
                format!("資料２－１ ルンスミオ 医薬品リスク管理計画書（{total}ページ）"),
            ]
        },
        bottom: |n, _| vec![n.to_string()],
    },
    Layout {
        name: "a company's header with a changing number, Page n of total",
        top: |n, _| vec![format!("中外製薬株式会社　ルンスミオ RMP　第{n}頁")],
        bottom: |n, total| vec![format!("Page {n} of {total}")],
    },
    Layout {
        name: "the number at the top, full width",
        top: |n, _| {
            let digits: String = n
                .to_string()
                .chars()
                .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c))
                .collect();
            vec![format!("－ {digits} －")]
        },
        bottom: |_, _| vec![],
    },
];

/// The seed's lines cut into pages of `per` lines, dressed by `layout`; with form feeds or without.
fn laid_out(seed: &str, layout: &Layout, per: usize, form_feeds: bool) -> String {
    let lines: Vec<&str> = seed.lines().collect();
    let total = lines.len().div_ceil(per);
    let mut out = String::new();
    for (k, page) in lines.chunks(per).enumerate() {
        let n = k + 1;
        if form_feeds && k > 0 {
            out.push('\u{c}');
        }
        for l in (layout.top)(n, total) {
            out.push_str(&l);
            out.push('\n');
        }
        for l in page {
            out.push_str(l);
            out.push('\n');
        }
        for l in (layout.bottom)(n, total) {
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}

/// Every string value of the document, for the check that no furniture is in one.
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

#[test]
fn the_seed_on_pages_imports_into_the_same_document() {
    let seed = fixture("lunsumio-2026-03-23.txt");
    let expected = normal(&import_value(&seed));
    let mut failures = Vec::new();
    for layout in LAYOUTS {
        // With form feeds, without, and wrapped at 40 characters (a narrower page) before the pages are cut.
        for (form_feeds, width) in [(true, None), (false, None), (true, Some(40))] {
            let name = format!(
                "{} ({}{})",
                layout.name,
                if form_feeds {
                    "form feeds"
                } else {
                    "no form feeds"
                },
                width.map_or(String::new(), |w| format!(", wrapped at {w}"))
            );
            let source = width.map_or_else(|| seed.clone(), |w| rewrap(&seed, w));
            let plain = rmp_import::import(&source, "seed.txt").expect("imports");
            let text = laid_out(&source, layout, 60, form_feeds);
            let imported = rmp_import::import(&text, "paged.txt").expect("imports");
            let got = normal(&serde_json::to_value(&imported.rmp).expect("serialises"));
            if got != expected {
                failures.push(format!(
                    "{name}: {}",
                    common::first_difference(&expected, &got, "")
                        .or_else(|| common::first_difference(&got, &expected, ""))
                        .unwrap_or_default()
                ));
                continue;
            }
            // No value holds a piece of furniture.
            let mut all = Vec::new();
            strings(
                &serde_json::to_value(&imported.rmp).expect("serialises"),
                &mut all,
            );
            for furniture in [
                "皮下注 医薬品リスク管理計画書",
                "管理計画書（26ページ）",
                "安全対策調査会",
                "Page ",
                "頁",
                "中外製薬株式会社　",
                "/26",
            ] {
                if let Some(s) = all.iter().find(|s| s.contains(furniture)) {
                    failures.push(format!("{name}: {furniture:?} in a value: {s}"));
                }
            }
            // The same account of the lines: what the same text without pages places is placed.
            let placed = |r: &rmp_import::Report| r.tally().placed;
            if placed(&imported.report) != placed(&plain.report) {
                failures.push(format!(
                    "{name}: {} lines placed, the plain text {}",
                    placed(&imported.report),
                    placed(&plain.report)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
