//! Two results side by side, differences marked in words as well as colour.

use leptos::prelude::*;

use crate::core::rules::compare::AnswerChange;
use crate::core::rules::report::Report;

fn difference(left: u8, right: u8, left_label: &str, right_label: &str) -> String {
    match i16::from(right) - i16::from(left) {
        0 => "same".to_string(),
        d if d > 0 => format!("{right_label} {d} higher"),
        d => format!("{left_label} {} higher", -d),
    }
}

/// Levels per dimension, the overall level and the DORA band of two results.
/// The short labels name the columns ("Theirs", "Before"); the title names
/// what is compared.
#[component]
pub fn LevelComparison(
    title: String,
    left_label: &'static str,
    left: Report,
    right_label: &'static str,
    right: Report,
) -> impl IntoView {
    let diff = move |l: u8, r: u8| difference(l, r, left_label, right_label);
    view! {
        <section class="result-section comparison" aria-labelledby="compare-title">
            <h2 id="compare-title">{title}</h2>
            <div class="table-scroll">
                <table class="data-table reflow">
                    <thead>
                        <tr>
                            <th scope="col">"Dimension"</th>
                            <th scope="col">{left_label}</th>
                            <th scope="col">{right_label}</th>
                            <th scope="col">"Difference"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="overall-row" class:differs=left.headline.level_text() != right.headline.level_text()>
                            <th scope="row">"Headline (lowest delivery stage)"</th>
                            <td data-label=left_label>{left.headline.level_text()}</td>
                            <td data-label=right_label>{right.headline.level_text()}</td>
                            <td data-label="Difference">{diff(left.level, right.level)}</td>
                        </tr>
                        {left
                            .dimensions
                            .iter()
                            .zip(&right.dimensions)
                            .map(|(l, r)| view! {
                                <tr class:differs=l.level != r.level>
                                    <th scope="row">{l.name}</th>
                                    <td data-label=left_label>{l.level}</td>
                                    <td data-label=right_label>{r.level}</td>
                                    <td data-label="Difference">{diff(l.level, r.level)}</td>
                                </tr>
                            })
                            .collect_view()}
                        <tr class:differs=left.dora.overall.text() != right.dora.overall.text()>
                            <th scope="row">{format!("{} band", left.dora.edition)}</th>
                            <td data-label=left_label>{left.dora.overall.text()}</td>
                            <td data-label=right_label>{right.dora.overall.text()}</td>
                            <td data-label="Difference">{if left.dora.overall.text() == right.dora.overall.text() { "same" } else { "differs" }}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The questions answered differently.
#[component]
pub fn AnswerChanges(
    changes: Vec<AnswerChange>,
    left_label: &'static str,
    right_label: &'static str,
) -> impl IntoView {
    if changes.is_empty() {
        return view! { <p class="muted">"Every question has the same answer in both."</p> }
            .into_any();
    }
    view! {
        <div class="table-scroll">
            <table class="data-table answer-changes reflow">
                <caption>{format!("{} questions answered differently", changes.len())}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Question"</th>
                        <th scope="col">{left_label}</th>
                        <th scope="col">{right_label}</th>
                    </tr>
                </thead>
                <tbody>
                    {changes
                        .into_iter()
                        .map(|c| view! {
                            <tr>
                                <th scope="row">{c.question.short}</th>
                                <td data-label=left_label>{c.left}</td>
                                <td data-label=right_label>{c.right}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
