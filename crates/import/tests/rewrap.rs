//! The same text, extracted another way, imports into the same document:
//! lines re-wrapped at widths from 20 to 200 characters, blank lines
//! removed, `，` and `、` swapped, full-width and half-width digits swapped.
//! "The same" is the normal form of `common::normal`: whitespace, comma and
//! digit widths, and paragraph breaks aside, every string and every number.

mod common;

use common::{first_difference, fixture, import_value, normal};

/// Half-width letters, digits and the marks inside numbers: a wrap never splits them.
fn word(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '.' | ',' | '%' | '+' | '-' | '/' | '*')
        || ('０'..='９').contains(&c)
}

/// Where a line may break: not inside a number or a Latin word, and, as
/// Japanese typesetting (禁則処理) has it, not after an opening bracket nor
/// before a closing one or a punctuation mark.
fn breakable(a: char, b: char) -> bool {
    let inside_word = word(a) && word(b);
    let opens = "（(「【〈［".contains(a);
    let closes = "）)」】〉］，、。％%：:".contains(b);
    !(inside_word || opens || closes)
}

/// Breaks every line longer than `width` characters, as a PDF renderer
/// would: between Japanese characters or at spaces, never inside a number
/// or a Latin word, by the rules of 禁則処理; blank lines dropped.
fn rewrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let chars: Vec<char> = line.trim().chars().collect();
        let mut start = 0;
        while chars.len() - start > width {
            let mut cut = start + width;
            while cut > start + 1 && !breakable(chars[cut - 1], chars[cut]) {
                cut -= 1;
            }
            if cut == start + 1 {
                cut = start + width;
                while cut < chars.len() && !breakable(chars[cut - 1], chars[cut]) {
                    cut += 1;
                }
            }
            out.extend(&chars[start..cut]);
            start = cut;
            // Spaces at a break stay at the end of the line, as extraction gives them.
            while start < chars.len() && chars[start] == ' ' {
                out.push(' ');
                start += 1;
            }
            out.push('\n');
        }
        out.extend(&chars[start..]);
        out.push('\n');
    }
    out
}

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
