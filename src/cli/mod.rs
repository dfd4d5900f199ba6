//! What the `rmp` command-line tool does, as functions it and the tests share.

mod describe;
mod export;
mod read;
mod synth;

pub use describe::describe;
pub use export::write_csv;
pub use read::{load, read_file, Loaded};
pub use synth::{synth, SynthSize};

/// The JSON Schema (2020-12) of the model, generated from the types.
pub fn schema() -> serde_json::Value {
    let schema = schemars::schema_for!(crate::model::Rmp);
    serde_json::to_value(schema).unwrap_or_default()
}
