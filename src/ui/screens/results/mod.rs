//! The results page: everything derived from the current answers by the core.

mod crosswalk;
mod dimensions;
mod dora_card;
mod overall;
mod radar;
mod roadmap;
mod share;
mod summary;

use leptos::prelude::*;

use crate::core::model::answers::Answers;
use crate::core::model::bank::{dora::EDITION, REVISION};
use crate::core::rules::report::Report;
use crate::ui::app_state::AppState;
use crate::ui::nav::{Navigation, Page};
use crate::ui::parts::disclosure::{Disclosure, OpenDisclosures};
use crate::ui::screens::history::SnapshotButton;

#[component]
pub fn Results() -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<Navigation>();
    let name = Memo::new(move |_| state.store.with(|s| s.current().name.clone()));
    OpenDisclosures::provide();
    view! {
        <article class="results" aria-labelledby="results-title">
            <header class="results-head">
                <h1 id="results-title">"Results"</h1>
                <p class="muted results-meta">
                    {move || name.get()} " · " {EDITION} " · question bank revision " {REVISION}
                    " · " <span class="print-date">{today()}</span>
                </p>
            </header>
            {move || view! { <ResultsBody report=state.report.get() answers=state.answers.get() editable=true/> }}
            <div class="actions no-print">
                <button class="button" on:click=move |_| { let _ = window().print(); }>
                    "Print or save as PDF"
                </button>
                <SnapshotButton/>
                <button class="button" on:click=move |_| nav.go.set(Page::History)>
                    "History"
                </button>
            </div>
        </article>
    }
}

/// Today's date, for the printed report.
fn today() -> String {
    crate::core::support::time::iso8601(crate::ui::app_state::now_ms())[..10].to_string()
}

/// Everything computed for one set of answers, the answer first and the rest
/// one tap away: used for one's own results (`editable`: with sharing and
/// one's own targets) and for a shared result alike.
#[component]
pub fn ResultsBody(report: Report, answers: Answers, editable: bool) -> impl IntoView {
    // Each disclosure's content is drawn by a closure of its own.
    let [why, chain, profile, areas, dora, roadmap, models] =
        std::array::from_fn(|_| report.clone());
    let [area_answers, dora_answers] = std::array::from_fn(|_| answers.clone());
    view! {
        <summary::Summary report=report editable=editable/>
        {editable.then(|| view! { <share::ResultShare/> })}
        <Disclosure id="why" title="Why this level: the four delivery stages">
            <overall::Why report=why/>
        </Disclosure>
        <Disclosure id="chain" title="The decision chain behind “fix this first”">
            <overall::DecisionChain report=chain/>
        </Disclosure>
        <Disclosure id="profile" title="Profile and targets by area">
            <radar::Profile report=profile editable=editable/>
        </Disclosure>
        <Disclosure id="areas" title="Each area: its level and what holds it">
            <dimensions::DimensionDetails report=areas answers=area_answers/>
        </Disclosure>
        <Disclosure id="dora" title="DORA keys and the honesty check">
            <dora_card::DoraCard report=dora answers=dora_answers/>
        </Disclosure>
        <Disclosure id="roadmap" title="The full roadmap">
            <roadmap::RoadmapView report=roadmap/>
        </Disclosure>
        <Disclosure id="models" title="The same answers in the sources' models">
            <crosswalk::CrosswalkView report=models/>
        </Disclosure>
    }
}
