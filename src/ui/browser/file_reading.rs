//! Reading a picked or dropped file.

use wasm_bindgen_futures::JsFuture;

/// A file whose reading has started.
pub struct Reading {
    name: String,
    bytes: JsFuture,
}

/// Starts reading a file, refusing anything over `max_bytes` before reading
/// it. Many files read at once when each is started before any is awaited.
pub fn start(file: &web_sys::File, max_bytes: usize) -> Result<Reading, String> {
    let size = file.size();
    if size > max_bytes as f64 {
        return Err(format!(
            "“{}” is {} bytes, over the limit of {max_bytes} bytes ({} MiB)",
            file.name(),
            size as u64,
            max_bytes >> 20
        ));
    }
    Ok(Reading {
        name: file.name(),
        bytes: JsFuture::from(file.array_buffer()),
    })
}

/// The file's text: refused unless it is valid UTF-8 (a browser's own text
/// reading would silently replace such bytes); a leading BOM is dropped.
pub async fn finish(reading: Reading) -> Result<String, String> {
    let Reading { name, bytes } = reading;
    let buffer = bytes
        .await
        .map_err(|_| format!("“{name}” could not be read"))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = String::from_utf8(bytes).map_err(|_| format!("“{name}” is not UTF-8 text"))?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

/// Reads a picked or dropped file as UTF-8 text (see [`start`], [`finish`]).
pub async fn read_text(file: web_sys::File, max_bytes: usize) -> Result<String, String> {
    finish(start(&file, max_bytes)?).await
}
