//! What the offline line offers here, following the browser's connection.

use leptos::prelude::*;

use crate::ui::browser::service_worker::is_local_file;
use crate::ui::frame::offline_line::OfflineOffer;

/// The download link online, a note offline, nothing inside the file itself.
pub fn offline_offer() -> Signal<OfflineOffer> {
    if is_local_file() {
        return Signal::stored(OfflineOffer::InTheFile);
    }
    let online = RwSignal::new(window().navigator().on_line());
    let follow = move |_| online.set(window().navigator().on_line());
    let went_online = window_event_listener(leptos::ev::online, follow);
    let went_offline = window_event_listener(leptos::ev::offline, follow);
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });
    Signal::derive(move || {
        if online.get() {
            OfflineOffer::Download
        } else {
            OfflineOffer::WhenOnline
        }
    })
}
