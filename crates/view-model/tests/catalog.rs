//! The catalog as a reader uses it: read back from what `rmp catalog`
//! writes, filtered (text with width and spaces ignored, concern and
//! category, one activity of a kind with a status), sorted by date,
//! searched across documents, and the previous version of a product found.
#![cfg(not(target_arch = "wasm32"))]

use rmp_model::{parse, ActivityStatus, PvKind, RmKind};
use rmp_testkit::{dataset_value, synth, SynthSize};
use rmp_view_model::catalog::{catalog, entry, ActivityKind, Filter, HitPlace, Shelf, Sort};

const PREVIOUS: &str = include_str!("../../../data/lunsumio-2026-02-25.json");

/// Lunsumio, its previous version and five synthetic products.
fn shelf() -> Shelf {
    let mut files: Vec<(String, String)> = vec![
        ("lunsumio.json".into(), dataset_value().to_string()),
        ("old/lunsumio-2026-02-25.json".into(), PREVIOUS.into()),
    ];
    for seed in 2..7 {
        let size = SynthSize {
            risks: 9,
            cohorts: 2,
            events: 1,
            activities: 16,
            seed,
        };
        files.push((
            format!("syn-{seed}.json"),
            synth(&dataset_value(), size).to_string(),
        ));
    }
    let entries = files
        .iter()
        .map(|(file, text)| entry(&parse(text).expect("parses"), file, text.as_bytes(), 0))
        .collect();
    let written = serde_json::to_vec(&catalog(entries, vec![])).expect("serialises");
    Shelf::read(&written).expect("reads back")
}

fn ids(shelf: &Shelf, found: &[usize]) -> Vec<String> {
    found
        .iter()
        .map(|i| shelf.catalog.documents[*i].id.clone())
        .collect()
}

#[test]
fn what_rmp_catalog_writes_reads_back_whole() {
    let s = shelf();
    assert_eq!(s.catalog.documents.len(), 7);
    let lunsumio = s.get("lunsumio").expect("by id");
    assert_eq!(lunsumio.concerns.len(), 6);
    assert!(lunsumio
        .activities
        .iter()
        .any(|a| a.kind == ActivityKind::Rm(RmKind::HcpMaterial)));
    assert_eq!(s.catalog.products.len(), 6);
}

#[test]
fn a_file_that_is_not_a_catalog_says_so_and_where() {
    for (bytes, line) in [
        (&b"{\"documents\": 3}"[..], 1),
        (b"[\n1,\n2]", 2),
        (
            b"{\"documents\": [], \"products\": [],\n \"problems\": [], \"x\": [}",
            2,
        ),
    ] {
        let e = Shelf::read(bytes).expect_err("refused");
        assert_eq!(e.code.as_str(), "not-catalog", "{}", e.message);
        assert_eq!(e.position.map(|p| p.line), Some(line), "{}", e.message);
    }
    let e = Shelf::read(b"\xff{}").expect_err("refused");
    assert_eq!(e.code.as_str(), "encoding");
}

#[test]
fn the_text_filter_ignores_width_case_and_spaces() {
    let s = shelf();
    let by = |text: &str| {
        ids(
            &s,
            &s.filter(&Filter {
                text: text.into(),
                ..Filter::default()
            }),
        )
    };
    assert_eq!(by("中外 製薬"), ["lunsumio", "lunsumio-2026-02-25"]);
    assert_eq!(by("ﾓｽﾈﾂｽﾞﾏﾌﾞ").len(), 0, "half-width kana is another text");
    assert_eq!(by("モスネツズマブ").len(), 2);
    assert_eq!(by("合成薬３"), ["syn-3"]);
    assert_eq!(by("").len(), 7);
    assert_eq!(by("存在しない薬").len(), 0);
}

#[test]
fn concerns_filter_by_name_and_category() {
    let s = shelf();
    let by = |concern: &str, category: Option<&str>| {
        ids(
            &s,
            &s.filter(&Filter {
                concern: concern.into(),
                category: category.map(str::to_string),
                ..Filter::default()
            }),
        )
    };
    // The synthetic products keep the template's six concerns.
    assert_eq!(by("サイトカイン放出症候群", None).len(), 7);
    assert_eq!(
        by("サイトカイン放出症候群", Some("potential_risk")),
        Vec::<String>::new()
    );
    assert_eq!(by("", Some("identified_risk")).len(), 7);
    assert_eq!(by("", Some("missing_information")).len(), 0);
    // Each synthetic product names its generated concerns from the vocabulary.
    let s2 = s.get("syn-2").expect("syn-2");
    let name = s2.concerns.last().expect("a concern").name.clone();
    let word = name.split('（').next().expect("a name");
    let expected: Vec<String> = ids(&s, &s.filter(&Filter::default()))
        .into_iter()
        .filter(|id| {
            s.get(id)
                .is_some_and(|e| e.concerns.iter().any(|c| c.name.contains(word)))
        })
        .collect();
    assert!(expected.contains(&"syn-2".to_string()));
    assert_eq!(by(word, None), expected);
}

#[test]
fn kind_and_status_are_one_activitys() {
    let s = shelf();
    let by = |kind: Option<ActivityKind>, status: Option<ActivityStatus>| {
        ids(
            &s,
            &s.filter(&Filter {
                kind,
                status,
                ..Filter::default()
            }),
        )
    };
    let eppv = Some(ActivityKind::Pv(PvKind::Eppv));
    // The subcutaneous EPPV started between the versions.
    let planned = by(eppv, Some(ActivityStatus::Planned));
    assert!(
        planned.contains(&"lunsumio-2026-02-25".to_string()),
        "{planned:?}"
    );
    assert!(!planned.contains(&"lunsumio".to_string()), "{planned:?}");
    assert!(by(eppv, Some(ActivityStatus::Ongoing)).contains(&"lunsumio".to_string()));
    // Every document that has the kind, whatever the status, and every status.
    let any = by(eppv, None);
    assert!(any.len() >= 2);
    for i in s.filter(&Filter {
        kind: Some(ActivityKind::Pv(PvKind::SpecifiedUseResultsSurvey)),
        status: Some(ActivityStatus::Ongoing),
        ..Filter::default()
    }) {
        let e = &s.catalog.documents[i];
        assert!(e.activities.iter().any(|a| a.kind
            == ActivityKind::Pv(PvKind::SpecifiedUseResultsSurvey)
            && a.status == Some(ActivityStatus::Ongoing)));
    }
    assert!(s.kinds().contains(&ActivityKind::Pv(PvKind::Eppv)));
    let order: Vec<u16> = s.kinds().iter().map(|k| k.order()).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn the_list_sorts_by_submission_date() {
    let s = shelf();
    let dates = |sort: Sort| -> Vec<String> {
        s.filter(&Filter {
            sort,
            ..Filter::default()
        })
        .iter()
        .map(|i| {
            s.catalog.documents[*i]
                .submitted
                .date
                .clone()
                .unwrap_or_default()
        })
        .collect()
    };
    let newest = dates(Sort::NewestFirst);
    let mut sorted = newest.clone();
    sorted.sort();
    sorted.reverse();
    assert_eq!(newest, sorted);
    let mut oldest = dates(Sort::OldestFirst);
    oldest.reverse();
    assert_eq!(oldest, newest);
}

#[test]
fn search_lists_every_document_and_concern_where_the_words_appear() {
    let s = shelf();
    let (hits, total) = s.search("サイトカイン 放出症候群", 100);
    assert_eq!(total, 7);
    for h in &hits {
        let e = &s.catalog.documents[h.doc];
        let HitPlace::Concern(c) = h.place else {
            panic!("{h:?}")
        };
        assert_eq!(e.concerns[c].name, "サイトカイン放出症候群");
    }
    let newest_first = ids(&s, &s.filter(&Filter::default()));
    assert_eq!(
        ids(&s, &hits.iter().map(|h| h.doc).collect::<Vec<_>>()),
        newest_first
    );
    // Activities and products too; the limit bounds the list, not the count.
    let (hits, total) = s.search("市販直後調査", 3);
    assert_eq!(hits.len(), 3);
    assert!(total > 3);
    assert!(hits
        .iter()
        .all(|h| matches!(h.place, HitPlace::Activity(_))));
    let (hits, _) = s.search("ＲＵＮＳＵＭＩＯ", 10);
    assert!(hits.is_empty(), "no such text");
    let (hits, _) = s.search("中外製薬", 10);
    assert!(hits.iter().all(|h| h.place == HitPlace::Product));
    assert_eq!(s.search("  ", 10), (vec![], 0));
}

#[test]
fn the_previous_version_is_the_one_before_in_the_same_product() {
    let s = shelf();
    assert_eq!(
        s.previous("lunsumio").map(|e| e.id.as_str()),
        Some("lunsumio-2026-02-25")
    );
    assert_eq!(s.previous("lunsumio-2026-02-25"), None);
    assert_eq!(s.previous("syn-2"), None);
    assert_eq!(s.previous("nothing"), None);
}

#[test]
fn an_older_version_knows_the_newest_one_and_the_newest_knows_none() {
    let s = shelf();
    assert_eq!(
        s.newest("lunsumio-2026-02-25").map(|e| e.id.as_str()),
        Some("lunsumio")
    );
    assert_eq!(s.newest("lunsumio"), None);
    assert_eq!(s.newest("syn-2"), None);
    assert_eq!(s.newest("nothing"), None);
}

#[test]
fn a_file_that_is_not_the_catalog_entry_is_refused() {
    use rmp_view_model::catalog::hash;
    use rmp_view_model::open::catalog_mismatch;
    let listed = b"{\"the\": \"listed document\"}";
    let expected = hash(listed);
    assert!(catalog_mismatch("a.json", "ルンスミオ", &expected, listed).is_none());
    let other = catalog_mismatch("a.json", "ルンスミオ", &expected, b"{\"another\": 1}")
        .expect("another file is refused");
    assert_eq!(other.code, rmp_model::Code::CatalogMismatch);
    assert!(
        other
            .message
            .contains("a.json is not the document the catalog lists for ルンスミオ"),
        "{}",
        other.message
    );
}
