//! The seed's text imports into the hand transcription (`data/lunsumio.json`):
//! agreement field by field, and every incidence cell identical or withheld.

mod common;

use common::{agreement, cells, fixture, import_value};

#[test]
fn the_seed_imports_into_the_transcription() {
    let imported = import_value(&fixture("lunsumio-2026-03-23.txt"));
    let expected = rmp_testkit::dataset_value();
    let a = agreement(&expected, &imported);
    print!("{}", a.table());
    assert!(
        a.differences.is_empty(),
        "fields that differ from the transcription:\n{:#?}",
        a.differences
    );
    assert!(a.total > 800, "only {} fields compared", a.total);
}

#[test]
fn every_incidence_cell_is_identical_or_withheld() {
    let imported = import_value(&fixture("lunsumio-2026-03-23.txt"));
    let expected = rmp_testkit::dataset_value();
    let c = cells(&expected, &imported);
    println!(
        "incidence cells: {} identical, {} withheld, {} wrong (of {})",
        c.identical, c.withheld, c.wrong, c.expected
    );
    assert_eq!(c.wrong, 0, "a wrong number is worse than a missing one");
    assert_eq!(c.expected, 144);
    assert_eq!(c.identical, 144, "aim at all 144");
}

#[test]
fn the_seed_draft_is_valid_and_says_what_to_review() {
    let imported =
        rmp_import::import(&fixture("lunsumio-2026-03-23.txt"), "lunsumio.txt").expect("imports");
    let diagnostics = rmp_model::validate(&imported.rmp);
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let draft = imported.rmp.import_draft.as_ref().expect("a draft");
    assert_eq!(draft.source, "lunsumio.txt");
    // The printed 16.6% that 15/90 does not give, and the spanning column
    // headers, split by a rule the reviewer checks against the PDF.
    assert!(draft.review.iter().any(|r| r.what.contains("16.6%")));
    assert!(draft.review.iter().any(|r| r
        .what
        .contains("「点滴静注」 2 cohorts, 「皮下注」 4 cohorts")));
    // Every line is accounted for; none left unread.
    let t = imported.report.tally();
    assert_eq!(t.not_placed, 0, "{}", imported.report.markdown());
    assert_eq!(
        t.placed + t.structure + t.dropped + t.blank,
        imported.report.lines.len()
    );
}
