use leptos::prelude::*;

use crate::core::model::bank;
use crate::core::model::bank::dora::EDITION;
use crate::core::rules::facts::Check;
use crate::core::rules::report::Report;
use crate::core::rules::verdict::{Headline, Status};
use crate::ui::nav::Navigation;
use crate::ui::parts::question_focus::open_question;

/// Why the headline is what it is: the four delivery stages with the answers
/// that hold them, the outcome cap, the weakest other areas, the rule and the
/// confidence.
#[component]
pub fn Why(report: Report) -> impl IntoView {
    let h = report.headline.clone();
    let s = &report.summary;
    let confidence = (s.confidence * 100.0).round() as u32;
    let unsure = s.counts.dont_know + s.counts.unanswered;
    let applicable = s.counts.total - s.counts.not_applicable;
    let settled_or_range = h.status != Status::NeedsAnswers;
    view! {
        <div class="why">
            {settled_or_range.then(|| view! { <Stages headline=h.clone()/> })}
            {(!h.weakest_areas.is_empty() && settled_or_range).then(|| {
                let areas = h
                    .weakest_areas
                    .iter()
                    .map(|a| format!("{} (level {})", a.name, a.level))
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <p class="weakest">
                        "Weakest other areas: " <strong>{areas}</strong>
                        ". They have their own steps on the roadmap but do not set the headline."
                    </p>
                }
            })}
            <p class="rule muted">{report.rule}</p>
            <p class="muted">
                {format!(
                    "Confidence {confidence}%: {unsure} of {applicable} applicable questions are “don’t know” or not yet answered."
                )}
            </p>
        </div>
    }
}

/// Each delivery stage with its level, the answers holding it there, and the
/// outcome cap, so every number of the headline can be traced.
#[component]
fn Stages(headline: Headline) -> impl IntoView {
    let lowest = headline.stage_level;
    let outcome = headline.outcome.clone().map(|o| {
        let keys = if o.known_keys == 4 {
            format!("{EDITION} keys")
        } else {
            format!("{} of 4 keys known", o.known_keys)
        };
        (
            format!(
                "{keys}, the weakest ({}) at the {} cluster: support at most level {}",
                o.held_by,
                o.band.name(),
                o.supports
            ),
            o.binds,
        )
    });
    let held_by_outcomes = outcome.as_ref().is_some_and(|o| o.1);
    view! {
        <ul class="stage-list" aria-label="Delivery stages">
            {headline
                .stages
                .into_iter()
                .map(|stage| {
                    let level = match (stage.high > stage.level, stage.open) {
                        (true, 1) => format!("level {}–{} (1 question open)", stage.level, stage.high),
                        (true, open) => format!("level {}–{} ({open} questions open)", stage.level, stage.high),
                        (false, _) => format!("level {}", stage.level),
                    };
                    let holds = stage.level == lowest && !held_by_outcomes;
                    // Two reasons are enough to act on; the details list them all.
                    let reasons = stage
                        .binding
                        .iter()
                        .take(2)
                        .map(|c| c.reason.clone())
                        .collect::<Vec<_>>()
                        .join(" ");
                    view! {
                        <li class:holds=holds>
                            <strong>{stage.name}</strong>
                            <span class="muted">{format!(" ({})", stage.dimension_name)}</span>
                            ": " {level}
                            {(holds && !reasons.is_empty()).then(|| view! { <span class="stage-why">" " {reasons}</span> })}
                        </li>
                    }
                })
                .collect_view()}
            {outcome.map(|(text, binds)| view! {
                <li class:holds=binds>
                    <strong>"DORA outcomes"</strong> ": " {text}
                    {binds.then_some(" — this holds the result.")}
                </li>
            })}
        </ul>
    }
}

/// What to answer next: the missing minimum, or what would narrow the range.
#[component]
pub fn AnswerNext(headline: Headline, editable: bool) -> impl IntoView {
    let nav = use_context::<Navigation>();
    let ids = headline.answer_next.clone();
    if ids.is_empty() {
        return ().into_any();
    }
    let heading = match headline.status {
        Status::NeedsAnswers => "Answer these first",
        _ => "What would narrow it",
    };
    let shown = 6.min(ids.len());
    let more = ids.len() - shown;
    view! {
        <div class="answer-next">
            <h3>{heading}</h3>
            <ol>
                {ids
                    .into_iter()
                    .take(shown)
                    .map(|id| {
                        let question = bank::known(id);
                        match (editable, nav) {
                            (true, Some(nav)) => view! {
                                <li>
                                    <button
                                        class="link-button"
                                        on:click=move |_| open_question(nav, id)
                                    >
                                        {question.short}
                                    </button>
                                </li>
                            }
                            .into_any(),
                            _ => view! { <li>{question.short}</li> }.into_any(),
                        }
                    })
                    .collect_view()}
            </ol>
            {(more > 0).then(|| view! { <p class="muted">{format!("and {more} more")}</p> })}
        </div>
    }
    .into_any()
}

/// The fix-first step's reasoning and the decision chain, step by step.
#[component]
pub fn DecisionChain(report: Report) -> impl IntoView {
    let fix = report.fix_first;
    let first_no = fix.first_no;
    view! {
        <div class="fix-first">
            <p>{fix.rationale}</p>
            {fix.moves.map(|moves| view! { <p class="muted">"Typical move: " {moves}</p> })}
            <ol class="chain">
                {fix
                    .chain
                    .into_iter()
                    .enumerate()
                    .map(|(i, step)| {
                        let (mark, word) = if step.check == Check::NotApplicable {
                            ("–", "Does not apply")
                        } else if step.check.passed() {
                            ("✓", "Yes")
                        } else if first_no == Some(i) {
                            ("✗", "No: start here")
                        } else {
                            ("✗", "No")
                        };
                        view! {
                            <li class:first-no=first_no == Some(i)>
                                <span class="mark" aria-hidden="true">{mark}</span>
                                <strong>{step.question}</strong>
                                " " {word} ". "
                                <span class="muted">{step.evidence}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </div>
    }
}
