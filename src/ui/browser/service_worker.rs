//! The service worker of the hosted app, and whether this is the single file.

use leptos::prelude::*;

/// Whether the page runs from a downloaded file rather than a web server.
pub fn is_local_file() -> bool {
    window().location().protocol().is_ok_and(|p| p == "file:")
}

/// Registers sw.js so a returning visitor can use the app offline. Only in
/// release builds (sw.js is made by the release build) and only over http(s):
/// service workers do not run from file://.
pub fn register_service_worker() {
    if cfg!(debug_assertions) || is_local_file() {
        return;
    }
    let promise = window().navigator().service_worker().register("./sw.js");
    leptos::task::spawn_local(async move {
        // Without it the app still works online; nothing to tell the person.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}
