//! rmp-viewer: the viewer of Japanese Risk Management Plans
//! (医薬品リスク管理計画書) in the browser.
//!
//! Layers, arrows pointing one way: [`rmp_model`] (types, parsing,
//! validation) → [`rmp_view_model`] (pure functions the screen and the tools
//! share) → [`components`] (Leptos) → [`web`] (the JavaScript-facing surface).
//! Natively this crate is empty: it is what wasm-pack builds.

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod web;
