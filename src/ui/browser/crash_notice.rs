//! When the app panics, a visible message instead of a frozen page, with the
//! saved answers one click away. Built with plain DOM calls: after a panic the
//! reactive system cannot be trusted.

use wasm_bindgen::JsCast;

use crate::ui::browser::{download, local_storage};

const NOTICE_ID: &str = "crash-notice";

/// Shows the message after the usual console report of the panic.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_notice();
    }));
}

/// Puts the "something went wrong" message on the page (once).
pub fn show_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(NOTICE_ID).is_some() {
        return;
    }
    let Some(body) = document.body() else {
        return;
    };
    let Ok(notice) = document.create_element("div") else {
        return;
    };
    notice.set_id(NOTICE_ID);
    let _ = notice.set_attribute("role", "alert");
    notice.set_inner_html(
        "<h2>Something went wrong</h2>\
         <p>The app hit an unexpected error and stopped. Your answers saved in this browser \
         are not affected: reload the page to carry on. You can also keep a copy of them \
         first.</p>",
    );
    if let Some(saved) = local_storage::read_raw() {
        if let Some(link) = download_link(&document, &saved) {
            let _ = notice.append_child(&link);
        }
    }
    if let Ok(reload) = document.create_element("a") {
        reload.set_text_content(Some("Reload the page"));
        let _ = reload.set_attribute("href", "");
        let _ = notice.append_child(&reload);
    }
    let _ = body.prepend_with_node_1(&notice);
}

fn download_link(document: &web_sys::Document, data: &str) -> Option<web_sys::Element> {
    let url = download::object_url(data, "application/json")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download("devops-maturity-saved-answers.json");
    link.set_text_content(Some("Download my saved answers"));
    Some(link.into())
}
