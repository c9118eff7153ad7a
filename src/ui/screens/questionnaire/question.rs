use leptos::prelude::*;

use crate::core::model::answers::{Answer, DONT_KNOW, NOT_APPLICABLE};
use crate::core::model::bank::skips::Settle;
use crate::core::model::bank::Question;
use crate::core::model::saved_state::MAX_NOTE_CHARS;
use crate::ui::app_state::AppState;
use crate::ui::parts::question_focus::element_id;

/// The text of an earlier revision's answer still held, if any.
fn earlier_answer(question: &'static Question, answer: Option<Answer>) -> Option<&'static str> {
    match answer {
        Some(Answer::Choice(i)) if usize::from(i) >= question.offered_choices() => {
            question.choices().get(usize::from(i)).map(|c| c.text)
        }
        _ => None,
    }
}

/// A whole percentage from 0 to 100, saved as it is typed; anything else
/// is said at once and not saved.
#[component]
fn PercentField(question: &'static Question, answer: Memo<Option<Answer>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (invalid, set_invalid) = signal(false);
    let field_id = format!("percent-{}", question.id.replace('.', "-"));
    let shown = move || match answer.get() {
        Some(Answer::Choice(i)) if usize::from(i) < question.offered_choices() => {
            (100 - u16::from(i)).to_string()
        }
        _ => String::new(),
    };
    let typed = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let text = text.trim();
        if text.is_empty() {
            set_invalid.set(false);
            return;
        }
        match text.parse::<u8>().ok().filter(|p| *p <= 100) {
            Some(p) => {
                set_invalid.set(false);
                let choice =
                    Answer::Choice(crate::core::model::bank::dora::percent_choice(p) as u8);
                state.update(|store, now| store.set_answer(question.id, Some(choice), now));
            }
            None => set_invalid.set(true),
        }
    };
    view! {
        <div class="percent-field">
            <label for=field_id.clone()>"Percentage"</label>
            <input
                id=field_id
                name=question.id
                type="number"
                inputmode="numeric"
                min="0"
                max="100"
                step="1"
                aria-invalid=move || invalid.get().to_string()
                prop:value=shown
                on:input=typed
            />
            <span aria-hidden="true">"%"</span>
        </div>
        <p class="field-error" role="alert" hidden=move || !invalid.get()>
            "Enter a whole number from 0 to 100."
        </p>
    }
}

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

    // Earlier revisions' answers are read but never offered again; a
    // percentage is typed.
    let percent = question.is_percent();
    let offered = question.offered_choices();
    let mut options: Vec<(String, &'static str, Answer, bool)> = question
        .choices()
        .iter()
        .take(if percent { 0 } else { offered })
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
            {move || earlier_answer(question, answer.get()).map(|text| view! {
                <p class="settled-note">
                    {format!("Answered on an earlier scale: “{text}”. Choose the answer that fits now; until then it counts as that range.")}
                </p>
            })}
            <div class="choices" hidden=move || settled.get().is_some()>
                {percent.then(|| view! { <PercentField question=question answer=answer/> })}
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
