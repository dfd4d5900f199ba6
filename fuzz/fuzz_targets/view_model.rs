//! A document that opens goes through every view-model function the screen
//! uses; the input's first line is also the search query and the route.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rmp_viewer::model::{MAX_CELLS, MAX_CONCERNS};
use rmp_viewer::view_model::activity::activity_pages;
use rmp_viewer::view_model::board::{board_items, columns, BoardFilter};
use rmp_viewer::view_model::chart::chart;
use rmp_viewer::view_model::incidence_rows::all_records;
use rmp_viewer::view_model::matrix::matrix;
use rmp_viewer::view_model::open::open;
use rmp_viewer::view_model::route::Route;
use rmp_viewer::view_model::search::SearchIndex;
use rmp_viewer::view_model::table::{csv_text, layout};
use rmp_viewer::view_model::timeline::timeline;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let query = text.lines().next().unwrap_or("");
    let _ = Route::parse(query).element_id();
    let Ok(opened) = open(bytes) else { return };
    let rmp = &opened.rmp;
    // A document that opens is within the count limits.
    assert!(rmp.concerns().count() <= MAX_CONCERNS && rmp.cell_count() <= MAX_CELLS);
    let items = board_items(rmp);
    let _ = columns(&items, &BoardFilter::default());
    let m = matrix(rmp, &items);
    for (_, c) in rmp.concerns() {
        let _ = m.activities_for(&c.id);
        for t in &c.incidence {
            let _ = chart(&layout(t)).describe();
        }
    }
    let records = all_records(rmp);
    let csv = csv_text(&records);
    assert!(csv.matches("\r\n").count() > records.len());
    let _ = timeline(rmp, 20261124);
    assert_eq!(activity_pages(rmp).len(), items.len());
    let _ = SearchIndex::new(rmp).search(query, 50);
});
