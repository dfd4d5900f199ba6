//! Pure functions from the model to what a reader or a tool sees.

pub mod incidence_rows;
