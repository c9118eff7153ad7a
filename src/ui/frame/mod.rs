//! What the page shows before the wasm has started: the frame (header,
//! notice area, footer) and the landing. These views need nothing of the
//! browser, so the build also renders them natively (`prerender`) into
//! `index.html`; the app then mounts the very same views over that markup.

pub mod landing;
pub mod offline_line;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod shell;
