//! The pure core: no leptos, no web-sys; tested natively and shared by the
//! browser app and the command line. Dependencies point one way:
//!
//! - `model`: the question bank as data, answers, the saved state, levels;
//! - `rules`: what the answers mean (scoring, the verdict, DORA bands, the
//!   decision chain, roadmap, targets, crosswalk, teams, history), reading the
//!   model only;
//! - `formats`: how results travel (links, files, Markdown), reading the model
//!   and the rules;
//! - `support`: small helpers every layer may use (time, text, sorting).

pub mod formats;
pub mod model;
pub mod rules;
pub mod support;

#[cfg(test)]
mod testing;
