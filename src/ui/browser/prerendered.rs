//! The landing the build prerendered into `index.html` (see `ui/frame`).

use leptos::prelude::*;

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// Everything in `<body>` but `<noscript>` and the scripts: the prerender's.
fn prerendered() -> Vec<web_sys::Element> {
    let Some(body) = document().body() else {
        return Vec::new();
    };
    let children = body.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|el| !matches!(el.tag_name().as_str(), "NOSCRIPT" | "SCRIPT"))
        .collect()
}

/// Runs `start` once the prerendered page has been painted (after the next
/// frame), so the first paint never waits for the app, whatever arrives
/// first; at once when nothing was prerendered (a development build). A page
/// in a background tab paints no frames, so a timer starts it there.
pub fn after_first_paint(start: impl FnOnce() + 'static) {
    if prerendered().is_empty() {
        start();
        return;
    }
    let start = Rc::new(Cell::new(Some(Box::new(start) as Box<dyn FnOnce()>)));
    let run = {
        let start = start.clone();
        move || {
            if let Some(start) = start.take() {
                start();
            }
        }
    };
    let by_frame = run.clone();
    request_animation_frame(move || request_animation_frame(by_frame));
    set_timeout(run, Duration::from_millis(250));
}

/// Removes the prerendered markup so the app can mount the same views in
/// its place. Both happen before the browser paints again, so nothing moves.
pub fn remove() {
    for element in prerendered() {
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
