//! What is not an RMP's text gets a clear message, never a panic or a document.

use rmp_import::{import, import_bytes, ImportError};

#[test]
fn empty_text_is_refused() {
    assert_eq!(import("", "x").err(), Some(ImportError::Empty));
    assert_eq!(import(" \n\u{3000}\n", "x").err(), Some(ImportError::Empty));
}

#[test]
fn a_pdf_is_refused_with_how_to_get_its_text() {
    let e = import_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "x.pdf").err();
    assert_eq!(e, Some(ImportError::Pdf));
    let message = e.map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("pdftotext"), "{message}");
}

#[test]
fn binary_bytes_are_refused_with_the_offset() {
    assert_eq!(
        import_bytes(b"abc\xff\xfe", "x").err(),
        Some(ImportError::NotText { offset: 3 })
    );
    assert!(matches!(
        import("ab\0cd", "x"),
        Err(ImportError::NotText { .. })
    ));
}

#[test]
fn text_that_is_not_an_rmp_is_refused() {
    for text in [
        "吾輩は猫である。名前はまだ無い。\nどこで生れたかとんと見当がつかぬ。",
        "Lorem ipsum dolor sit amet.\n1. 2. 3.",
        "{\"format_version\": 1}",
    ] {
        assert_eq!(
            import(text, "x").err(),
            Some(ImportError::NotAnRmp),
            "{text}"
        );
    }
}

#[test]
fn a_50_mb_file_is_refused_unread() {
    let big = vec![b'a'; 50 * 1024 * 1024];
    let e = import_bytes(&big, "big.txt").err();
    assert_eq!(e, Some(ImportError::TooLarge { bytes: big.len() }));
    assert!(e
        .map(|e| e.to_string())
        .unwrap_or_default()
        .contains("16 MB"));
}

#[test]
fn pieces_of_a_real_text_never_panic() {
    // Every prefix and suffix at 97 cut points: a document or a refusal.
    let seed = include_str!("fixtures/lunsumio-2026-03-23.txt");
    let cuts: Vec<usize> = seed
        .char_indices()
        .map(|(i, _)| i)
        .step_by(seed.chars().count() / 97)
        .collect();
    for &c in &cuts {
        for part in [&seed[..c], &seed[c..]] {
            if let Ok(i) = import(part, "x") {
                assert!(
                    rmp_model::validate(&i.rmp).iter().all(|d| !d.is_error()),
                    "cut at {c}"
                );
            }
        }
    }
}

#[test]
fn text_without_line_breaks_is_told_so() {
    let seed = include_str!("fixtures/lunsumio-2026-03-23.txt");
    let joined: String = seed.lines().map(str::trim).collect();
    match import(&joined, "joined.txt") {
        Err(e) => {
            assert!(matches!(e, ImportError::NoLineBreaks { .. }), "{e}");
            assert!(e.to_string().contains("line breaks"), "{e}");
        }
        Ok(i) => {
            let first = &i.rmp.import_draft.expect("a draft").review[0].what;
            assert!(
                first.contains("改行") && first.contains("line breaks"),
                "{first}"
            );
        }
    }
}

#[test]
fn a_text_mostly_not_understood_says_so_first_with_the_share_placed() {
    let seed = include_str!("fixtures/lunsumio-2026-03-23.txt");
    let head: Vec<&str> = seed.lines().take(60).collect();
    let prose = "本報告書は社内の検討会での議論をまとめたものであり、製品の安全性に関する新たな知見を含まない。\n".repeat(300);
    let i = import(&format!("{}\n{prose}", head.join("\n")), "mixed.txt").expect("a draft");
    let first = &i.rmp.import_draft.expect("a draft").review[0].what;
    assert!(
        first.starts_with("このテキストの大部分は RMP として読めませんでした"),
        "{first}"
    );
    assert!(
        first.contains("% of its") && first.contains("Likely cause"),
        "{first}"
    );
    // The seed itself is understood: no such item.
    let seed_draft = import(seed, "seed.txt")
        .expect("a draft")
        .rmp
        .import_draft
        .expect("a draft");
    assert!(seed_draft
        .review
        .iter()
        .all(|r| !r.what.contains("could not be read as an RMP")));
}
