//! The same text, extracted another way, imports into the same document:
//! lines re-wrapped at widths from 20 to 200 characters, blank lines
//! removed, `，` and `、` swapped, full-width and half-width digits swapped.
//! "The same" is the normal form of `common::normal`: whitespace, comma and
//! digit widths, and paragraph breaks aside, every string and every number.

mod common;

use common::{breakable, first_difference, fixture, import_value, normal, rewrap};

fn swap_commas(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '，' => '、',
            '、' => '，',
            c => c,
        })
        .collect()
}

fn swap_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect()
}

fn check(name: &str, text: &str, expected: &serde_json::Value) {
    let got = normal(&import_value(text));
    if let Some(d) = first_difference(expected, &got, "") {
        panic!("{name}: {d}");
    }
}

#[test]
fn rewrapped_text_imports_into_the_same_document() {
    let seed = fixture("lunsumio-2026-03-23.txt");
    let expected = normal(&import_value(&seed));
    for width in (20..=200).step_by(10) {
        check(&format!("width {width}"), &rewrap(&seed, width), &expected);
    }
}

#[test]
fn commas_and_digit_widths_do_not_change_the_document() {
    let seed = fixture("lunsumio-2026-03-23.txt");
    let expected = normal(&import_value(&seed));
    check("、 for ，", &swap_commas(&seed), &expected);
    check("digits swapped", &swap_digits(&seed), &expected);
    check(
        "all at once, width 40",
        &rewrap(&swap_digits(&swap_commas(&seed)), 40),
        &expected,
    );
}

#[test]
fn the_wrap_keeps_numbers_whole() {
    assert_eq!(
        rewrap("abc 41（45.6%） 9\n\n次", 7),
        "abc 41\n（45.6%） \n9\n次\n"
    );
    // Every break the wrap makes in the seed's lines is one the rules allow.
    for line in fixture("lunsumio-2026-03-23.txt").lines() {
        let wrapped = rewrap(line, 20);
        for pair in wrapped.lines().collect::<Vec<_>>().windows(2) {
            let (a, b) = (pair[0].chars().last(), pair[1].chars().next());
            assert!(
                a == Some(' ') || a.zip(b).is_none_or(|(a, b)| breakable(a, b)),
                "a break the rules forbid: {pair:?}"
            );
        }
    }
}

#[test]
fn windows_line_ends_tabs_and_form_feeds_do_not_change_the_document() {
    let seed = fixture("lunsumio-2026-03-23.txt");
    let expected = normal(&import_value(&seed));
    check("CRLF", &seed.replace('\n', "\r\n"), &expected);
    // pdftotext starts each page with a form feed; some viewers copy table cells with tabs.
    let paged: String = seed
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i % 40 == 0 {
                format!("\u{c}{l}\n")
            } else {
                format!("{}\n", l.replace(' ', "\t"))
            }
        })
        .collect();
    check("form feeds and tabs", &paged, &expected);
    check("a byte order mark", &format!("\u{feff}{seed}"), &expected);
}
