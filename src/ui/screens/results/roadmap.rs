use leptos::prelude::*;

use crate::core::rules::report::Report;
use crate::core::rules::roadmap::{entry_item, Source, UNCONFIRMED};

/// The roadmap in its one global order, each step tagged with its phase,
/// then the cost of each phase the steps fall in.
#[component]
pub fn RoadmapView(report: Report) -> impl IntoView {
    let roadmap = report.roadmap;
    let phases: Vec<_> = roadmap.phases_used().cloned().collect();
    let items: Vec<_> = roadmap
        .items
        .iter()
        .map(|item| {
            let phase = roadmap.phase(item.phase).name;
            let tag = match &item.source {
                Source::FixFirst { .. } => format!("Fix first · {phase}"),
                Source::EntryPath { priority, .. } => {
                    format!("Entry path step {priority} · {phase}")
                }
                Source::Constraint { .. } => format!("Later in the decision chain · {phase}"),
                Source::NextLevel => format!("Next level · {phase}"),
            };
            let includes: Vec<String> = item
                .includes
                .iter()
                .filter_map(|id| entry_item(id))
                .map(|(priority, title)| format!("Includes entry path step {priority}: {title}."))
                .collect();
            let includes = (!includes.is_empty()).then(|| includes.join(" "));
            let unconfirmed = item.unconfirmed.then_some(UNCONFIRMED);
            (
                item.title.clone(),
                unconfirmed,
                item.detail.clone(),
                tag,
                includes,
            )
        })
        .collect();
    view! {
        <div class="roadmap">
            <p class="muted">
                "In the order to do them: the fix-first step, the rest of the operational-excellence entry path (each step unblocks the next), the decision chain's later constraints, then the steps that bring each area to its target. Start a phase only when the previous one is embedded."
            </p>
            <ol class="roadmap-items">
                {items
                    .into_iter()
                    .map(|(title, unconfirmed, detail, tag, includes)| {
                        view! {
                            <li>
                                <strong>{title}</strong>
                                {unconfirmed.map(|note| view! { <span class="muted">" (" {note} ")"</span> })}
                                <span class="tag">{tag}</span>
                                <p>{detail}</p>
                                {includes.map(|text| view! { <p class="muted">{text}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <div class="phase-costs">
            <h3>"What each phase costs"</h3>
            {phases
                .into_iter()
                .map(|phase| {
                    view! {
                        <section class="phase" aria-label=phase.name>
                            <h4>{phase.name} <span class="muted">" · " {phase.levels}</span></h4>
                            <dl class="phase-facts">
                                <div><dt>"Dominant cost"</dt><dd>{phase.dominant_cost}</dd></div>
                                <div><dt>"Investment"</dt><dd>{phase.investment}</dd></div>
                                <div><dt>"Risk if underfunded"</dt><dd>{phase.risk_if_underfunded}</dd></div>
                            </dl>
                        </section>
                    }
                })
                .collect_view()}
            </div>
        </div>
    }
}
