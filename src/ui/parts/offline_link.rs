//! The link to the single-file bundle, which gives way to a note offline.

use leptos::prelude::*;

use crate::ui::browser::service_worker::{is_local_file, OFFLINE_FILE};

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
