//! Before the results: the questions still open, each one tap from an
//! answer. Open questions keep the result a range; this step can be skipped.

use leptos::prelude::*;

use crate::core::model::bank::questionnaire;
use crate::core::model::progress;
use crate::ui::app_state::AppState;
use crate::ui::nav::{Navigation, Page};
use crate::ui::parts::question_focus::open_question;

#[component]
pub fn Review() -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let state = expect_context::<AppState>();
    let open = Memo::new(move |_| state.answers.with(progress::open_questions));

    let by_section = move || {
        let open = open.get();
        questionnaire::sections()
            .into_iter()
            .filter_map(|section| {
                let here: Vec<_> = section
                    .questions()
                    .into_iter()
                    .filter(|q| open.iter().any(|o| o.id == q.id))
                    .collect();
                (!here.is_empty()).then(|| {
                    view! {
                        <li>
                            <h2>{section.name}</h2>
                            <ul class="open-list">
                                {here
                                    .into_iter()
                                    .map(|q| view! {
                                        <li>
                                            <button class="link-button" on:click=move |_| open_question(nav, q.id)>
                                                {q.prompt}
                                            </button>
                                        </li>
                                    })
                                    .collect_view()}
                            </ul>
                        </li>
                    }
                })
            })
            .collect_view()
    };

    view! {
        <section aria-labelledby="review-title" class="review">
            <h1 id="review-title">
                {move || match open.get().len() {
                    0 => "Every question is answered".to_string(),
                    1 => "One question is still open".to_string(),
                    n => format!("{n} questions are still open"),
                }}
            </h1>
            <p class="lead">
                "Open questions keep the result a range. “Don’t know” is an answer too: it "
                "counts as the lowest plausible level, and says so."
            </p>
            <div class="actions">
                <button
                    class="button primary"
                    on:click=move |_| {
                        if let Some(first) = open.get_untracked().first() {
                            open_question(nav, first.id);
                        }
                    }
                    disabled=move || open.get().is_empty()
                >
                    "Answer the first open question"
                </button>
                <button class="button" on:click=move |_| nav.go.set(Page::Results)>
                    "See the results now"
                </button>
            </div>
            <ol class="review-sections">{by_section}</ol>
        </section>
    }
}
