//! A document that opens goes through every view-model function the screen
//! uses (the walk shared with the properties and the corpus replay); the
//! input's first line is also the search query and the route.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let query = text.lines().next().unwrap_or("");
    rmp_testkit::open_and_walk(bytes, &[query]);
});
