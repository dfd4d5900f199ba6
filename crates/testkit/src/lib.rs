//! For tests, fuzzing and measurements, never for the viewer: the Lunsumio
//! dataset and helpers to make fixtures of it, deterministic synthetic RMPs
//! ([`synth`]), other products made of one RMP's text ([`other_product`]), and one walk of every view-model function ([`walk`]).

mod fixtures;
mod products;
mod synth;
mod walk;

pub use fixtures::*;
pub use products::{other_product, OtherProduct};
pub use synth::{synth, SynthSize};
pub use walk::{check_refusal, open_and_walk, walk};
