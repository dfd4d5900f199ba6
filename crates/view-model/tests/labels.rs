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
