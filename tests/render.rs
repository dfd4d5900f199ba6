//! `rmp render`: the viewer drawn natively to HTML carries every sentence and
//! number of the document, on pages reached by in-page links, before any script.
#![cfg(not(target_arch = "wasm32"))]

use rmp_viewer::render::{fragment, page, viewer_html, Render};

fn lunsumio() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lunsumio.json"))
        .unwrap_or_default()
}

/// Every string in the document, as the page must carry it (HTML-escaped).
fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        // Ids and ISO dates are the document's plumbing (a printed date is drawn as printed).
        serde_json::Value::String(s) if !plumbing(s) => out.push(
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;"),
        ),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

fn plumbing(s: &str) -> bool {
    s.trim().is_empty()
        || s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

#[test]
fn every_incidence_cell_is_drawn_ahead_as_printed() {
    let json = lunsumio();
    let html = viewer_html(&json, &Render::default());
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    let mut cells = 0;
    for risk in doc["safety_specification"]["identified_risks"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let name = risk["name"].as_str().unwrap_or_default();
        assert!(
            html.contains(&format!(
                "data-risk=\"{}\"",
                risk["id"].as_str().unwrap_or_default()
            )),
            "{name}: a card"
        );
        for table in risk["incidence"].as_array().into_iter().flatten() {
            for event in table["events"].as_array().into_iter().flatten() {
                for grade in event["grades"].as_array().into_iter().flatten() {
                    for cell in grade["cells"].as_array().into_iter().flatten() {
                        let text = match cell["percent"].as_str() {
                            Some(p) => format!("{}（{}%）", cell["n"], p),
                            None => cell["n"].to_string(),
                        };
                        assert!(html.contains(&text), "{name}: {text}");
                        cells += 1;
                    }
                }
            }
        }
    }
    assert_eq!(cells, 144);
}

#[test]
fn the_page_carries_every_string_of_the_document_on_screen() {
    let json = lunsumio();
    let html = viewer_html(&json, &Render::default());
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    let mut all = Vec::new();
    // The strings a reader reads (ids and codes are the document's plumbing).
    for part in [
        "summary",
        "overview",
        "safety_specification",
        "pv_plan",
        "rm_plan",
        "pv_list",
        "rm_list",
    ] {
        strings(&doc[part], &mut all);
    }
    assert!(all.len() > 300, "{} strings", all.len());
    let missing: Vec<&String> = all.iter().filter(|s| !html.contains(s.as_str())).collect();
    assert!(missing.is_empty(), "not drawn: {missing:?}");
}

#[test]
fn every_page_is_a_section_reached_by_its_fragment() {
    let html = viewer_html(&lunsumio(), &Render::default());
    for id in [
        "summary",
        "overview",
        "risks",
        "board",
        "matrix",
        "plan",
        "activity/lun2501",
        "activity/routine-pv",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "section {id}");
        assert!(
            html.contains(&format!("href=\"#{id}\"")) || id.starts_with("activity/routine"),
            "a link to {id}"
        );
    }
    assert!(html.contains("id=\"summary\" class=\"rmp-page rmp-page-first\""));
    assert!(html.contains("class=\"rmp-static-note\""));
}

#[test]
fn the_page_and_the_fragment_carry_the_document_for_the_takeover() {
    let json = lunsumio();
    let html = page(&json, &Render::default());
    assert!(html.contains("<script type=\"application/json\" id=\"rmp-data\">"));
    assert!(html.contains("<title>RMP Viewer — ルンスミオ 医薬品リスク管理計画書</title>"));
    assert!(html.contains("<noscript><style>"));
    // Opened at a place, that page shows from the first paint: a classic
    // script in the head, by its address beside the bundle's other files,
    // and no script or style inline for a strict policy to refuse.
    let head = html.split("</head>").next().unwrap_or_default();
    assert!(head.contains("<script src=\"opened-at.js\"></script>"));
    assert!(!html.contains("<script>"), "no inline script");
    assert!(!html.contains(" style="), "no style attribute");
    let elsewhere = page(
        &json,
        &Render {
            assets: "/rmp/".into(),
            ..Render::default()
        },
    );
    assert!(elsewhere.contains("<script src=\"/rmp/opened-at.js\"></script>"));
    assert!(
        !html.contains("rmp-loading"),
        "no loading message where the document is"
    );
    let part = fragment(&json, &Render::default());
    assert!(part.starts_with("<rmp-viewer lang=\"ja\"><template shadowrootmode=\"open\"><style>"));
    assert!(part.contains("</template><script type=\"application/json\">"));
    // "<" never appears inside the data script.
    let data = part
        .split("<script type=\"application/json\">")
        .nth(1)
        .unwrap_or_default();
    let data = data.split("</script>").next().unwrap_or_default();
    assert!(!data.contains('<'));
}

#[test]
fn the_timeline_drawn_ahead_marks_the_day_the_page_was_made_not_today() {
    let html = viewer_html(&lunsumio(), &Render::default());
    // Read on a later day, the mark would be wrong as "today": it says what it is.
    assert!(
        html.contains("このページの作成日: "),
        "the legend names the day the page was made"
    );
    assert!(
        html.contains(r#"rmp-tl-now""#) && !html.contains(">今日<"),
        "the axis mark is not called today"
    );
}

#[test]
fn the_markup_has_no_hydration_marks_nor_empty_cell_classes_and_keeps_text_that_looks_like_one() {
    // "<!>" in the document's text (a reason, a cohort's label, which is also
    // each cell's data-col attribute) is text, and stays.
    let json = lunsumio()
        .replacen("サイトカイン放出症候群", "サイトカイン<!>放出症候群", 1)
        .replacen("拡大コホート", "拡大<!>コホート", 1);
    assert!(
        json.matches("<!>").count() == 2,
        "the test document has the marks"
    );
    let html = viewer_html(&json, &Render::default());
    assert!(!html.contains("<!>"), "no empty comment is left");
    // An incidence cell carries a class only when flagged.
    assert!(
        html.split("<td data-col=")
            .skip(1)
            .all(|cell| !cell[..cell.find('>').unwrap_or(0)].contains("class=\"\"")),
        "no empty class attribute on a cell"
    );
    assert!(
        html.matches("&lt;!&gt;").count() >= 2,
        "the document's own <!> is drawn as text"
    );
}

/// The values of attribute `name` in `html` (double-quoted, as drawn).
fn attribute_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let key = format!(" {name}=\"");
    html.match_indices(&key)
        .filter_map(|(at, _)| {
            let rest = &html[at + key.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn no_id_is_on_the_page_twice_and_every_reference_in_it_finds_its_element() {
    for route in ["summary", "risks", "plan"] {
        let how = Render {
            route: rmp_view_model::route::Route::parse(&format!("#{route}")),
            ..Render::default()
        };
        let html = viewer_html(&lunsumio(), &how);
        let ids = attribute_values(&html, "id");
        let mut seen = std::collections::HashSet::new();
        let twice: Vec<&str> = ids.iter().copied().filter(|id| !seen.insert(*id)).collect();
        assert!(twice.is_empty(), "drawn at {route}, ids twice: {twice:?}");
        // The full plan repeats the cards, the overview and the activity
        // pages: its copies have ids of their own.
        for id in [
            "plan-risk/crs",
            "plan-rmp-overview",
            "plan-activity-lun2501",
        ] {
            assert!(seen.contains(id), "{id}");
        }
        let references = [
            "aria-controls",
            "aria-labelledby",
            "aria-describedby",
            "for",
        ]
        .into_iter()
        .flat_map(|name| attribute_values(&html, name))
        .flat_map(str::split_whitespace)
        .chain(
            attribute_values(&html, "href")
                .into_iter()
                .filter_map(|href| href.strip_prefix('#')),
        );
        let lost: Vec<&str> = references.filter(|r| !seen.contains(r)).collect();
        assert!(
            lost.is_empty(),
            "drawn at {route}, references to nothing: {lost:?}"
        );
    }
}

/// A draft imported from section 1 of the seed's text alone: what the text
/// does not hold says so where the document would say なし.
#[test]
fn a_draft_says_not_in_the_imported_text_where_its_text_is_silent() {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/import/tests/fixtures/lunsumio-2026-03-23.txt"
    ))
    .unwrap_or_default();
    let lines: Vec<&str> = seed.lines().collect();
    let from = lines
        .iter()
        .position(|l| l.contains("１. 医薬品リスク管理計画の概要"));
    let to = lines
        .iter()
        .position(|l| l.contains("２. 医薬品安全性監視計画の概要"));
    let (Some(from), Some(to)) = (from, to) else {
        panic!("the seed's text has sections 1 and 2");
    };
    let imported =
        rmp_import::import(&lines[from..to].join("\n"), "section-1.txt").expect("imports");
    let absent = imported
        .rmp
        .import_draft
        .as_ref()
        .map(|d| d.absent.clone())
        .unwrap_or_default();
    for part in [
        "/summary",
        "/change_history",
        "/pv_plan",
        "/rm_plan",
        "/lists/efficacy",
    ] {
        assert!(
            absent.iter().any(|a| part.starts_with(a.as_str())),
            "{part} is absent: {absent:?}"
        );
    }
    let json = serde_json::to_string(&imported.rmp).expect("serialises");
    let html = viewer_html(&json, &Render::default());
    for shown in [
        "/summary/identified_risks",
        "/summary/pv_additional",
        "/change_history",
        "/pv_plan",
        "/rm_plan",
        "/lists/efficacy",
    ] {
        assert!(
            html.contains(&format!("data-absent=\"{shown}\"")),
            "{shown} says it is not in the text"
        );
    }
    assert!(html.contains("取り込んだテキストにありません"));
    // なし stays where the text says so: the concerns of section 1 are all there.
    let seed_html = viewer_html(&lunsumio(), &Render::default());
    assert!(!seed_html.contains("data-absent"));
}

/// The day in Japan now, `YYYY-MM-DD`, worked out here on its own (UTC + 9 h, civil date).
fn day_in_japan() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        + 9 * 3600;
    let mut days = secs / 86_400;
    let mut year = 1970;
    let leap = |y: u64| (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    while days >= if leap(year) { 366 } else { 365 } {
        days -= if leap(year) { 366 } else { 365 };
        year += 1;
    }
    let lengths = [
        31,
        if leap(year) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut month = 0;
    while days >= lengths[month] {
        days -= lengths[month];
        month += 1;
    }
    format!("{year:04}-{:02}-{:02}", month + 1, days + 1)
}

#[test]
fn a_page_drawn_ahead_is_stamped_with_the_day_in_japan() {
    let before = day_in_japan();
    let html = viewer_html(&lunsumio(), &Render::default());
    let after = day_in_japan();
    assert!(
        html.contains(&format!("このページの作成日: {before}"))
            || html.contains(&format!("このページの作成日: {after}")),
        "the page is stamped {before} (the day in Japan), not the day in UTC"
    );
}
