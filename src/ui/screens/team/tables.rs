//! The team's numbers: levels per dimension, the disagreements, DORA bands.

use leptos::prelude::*;

use crate::core::model::bank::dora::EDITION;
use crate::core::rules::team::level_text;
use crate::core::rules::team::{TeamReport, DISAGREEMENT, TEAM_RULE};

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

#[component]
fn LevelsTable(report: TeamReport, labels: Vec<String>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table team-levels heat-map">
                <caption>
                    "Levels per area, as a heat map: each person's level as number and colour (darker is lower), with the team's median, lowest and highest"
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Area"</th>
                        <th scope="col">"Median"</th>
                        <th scope="col" class="range-col">"Lowest"</th>
                        <th scope="col" class="range-col">"Highest"</th>
                        {labels.iter().map(|l| view! { <th scope="col">{l.clone()}</th> }).collect_view()}
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
                                <th scope="row">{d.name}</th>
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
    }
}

#[component]
fn Disagreements(report: TeamReport, labels: Vec<String>) -> impl IntoView {
    let count = report.disagreements.len();
    view! {
        <section class="result-section disagreements" aria-labelledby="disagree-title">
            <h2 id="disagree-title">{format!("Where you disagree ({count})")}</h2>
            <p class="muted">
                "Questions whose answers are two or more levels apart (for the DORA keys and the context questions: two or more answer steps), largest gap first. "
                "These are the conversations to have: people see the same system differently."
            </p>
            {if count == 0 {
                view! { <p>"No question has answers two or more levels apart."</p> }.into_any()
            } else {
                view! {
                    <ol class="disagreement-list">
                        {report
                            .disagreements
                            .iter()
                            .map(|d| {
                                view! {
                                    <li data-question=d.question.id>
                                        <h3>{d.question.prompt}</h3>
                                        <p class="muted">{d.gap_text()}</p>
                                        <ul class="answers-by-person">
                                            {d.answers
                                                .iter()
                                                .zip(&labels)
                                                .map(|(a, who)| view! {
                                                    <li><strong>{who.clone()}</strong> ": " {a.text.clone()}</li>
                                                })
                                                .collect_view()}
                                        </ul>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            }}
        </section>
    }
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
                            {labels.iter().map(|l| view! { <th scope="col">{l.clone()}</th> }).collect_view()}
                            <th scope="col">"Spread"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="overall-row">
                            <th scope="row">"Overall band"</th>
                            {report.dora.overall.iter().zip(labels.clone()).map(|(b, l)| view! { <td data-label=l>{b.clone()}</td> }).collect_view()}
                            <td data-label="Spread">{spread_text(report.dora.overall_spread)}</td>
                        </tr>
                        {report
                            .dora
                            .metrics
                            .iter()
                            .map(|m| view! {
                                <tr>
                                    <th scope="row">{m.name}</th>
                                    {m.bands.iter().zip(labels.clone()).map(|(b, l)| view! { <td data-label=l>{b.clone()}</td> }).collect_view()}
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
