//! Leptos components: the viewer's screens.

mod app;
mod board;
mod incidence_table;
mod risk_card;
mod summary;

pub use app::App;
