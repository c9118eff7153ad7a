//! Working without a network: the service worker of the hosted app, and the
//! link to the single-file bundle.

use leptos::prelude::*;

/// The single-file bundle, next to index.html in every release.
pub const OFFLINE_FILE: &str = "devops-maturity-offline.html";

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

/// "Download for offline use", except in the downloaded file itself. The
/// file is not in the service worker's cache (it would double every first
/// visit), so while the browser is offline the link gives way to a note.
#[component]
pub fn OfflineLink() -> impl IntoView {
    let online = RwSignal::new(window().navigator().on_line());
    let follow = move |_| online.set(window().navigator().on_line());
    let went_online = window_event_listener(leptos::ev::online, follow);
    let went_offline = window_event_listener(leptos::ev::offline, follow);
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });
    (!is_local_file()).then(|| {
        view! {
            <Show
                when=move || online.get()
                fallback=|| view! {
                    <span class="muted offline-note">
                        "Download for offline use is available when this browser is online."
                    </span>
                }
            >
                <a class="offline-link" href=OFFLINE_FILE download=OFFLINE_FILE>
                    "Download for offline use"
                </a>
                <span class="muted">" (one HTML file; open it with a double-click, no network needed)"</span>
            </Show>
        }
    })
}
