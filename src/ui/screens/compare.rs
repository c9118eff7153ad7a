//! Any two saved assessments or snapshots side by side.

use leptos::prelude::*;

use crate::core::rules::compare::{self, changed_answers};
use crate::core::rules::report::assess;
use crate::ui::app_state::AppState;
use crate::ui::parts::level_comparison::{AnswerChanges, LevelComparison};

#[component]
pub fn ComparePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let sources = Memo::new(move |_| {
        state.store.with(|s| {
            compare::sources(s)
                .into_iter()
                .map(|(source, label)| (source.key(), label))
                .collect::<Vec<_>>()
        })
    });
    let (left, right) = state.store.with_untracked(compare::default_pair);
    let (left, set_left) = signal(left);
    let (right, set_right) = signal(right);
    let picker = move |id: &'static str,
                       label: &'static str,
                       value: ReadSignal<String>,
                       set: WriteSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id on:change=move |ev| set.set(event_target_value(&ev))>
                    {move || {
                        sources
                            .get()
                            .into_iter()
                            .map(|(key, text)| {
                                let selected = key == value.get_untracked();
                                view! { <option value=key selected=selected>{text}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
        }
    };

    view! {
        <article class="compare" aria-labelledby="compare-page-title">
            <h1 id="compare-page-title">"Compare two"</h1>
            <p class="muted">"Pick any two of your saved assessments or snapshots. Differences are marked with a dot and described in words."</p>
            <div class="compare-pickers no-print">
                {picker("compare-left", "Before (left)", left, set_left)}
                {picker("compare-right", "After (right)", right, set_right)}
            </div>
            {move || {
                let (l, r) = state.store.with(|s| {
                    (compare::resolve(s, &left.get()), compare::resolve(s, &right.get()))
                });
                match (l, r) {
                    (Some((l_label, l_answers)), Some((r_label, r_answers))) => view! {
                        <LevelComparison
                            title=format!("{l_label} → {r_label}")
                            left_label="Before"
                            left=assess(&l_answers)
                            right_label="After"
                            right=assess(&r_answers)
                        />
                        <section class="result-section" aria-labelledby="changes-title">
                            <h2 id="changes-title">"Answers that differ"</h2>
                            <AnswerChanges changes=changed_answers(&l_answers, &r_answers) left_label="Before" right_label="After"/>
                        </section>
                    }
                    .into_any(),
                    _ => view! { <p role="alert">"One of the two is no longer saved: pick another."</p> }.into_any(),
                }
            }}
        </article>
    }
}
