use leptos::prelude::*;

use crate::core::model::bank::DIMENSIONS;
use crate::core::model::product;
use crate::core::model::progress;
use crate::ui::app_state::AppState;
use crate::ui::nav::{Navigation, Page};
use crate::ui::parts::offline_link::OfflineLink;

#[component]
pub fn Landing() -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let state = expect_context::<AppState>();
    let overall = Memo::new(move |_| state.answers.with(progress::overall));
    let started = move || overall.get().answered > 0;
    let first_open_section = move || state.answers.with(progress::first_open_section);

    view! {
        <section class="hero" aria-labelledby="landing-title">
            <p class="eyebrow">"Self-assessment · about " {product::TYPICAL_MINUTES} " minutes"</p>
            <h1 id="landing-title">"How mature is your software delivery, really?"</h1>
            <p class="lead">{product::PURPOSE}</p>
            <p class="privacy">
                <svg class="privacy-icon" viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
                    <rect x="5" y="10" width="14" height="10" rx="2" fill="none" stroke="currentColor" stroke-width="2"></rect>
                    <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" stroke-width="2"></path>
                </svg>
                {product::PRIVACY}
            </p>
            <p class="offline-line"><OfflineLink/></p>
            <div class="actions">
                <Show
                    when=started
                    fallback=move || view! {
                        <button class="button primary" on:click=move |_| nav.go.set(Page::Overview)>
                            "Start the assessment"
                        </button>
                    }
                >
                    <button class="button primary" on:click=move |_| nav.go.set(Page::Section(first_open_section()))>
                        "Continue the assessment"
                    </button>
                    <button class="button" on:click=move |_| nav.go.set(Page::Results)>
                        "See results"
                    </button>
                    <p class="muted resume-line">
                        {move || {
                            let p = overall.get();
                            let name = state.store.with(|s| s.current().name.clone());
                            format!("“{name}”: {} of {} questions answered.", p.answered, p.total)
                        }}
                    </p>
                </Show>
            </div>
        </section>
        <section class="facts" aria-label="What you get">
            <div class="fact">
                <h2>{DIMENSIONS.len()} " areas of practice"</h2>
                <p>"From build and deployment to observability, security and toil, each scored from 1 to 5."</p>
            </div>
            <div class="fact">
                <h2>"Outcomes, not intentions"</h2>
                <p>"Your practices are checked against your DORA delivery metrics, so an optimistic answer shows up as one."</p>
            </div>
            <div class="fact">
                <h2>"One thing to fix first"</h2>
                <p>"A single next constraint and a roadmap in the order that makes each step pay for the next."</p>
            </div>
            <div class="fact">
                <h2>"Where your team disagrees"</h2>
                <p>"Combine colleagues' links to see the team's level and the questions you answered levels apart; snapshots show progress between reviews."</p>
            </div>
        </section>
    }
}
