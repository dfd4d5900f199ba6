//! Any bytes into the importer: a refusal, or a draft that is a valid
//! document (it parses back and has no validation error) with every input
//! line accounted for in its report. Never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(imported) = rmp_import::import_bytes(bytes, "fuzz.txt") else {
        return;
    };
    let errors: Vec<_> = rmp_model::validate(&imported.rmp)
        .into_iter()
        .filter(|d| d.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let json = serde_json::to_string(&imported.rmp).expect("serialises");
    let back = rmp_model::parse(&json).expect("the draft parses back");
    assert_eq!(back, imported.rmp);
    let text = std::str::from_utf8(bytes).expect("imported text is UTF-8");
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    assert_eq!(imported.report.lines.len(), text.lines().count());
    assert!(imported
        .report
        .lines
        .iter()
        .all(|l| l.fate != rmp_import::Fate::Unread));
});
