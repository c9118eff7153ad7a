//! Copying to the clipboard, and saying whether it worked.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Copies text to the clipboard; the error is for the person.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let promise = window().navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| {
        "the browser did not allow copying; select the text and copy it by hand".into()
    })
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
