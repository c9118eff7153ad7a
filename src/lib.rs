//! devops-maturity: a DevOps maturity self-assessment.
//!
//! `core` is plain Rust (no leptos, no web-sys) and is what native tests and
//! the command line use; `ui` is the thin Leptos layer, built for wasm32 (and
//! natively only its browser-free `frame`, for the build's `prerender` step).

pub mod core;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;
