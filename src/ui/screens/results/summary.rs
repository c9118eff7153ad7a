//! The answer first: the level (or range, or what to answer first), the DORA
//! band, the one thing to fix with its action, and the next three steps.

use leptos::prelude::*;

use crate::core::model::bank::questionnaire;
use crate::core::model::progress;
use crate::core::rules::report::Report;
use crate::core::rules::verdict::Status;
use crate::ui::app_state::AppState;
use crate::ui::nav::{Navigation, Page};
use crate::ui::screens::results::overall::AnswerNext;

#[component]
pub fn Summary(report: Report, editable: bool) -> impl IntoView {
    let h = report.headline.clone();
    // A provisional result leads with its most likely level; the range is
    // in the title beside it.
    let (badge, under) = match h.status {
        Status::Settled => (h.level.to_string(), "of 5"),
        Status::Provisional => (h.most_likely.to_string(), "likely"),
        Status::NeedsAnswers => ("?".to_string(), "not yet"),
    };
    let verdict = h.status != Status::NeedsAnswers;
    let dora = &report.dora;
    let band = dora.overall.text();
    let edition = dora.edition;
    let score = report
        .quick_check
        .map(|q| (q.edition.name(), q.overall.text()));
    let fix = report.fix_first.clone();
    let next: Vec<String> = report
        .roadmap
        .items
        .iter()
        .skip(1)
        .take(3)
        // Titles only: the first screen has no room for more (the full
        // roadmap, one tap away, marks steps the answers do not settle).
        .map(|i| i.title.clone())
        .collect();
    view! {
        <section class="result-section summary" aria-labelledby="overall-title">
            <div class="summary-head">
                <div class="level-badge" class:provisional=h.status != Status::Settled aria-hidden="true">
                    <span class="level-number">{badge}</span>
                    <span class="level-of">{under}</span>
                </div>
                <div>
                    <h2 id="overall-title">{h.title.clone()}</h2>
                    <p class="headline-reason">{h.reason.clone()}</p>
                    {(editable && h.status != Status::Settled).then(continue_button).flatten()}
                </div>
            </div>
            {verdict.then(|| view! {
                <p class="summary-band">
                    {edition} ": " <strong class="band">{band}</strong>
                    {score.map(|(edition, score)| view! {
                        " · "
                        <span class="qc-summary" title=format!("DORA Quick Check, {edition} edition")>
                            "Quick Check " <strong>{score}</strong>
                        </span>
                    })}
                </p>
                <div class="summary-fix">
                    <p class="eyebrow">"Fix this first"</p>
                    <h3 id="fix-title">{fix.title.clone()}</h3>
                    <p>{fix.action}</p>
                </div>
            })}
            {(verdict && !next.is_empty()).then(|| view! {
                <div class="summary-next">
                    <p class="eyebrow">"Then"</p>
                    <ol start="2">
                        {next.into_iter().map(|title| view! { <li>{title}</li> }).collect_view()}
                    </ol>
                </div>
            })}
            <AnswerNext headline=h editable=editable/>
        </section>
    }
}

/// On from a provisional result (after the quick start, say): to the first
/// section with an open question, beside the range it would narrow (the
/// navigation's "Questions" starts at the top, the quick start's "Go deeper"
/// is screens away). A settled result keeps its first screen for the fix.
fn continue_button() -> Option<impl IntoView> {
    let state = use_context::<AppState>()?;
    let nav = use_context::<Navigation>()?;
    let (index, begun) = state.answers.with_untracked(|answers| {
        let overall = progress::overall(answers);
        (overall.left() > 0).then(|| (progress::first_open_section(answers), overall.answered > 0))
    })?;
    let name = questionnaire::sections().get(index)?.name;
    let lead = if begun {
        "Continue with the next section: "
    } else {
        "Start the questions: "
    };
    Some(view! {
        <button class="button small continue" on:click=move |_| nav.go.set(Page::Section(index))>
            {lead} {name} " →"
        </button>
    })
}
