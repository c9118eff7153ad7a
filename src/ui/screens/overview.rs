use leptos::prelude::*;

use crate::core::model::bank;
use crate::core::model::bank::DIMENSIONS;
use crate::core::model::product;
use crate::core::model::progress;
use crate::ui::nav::{Navigation, Page};

/// What the assessment will ask about, shown before the first question.
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
            <p>
                "You will be asked " {bank::questions().count()} " questions about these "
                {DIMENSIONS.len()} " areas, one section each (about "
                {progress::minutes_left(&Default::default())} " minutes). Your answers are saved "
                "in this browser as you go, so you can stop and come back."
            </p>
            <ol class="dimension-list">
                {DIMENSIONS
                    .iter()
                    .map(|d| {
                        view! {
                            <li>
                                <strong>{d.name}</strong>
                                <span>{d.summary}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="muted">{product::PRIVACY}</p>
            <div class="actions">
                <button class="button primary" on:click=move |_| nav.go.set(Page::Section(0))>
                    "Begin with the first section"
                </button>
                <button class="button" on:click=move |_| nav.go.set(Page::Landing)>
                    "Back"
                </button>
            </div>
        </section>
    }
}
