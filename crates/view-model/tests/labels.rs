//! The table of labels: every key is read by the viewer or the view model,
//! and every label has its text in both languages. The compiler cannot see
//! across crates whether a public field is read, so this reads the sources.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use rmp_view_model::portal_text;
use rmp_view_model::text::{EN, JA, KEYS};

fn sources(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("listed").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("text.rs") {
            out.push_str(&std::fs::read_to_string(&path).expect("readable"));
        }
    }
}

#[test]
fn every_label_is_read_somewhere() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    sources(&root.join("src"), &mut code);
    sources(&root.join("../../src"), &mut code);
    let text = std::fs::read_to_string(root.join("src/text.rs")).expect("text.rs")
        + &std::fs::read_to_string(root.join("src/portal_text.rs")).expect("portal_text.rs");
    // Read as `t().key`, `texts.key` or, inside text.rs, `self.key`.
    let read = |key: &str| {
        let is_read_in = |haystack: &str, prefix: &str| {
            haystack
                .match_indices(&format!("{prefix}{key}"))
                .any(|(at, m)| {
                    !haystack[at + m.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
                })
        };
        is_read_in(&code, ".") || is_read_in(&text, "self.")
    };
    let unread: Vec<&str> = KEYS
        .iter()
        .chain(portal_text::KEYS)
        .copied()
        .filter(|k| !read(k))
        .collect();
    assert!(unread.is_empty(), "labels never read: {unread:?}");
}

#[test]
fn both_languages_have_every_label() {
    let ja = format!("{JA:?}{:?}", portal_text::JA);
    let en = format!("{EN:?}{:?}", portal_text::EN);
    assert!(
        !ja.contains(": \"\"") && !en.contains(": \"\""),
        "an empty label"
    );
    assert_eq!(
        KEYS.len() + portal_text::KEYS.len(),
        ja.matches(": \"").count()
    );
}

/// Every label of a table as `(key, 日本語, English)`, read from its source.
fn rows(file: &str) -> Vec<(String, String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(file);
    let source = std::fs::read_to_string(path).expect("readable");
    source
        .lines()
        .filter_map(|l| {
            let (key, rest) = l.trim().split_once(": \"")?;
            let (ja, en) = rest.strip_suffix("\",")?.split_once("\" / \"")?;
            key.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                .then(|| (key.to_string(), ja.to_string(), en.to_string()))
        })
        .collect()
}

#[test]
fn english_labels_use_english_punctuation() {
    let all: Vec<_> = rows("text.rs")
        .into_iter()
        .chain(rows("portal_text.rs"))
        .collect();
    assert!(
        all.len() >= KEYS.len() + portal_text::KEYS.len() - 5,
        "the rows are read"
    );
    let wrong: Vec<String> = all
        .iter()
        .filter(|(_, _, en)| {
            en.contains(['：', '、', '。', '（', '）', '「', '」', '！', '？', '，'])
        })
        .map(|(k, _, en)| format!("{k}: {en}"))
        .collect();
    assert!(
        wrong.is_empty(),
        "full-width punctuation in English: {wrong:#?}"
    );
}

#[test]
fn a_count_of_one_is_singular() {
    use rmp_view_model::search::status;
    assert_eq!(status("x", 1, &EN), "1 hit");
    assert_eq!(status("x", 2, &EN), "2 hits");
    assert_eq!(status("x", 1, &JA), "1件");
}

#[test]
fn the_search_box_suggests_what_the_document_has() {
    let rmp: rmp_model::Rmp =
        serde_json::from_value(rmp_testkit::dataset_value()).expect("the dataset");
    let index = rmp_view_model::search::SearchIndex::new(&rmp);
    for t in [&JA, &EN] {
        let examples = t
            .search_placeholder
            .trim_start_matches("例：")
            .trim_start_matches("e.g. ");
        let terms: Vec<&str> = examples.split(['、', ',']).map(str::trim).collect();
        assert!(terms.len() >= 2, "{}", t.search_placeholder);
        for term in terms {
            assert!(
                !index.search(term, 10).is_empty(),
                "the placeholder suggests {term}, which finds nothing"
            );
        }
    }
}
