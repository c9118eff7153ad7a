//! The one module that reads and writes the URL fragment (after `#`), where
//! shared results travel: fragments never reach a web server.

use leptos::prelude::*;

use crate::core::formats::share_url::{self, ShareAddress, PUBLIC_ADDRESS_META};

/// The current fragment without the `#`.
pub fn read() -> String {
    let hash = window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// The page's address with this fragment (none when empty).
fn address(fragment: &str) -> String {
    let location = window().location();
    let base = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if fragment.is_empty() {
        base
    } else {
        format!("{base}#{fragment}")
    }
}

/// Removes the fragment without reloading or adding a history entry.
pub fn clear() {
    replace("");
}

/// Sets the fragment in place of the current entry (no back step, no event).
pub fn replace(fragment: &str) {
    if let Ok(history) = window().history() {
        let url = address(fragment);
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Sets the fragment as a new history entry, so back returns here (no
/// event: the caller already shows what it names).
pub fn push(fragment: &str) {
    if let Ok(history) = window().history() {
        let url = address(fragment);
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The link that opens this fragment, safe to paste into Markdown and chat
/// (`share_url`): this page's address on a host (at any path); in the
/// offline file, the hosted app's public address it carries, or the file
/// itself, said to open only on this computer.
pub fn share_address(fragment: &str) -> ShareAddress {
    let href = window().location().href().unwrap_or_default();
    let public = document()
        .query_selector(&format!("meta[name=\"{PUBLIC_ADDRESS_META}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"));
    share_url::share_address(&href, public.as_deref(), fragment)
}

/// Calls `changed` with the new fragment when it changes while the page is open.
pub fn on_change(changed: impl Fn(String) + 'static) {
    // Dropping the handle keeps the listener: it lives as long as the page.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| changed(read()));
}

/// Whether this page's start script can load the organisation view: the
/// release build marks it with a `<meta>` (scripts/postbuild.mjs).
pub fn org_view_built() -> bool {
    document()
        .query_selector("meta[name=\"devops-maturity-org\"]")
        .ok()
        .flatten()
        .is_some()
}
