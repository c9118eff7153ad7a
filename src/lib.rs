//! devops-maturity: a DevOps maturity self-assessment.
//!
//! `core` is plain Rust (no leptos, no web-sys) and is what native tests and
//! the command line use; `ui` is the thin Leptos layer, built only for wasm32.

pub mod core;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;
