//! "Download for offline use" on the hosted app: the offline file with this
//! page's address filled in, so links copied in the file open for others.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::formats::share_url;
use crate::ui::browser::download;

/// Downloads `file` (the offline file, from this page's folder) stamped
/// with this page's address; when that fails, the file as it is, as the
/// plain link would.
pub fn download_offline_file(file: &'static str) {
    let href = window().location().href().unwrap_or_default();
    leptos::task::spawn_local(async move {
        let stamped = fetch_text(file)
            .await
            .and_then(|html| share_url::stamp_offline_file(&html, &href));
        let done = stamped.is_some_and(|html| download::download(file, "text/html", &html).is_ok());
        if !done {
            plain_download(file);
        }
    });
}

async fn fetch_text(url: &str) -> Option<String> {
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

fn plain_download(file: &str) {
    if let Ok(anchor) = document().create_element("a") {
        let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(file);
        anchor.set_download(file);
        anchor.click();
    }
}
