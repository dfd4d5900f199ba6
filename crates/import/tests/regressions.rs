//! Inputs the importer's fuzz target once failed on (`tests/regressions/`),
//! replayed through the same checks: a refusal, or a valid draft that parses
//! back, with every line accounted for.

use rmp_import::{import_bytes, Fate};

#[test]
fn inputs_the_fuzzer_found_import_into_valid_drafts() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("the regressions folder") {
        let path = entry.expect("listed").path();
        let bytes = std::fs::read(&path).expect("readable");
        n += 1;
        let Ok(imported) = import_bytes(&bytes, "regression.txt") else {
            continue;
        };
        let errors: Vec<_> = rmp_model::validate(&imported.rmp)
            .into_iter()
            .filter(|d| d.is_error())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        let json = serde_json::to_string(&imported.rmp).expect("serialises");
        assert_eq!(rmp_model::parse(&json).expect("parses back"), imported.rmp);
        assert!(imported.report.lines.iter().all(|l| l.fate != Fate::Unread));
    }
    assert!(n >= 3, "{n} regressions");
}
