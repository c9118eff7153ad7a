//! End-to-end tests: the release build in `dist/` in real headless Chromium.
//!
//! They need `trunk build --release` output and ChromeDriver, so they are
//! ignored by a plain `cargo test`; `scripts/test.sh` builds and runs them.
#![cfg(not(target_arch = "wasm32"))]

mod support;

#[path = "../common/calibration.rs"]
#[allow(dead_code)]
mod calibration_set;

mod accessibility;
mod calibration;
mod dora;
mod first_paint;
mod first_time;
mod harness;
mod history;
mod hostile;
mod landing;
mod nothing_lost;
mod offline;
mod org;
mod questionnaire;
mod routes;
mod screens;
mod sharing;
mod storage_faults;
mod team;
