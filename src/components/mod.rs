//! Leptos components: the viewer's screens.
// Data from a file must never panic the viewer: no unwrap, expect, panic or unchecked indexing here.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod activity_page;
mod app;
mod board;
mod chart;
mod context;
mod download;
mod draft;
mod error_panel;
mod incidence_table;
mod link;
mod lists;
mod load;
mod matrix;
mod notice;
mod overview;
mod plan;
mod reveal;
mod risk_card;
mod search;
mod source;
mod summary;
mod timeline;
mod viewer;

pub use app::App;
pub use notice::{Notice, Notify};
pub use source::{Source, INLINE};
pub use viewer::Viewer;
