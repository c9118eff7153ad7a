//! The people in the team view: labels to edit, people to remove.

use leptos::prelude::*;

use crate::core::rules::team::MAX_LABEL_CHARS;
use crate::ui::app_state::AppState;

#[component]
pub fn People() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (confirm_clear, set_confirm_clear) = signal(false);
    let rename = move |index: usize, label: String| {
        let mut team = state.team.get_untracked();
        if let Some(person) = team.get_mut(index) {
            let label = label.trim();
            if !label.is_empty() {
                person.label = label.chars().take(MAX_LABEL_CHARS).collect();
            }
        }
        state.set_team(&team);
    };
    let remove = move |index: usize| {
        let mut team = state.team.get_untracked();
        if index < team.len() {
            team.remove(index);
        }
        state.set_team(&team);
    };

    view! {
        <section class="result-section no-print" aria-labelledby="people-title">
            <h2 id="people-title">{move || format!("People ({})", state.team.with(Vec::len))}</h2>
            <ol class="people-list">
                {move || {
                    state
                        .team
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, person)| {
                            let id = format!("person-{i}");
                            view! {
                                <li>
                                    <label class="visually-hidden" for=id.clone()>{format!("Name of person {}", i + 1)}</label>
                                    <input
                                        id=id
                                        type="text"
                                        maxlength=MAX_LABEL_CHARS
                                        prop:value=person.label.clone()
                                        on:change=move |ev| rename(i, event_target_value(&ev))
                                    />
                                    <button
                                        class="button small"
                                        aria-label=format!("Remove {}", person.label)
                                        on:click=move |_| remove(i)
                                    >
                                        "Remove"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <Show
                when=move || confirm_clear.get()
                fallback=move || view! {
                    <button class="button" on:click=move |_| set_confirm_clear.set(true)>"Clear the team view"</button>
                }
            >
                <div class="confirm" role="alertdialog" aria-label="Confirm clearing">
                    <p>"Remove everyone from the team view? Their own saved results are not affected."</p>
                    <button
                        class="button danger"
                        on:click=move |_| {
                            state.set_team(&[]);
                            set_confirm_clear.set(false);
                        }
                    >
                        "Clear for good"
                    </button>
                    <button class="button" on:click=move |_| set_confirm_clear.set(false)>"Keep them"</button>
                </div>
            </Show>
        </section>
    }
}
