//! Opening a question: its section, scrolled to it, focus on its first answer.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::core::model::bank::questionnaire;
use crate::ui::nav::{Navigation, Page};

/// The element id of a question's fieldset.
pub fn element_id(question_id: &str) -> String {
    format!("q-{}", question_id.replace('.', "-"))
}

/// Opens the section that asks `question_id` and moves focus to the question,
/// after the new screen has focused its own heading.
pub fn open_question(nav: Navigation, question_id: &'static str) {
    let index = questionnaire::index_of_question(question_id).unwrap_or(0);
    nav.show(Page::Section(index));
    request_animation_frame(move || request_animation_frame(move || focus(question_id)));
}

/// Scrolls to a question on the current screen and focuses its first answer.
pub fn focus(question_id: &str) {
    let Some(fieldset) = document().get_element_by_id(&element_id(question_id)) else {
        return;
    };
    focus_fieldset(&fieldset);
}

pub fn focus_fieldset(fieldset: &web_sys::Element) {
    // Scrolled only when it is not already in full view; a section's first
    // question brings the section's progress line and heading along.
    let rect = fieldset.get_bounding_client_rect();
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if rect.top() < 0.0 || rect.bottom() > height {
        let first_in_section = document()
            .query_selector("fieldset.question")
            .ok()
            .flatten()
            .is_some_and(|first| &first == fieldset);
        let heading = first_in_section
            .then(|| document().query_selector(".section-body").ok().flatten())
            .flatten();
        heading.as_ref().unwrap_or(fieldset).scroll_into_view();
    }
    // A percentage question's field comes first; else the first answer.
    let first_input = fieldset
        .query_selector("input[type=number], input[type=radio]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(input) = first_input {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = input.focus_with_options(&options);
    }
}

/// Whether focus is on an answer of some question.
pub fn is_in_a_question() -> bool {
    document()
        .active_element()
        .and_then(|el| el.closest("fieldset.question").ok().flatten())
        .is_some()
}
