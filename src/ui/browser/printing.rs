//! Printing gives the whole report: every closed disclosure opens before the
//! browser lays out the pages and closes again afterwards.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

const MARK: &str = "data-print-opened";

fn closed_disclosures() -> Vec<web_sys::HtmlDetailsElement> {
    let Ok(list) = document().query_selector_all("details:not([open])") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .collect()
}

/// Installs the listeners once, for the page's life.
pub fn install() {
    // Dropping the handles keeps the listeners.
    let _ = window_event_listener(leptos::ev::beforeprint, |_| {
        for details in closed_disclosures() {
            let _ = details.set_attribute(MARK, "");
            details.set_open(true);
        }
    });
    let _ = window_event_listener(leptos::ev::afterprint, |_| {
        let Ok(list) = document().query_selector_all(&format!("details[{MARK}]")) else {
            return;
        };
        for node in (0..list.length()).filter_map(|i| list.item(i)) {
            if let Ok(details) = node.dyn_into::<web_sys::HtmlDetailsElement>() {
                details.set_open(false);
                let _ = details.remove_attribute(MARK);
            }
        }
    });
}
