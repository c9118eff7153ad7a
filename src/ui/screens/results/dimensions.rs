use leptos::prelude::*;

use crate::core::model::answers::Standing;
use crate::core::model::bank::{self, Kind};
use crate::core::rules::report::Report;
use crate::core::rules::scoring::{next_move, DimensionScore};

/// Each area in the person's own words: the statements they chose, what
/// holds the level, the gaps the checklist rule lets pass, and the next step
/// drawn from those answers. An area with nothing answered says so.
#[component]
pub fn DimensionDetails(
    report: Report,
    answers: crate::core::model::answers::Answers,
) -> impl IntoView {
    view! {
        <div class="dimensions">
            <div class="dimension-results">
                {report
                    .dimensions
                    .iter()
                    .zip(&report.targets.targets)
                    .map(|(score, target)| {
                        let c = score.counts;
                        let now = chosen_statements(score, &answers);
                        let moves: Vec<String> = score.binding.iter().map(|cap| next_move(&answers, cap)).collect();
                        view! {
                            <section class="dimension-result" aria-label=score.name>
                                <h3>
                                    {score.name}
                                    <span class="level-pill">{pill(score)}</span>
                                </h3>
                                <p class="muted">
                                    {format!(
                                        "Target {} · {} of {} answered from knowledge, {} don’t know, {} open, {} not applicable",
                                        target.target, c.answered, c.total, c.dont_know, c.unanswered, c.not_applicable
                                    )}
                                </p>
                                {if score.unanswered() {
                                    view! { <p><strong>"Now: "</strong>"not answered yet."</p> }.into_any()
                                } else {
                                    view! {
                                        <p><strong>"Now: "</strong>{now}</p>
                                        {(!score.binding.is_empty()).then(|| view! {
                                            <p class="why-title"><strong>"Why not higher:"</strong></p>
                                            <ul class="reasons">
                                                {score.binding.iter().map(|cap| view! { <li>{cap.reason.clone()}</li> }).collect_view()}
                                            </ul>
                                        })}
                                        {(!score.gaps.is_empty()).then(|| view! {
                                            <p class="why-title"><strong>"Gaps to close:"</strong></p>
                                            <ul class="reasons">
                                                {score.gaps.iter().map(|cap| view! { <li>{cap.reason.clone()}</li> }).collect_view()}
                                            </ul>
                                        })}
                                        {(!moves.is_empty()).then(|| view! {
                                            <p><strong>"Next step: "</strong>{format!("{}.", moves.join("; "))}</p>
                                        })}
                                    }
                                    .into_any()
                                }}
                            </section>
                        }
                    })
                    .collect_view()}
            </div>
        </div>
    }
}

fn pill(score: &DimensionScore) -> String {
    if score.unanswered() {
        "not answered yet".to_string()
    } else {
        format!("Level {}", score.level_text())
    }
}

/// The statements answered in the area, in the person's words: "Telemetry:
/// “Structured logs, metrics and traces for all services” (level 3)".
fn chosen_statements(
    score: &DimensionScore,
    answers: &crate::core::model::answers::Answers,
) -> String {
    let mut parts: Vec<String> = bank::questions_of(score.dimension)
        .filter_map(|q| match (q.kind, answers.standing(q)) {
            (Kind::Statement(options), Standing::Chosen(i)) => Some(format!(
                "{}: “{}” (level {})",
                q.short,
                options[i].text.trim_end_matches('.'),
                options[i].level
            )),
            (Kind::Statement(_), Standing::DontKnow) => Some(format!("{}: “don’t know”", q.short)),
            _ => None,
        })
        .collect();
    if parts.is_empty() {
        parts.push("no statement of this area is answered yet".to_string());
    }
    let open = score.counts.unanswered;
    let mut text = parts.join("; ");
    if open > 0 {
        text.push_str(&format!(
            ". {open} of its questions {} open.",
            if open == 1 { "is" } else { "are" }
        ));
    } else {
        text.push('.');
    }
    text
}
