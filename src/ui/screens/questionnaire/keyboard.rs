//! Answering by keyboard: a digit picks that answer of the current question,
//! Enter moves on to the next open question (then to the section's main
//! button). The current question is the one holding focus, else the first
//! open one on the page.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use crate::ui::parts::question_focus::focus_fieldset;

const QUESTIONS: &str = ".section-body fieldset.question";

/// Listens while the questionnaire is on screen.
pub fn install() {
    let handle = window_event_listener(leptos::ev::keydown, on_key);
    on_cleanup(move || handle.remove());
}

fn on_key(event: KeyboardEvent) {
    if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() {
        return;
    }
    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
    let tag = target.as_ref().map(|t| t.tag_name()).unwrap_or_default();
    let input_type = |kind: &str| {
        target
            .as_ref()
            .is_some_and(|t| tag == "INPUT" && t.get_attribute("type").as_deref() == Some(kind))
    };
    let on_radio = input_type("radio");
    let focused = target
        .as_ref()
        .and_then(|t| t.closest("fieldset.question").ok().flatten());
    // Enter in a percentage field moves on like anywhere else in a question.
    if input_type("number") && event.key() == "Enter" {
        event.prevent_default();
        move_on(focused.as_ref());
        return;
    }
    // Typing a note, or pressing a button or link, keeps its own meaning.
    let typing_or_acting = matches!(
        tag.as_str(),
        "TEXTAREA" | "INPUT" | "SELECT" | "BUTTON" | "A" | "SUMMARY"
    );
    if typing_or_acting && !on_radio {
        return;
    }
    let key = event.key();
    if let Some(digit) = key.parse::<usize>().ok().filter(|d| *d <= 9) {
        if let Some(question) = focused.or_else(first_open) {
            // 0 only ever types into a percentage field.
            if pick(&question, digit.wrapping_sub(1)) {
                event.prevent_default();
            }
        }
    } else if key == "Enter" {
        event.prevent_default();
        move_on(focused.as_ref());
    }
}

fn all_questions() -> Vec<Element> {
    let Ok(list) = document().query_selector_all(QUESTIONS) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn is_open(question: &Element) -> bool {
    question.class_list().contains("unanswered")
}

fn first_open() -> Option<Element> {
    all_questions().into_iter().find(is_open)
}

/// Chooses the answer at `index` (choices, then "don't know", then "not
/// applicable"), as a click would. False when there is no such answer. A
/// percentage question takes digits in its field: it is focused, and the
/// digit typed goes into it.
fn pick(question: &Element, index: usize) -> bool {
    let field = question
        .query_selector("input[type=number]")
        .ok()
        .flatten()
        .and_then(|n| n.dyn_into::<HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
        return false;
    }
    let radio = question
        .query_selector_all("input[type=radio]")
        .ok()
        .and_then(|list| list.item(index as u32))
        .and_then(|n| n.dyn_into::<HtmlElement>().ok());
    match radio {
        Some(radio) => {
            radio.click();
            let _ = radio.focus();
            true
        }
        None => false,
    }
}

/// Focuses the next open question after `from` (or the first open one), and
/// when none is left, the section's main button.
fn move_on(from: Option<&Element>) {
    let questions = all_questions();
    let start = from
        .and_then(|f| questions.iter().position(|q| q == f))
        .map_or(0, |i| i + 1);
    let next = questions[start.min(questions.len())..]
        .iter()
        .find(|q| is_open(q))
        .or_else(|| questions.iter().find(|q| is_open(q)));
    match next {
        Some(question) => focus_fieldset(question),
        None => {
            let button = document()
                .query_selector(".section-actions .button.primary")
                .ok()
                .flatten()
                .and_then(|b| b.dyn_into::<HtmlElement>().ok());
            if let Some(button) = button {
                let _ = button.focus();
            }
        }
    }
}
