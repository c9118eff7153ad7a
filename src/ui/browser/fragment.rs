//! The one module that reads and writes the URL fragment (after `#`), where
//! shared results travel: fragments never reach a web server.

use leptos::prelude::*;

/// The current fragment without the `#`.
pub fn read() -> String {
    let hash = window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Removes the fragment without reloading or adding a history entry.
pub fn clear() {
    let location = window().location();
    let without = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&without));
    }
}

/// This page's address with the given fragment: works for hosted pages at
/// any path and for a file opened from disk.
pub fn url_with(fragment: &str) -> String {
    let href = window().location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// Calls `changed` with the new fragment when it changes while the page is open.
pub fn on_change(changed: impl Fn(String) + 'static) {
    // Dropping the handle keeps the listener: it lives as long as the page.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| changed(read()));
}
