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
mod changes;
mod chart;
mod checklist;
mod context;
mod download;
mod draft;
mod error_panel;
mod incidence_table;
mod link;
mod lists;
mod load;
mod matrix;
mod nothing;
mod notice;
mod overview;
mod plan;
#[cfg(feature = "portal")]
mod portal;
mod print;
mod reveal;
mod risk_card;
mod search;
#[cfg(feature = "portal")]
mod shelf_link;
#[cfg(feature = "portal")]
mod shelf_list;
#[cfg(feature = "portal")]
mod shelf_search;
mod source;
mod summary;
mod timeline;
mod today;
mod viewer;

pub use app::App;
pub use notice::{Notice, Notify};
#[cfg(feature = "portal")]
pub use portal::Portal;
pub use source::{set_default, Source, INLINE};
pub use viewer::Viewer;
