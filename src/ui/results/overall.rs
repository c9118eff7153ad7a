use leptos::prelude::*;

use crate::core::levels::one_decimal;
use crate::core::report::Report;

#[component]
pub fn Overall(report: Report) -> impl IntoView {
    let s = &report.summary;
    let weakest = report
        .dimensions
        .iter()
        .filter(|d| s.weakest.contains(&d.dimension))
        .map(|d| d.name)
        .collect::<Vec<_>>()
        .join(", ");
    let confidence = (s.confidence * 100.0).round() as u32;
    let unsure = s.counts.dont_know + s.counts.unanswered;
    view! {
        <section class="result-section overall" aria-labelledby="overall-title">
            <div class="level-badge" aria-hidden="true">
                <span class="level-number">{report.level}</span>
                <span class="level-of">"of 5"</span>
            </div>
            <div class="overall-text">
                <h2 id="overall-title">
                    "Overall level " {report.level} ": " {report.level_name}
                </h2>
                <p>{report.level_description}</p>
                <p class="rule">{report.rule} " Your weakest: " <strong>{weakest}</strong> "."</p>
                <dl class="stats">
                    <div>
                        <dt>"Mean level"</dt>
                        <dd>{one_decimal(s.mean)}</dd>
                    </div>
                    <div>
                        <dt>"Spread"</dt>
                        <dd>{s.spread} {if s.spread == 1 { " level" } else { " levels" }}</dd>
                    </div>
                    <div>
                        <dt>"Confidence"</dt>
                        <dd>{confidence} "%"</dd>
                    </div>
                </dl>
                <p class="muted">
                    {format!(
                        "Confidence is the share of applicable questions answered from knowledge: {} of {} were “don’t know” or not yet answered.",
                        unsure,
                        s.counts.total - s.counts.not_applicable
                    )}
                </p>
            </div>
        </section>
    }
}

#[component]
pub fn FixFirstCard(report: Report) -> impl IntoView {
    let fix = report.fix_first;
    let first_no = fix.first_no;
    view! {
        <section class="result-section fix-first" aria-labelledby="fix-title">
            <p class="eyebrow">"Fix this first"</p>
            <h2 id="fix-title">{fix.title}</h2>
            <p class="lead">{fix.action}</p>
            <p>{fix.rationale}</p>
            <p class="muted">"Typical move: " {fix.moves}</p>
            <details>
                <summary>"The decision chain, step by step"</summary>
                <ol class="chain">
                    {fix
                        .chain
                        .into_iter()
                        .enumerate()
                        .map(|(i, step)| {
                            let (mark, word) = if step.check.passed() {
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
            </details>
        </section>
    }
}
