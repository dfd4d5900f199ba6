//! Any bytes: parsing and validation answer with a document or a located
//! problem, never a panic, and a problem's position lies inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rmp_viewer::view_model::open::open;

fuzz_target!(|bytes: &[u8]| {
    if let Err(problem) = open(bytes) {
        assert!(!problem.code.is_empty() && !problem.message.is_empty());
        if let Some((line, _)) = problem.position {
            let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
            assert!(line as usize <= lines, "line {line} of {lines}");
        }
    }
});
