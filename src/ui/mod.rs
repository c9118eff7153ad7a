//! The thin Leptos layer: components render state derived from `crate::core`.
//!
//! - `frame/`: the frame and the landing, which need no browser and are also
//!   rendered natively into `index.html` for the first paint;
//! - `app`: the shell (header, screen, footer); `nav`: the screens and moving
//!   between them; `app_state`: the reactive state shared through context;
//! - `screens/`: one file or folder a screen;
//! - `parts/`: components several screens use;
//! - `org/`: the organisation view, started by its own binary;
//! - `browser/`: everything that touches the browser, one concern a file
//!   (`local_storage` alone touches storage, `fragment` alone the address).

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod app_state;
#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod frame;
mod nav;
#[cfg(target_arch = "wasm32")]
pub mod org;
#[cfg(target_arch = "wasm32")]
mod parts;
#[cfg(target_arch = "wasm32")]
mod screens;

#[cfg(target_arch = "wasm32")]
pub use app::App;

/// Starts the app on `<body>`, in place of the prerendered landing once that
/// has been painted; called once from `main` in the browser.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    browser::crash_notice::install();
    browser::prerendered::after_first_paint(|| {
        browser::prerendered::remove();
        leptos::mount::mount_to_body(App);
        browser::prerendered::mark_started();
        browser::printing::install();
        browser::service_worker::register_service_worker();
    });
}
