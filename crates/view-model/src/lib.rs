//! Pure functions from the model to what a reader or a tool sees. No web types.
// Data from a file must never panic the viewer: no unwrap, expect, panic or unchecked indexing here.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

pub mod activity;
pub mod board;
pub mod catalog;
pub mod chart;
pub mod checklist;
pub mod diff;
pub mod estimate;
mod folding;
pub mod incidence_rows;
mod labels;
pub mod lookup;
pub mod matrix;
pub mod notes;
pub mod number;
pub mod open;
pub mod portal_text;
pub mod print;
pub mod route;
pub mod search;
pub mod table;
pub mod text;
pub mod timeline;
pub mod trust;
