use leptos::prelude::*;

use crate::core::model::bank::dimensions::by_id;
use crate::core::rules::report::Report;

#[component]
pub fn DimensionDetails(report: Report) -> impl IntoView {
    view! {
        <div class="dimensions">
            <div class="dimension-results">
                {report
                    .dimensions
                    .iter()
                    .zip(&report.targets.targets)
                    .map(|(score, target)| {
                        let dimension = by_id(score.dimension).expect("scores name bank dimensions");
                        let level = score.level;
                        let c = score.counts;
                        view! {
                            <section class="dimension-result" aria-label=dimension.name>
                                <h3>
                                    {dimension.name}
                                    <span class="level-pill">"Level " {level}</span>
                                </h3>
                                <p class="muted">
                                    {format!(
                                        "Target {} · {} of {} answered from knowledge, {} don’t know, {} open, {} not applicable",
                                        target.target, c.answered, c.total, c.dont_know, c.unanswered, c.not_applicable
                                    )}
                                </p>
                                <p><strong>"Now: "</strong>{dimension.level_text(level)}</p>
                                {(level < 5).then(|| view! {
                                    <p><strong>"Level " {level + 1} " looks like: "</strong>{dimension.level_text(level + 1)}</p>
                                })}
                                {(!score.binding.is_empty()).then(|| view! {
                                    <p class="why-title"><strong>"Why not higher:"</strong></p>
                                    <ul class="reasons">
                                        {score.binding.iter().map(|cap| view! { <li>{cap.reason.clone()}</li> }).collect_view()}
                                    </ul>
                                })}
                                {dimension.step_from(level).map(|step| view! {
                                    <p><strong>"Next step: "</strong>{step}</p>
                                })}
                            </section>
                        }
                    })
                    .collect_view()}
            </div>
        </div>
    }
}
