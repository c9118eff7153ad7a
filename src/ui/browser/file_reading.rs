//! Reading a picked or dropped file.

use wasm_bindgen_futures::JsFuture;

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
