//! The landing as HTML, rendered natively at build time from the same views
//! the app mounts, so the static first paint and the app cannot drift.

use leptos::prelude::*;

use crate::ui::frame::landing::Landing;
use crate::ui::frame::offline_line::OfflineOffer;
use crate::ui::frame::shell::Frame;
use crate::ui::nav::{Navigation, Page};

/// The body markup a first-time visitor sees: hosted (`in_the_file` false)
/// or inside the single offline file.
pub fn landing_html(in_the_file: bool) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let (page, go) = signal(Page::Landing);
        let nav = Navigation { go, page };
        let offer = Signal::stored(if in_the_file {
            OfflineOffer::InTheFile
        } else {
            OfflineOffer::Download
        });
        view! {
            <Frame nav=nav offline=offer notices=|| ()>
                <Landing resume=Signal::stored(None) offline=offer/>
            </Frame>
        }
        .to_html()
    })
}
