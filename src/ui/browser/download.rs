//! Offering text as a file download through a `blob:` URL.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A `blob:` URL holding the text, for a download link.
pub fn object_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Offers text as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let url = object_url(text, mime).ok_or("the browser could not prepare the file")?;
    let anchor: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|_| "the browser could not start the download".to_string())?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Offers a JSON document as a download, then says in `status` how it went.
pub fn download_json_and_report(
    file_name: &str,
    document: &serde_json::Value,
    status: WriteSignal<String>,
) {
    let text = serde_json::to_string_pretty(document).unwrap_or_default();
    match download(file_name, "application/json", &text) {
        Ok(()) => status.set(format!("Downloaded {file_name}.")),
        Err(e) => status.set(format!("Could not download: {e}.")),
    }
}
