//! Component tests in a real browser (wasm-bindgen-test + headless Chromium).
#![cfg(target_arch = "wasm32")]

use devops_maturity::core::model::bank::questionnaire;
use devops_maturity::ui::App;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container, on the start page's address (an earlier test may have
/// left a screen's address behind, and the app opens what it finds).
fn fresh_root() -> web_sys::HtmlElement {
    let path = window().location().pathname().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&leptos::wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let document = document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root.unchecked_into()
}

/// A button, or a link styled as one, by its text.
fn button_with_text(root: &web_sys::HtmlElement, text: &str) -> web_sys::HtmlElement {
    let buttons = root.query_selector_all("button, a.button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text:?}"))
        .unchecked_into()
}

/// The first heading once it reads `wanted`, or what it reads after ~2 s.
async fn wait_for_heading(root: &web_sys::HtmlElement, wanted: &str) -> String {
    let mut text = String::new();
    for _ in 0..100 {
        leptos::task::tick().await;
        let promise = js_sys::Promise::new(&mut |done, _| {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&done, 20);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        text = root
            .query_selector("h1")
            .unwrap()
            .and_then(|h| h.text_content())
            .unwrap_or_default();
        if text == wanted {
            break;
        }
    }
    text
}

#[wasm_bindgen_test]
async fn app_mounts_the_landing_and_the_questions_open_on_the_quick_start() {
    let root = fresh_root();
    leptos::mount::mount_to(root.clone(), App).forget();
    let heading = root.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(
        heading.text_content().unwrap(),
        "How mature is your software delivery, really?"
    );
    // Start is a plain link to the questionnaire's address, so it works
    // before the wasm has loaded (the end-to-end tests follow it).
    let start = button_with_text(&root, "Start the assessment");
    assert_eq!(start.get_attribute("href").as_deref(), Some("#/questions"));

    button_with_text(&root, "Questions").click();
    let heading = wait_for_heading(&root, "Quick start").await;
    assert_eq!(heading, "Quick start");
    let sections = root.query_selector_all(".section-nav li").unwrap();
    assert_eq!(sections.length() as usize, questionnaire::sections().len());
    root.remove();
}

#[wasm_bindgen_test]
fn a_crash_shows_a_message_with_the_saved_answers_to_download() {
    let storage = window().local_storage().unwrap().unwrap();
    storage
        .set_item(
            devops_maturity::core::model::saved_state::STORAGE_KEY,
            "{\"saved\":true}",
        )
        .unwrap();
    devops_maturity::ui::browser::crash_notice::show_notice();
    devops_maturity::ui::browser::crash_notice::show_notice();
    let notices = document().query_selector_all("#crash-notice").unwrap();
    assert_eq!(notices.length(), 1, "shown once");
    let notice = document().get_element_by_id("crash-notice").unwrap();
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    assert!(notice
        .text_content()
        .unwrap()
        .contains("Something went wrong"));
    let link = notice
        .query_selector("a[download]")
        .unwrap()
        .expect("a download link");
    assert_eq!(
        link.get_attribute("download").as_deref(),
        Some("devops-maturity-saved-answers.json")
    );
    assert!(link.get_attribute("href").unwrap().starts_with("blob:"));
    notice.remove();
    storage
        .remove_item(devops_maturity::core::model::saved_state::STORAGE_KEY)
        .unwrap();
}
