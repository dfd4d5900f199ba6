//! One walk of every view-model function the screen uses, with the
//! invariants each must keep. The fuzz target, the properties and the replay
//! of the fuzzing corpus all go through it, so a new view-model function is
//! added here once.

use rmp_model::{Rmp, MAX_CELLS, MAX_CONCERNS};
use rmp_view_model::activity::activity_pages;
use rmp_view_model::board::{board_items, columns, BoardFilter};
use rmp_view_model::chart::chart;
use rmp_view_model::incidence_rows::all_records;
use rmp_view_model::matrix::matrix;
use rmp_view_model::open::{open, Refusal};
use rmp_view_model::route::Route;
use rmp_view_model::search::SearchIndex;
use rmp_view_model::table::{csv_text, layout};
use rmp_view_model::timeline::timeline;

/// The day the timeline is drawn for (2026-11-24), the same in every walk.
const TODAY: u32 = 20261124;

/// Opens `bytes` as the viewer does: a document that opens goes through
/// [`walk`]; one that does not must be refused with a code, a message, and a
/// line inside the input. Returns whether it opened.
pub fn open_and_walk(bytes: &[u8], queries: &[&str]) -> bool {
    match open(bytes) {
        Err(problem) => {
            check_refusal(&problem, bytes);
            false
        }
        Ok(opened) => {
            walk(&opened.rmp, queries);
            true
        }
    }
}

/// A refusal names a code and says what is wrong, at a line the input has.
pub fn check_refusal(refusal: &Refusal, bytes: &[u8]) {
    let problem = &refusal.error;
    assert!(problem.is_error(), "a refusal is an error");
    assert!(!problem.code.as_str().is_empty(), "a refusal has a code");
    assert!(!problem.message.is_empty(), "a refusal says what is wrong");
    if let Some(rmp_model::Position { line, .. }) = problem.position {
        let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
        assert!(line <= lines, "line {line} of {lines}");
    }
}

/// Every view-model function over a document that opened, each query
/// searched and each also read as a route.
pub fn walk(rmp: &Rmp, queries: &[&str]) {
    // A document that opens is within the count limits.
    assert!(rmp.concerns().count() <= MAX_CONCERNS && rmp.cell_count() <= MAX_CELLS);
    let items = board_items(rmp);
    let cols = columns(&items, &BoardFilter::default());
    assert!(cols.planned.len() + cols.ongoing.len() + cols.completed.len() <= items.len());
    let m = matrix(rmp, &items);
    for (_, c) in rmp.concerns() {
        let _ = m.activities_for(&c.id);
        for t in &c.incidence {
            assert!(
                !chart(&layout(t)).describe().is_empty(),
                "a chart describes itself"
            );
        }
    }
    let records = all_records(rmp);
    assert_eq!(records.len(), rmp.cell_count(), "one CSV record per cell");
    let csv = csv_text(&records);
    assert!(
        csv.matches("\r\n").count() > records.len(),
        "a header and a line per record"
    );
    let _ = timeline(rmp, TODAY);
    assert_eq!(
        activity_pages(rmp).len(),
        items.len(),
        "a page per activity"
    );
    let index = SearchIndex::new(rmp);
    for query in queries {
        let _ = index.search(query, 50);
        let _ = Route::parse(query).element_id();
    }
}
