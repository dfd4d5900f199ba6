//! Pure functions from the model to what a reader or a tool sees. No web types.

pub mod board;
pub mod chart;
pub mod incidence_rows;
pub mod matrix;
pub mod open;
pub mod route;
pub mod search;
pub mod table;
pub mod text;
pub mod timeline;
