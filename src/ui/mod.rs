//! The thin Leptos layer. Components render state derived from `crate::core`;
//! `storage` alone touches local storage.

mod app;
mod assessments;
mod browser_io;
mod compare;
mod comparison;
pub mod crash;
mod fragment;
mod history;
mod import;
mod landing;
mod notices;
mod offline;
mod overview;
mod questionnaire;
mod results;
mod shared;
mod state;
mod storage;
mod team;

pub use app::App;

/// Starts the app on `<body>`; called once from `main` in the browser.
pub fn mount() {
    crash::install();
    leptos::mount::mount_to_body(App);
    offline::register_service_worker();
}
