//! The thin Leptos layer: components render state derived from `crate::core`.
//!
//! - `app`: the shell (header, screen, footer); `nav`: the screens and moving
//!   between them; `app_state`: the reactive state shared through context;
//! - `screens/`: one file or folder a screen;
//! - `parts/`: components several screens use;
//! - `browser/`: everything that touches the browser, one concern a file
//!   (`local_storage` alone touches storage, `fragment` alone the address).

mod app;
mod app_state;
pub mod browser;
mod nav;
mod parts;
mod screens;

pub use app::App;

/// Starts the app on `<body>`; called once from `main` in the browser.
pub fn mount() {
    browser::crash_notice::install();
    leptos::mount::mount_to_body(App);
    browser::printing::install();
    browser::service_worker::register_service_worker();
}
