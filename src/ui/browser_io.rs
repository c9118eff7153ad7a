//! Clipboard, downloads and reading picked or dropped files.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Copies text to the clipboard; the error is for the person.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let promise = window().navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| {
        "the browser did not allow copying; select the text and copy it by hand".into()
    })
}

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

/// Copies text, then says in `status` whether `what` was copied.
pub fn copy_and_report(text: String, what: &'static str, status: WriteSignal<String>) {
    leptos::task::spawn_local(async move {
        match copy_text(&text).await {
            Ok(()) => status.set(format!("{what} copied to the clipboard.")),
            Err(e) => status.set(format!("Could not copy: {e}.")),
        }
    });
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

/// Reads a picked or dropped file as UTF-8 text, refusing anything over
/// `max_bytes` before reading it, and anything that is not valid UTF-8 (a
/// browser's own text reading would silently replace such bytes).
pub async fn read_text(file: web_sys::File, max_bytes: usize) -> Result<String, String> {
    let size = file.size();
    if size > max_bytes as f64 {
        return Err(format!(
            "“{}” is {} bytes, over the limit of {max_bytes} bytes (1 MiB)",
            file.name(),
            size as u64
        ));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("“{}” could not be read", file.name()))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text =
        String::from_utf8(bytes).map_err(|_| format!("“{}” is not UTF-8 text", file.name()))?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}
