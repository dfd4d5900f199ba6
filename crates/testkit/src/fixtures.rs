//! The dataset, and helpers to make fixtures of it by changing one value.

use serde_json::Value;

/// The Lunsumio RMP, `data/lunsumio.json`.
pub const DATASET: &str = include_str!("../../../data/lunsumio.json");

/// The dataset as a JSON value, to mutate into fixtures.
pub fn dataset_value() -> Value {
    serde_json::from_str(DATASET).expect("the dataset is JSON")
}

/// Sets the value at a JSON pointer (`/safety_specification/identified_risks/0/id`).
pub fn set(doc: &mut Value, pointer: &str, value: Value) {
    *doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no value at {pointer}")) = value;
}

/// Removes a key from the object at a JSON pointer.
pub fn remove(doc: &mut Value, pointer: &str, key: &str) {
    doc.pointer_mut(pointer)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("no object at {pointer}"))
        .remove(key);
}

/// The seed document's text, when `shared/` sits beside the repository.
pub fn seed_text() -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed");
    std::fs::read_dir(&dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "txt"))
        .and_then(|p| std::fs::read_to_string(p).ok())
}
