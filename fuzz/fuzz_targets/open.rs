//! Any bytes: parsing and validation answer with a document or a located
//! problem, never a panic, and a problem's position lies inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rmp_view_model::open::open;

fuzz_target!(|bytes: &[u8]| {
    if let Err(problem) = open(bytes) {
        rmp_testkit::check_refusal(&problem, bytes);
    }
});
