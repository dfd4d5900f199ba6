//! rmp-viewer: a structured, embeddable, offline viewer for Japanese Risk
//! Management Plans (医薬品リスク管理計画書).
//!
//! Layers, arrows pointing one way: [`model`] (types, parsing, validation)
//! → [`view_model`] (pure functions the screen and the tools share).

#[cfg(feature = "cli")]
pub mod cli;
#[cfg(target_arch = "wasm32")]
pub mod components;
pub mod model;
pub mod view_model;
#[cfg(target_arch = "wasm32")]
pub mod web;
