//! The fuzzing seeds, the kept corpus (`fuzz/corpus/`) and every failing
//! input the fuzzers ever found (`fuzz/regressions/`), replayed through the same checks as the fuzz
//! targets: opening answers with a document or a located problem, and a
//! document that opens goes through the view model.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use rmp_testkit::{check_refusal, walk};
use rmp_view_model::board::board_items;
use rmp_view_model::open::open;
use rmp_view_model::table::layout;

fn inputs() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut out = Vec::new();
    for dir in ["seeds", "regressions", "corpus/open", "corpus/view_model"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("listed").path();
            if path.is_file() && path.file_name().is_some_and(|n| n != ".keep") {
                let bytes = std::fs::read(&path).expect("readable");
                out.push((path.display().to_string(), bytes));
            }
        }
    }
    out
}

#[test]
fn seeds_and_regressions_open_or_are_refused_with_a_place() {
    let inputs = inputs();
    assert!(inputs.len() >= 5, "the seeds are there");
    let mut opened = 0;
    for (name, bytes) in &inputs {
        eprintln!("{name}");
        match open(bytes) {
            Err(refusal) => check_refusal(&refusal, bytes),
            Ok(doc) => {
                opened += 1;
                let rmp = doc.rmp;
                walk(&rmp, &["感染症", "lun2501"]);
                // Beyond the walk: every kept input that opens has a board and tables with rows.
                assert!(!board_items(&rmp).is_empty(), "{name}");
                for (_, c) in rmp.concerns() {
                    for t in &c.incidence {
                        assert!(!layout(t).rows.is_empty(), "{name}");
                    }
                }
            }
        }
    }
    assert!(opened >= 2, "the dataset seeds open");
}
