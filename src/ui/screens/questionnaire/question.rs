use leptos::prelude::*;

use crate::core::model::answers::{Answer, DONT_KNOW, NOT_APPLICABLE};
use crate::core::model::bank::skips::Settle;
use crate::core::model::bank::Question;
use crate::core::model::saved_state::MAX_NOTE_CHARS;
use crate::ui::app_state::AppState;
use crate::ui::parts::question_focus::element_id;

/// One question: a fieldset of real radio inputs, its help, and a note. When
/// an earlier answer settles it, it says so in place of the answers.
#[component]
pub fn QuestionCard(question: &'static Question, number: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let answer = Memo::new(move |_| state.answers.with(|a| a.get(question.id)));
    let note = Memo::new(move |_| {
        state
            .store
            .with(|s| s.current().note(question.id).to_string())
    });
    let open = Memo::new(move |_| state.answers.with(|a| a.is_open(question)));
    let settled = Memo::new(move |_| state.answers.with(|a| a.settled_by(question.id)));
    let unanswered = move || open.get();
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
        <fieldset class="question" class:unanswered=unanswered class:settled=move || settled.get().is_some() id=element_id(question.id)>
            <legend>
                <span class="question-number">{number} ". "</span>
                {question.prompt}
            </legend>
            // Always present so answering does not move the page.
            <p class="status-badge" class:done=move || !unanswered()>
                {move || match (settled.get(), unanswered()) {
                    (Some(_), _) => "Settled by an earlier answer",
                    (None, true) => "Not answered yet",
                    (None, false) => "Answered",
                }}
            </p>
            {move || settled.get().map(|rule| {
                let text = match rule.settle {
                    Settle::Skipped => format!("Skipped: {}.", rule.reason),
                    Settle::As(choice) => {
                        let answer = question
                            .choices()
                            .into_iter()
                            .find(|c| c.id == choice)
                            .map_or(choice, |c| c.text);
                        format!("Answered “{answer}”: {}.", rule.reason)
                    }
                };
                view! {
                    <p class="settled-note">
                        {text} " To answer it yourself, change the earlier answer."
                    </p>
                }
            })}
            <div class="choices" hidden=move || settled.get().is_some()>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(n, (value, text, choice, special))| {
                        view! {
                            <label class="choice" class:special=special>
                                <input
                                    type="radio"
                                    name=name
                                    value=value
                                    prop:checked=move || answer.get() == Some(choice)
                                    on:change=move |_| set(choice)
                                />
                                {(n < 9).then(|| view! { <span class="key" aria-hidden="true">{n + 1}</span> })}
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
