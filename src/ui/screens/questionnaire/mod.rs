//! The questionnaire: the quick start, then one section an area, in the
//! order of `bank::questionnaire`.

mod keyboard;
mod question;
mod section_nav;

use leptos::prelude::*;

use crate::core::model::bank::questionnaire::{self, Section};
use crate::core::model::progress;
use crate::ui::app_state::AppState;
use crate::ui::nav::{Navigation, Page};
use crate::ui::parts::question_focus;
use question::QuestionCard;
use section_nav::SectionNav;

#[component]
pub fn Questionnaire(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let sections = questionnaire::sections();
    let index = index.min(sections.len() - 1);
    let section = sections[index];
    let overall = Memo::new(move |_| state.answers.with(progress::overall));
    let left = Memo::new(move |_| state.answers.with(progress::left_text));
    keyboard::install();
    continue_where_left_off(state, &section);

    view! {
        <div class="questionnaire">
            <SectionNav current=index/>
            <section class="section-body" aria-labelledby="section-title">
                <div class="overall-progress">
                    <p>
                        {format!("Section {} of {}", index + 1, sections.len())}
                        " · "
                        {move || left.get()}
                    </p>
                    <progress
                        max=move || overall.get().total
                        value=move || overall.get().answered
                        aria-label="Questions answered overall"
                    ></progress>
                </div>
                <h1 id="section-title">{section.name}</h1>
                <p class="muted">{section.summary} " Answer for the last 90 days."</p>
                <p class="keyboard-hint muted">
                    "Keyboard: the digits 1–9 pick an answer, Enter moves to the next open question."
                </p>
                {section
                    .questions()
                    .into_iter()
                    .enumerate()
                    .map(|(n, question)| view! { <QuestionCard question=question number=n + 1/> })
                    .collect_view()}
                <SectionActions index=index sections=sections/>
            </section>
        </div>
    }
}

/// Once someone has begun, a section opens at its first open question (focus
/// and scroll), so continuing and the links to open questions land where the
/// next answer is. A fresh start opens at the heading.
fn continue_where_left_off(state: AppState, section: &Section) {
    let first_open = state.answers.with_untracked(|answers| {
        if answers.is_empty() {
            return None;
        }
        section
            .questions()
            .into_iter()
            .find(|q| answers.is_open(q))
            .map(|q| q.id)
    });
    if let Some(id) = first_open {
        request_animation_frame(move || {
            request_animation_frame(move || {
                // Not if the person has already moved on by keyboard.
                if !question_focus::is_in_a_question() {
                    question_focus::focus(id);
                }
            });
        });
    }
}

/// Where to go from here. The quick start offers its provisional result
/// first; the last section leads to the review of open questions.
#[component]
fn SectionActions(index: usize, sections: Vec<Section>) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let state = expect_context::<AppState>();
    let last = sections.len() - 1;
    let previous = index.checked_sub(1).map(|i| sections[i].name);
    let next = (index < last).then(|| sections[index + 1].name);
    let finish = move |_| {
        let open = state
            .answers
            .with_untracked(|a| progress::overall(a).left());
        nav.go.set(if open > 0 {
            Page::Review
        } else {
            Page::Results
        });
    };
    if sections[index].is_quick_start() {
        return view! {
            <div class="actions section-actions">
                <button class="button primary" on:click=move |_| nav.go.set(Page::Results)>
                    "See your provisional result"
                </button>
                {next.map(|name| view! {
                    <button class="button" on:click=move |_| nav.go.set(Page::Section(index + 1))>
                        "Go deeper: " {name} " →"
                    </button>
                })}
            </div>
        }
        .into_any();
    }
    view! {
        <div class="actions section-actions">
            {match next {
                Some(name) => view! {
                    <button class="button primary" on:click=move |_| nav.go.set(Page::Section(index + 1))>
                        "Next: " {name} " →"
                    </button>
                    <button class="button" on:click=move |_| nav.go.set(Page::Results)>"See results"</button>
                }
                .into_any(),
                None => view! {
                    <button class="button primary" on:click=finish>"Finish and see results"</button>
                }
                .into_any(),
            }}
            {previous.map(|name| view! {
                <button class="button" on:click=move |_| nav.go.set(Page::Section(index - 1))>
                    "← " {name}
                </button>
            })}
        </div>
    }
    .into_any()
}
