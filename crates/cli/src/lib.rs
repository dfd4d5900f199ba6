//! What the `rmp` command-line tool does, as functions it and the tests share.
//! The synthetic documents of `rmp synth` come from [`rmp_testkit`].

mod catalog;
mod describe;
mod diff;
mod export;
pub mod import;
mod pdf;
mod read;

pub use catalog::catalog_dir;
pub use describe::describe;
pub use diff::diff_text;
pub use export::write_csv;
pub use read::{load, load_bytes, read_file, Loaded};

pub use rmp_model::schema;
