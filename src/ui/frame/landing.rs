//! The start page. Its actions are links to screen addresses, so they work
//! in the prerendered page before the wasm has started: the app opens the
//! address it finds when it starts.

use leptos::prelude::*;

use crate::core::formats::opened_link::Screen;
use crate::core::model::bank::dora::EDITION;
use crate::core::model::bank::DIMENSIONS;
use crate::core::model::product;
use crate::core::model::progress;
use crate::core::rules::crosswalk;
use crate::ui::frame::offline_line::{OfflineLine, OfflineOffer};

/// Where a returning person left off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resume {
    pub name: String,
    pub answered: usize,
    pub total: usize,
    /// The screen with the first open question.
    pub continue_at: Screen,
}

fn href(screen: Screen) -> String {
    format!("#{}", screen.fragment())
}

/// Where the model comes from, in one line.
fn sources() -> String {
    format!(
        "Built on the {EDITION} State of DevOps research and the maturity models it is read \
         against: {}.",
        crosswalk::MODELS.join(", ")
    )
}

#[component]
pub fn Landing(
    /// None for someone who has not answered anything yet.
    resume: Signal<Option<Resume>>,
    offline: Signal<OfflineOffer>,
) -> impl IntoView {
    // One button and one line either way, so a returning person's page is
    // as tall as the prerendered first-visit one and little moves when the
    // app takes over.
    let actions = move || match resume.get() {
        None => view! {
            <a class="button primary" href=href(Screen::Questions)>"Start the assessment"</a>
            <p class="muted resume-line">
                "Answers are saved in this browser as you go: stop whenever you like and come back."
            </p>
        }
        .into_any(),
        // Everything answered: the results are what is left to see.
        Some(resume) if resume.answered >= resume.total => view! {
            <a class="button primary" href=href(Screen::Results)>"See results"</a>
            <p class="muted resume-line">
                {format!("“{}”: all {} questions answered. ", resume.name, resume.total)}
                <a href=href(Screen::Questions)>"Change answers"</a>
            </p>
        }
        .into_any(),
        Some(resume) => view! {
            <a class="button primary" href=href(resume.continue_at)>"Continue the assessment"</a>
            <p class="muted resume-line">
                {format!(
                    "“{}”: {} of {} questions answered. ",
                    resume.name, resume.answered, resume.total,
                )}
                <a href=href(Screen::Results)>"See results"</a>
            </p>
        }
        .into_any(),
    };

    // The button is above the fold on a phone: what it is, how long it
    // takes, the button; the detail follows.
    view! {
        <section class="hero" aria-labelledby="landing-title">
            <h1 id="landing-title">"How mature is your software delivery, really?"</h1>
            <p class="lead">{product::PROMISE}</p>
            <p class="estimate">{progress::estimate().text()}</p>
            <div class="actions">{actions}</div>
            <p class="purpose">{product::PURPOSE}</p>
            <p class="privacy">
                <svg class="privacy-icon" viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
                    <rect x="5" y="10" width="14" height="10" rx="2" fill="none" stroke="currentColor" stroke-width="2"></rect>
                    <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" stroke-width="2"></path>
                </svg>
                {product::PRIVACY}
            </p>
            <p class="offline-line"><OfflineLine offer=offline/></p>
            <p class="sources muted">{sources()}</p>
        </section>
        <section class="facts" aria-label="What you get">
            <div class="fact">
                <h2>{DIMENSIONS.len()} " areas of practice"</h2>
                <p>{product::AREAS}</p>
            </div>
            {product::GIVES
                .iter()
                .map(|(title, text)| view! {
                    <div class="fact">
                        <h2>{*title}</h2>
                        <p>{*text}</p>
                    </div>
                })
                .collect_view()}
        </section>
    }
}
