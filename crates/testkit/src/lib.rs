//! For tests, fuzzing and measurements, never for the viewer: the Lunsumio
//! dataset and helpers to make fixtures of it, deterministic synthetic RMPs
//! ([`synth`]), and one walk of every view-model function ([`walk`]).

mod fixtures;
mod synth;
mod walk;

pub use fixtures::*;
pub use synth::{synth, SynthSize};
pub use walk::{check_refusal, open_and_walk, walk};
