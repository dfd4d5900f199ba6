//! Properties over generated documents: synthetic RMPs of random sizes and
//! seeds, with arbitrary text and counts written into them.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rmp_model::parse;
use rmp_testkit::*;
use rmp_view_model::incidence_rows::{all_records, spreadsheet_safe};
use rmp_view_model::table::csv_text;
use serde_json::{json, Value};

/// A document to try: a synthetic RMP with text and counts overwritten.
#[derive(Debug, Clone)]
struct Case {
    size: SynthSize,
    /// (which concern, text) for a concern's name, here and in the summary.
    concern_name: (usize, String),
    cohort_label: String,
    event_label: String,
    activity_name: String,
    paragraph: String,
    /// (which cell, its count), counts possibly over the cohort's N.
    count: (usize, u32),
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[<>&\"',\\r\\n\u{202E}\u{200B}\u{FEFF}a-zあ-ん]{0,12}",
        Just("<script>alert(1)</script>".to_string()),
        Just(String::new()),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    let size = (6usize..10, 1usize..5, 1usize..4, 10usize..16, any::<u64>()).prop_map(
        |(risks, cohorts, events, activities, seed)| SynthSize {
            risks,
            cohorts,
            events,
            activities,
            seed,
        },
    );
    (
        size,
        (any::<usize>(), text()),
        text(),
        text(),
        text(),
        text(),
        (any::<usize>(), 0u32..400),
    )
        .prop_map(
            |(size, concern_name, cohort_label, event_label, activity_name, paragraph, count)| {
                Case {
                    size,
                    concern_name,
                    cohort_label,
                    event_label,
                    activity_name,
                    paragraph,
                    count,
                }
            },
        )
}

fn build(case: &Case) -> String {
    let mut doc = synth(&dataset_value(), case.size);
    let risks = "/safety_specification/identified_risks";
    let k = case.concern_name.0 % case.size.risks;
    set(
        &mut doc,
        &format!("{risks}/{k}/name"),
        json!(case.concern_name.1),
    );
    set(
        &mut doc,
        &format!("/summary/identified_risks/{k}/name"),
        json!(case.concern_name.1),
    );
    let last = case.size.risks - 1;
    let table = format!("{risks}/{last}/incidence/0");
    set(
        &mut doc,
        &format!("{table}/column_groups/0/cohorts/0/label"),
        json!(case.cohort_label),
    );
    set(
        &mut doc,
        &format!("{table}/events/0/label"),
        json!(case.event_label),
    );
    set(
        &mut doc,
        &format!("{risks}/{last}/reason/0"),
        json!(case.paragraph),
    );
    let cells = case.size.cohorts;
    let cell = case.count.0 % cells;
    set(
        &mut doc,
        &format!("{table}/events/0/grades/0/cells/{cell}"),
        json!({ "n": case.count.1 }),
    );
    if let Some(list) = doc
        .pointer_mut("/lists/pv/additional")
        .and_then(Value::as_array_mut)
    {
        if let Some(last) = list.last_mut() {
            last["name"] = json!(case.activity_name);
        }
    }
    doc.to_string()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whatever is written into it, a document either opens and every view
    /// model function accepts it, or is refused with a message.
    #[test]
    fn a_valid_model_renders_in_the_view_model(case in case(), query in text(), fragment in text()) {
        let text = build(&case);
        open_and_walk(text.as_bytes(), &[&query, &case.concern_name.1, &fragment]);
    }

    /// The CSV export has exactly one row per incidence cell, and reading it
    /// back gives each cell's count.
    #[test]
    fn csv_has_one_row_per_cell(case in case()) {
        let text = build(&case);
        let rmp = parse(&text).expect("a synthetic document parses");
        let records = all_records(&rmp);
        prop_assert_eq!(records.len(), rmp.cell_count());
        let csv = csv_text(&records);
        let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("RFC 4180");
        prop_assert_eq!(rows.len(), records.len());
        for (row, record) in rows.iter().zip(&records) {
            let (event, cohort) = (spreadsheet_safe(record.event), spreadsheet_safe(record.cohort));
            prop_assert_eq!(row.get(1), Some(event.as_str()));
            prop_assert_eq!(row.get(4), Some(cohort.as_str()));
            let n = record.n.to_string();
            prop_assert_eq!(row.get(7), Some(n.as_str()));
        }
    }

    /// Serialising a parsed model and parsing it again gives the same model.
    #[test]
    fn serialise_then_parse_is_identity(case in case()) {
        let rmp = parse(&build(&case)).expect("a synthetic document parses");
        let compact = serde_json::to_string(&rmp).expect("serialises");
        prop_assert_eq!(&parse(&compact).expect("parses again"), &rmp);
        let pretty = serde_json::to_string_pretty(&rmp).expect("serialises");
        prop_assert_eq!(&parse(&pretty).expect("parses again"), &rmp);
    }
}
