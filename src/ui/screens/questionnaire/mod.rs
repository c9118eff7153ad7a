//! The questionnaire: one section per dimension.

mod question;
mod section_nav;

use leptos::prelude::*;

use crate::core::model::bank;
use crate::core::model::bank::DIMENSIONS;
use crate::core::model::progress;
use crate::ui::app_state::AppState;
use crate::ui::nav::{Navigation, Page};
use question::QuestionCard;
use section_nav::SectionNav;

#[component]
pub fn Questionnaire(index: usize) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let state = expect_context::<AppState>();
    let index = index.min(DIMENSIONS.len() - 1);
    let dimension = &DIMENSIONS[index];
    let overall = Memo::new(move |_| state.answers.with(progress::overall));
    let minutes = Memo::new(move |_| state.answers.with(progress::minutes_left));
    let last = DIMENSIONS.len() - 1;

    view! {
        <div class="questionnaire">
            <SectionNav current=index/>
            <section class="section-body" aria-labelledby="section-title">
                <div class="overall-progress">
                    <p>
                        {format!("Section {} of {}", index + 1, DIMENSIONS.len())}
                        " · "
                        {move || format!("{} of {} answered", overall.get().answered, overall.get().total)}
                        " · "
                        {move || match minutes.get() {
                            0 => "all answered".to_string(),
                            1 => "about 1 minute left".to_string(),
                            m => format!("about {m} minutes left"),
                        }}
                    </p>
                    <progress
                        max=move || overall.get().total
                        value=move || overall.get().answered
                        aria-label="Questions answered overall"
                    ></progress>
                </div>
                <h1 id="section-title">{dimension.name}</h1>
                <p class="muted">{dimension.summary} " Answer for the last 90 days."</p>
                {bank::questions_of(dimension.id)
                    .enumerate()
                    .map(|(n, question)| view! { <QuestionCard question=question number=n + 1/> })
                    .collect_view()}
                <div class="actions section-actions">
                    {(index > 0).then(|| view! {
                        <button class="button" on:click=move |_| nav.go.set(Page::Section(index - 1))>
                            "← " {DIMENSIONS[index - 1].name}
                        </button>
                    })}
                    {(index < last).then(|| view! {
                        <button class="button primary" on:click=move |_| nav.go.set(Page::Section(index + 1))>
                            "Next: " {DIMENSIONS[index + 1].name} " →"
                        </button>
                    })}
                    <button
                        class="button"
                        class:primary=index == last
                        on:click=move |_| nav.go.set(Page::Results)
                    >
                        "See results"
                    </button>
                </div>
            </section>
        </div>
    }
}
