//! rmp-viewer: the viewer of Japanese Risk Management Plans
//! (医薬品リスク管理計画書) in the browser.
//!
//! Layers, arrows pointing one way: [`rmp_model`] (types, parsing,
//! validation) → [`rmp_view_model`] (pure functions the screen and the tools
//! share) → [`components`] (Leptos) → [`web`] (the JavaScript-facing surface).
//! wasm-pack builds it for the browser; natively, [`render`] draws the same
//! components to HTML (`rmp render`).

// The views nest deeply: their types, rendered natively to HTML, need more room.
#![recursion_limit = "512"]

pub mod components;
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
#[cfg(target_arch = "wasm32")]
pub mod web;
