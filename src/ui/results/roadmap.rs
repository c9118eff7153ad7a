use leptos::prelude::*;

use crate::core::report::Report;
use crate::core::roadmap::Source;

#[component]
pub fn RoadmapView(report: Report) -> impl IntoView {
    let empty = report.roadmap.iter().all(|p| p.items.is_empty());
    view! {
        <section class="result-section" aria-labelledby="roadmap-title">
            <h2 id="roadmap-title">"Roadmap"</h2>
            <p class="muted">
                "The proven entry path first, each step unblocking the next, then the steps that bring each dimension to its target. Treat a phase as roughly a quarter, and start one only when the previous is embedded."
            </p>
            {empty.then(|| view! { <p>"Nothing is left below your targets."</p> })}
            {report
                .roadmap
                .into_iter()
                .filter(|phase| !phase.items.is_empty())
                .map(|phase| {
                    view! {
                        <section class="phase" aria-label=phase.name>
                            <h3>{phase.name} <span class="muted">" · " {phase.levels}</span></h3>
                            <dl class="phase-facts">
                                <div><dt>"Dominant cost"</dt><dd>{phase.dominant_cost}</dd></div>
                                <div><dt>"Investment"</dt><dd>{phase.investment}</dd></div>
                                <div><dt>"Risk if underfunded"</dt><dd>{phase.risk_if_underfunded}</dd></div>
                            </dl>
                            <ol class="roadmap-items">
                                {phase
                                    .items
                                    .into_iter()
                                    .map(|item| {
                                        let tag = match &item.source {
                                            Source::EntryPath { priority, controls } => {
                                                format!("Entry path #{priority} · {}", controls.join(", "))
                                            }
                                            Source::NextLevel => "Next level".to_string(),
                                        };
                                        view! {
                                            <li>
                                                <strong>{item.title}</strong>
                                                <span class="tag">{tag}</span>
                                                <p>{item.detail}</p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        </section>
                    }
                })
                .collect_view()}
        </section>
    }
}
