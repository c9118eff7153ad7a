//! The layout's rules, checked on the source: dependencies point one way.
//!
//! - the core never names the UI or a web crate;
//! - `support` uses nothing of the core, `model` only `support`, `rules` never
//!   `formats`;
//! - no screen or part imports the app shell (`ui/app.rs`): screens take the
//!   page and navigation from `ui/nav.rs`;
//! - the organisation view (`ui/org`) and the app share only the core and
//!   the browser helpers;
//! - the frame, rendered natively at build time, touches no browser API.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

fn source(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    rust_files(&root.join(dir))
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.strip_prefix(root).unwrap().display().to_string();
            (name, text)
        })
        .collect()
}

/// Every place a file names a layer it must not use.
fn violations(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (name, text) in source(dir) {
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in forbidden {
                if code.contains(word) {
                    found.push(format!("{name}:{}: {}", number + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn the_core_never_names_the_ui_or_a_web_crate() {
    let found = violations(
        "src/core",
        &["crate::ui", "leptos", "web_sys", "wasm_bindgen", "js_sys"],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn core_layers_point_one_way() {
    let support = violations(
        "src/core/support",
        &["core::model", "core::rules", "core::formats"],
    );
    let model = violations("src/core/model", &["core::rules", "core::formats"]);
    let rules = violations("src/core/rules", &["core::formats"]);
    for found in [support, model, rules] {
        assert!(found.is_empty(), "{found:#?}");
    }
}

#[test]
fn screens_and_parts_never_import_the_app_shell() {
    let mut found = violations("src/ui/screens", &["ui::app::"]);
    found.extend(violations("src/ui/parts", &["ui::app::", "ui::screens"]));
    found.extend(violations(
        "src/ui/browser",
        &["ui::app::", "ui::screens", "ui::parts", "ui::org"],
    ));
    assert!(found.is_empty(), "{found:#?}");
}

/// The organisation view is a binary of its own: it shares the core and the
/// browser helpers with the app, never the app's shell, state or screens,
/// so neither drags the other into its wasm.
#[test]
fn the_organisation_view_and_the_app_stay_apart() {
    let mut found = violations(
        "src/ui/org",
        &[
            "ui::app::",
            "ui::app_state",
            "ui::screens",
            "ui::parts",
            "ui::nav",
        ],
    );
    for dir in ["src/ui/screens", "src/ui/parts", "src/ui/frame"] {
        found.extend(violations(dir, &["ui::org"]));
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// The frame is also rendered natively at build time, so it may use the core,
/// Leptos and the navigation, nothing that needs a browser or the app.
#[test]
fn the_prerendered_frame_needs_no_browser() {
    let found = violations(
        "src/ui/frame",
        &[
            "web_sys",
            "wasm_bindgen",
            "js_sys",
            "ui::browser",
            "ui::app",
            "ui::screens",
            "ui::parts",
            "window()",
            "document()",
        ],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_checks_see_the_files_they_check() {
    // A typo in a folder name would make every check above pass on nothing.
    for dir in [
        "src/core/support",
        "src/core/model",
        "src/core/rules",
        "src/ui/screens",
        "src/ui/parts",
        "src/ui/browser",
        "src/ui/frame",
    ] {
        assert!(source(dir).len() >= 3, "{dir}");
    }
    assert!(
        !violations("src/ui/screens", &["ui::nav::"]).is_empty(),
        "screens use nav"
    );
}
