use leptos::prelude::*;

use crate::core::model::answers::{Answer, DONT_KNOW, NOT_APPLICABLE};
use crate::core::model::bank::Question;
use crate::core::model::saved_state::MAX_NOTE_CHARS;
use crate::ui::app_state::AppState;

/// One question: a fieldset of real radio inputs, its help, and a note.
#[component]
pub fn QuestionCard(question: &'static Question, number: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let answer = Memo::new(move |_| state.answers.with(|a| a.get(question.id)));
    let note = Memo::new(move |_| {
        state
            .store
            .with(|s| s.current().note(question.id).to_string())
    });
    let unanswered = move || answer.get().is_none();
    let set = move |value: Answer| {
        state.update(|store, now| store.set_answer(question.id, Some(value), now));
    };

    let mut options: Vec<(String, &'static str, Answer, bool)> = question
        .choices()
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.to_string(), c.text, Answer::Choice(i as u8), false))
        .collect();
    options.push((DONT_KNOW.into(), "Don’t know", Answer::DontKnow, true));
    if question.allows_not_applicable {
        options.push((
            NOT_APPLICABLE.into(),
            "Not applicable",
            Answer::NotApplicable,
            true,
        ));
    }
    let name = question.id;
    let note_id = format!("note-{}", question.id.replace('.', "-"));

    view! {
        <fieldset class="question" class:unanswered=unanswered id=format!("q-{}", question.id.replace('.', "-"))>
            <legend>
                <span class="question-number">{number} ". "</span>
                {question.prompt}
            </legend>
            // Always present so answering does not move the page.
            <p class="status-badge" class:done=move || !unanswered()>
                {move || if unanswered() { "Not answered yet" } else { "Answered" }}
            </p>
            <div class="choices">
                {options
                    .into_iter()
                    .map(|(value, text, choice, special)| {
                        view! {
                            <label class="choice" class:special=special>
                                <input
                                    type="radio"
                                    name=name
                                    value=value
                                    prop:checked=move || answer.get() == Some(choice)
                                    on:change=move |_| set(choice)
                                />
                                <span>{text}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <details class="help">
                <summary>"Why this matters and what evidence answers it"</summary>
                <p>{question.why}</p>
                <p><strong>"Evidence: "</strong>{question.evidence}</p>
            </details>
            <details class="note" open=!note.get_untracked().is_empty()>
                <summary>
                    {move || if note.get().is_empty() { "Add a note (optional)" } else { "Your note" }}
                </summary>
                <label class="visually-hidden" for=note_id.clone()>
                    {format!("Note for question {number}")}
                </label>
                <textarea
                    id=note_id
                    rows="3"
                    maxlength=MAX_NOTE_CHARS
                    placeholder="Evidence, links, who said what"
                    prop:value=move || note.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        state.update(|store, now| store.set_note(question.id, &text, now));
                    }
                ></textarea>
            </details>
        </fieldset>
    }
}
