//! The team's numbers: levels per dimension, the disagreements, DORA bands.

use leptos::prelude::*;

use crate::core::model::bank::dora::EDITION;
use crate::core::rules::team::level_text;
use crate::core::rules::team::{Disagreement, TeamReport, DISAGREEMENT, TEAM_RULE};

#[component]
pub fn TeamResults(report: TeamReport, labels: Vec<String>) -> impl IntoView {
    let weakest: Vec<&str> = report
        .dimensions
        .iter()
        .filter(|d| report.weakest.contains(&d.dimension))
        .map(|d| d.name)
        .collect();
    let older: Vec<String> = report
        .older_revisions
        .iter()
        .map(|(i, rev)| format!("{} answered question bank revision {rev}", labels[*i]))
        .collect();
    view! {
        <section class="result-section team-level" aria-labelledby="team-level-title">
            <h2 id="team-level-title">{format!("Team level {} of 5", level_text(report.level))}</h2>
            <p class="rule">{TEAM_RULE} " Lowest: " <strong>{weakest.join(", ")}</strong> "."</p>
            {(!older.is_empty()).then(|| view! {
                <p class="inline-notice">
                    {older.join("; ")}
                    ". Questions added since count as unanswered for them and are left out of the disagreements."
                </p>
            })}
            <LevelsTable report=report.clone() labels=labels.clone()/>
        </section>
        <Disagreements report=report.clone() labels=labels.clone()/>
        <DoraSpread report=report labels=labels/>
    }
}

/// The heat-map class of a level: "heat-1" (lowest) to "heat-5".
fn heat(level: f64) -> String {
    format!("heat-{}", level.floor().clamp(1.0, 5.0) as u8)
}

/// A person's short column label ("P2"): full labels break letter by letter
/// in narrow columns. The key under the table names everyone.
fn short_label(index: usize) -> String {
    format!("P{}", index + 1)
}

/// A person's column header: the short label shown, the full one read out.
fn person_header(index: usize, label: &str) -> impl IntoView {
    view! {
        <th scope="col" class="person">
            <span aria-hidden="true">{short_label(index)}</span>
            <span class="visually-hidden">{label.to_string()}</span>
        </th>
    }
}

#[component]
fn LevelsTable(report: TeamReport, labels: Vec<String>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table team-levels heat-map">
                <caption>
                    "Levels per area: the team's (the median of everyone's), then each person's, as number and colour"
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Area"</th>
                        <th scope="col">"Team"</th>
                        <th scope="col" class="range-col">"Lowest"</th>
                        <th scope="col" class="range-col">"Highest"</th>
                        {labels.iter().enumerate().map(|(i, l)| person_header(i, l)).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <tr class="overall-row">
                        <th scope="row">"Headline"</th>
                        <td class=heat(report.level)>{level_text(report.level)}</td>
                        <td class="range-col"></td>
                        <td class="range-col"></td>
                        {report.respondent_levels.iter().map(|l| view! { <td class=heat(f64::from(*l))>{*l}</td> }).collect_view()}
                    </tr>
                    {report
                        .dimensions
                        .iter()
                        .map(|d| {
                            let wide = d.max - d.min >= DISAGREEMENT;
                            view! {
                            <tr data-dimension=d.dimension class:differs=wide>
                                <th scope="row">
                                    {d.name}
                                    {wide.then(|| view! {
                                        <span class="differs-mark" aria-hidden="true">" •"</span>
                                        <span class="visually-hidden">" (people two or more levels apart)"</span>
                                    })}
                                </th>
                                <td class=format!("median {}", heat(d.median))>{level_text(d.median)}</td>
                                <td class="range-col">{d.min}</td>
                                <td class="range-col">{d.max}</td>
                                {d.levels.iter().map(|l| view! { <td class=heat(f64::from(*l))>{*l}</td> }).collect_view()}
                            </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <HeatLegend labels=labels/>
    }
}

/// What the table's colours, marks and short labels mean.
#[component]
fn HeatLegend(labels: Vec<String>) -> impl IntoView {
    view! {
        <div class="heat-legend">
            <p class="heat-scale">
                <span>"Colour: darker is lower. Level"</span>
                {(1..=5u8).map(|l| view! {
                    <span class=format!("heat-chip heat-{l}")>{l}</span>
                }).collect_view()}
            </p>
            <p>
                <span class="differs-mark" aria-hidden="true">"•"</span>
                " after an area: people are two or more levels apart there."
            </p>
            <p class="people-key">
                <span>"Columns: "</span>
                {labels.iter().enumerate().map(|(i, l)| view! {
                    <span class="person-key"><strong>{short_label(i)}</strong> " " {l.clone()}</span>
                }).collect_view()}
            </p>
        </div>
    }
}

/// Shown before the rest are one tap away.
const FIRST_DISAGREEMENTS: usize = 5;

#[component]
fn Disagreements(report: TeamReport, labels: Vec<String>) -> impl IntoView {
    let count = report.disagreements.len();
    let item = move |d: &Disagreement| {
        view! {
            <li data-question=d.question.id>
                <h3>{d.question.prompt}</h3>
                <p class="muted">{d.gap_text()}</p>
                <ul class="answers-by-person">
                    {answer_groups(d, &labels)
                        .into_iter()
                        .map(|(answer, who)| view! {
                            <li><strong>{answer}</strong> ": " {who.join(", ")}</li>
                        })
                        .collect_view()}
                </ul>
            </li>
        }
    };
    let (first, rest) = report
        .disagreements
        .split_at(count.min(FIRST_DISAGREEMENTS));
    let first = first.iter().map(&item).collect_view();
    let rest_count = rest.len();
    let rest = (rest_count > 0).then(|| {
        let rest = rest.iter().map(&item).collect_view();
        view! {
            <details class="more-disagreements">
                <summary>{format!("The other {rest_count}, smaller gaps")}</summary>
                <ol class="disagreement-list" start=FIRST_DISAGREEMENTS + 1>{rest}</ol>
            </details>
        }
    });
    view! {
        <section class="result-section disagreements" aria-labelledby="disagree-title">
            <h2 id="disagree-title">{format!("Where you disagree ({count})")}</h2>
            <p class="muted">
                "Answers two or more levels (or answer steps) apart, largest gap first: the conversations to have."
            </p>
            {if count == 0 {
                view! { <p>"No question has answers two or more levels apart."</p> }.into_any()
            } else {
                view! {
                    <ol class="disagreement-list">{first}</ol>
                    {rest}
                }
                .into_any()
            }}
        </section>
    }
}

/// Each answer given, with who gave it, in the order first given.
fn answer_groups(d: &Disagreement, labels: &[String]) -> Vec<(String, Vec<String>)> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for (answer, who) in d.answers.iter().zip(labels) {
        match groups.iter_mut().find(|(text, _)| *text == answer.text) {
            Some((_, people)) => people.push(who.clone()),
            None => groups.push((answer.text.clone(), vec![who.clone()])),
        }
    }
    groups
}

#[component]
fn DoraSpread(report: TeamReport, labels: Vec<String>) -> impl IntoView {
    view! {
        <section class="result-section" aria-labelledby="team-dora-title">
            <h2 id="team-dora-title">{format!("{EDITION} bands, person by person")}</h2>
            <div class="table-scroll">
                <table class="data-table team-dora reflow">
                    <thead>
                        <tr>
                            <th scope="col">"Key"</th>
                            {labels.iter().enumerate().map(|(i, l)| person_header(i, l)).collect_view()}
                            <th scope="col">"Spread"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="overall-row">
                            <th scope="row">"Overall band"</th>
                            {report.dora.overall.iter().enumerate().map(|(i, b)| view! { <td data-label=short_label(i)>{b.clone()}</td> }).collect_view()}
                            <td data-label="Spread">{spread_text(report.dora.overall_spread)}</td>
                        </tr>
                        {report
                            .dora
                            .metrics
                            .iter()
                            .map(|m| view! {
                                <tr>
                                    <th scope="row">{m.name}</th>
                                    {m.bands.iter().enumerate().map(|(i, b)| view! { <td data-label=short_label(i)>{b.clone()}</td> }).collect_view()}
                                    <td data-label="Spread">{spread_text(m.spread)}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn spread_text(spread: u8) -> String {
    match spread {
        0 => "same band".to_string(),
        1 => "1 band".to_string(),
        n => format!("{n} bands"),
    }
}
