//! The landing the build prerendered into `index.html` (see `ui/frame`).

use leptos::prelude::*;

/// Removes the prerendered markup so the app can mount the same views in
/// its place. Both happen before the browser paints again, so nothing moves.
/// `<noscript>` and the scripts stay: everything else in `<body>` is the
/// prerender's.
pub fn remove() {
    let Some(body) = document().body() else {
        return;
    };
    let children = body.children();
    let prerendered: Vec<web_sys::Element> = (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|el| !matches!(el.tag_name().as_str(), "NOSCRIPT" | "SCRIPT"))
        .collect();
    for element in prerendered {
        element.remove();
    }
}

/// Marks `<html data-app="started">`: the prerendered page and the app look
/// the same, and this says which one is answering (tests wait for it).
pub fn mark_started() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "started");
    }
}
