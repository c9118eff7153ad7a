//! The line offering the single-file bundle.

use leptos::prelude::*;

/// The single-file bundle's name (scripts/postbuild.mjs writes it).
pub const OFFLINE_FILE: &str = "devops-maturity-offline.html";

/// What the offline line can offer where the page is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineOffer {
    /// Served by a host and online: the link to download the file.
    Download,
    /// Served by a host but offline: the file is not in the service worker's
    /// cache (it would double every first visit), so only a note.
    WhenOnline,
    /// This is the downloaded file itself: nothing to offer.
    InTheFile,
}

/// How the running app downloads the file (with its public address filled
/// in), provided as context; without it (the prerendered page, before the
/// app starts) the link downloads the file as it is.
#[derive(Clone, Copy)]
pub struct OfflineDownload(pub Callback<()>);

#[component]
pub fn OfflineLine(offer: Signal<OfflineOffer>) -> impl IntoView {
    let custom = use_context::<OfflineDownload>();
    let click = move |event: leptos::ev::MouseEvent| {
        if let Some(OfflineDownload(download)) = custom {
            event.prevent_default();
            download.run(());
        }
    };
    move || {
        match offer.get() {
        OfflineOffer::Download => view! {
            <a class="offline-link" href=OFFLINE_FILE download=OFFLINE_FILE on:click=click>
                "Download for offline use"
            </a>
            <span class="muted">" (one HTML file; open it with a double-click, no network needed)"</span>
        }
        .into_any(),
        OfflineOffer::WhenOnline => view! {
            <span class="muted offline-note">
                "Download for offline use is available when this browser is online."
            </span>
        }
        .into_any(),
        OfflineOffer::InTheFile => ().into_any(),
    }
    }
}
