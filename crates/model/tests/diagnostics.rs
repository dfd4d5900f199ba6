//! One fixture per diagnostic code: each mutates the dataset in one place
//! and asserts the code, severity and path of what the validator reports.
#![cfg(not(target_arch = "wasm32"))]

use rmp_model::{parse, validate, Diagnostic, Severity};
use rmp_testkit::*;
use serde_json::{json, Value};

fn diagnose(doc: &Value) -> Vec<Diagnostic> {
    let rmp = parse(&doc.to_string()).expect("the fixture still parses");
    validate(&rmp)
        .into_iter()
        .filter(|d| d.code != "percent-mismatch" || !d.path.contains("identified_risks[2]"))
        .collect()
}

fn assert_one(doc: &Value, severity: Severity, code: &str, path: &str) {
    let found = diagnose(doc);
    assert!(
        found
            .iter()
            .any(|d| d.severity == severity && d.code == code && d.path == path),
        "expected {severity:?} {code} at {path}, got {found:#?}"
    );
}

const CRS: &str = "/safety_specification/identified_risks/0";
const CRS_TABLE: &str = "/safety_specification/identified_risks/0/incidence/0";

#[test]
fn the_dataset_alone_has_no_other_diagnostic() {
    assert_eq!(diagnose(&dataset_value()), vec![]);
}

#[test]
fn percent_mismatch() {
    let mut doc = dataset_value();
    set(
        &mut doc,
        &format!("{CRS_TABLE}/events/0/grades/0/cells/0/percent"),
        json!("45.5"),
    );
    assert_one(&doc, Severity::Warning, "percent-mismatch", "safety_specification.identified_risks[0].incidence[0].events[0].grades[0].cells[0].percent");
}

#[test]
fn count_exceeds_denominator() {
    let mut doc = dataset_value();
    set(
        &mut doc,
        &format!("{CRS_TABLE}/events/0/grades/0/cells/3"),
        json!({"n": 6, "percent": "120.0"}),
    );
    assert_one(
        &doc,
        Severity::Warning,
        "count-exceeds-denominator",
        "safety_specification.identified_risks[0].incidence[0].events[0].grades[0].cells[3].n",
    );
}

#[test]
fn date_order() {
    let mut doc = dataset_value();
    set(
        &mut doc,
        "/pv_plan/additional/1/plan/periods/0/end",
        json!("2024-12-31"),
    );
    assert_one(
        &doc,
        Severity::Warning,
        "date-order",
        "pv_plan.additional[1].plan.periods[0].end",
    );
}

#[test]
fn partial_dates_in_the_same_month_are_in_order() {
    let mut doc = dataset_value();
    set(
        &mut doc,
        "/pv_plan/additional/1/plan/periods/0/end",
        json!("2025-04-01"),
    );
    assert!(diagnose(&doc).is_empty());
}

#[test]
fn summary_mismatch_both_ways() {
    let mut doc = dataset_value();
    let items = doc
        .pointer_mut("/summary/identified_risks")
        .unwrap()
        .as_array_mut()
        .unwrap();
    items.remove(5); // 血球減少 no longer in the summary
    assert_one(
        &doc,
        Severity::Warning,
        "summary-mismatch",
        "summary.identified_risks",
    );
    let mut doc = dataset_value();
    // The summary names the CRS concern as a potential risk too.
    set(
        &mut doc,
        "/summary/potential_risks",
        json!([{"name": "サイトカイン放出症候群", "ref": "crs"}]),
    );
    assert_one(
        &doc,
        Severity::Warning,
        "summary-mismatch",
        "summary.potential_risks[0]",
    );
}

#[test]
fn duplicate_id() {
    let mut doc = dataset_value();
    set(
        &mut doc,
        "/safety_specification/identified_risks/1/id",
        json!("crs"),
    );
    assert_one(
        &doc,
        Severity::Error,
        "duplicate-id",
        "safety_specification.identified_risks[1].id",
    );
    let mut doc = dataset_value();
    set(&mut doc, "/rm_plan/additional/1/id", json!("lun2501"));
    assert_one(
        &doc,
        Severity::Error,
        "duplicate-id",
        "rm_plan.additional[1].id",
    );
}

#[test]
fn dangling_references() {
    let mut doc = dataset_value();
    set(
        &mut doc,
        &format!("{CRS}/pv/additional/0"),
        json!("lun9999"),
    );
    assert_one(
        &doc,
        Severity::Error,
        "dangling-reference",
        "safety_specification.identified_risks[0].pv.additional[0]",
    );
    let mut doc = dataset_value();
    set(
        &mut doc,
        "/rm_plan/additional/3/safety_concerns/0",
        json!("nope"),
    );
    assert_one(
        &doc,
        Severity::Error,
        "dangling-reference",
        "rm_plan.additional[3].safety_concerns[0]",
    );
    let mut doc = dataset_value();
    set(&mut doc, "/summary/rm_additional/0/ref", json!("nothing"));
    assert_one(
        &doc,
        Severity::Error,
        "dangling-reference",
        "summary.rm_additional[0].ref",
    );
    let mut doc = dataset_value();
    set(
        &mut doc,
        &format!("{CRS_TABLE}/events/0/notes"),
        json!(["*9"]),
    );
    assert_one(
        &doc,
        Severity::Error,
        "dangling-reference",
        "safety_specification.identified_risks[0].incidence[0].events[0].notes[0]",
    );
    let mut doc = dataset_value();
    set(&mut doc, "/overview/indications/0/products/1", json!("p9"));
    assert_one(
        &doc,
        Severity::Error,
        "dangling-reference",
        "overview.indications[0].products[1]",
    );
}

#[test]
fn table_shape() {
    let mut doc = dataset_value();
    doc.pointer_mut(&format!("{CRS_TABLE}/events/1/grades/0/cells"))
        .unwrap()
        .as_array_mut()
        .unwrap()
        .pop();
    assert_one(
        &doc,
        Severity::Error,
        "table-shape",
        "safety_specification.identified_risks[0].incidence[0].events[1].grades[0].cells",
    );
}

#[test]
fn invalid_percent_and_zero_denominator() {
    let mut doc = dataset_value();
    set(
        &mut doc,
        &format!("{CRS_TABLE}/events/0/grades/0/cells/0/percent"),
        json!("45,6"),
    );
    assert_one(&doc, Severity::Error, "invalid-percent", "safety_specification.identified_risks[0].incidence[0].events[0].grades[0].cells[0].percent");
    let mut doc = dataset_value();
    set(
        &mut doc,
        &format!("{CRS_TABLE}/column_groups/1/cohorts/1/n"),
        json!(0),
    );
    assert_one(
        &doc,
        Severity::Error,
        "zero-denominator",
        "safety_specification.identified_risks[0].incidence[0].column_groups[1].cohorts[1].n",
    );
}

#[test]
fn invalid_dates_and_ids() {
    let mut doc = dataset_value();
    set(&mut doc, "/document/submitted/date", json!("2026-02-30"));
    assert_one(
        &doc,
        Severity::Error,
        "invalid-date",
        "document.submitted.date",
    );
    let mut doc = dataset_value();
    set(
        &mut doc,
        "/lists/pv/additional/0/report_date",
        json!("2025/11"),
    );
    assert_one(
        &doc,
        Severity::Error,
        "invalid-date",
        "lists.pv.additional[0].report_date",
    );
    let mut doc = dataset_value();
    set(&mut doc, &format!("{CRS}/id"), json!("CRS risk"));
    set(
        &mut doc,
        "/summary/identified_risks/0/ref",
        json!("CRS risk"),
    );
    assert_one(
        &doc,
        Severity::Error,
        "invalid-id",
        "safety_specification.identified_risks[0].id",
    );
}

#[test]
fn status_label_and_list_mismatch() {
    let mut doc = dataset_value();
    set(
        &mut doc,
        "/lists/rm/additional/2/status_label",
        json!("終了"),
    );
    assert_one(
        &doc,
        Severity::Warning,
        "status-label-mismatch",
        "lists.rm.additional[2].status_label",
    );
    let mut doc = dataset_value();
    doc.pointer_mut("/lists/rm/additional")
        .unwrap()
        .as_array_mut()
        .unwrap()
        .remove(4);
    assert_one(
        &doc,
        Severity::Warning,
        "list-mismatch",
        "rm_plan.additional[3]",
    );
}

#[test]
fn unsupported_version_and_missing_grade_label() {
    let mut doc = dataset_value();
    set(&mut doc, "/format_version", json!(2));
    assert_one(
        &doc,
        Severity::Error,
        "unsupported-version",
        "format_version",
    );
    let mut doc = dataset_value();
    set(
        &mut doc,
        &format!("{CRS_TABLE}/events/1/grades/1/grade"),
        json!("other"),
    );
    assert_one(
        &doc,
        Severity::Error,
        "missing-label",
        "safety_specification.identified_risks[0].incidence[0].events[1].grades[1].label",
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut doc = dataset_value();
    set(
        &mut doc,
        "/safety_specification/identified_risks/1/id",
        json!("crs"),
    );
    set(&mut doc, "/document/submitted/date", json!("2026-13-01"));
    set(
        &mut doc,
        &format!("{CRS_TABLE}/events/0/grades/0/cells/0/percent"),
        json!("45.5"),
    );
    let found = diagnose(&doc);
    let codes: Vec<&str> = found.iter().map(|d| d.code.as_str()).collect();
    for code in ["duplicate-id", "invalid-date", "percent-mismatch"] {
        assert!(codes.contains(&code), "{codes:?}");
    }
    // Errors come before warnings.
    let first_warning = found
        .iter()
        .position(|d| d.severity == Severity::Warning)
        .unwrap();
    assert!(found[..first_warning].iter().all(Diagnostic::is_error));
}

// ----- parse errors: code, path and position -----

fn parse_error(text: &str) -> Diagnostic {
    parse(text).expect_err("the text must be refused")
}

#[test]
fn empty_and_not_json() {
    assert_eq!(parse_error("").code, "empty");
    assert_eq!(parse_error("  \n ").code, "empty");
    let e = parse_error("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>");
    assert_eq!(
        (e.code.as_str(), e.position),
        ("not-json", Some(rmp_model::Position { line: 1, column: 1 }))
    );
    assert_eq!(parse_error("[1, 2]").code, "not-rmp");
    assert_eq!(parse_error(r#"{"name": "a package.json"}"#).code, "not-rmp");
}

#[test]
fn truncated_and_syntax() {
    let truncated = &DATASET[..DATASET.len() / 2];
    assert_eq!(parse_error(truncated).code, "truncated");
    let e = parse_error("{\n  \"format_version\": 1,\n  \"document\": {,}\n}");
    assert_eq!(
        (e.code.as_str(), e.position.map(|p| p.line)),
        ("syntax", Some(3))
    );
}

#[test]
fn structural_errors_name_path_and_position() {
    let mut doc = dataset_value();
    remove(
        &mut doc,
        "/safety_specification/identified_risks/3",
        "reason",
    );
    let e = parse_error(&serde_json::to_string_pretty(&doc).unwrap());
    assert_eq!(e.code, "missing-field");
    assert_eq!(e.path, "safety_specification.identified_risks[3]");
    assert!(
        e.message.contains("reason") && e.position.is_some_and(|p| p.line > 1),
        "{e}"
    );

    let mut doc = dataset_value();
    set(&mut doc, "/lists/rm/additional/1/status", json!("paused"));
    let e = parse_error(&serde_json::to_string_pretty(&doc).unwrap());
    assert_eq!(e.code, "unknown-variant");
    assert_eq!(e.path, "lists.rm.additional[1].status");
    assert!(
        e.message.contains("paused") && e.message.contains("ongoing"),
        "{e}"
    );

    let mut doc = dataset_value();
    set(
        &mut doc,
        &format!("{CRS_TABLE}/column_groups/0/cohorts/0/n"),
        json!("90"),
    );
    let e = parse_error(&doc.to_string());
    assert_eq!(
        (e.code.as_str(), e.path.as_str()),
        (
            "invalid-type",
            "safety_specification.identified_risks[0].incidence[0].column_groups[0].cohorts[0].n"
        )
    );

    let mut doc = dataset_value();
    set(
        &mut doc,
        &format!("{CRS_TABLE}/column_groups/0/cohorts/0/n"),
        json!(-3),
    );
    assert_eq!(parse_error(&doc.to_string()).code, "invalid-value");
    set(
        &mut doc,
        &format!("{CRS_TABLE}/column_groups/0/cohorts/0/n"),
        json!(1e20),
    );
    assert_eq!(parse_error(&doc.to_string()).code, "invalid-type");

    let mut doc = dataset_value();
    doc.pointer_mut("/document")
        .unwrap()
        .as_object_mut()
        .unwrap()
        .insert("titel".into(), json!("typo"));
    let e = parse_error(&doc.to_string());
    assert_eq!(
        (e.code.as_str(), e.path.as_str()),
        ("unknown-field", "document.titel")
    );
}

#[test]
fn limits_bom_and_encoding() {
    let deep = format!("{}{}", "[".repeat(1000), "]".repeat(1000));
    let e = parse_error(&format!("{{\"format_version\": {deep}}}"));
    assert_eq!(e.code, "too-deep");
    let e = rmp_model::parse_bytes(&vec![b' '; rmp_model::MAX_INPUT_BYTES + 1]).unwrap_err();
    assert_eq!(e.code, "too-large");
    let mut bytes = DATASET.as_bytes().to_vec();
    bytes.insert(40, 0xff);
    let e = rmp_model::parse_bytes(&bytes).unwrap_err();
    // Byte 40 is on line 3: "{\n" and the format_version line come before it.
    assert_eq!(
        (e.code.as_str(), e.position.map(|p| p.line)),
        ("encoding", Some(3))
    );
    // Bytes that stop inside a character were cut off, not mis-encoded.
    let cut = DATASET
        .char_indices()
        .find(|(_, c)| c.len_utf8() > 1)
        .unwrap()
        .0
        + 1;
    let e = rmp_model::parse_bytes(&DATASET.as_bytes()[..cut]).unwrap_err();
    assert_eq!(e.code, "truncated");
    // A byte-order mark is tolerated.
    assert!(parse(&format!("\u{feff}{DATASET}")).is_ok());
    // A PDF, or any binary file, says what it is rather than where its bytes break.
    let e = rmp_model::parse_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj").unwrap_err();
    assert_eq!(e.code, "pdf");
    assert!(e.message.contains("import its text"), "{}", e.message);
    let e = rmp_model::parse_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
    assert_eq!(e.code, "encoding");
    assert!(e.message.contains("binary file"), "{}", e.message);
}

#[test]
fn hidden_characters_in_names() {
    let mut doc = dataset_value();
    set(
        &mut doc,
        &format!("{CRS}/name"),
        json!("サイトカイン\u{202E}放出症候群"),
    );
    set(
        &mut doc,
        "/pv_plan/additional/0/name",
        json!("製造販売後\u{200B}調査"),
    );
    assert_one(
        &doc,
        Severity::Warning,
        "hidden-character",
        "safety_specification.identified_risks[0].name",
    );
    assert_one(
        &doc,
        Severity::Warning,
        "hidden-character",
        "pv_plan.additional[0].name",
    );
    let found = diagnose(&doc);
    let message = &found
        .iter()
        .find(|d| d.code == "hidden-character")
        .unwrap()
        .message;
    assert!(message.contains("U+202E"), "{message}");
    assert!(message.contains("text-direction"), "{message}");
}

/// A synthetic document of this size (generated from the dataset).
fn synthetic(risks: usize, cohorts: usize, events: usize, activities: usize) -> Value {
    use rmp_testkit::{synth, SynthSize};
    let size = SynthSize {
        risks,
        cohorts,
        events,
        activities,
        seed: 1,
    };
    synth(&dataset_value(), size)
}

#[test]
fn count_limits_refuse_at_the_first_item_beyond() {
    use rmp_model::{MAX_ACTIVITIES, MAX_CELLS, MAX_CONCERNS, MAX_MATRIX_CELLS};
    // Concerns: the 1,001st is named.
    let found = diagnose(&synthetic(MAX_CONCERNS + 1, 1, 1, 10));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].code.as_str(), found[0].path.as_str()),
        (
            "too-many-concerns",
            "safety_specification.identified_risks[1000]"
        )
    );
    // Activities: counted over the outline and the lists.
    let found = diagnose(&synthetic(6, 1, 1, MAX_ACTIVITIES));
    assert!(
        found
            .iter()
            .any(|d| d.code == "too-many-activities" && d.path.starts_with("lists.")),
        "{found:#?}"
    );
    // The risk × activity matrix.
    let found = diagnose(&synthetic(300, 1, 1, 200));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].code, "matrix-too-large");
    assert!(found[0].message.contains(&MAX_MATRIX_CELLS.to_string()));
    // Cells: located at the table that passes the limit.
    let found = diagnose(&synthetic(90, 200, 10, 10));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].code, "too-many-cells");
    assert!(found[0].message.contains(&MAX_CELLS.to_string()));
    assert!(
        found[0].path.ends_with("].incidence[0]"),
        "{}",
        found[0].path
    );
}
