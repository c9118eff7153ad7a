//! The results page: everything derived from the current answers by the core.

mod crosswalk;
mod dimensions;
mod dora_card;
mod overall;
mod radar;
mod roadmap;
mod share;

use leptos::prelude::*;

use crate::core::model::bank::{dora::EDITION, REVISION};
use crate::core::model::progress;
use crate::core::rules::report::Report;
use crate::ui::app_state::AppState;
use crate::ui::nav::{Navigation, Page};
use crate::ui::screens::history::SnapshotButton;

#[component]
pub fn Results() -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<Navigation>();
    let name = Memo::new(move |_| state.store.with(|s| s.current().name.clone()));
    let open = Memo::new(move |_| {
        state.answers.with(|answers| {
            let p = progress::overall(answers);
            (p.total - p.answered, p.total)
        })
    });
    let first_open_section = move || state.answers.with(progress::first_open_section);

    view! {
        <article class="results" aria-labelledby="results-title">
            <header class="results-head">
                <h1 id="results-title">"Results"</h1>
                <p class="muted">
                    {move || name.get()} " · " {EDITION} " bands · question bank revision " {REVISION}
                </p>
                <Show when=move || { open.get().0 > 0 }>
                    <p class="inline-notice">
                        {move || {
                            let (missing, total) = open.get();
                            format!(
                                "{missing} of {total} questions are not answered yet. Each area counts them as “don’t know”, the lowest level they could mean; the headline shows the range they leave open."
                            )
                        }}
                        " "
                        <button class="link-button" on:click=move |_| nav.go.set(Page::Section(first_open_section()))>
                            "Answer them"
                        </button>
                    </p>
                </Show>
                <div class="actions no-print">
                    <button class="button" on:click=move |_| { let _ = window().print(); }>
                        "Print or save as PDF"
                    </button>
                    <SnapshotButton/>
                    <button class="button" on:click=move |_| nav.go.set(Page::History)>
                        "History"
                    </button>
                </div>
            </header>
            {move || view! { <ResultsBody report=state.report.get() editable=true/> }}
            <share::ResultShare/>
        </article>
    }
}

/// Everything computed for one set of answers: used for one's own results and
/// for a shared result alike. `editable` offers the person their own targets.
#[component]
pub fn ResultsBody(report: Report, editable: bool) -> impl IntoView {
    view! {
        <overall::Overall report=report.clone() editable=editable/>
        <overall::FixFirstCard report=report.clone()/>
        <radar::Profile report=report.clone() editable=editable/>
        <dora_card::DoraCard report=report.clone()/>
        <dimensions::DimensionDetails report=report.clone()/>
        <roadmap::RoadmapView report=report.clone()/>
        <crosswalk::CrosswalkView report=report/>
    }
}
