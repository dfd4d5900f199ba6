//! Leptos components: the viewer's screens.

mod app;
mod board;
mod chart;
mod download;
mod error_panel;
mod incidence_table;
mod load;
mod matrix;
mod notice;
mod overview;
mod reveal;
mod risk_card;
mod search;
mod summary;
mod timeline;
mod viewer;

pub use app::App;
pub use notice::{Notice, Notify};
pub use viewer::{Source, Viewer};
