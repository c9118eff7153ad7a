use leptos::prelude::*;

use crate::core::rules::crosswalk::Framework;
use crate::core::rules::facts::Check;
use crate::core::rules::report::Report;

fn check_class(check: Check) -> &'static str {
    match check {
        Check::Pass => "check pass",
        Check::Fail => "check fail",
        Check::Unknown => "check unknown",
        Check::NotApplicable => "check not-applicable",
    }
}

fn check_label(check: Check) -> (&'static str, &'static str) {
    match check {
        Check::Pass => ("✓", "Passed"),
        Check::Fail => ("✗", "Not passed"),
        Check::Unknown => ("?", "Unknown (counts as not passed)"),
        Check::NotApplicable => ("–", "Not applicable"),
    }
}

#[component]
pub fn CrosswalkView(report: Report) -> impl IntoView {
    view! {
        <div class="crosswalk">
            <p class="muted">"The same answers, read through each model of the sources with its own level names and its own rule."</p>
            {report.frameworks.into_iter().map(|f| view! { <FrameworkView framework=f/> }).collect_view()}
        </div>
    }
}

#[component]
fn FrameworkView(framework: Framework) -> impl IntoView {
    let f = framework;
    let level = f.level;
    view! {
            <section class="framework" aria-label=f.name>
                <h3>{f.name}</h3>
                <p class="framework-source muted">{f.source}</p>
                <p class="framework-level">
                    {if f.high > level {
                        view! {
                            <strong>{format!("Level {level}–{}", f.high)}</strong>
                            {format!(" (provisional): {} to {}", f.level_name, f.high_name)}
                        }
                        .into_any()
                    } else if level == 0 {
                        view! { <strong>{f.level_name}</strong> }.into_any()
                    } else {
                        view! { <strong>{format!("Level {level}")}</strong> ": " {f.level_name} }.into_any()
                    }}
                </p>
                <p class="muted">{f.rule}</p>
                <ol class="level-scale">
                    {f.level_names
                        .iter()
                        .enumerate()
                        .map(|(i, name)| {
                            let here = i + 1 == usize::from(level);
                            view! {
                                <li class:here=here aria-current=here.then_some("true")>
                                    {*name}
                                    {here.then_some(" ← you are here")}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                {(!f.parts.is_empty()).then(|| view! {
                    <div class="table-scroll">
                    <table class="data-table compact reflow">
                        <thead>
                            <tr><th scope="col">"Part"</th><th scope="col">"Level"</th><th scope="col">"In this model's words"</th></tr>
                        </thead>
                        <tbody>
                            {f.parts.into_iter().map(|p| view! {
                                <tr>
                                    <th scope="row">{p.name}</th>
                                    {if p.open {
                                        view! {
                                            <td data-label="Level">"–"</td>
                                            <td data-label="In this model's words">"not answered yet"</td>
                                        }
                                        .into_any()
                                    } else {
                                        view! {
                                            <td data-label="Level">{p.level}</td>
                                            <td data-label="In this model's words">{p.label}<span class="muted small">" · " {p.detail}</span></td>
                                        }
                                        .into_any()
                                    }}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
    </div>
                })}
                {f.checklists.into_iter().map(|list| {
                    let status = if list.passed { "passed" } else { "not passed" };
                    view! {
                        <div class="checklist">
                            <h4>"Level " {list.level} " checklist: " {status}</h4>
                            <ul>
                                {list.items.into_iter().map(|item| {
                                    let (mark, word) = check_label(item.check);
                                    view! {
                                        <li class=check_class(item.check)>
                                            <span class="mark" aria-hidden="true">{mark}</span>
                                            <span>{item.text}</span>
                                            <span class="check-word">{word}</span>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                }).collect_view()}
                {(!f.notes.is_empty()).then(|| view! {
                    <ul class="notes">{f.notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                })}
            </section>
        }
}
