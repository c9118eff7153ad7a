use leptos::prelude::*;

use crate::core::model::bank::questionnaire;
use crate::core::model::product;
use crate::core::model::progress;
use crate::ui::nav::{Navigation, Page};
use crate::ui::parts::belonging_fields::BelongingFields;

/// What the assessment will ask about, shown before the first question: the
/// quick start, then the sections that narrow its result.
#[component]
pub fn Overview() -> impl IntoView {
    let nav = expect_context::<Navigation>();

    view! {
        <section aria-labelledby="overview-title">
            <h1 id="overview-title">"Before you begin"</h1>
            <p class="lead">
                "Answer for the last 90 days of real work, not for the process you intend to follow. "
                "If you cannot find the evidence for an answer, choose “don’t know”: not being able "
                "to measure something is itself part of an honest picture."
            </p>
            <p>{progress::estimate().text()}</p>
            // The button before the list of sections, so a phone needs no
            // scrolling to begin.
            <div class="actions overview-actions">
                <button class="button primary" on:click=move |_| nav.go.set(Page::Section(0))>
                    "Begin the quick start"
                </button>
                <button class="button" on:click=move |_| nav.go.set(Page::Landing)>
                    "Back"
                </button>
            </div>
            <p>
                "The quick start asks for your size, the four DORA delivery keys and how each "
                "delivery stage works, then shows a provisional result you can share or narrow. "
                "The sections after it refine the same assessment. Your answers are saved in "
                "this browser as you go, so you can stop and come back."
            </p>
            <BelongingFields id="before"/>
            <ol class="dimension-list">
                {questionnaire::sections()
                    .into_iter()
                    .map(|section| {
                        let count = section.questions().len();
                        view! {
                            <li>
                                <strong>{section.name}</strong>
                                <span>{format!("{count} questions. ")} {section.summary}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="muted">{product::PRIVACY}</p>
        </section>
    }
}
