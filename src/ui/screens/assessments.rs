//! Several named assessments: create, rename, duplicate, delete, switch.

use leptos::prelude::*;

use crate::core::model::progress;
use crate::core::model::saved_state::{Assessment, MAX_NAME_CHARS};
use crate::core::rules::report;
use crate::ui::app_state::AppState;
use crate::ui::nav::{Navigation, Page};
use crate::ui::parts::import_panel::ImportPanel;

/// "2026-11-22": unambiguous in every locale.
/// The day of a time, formatted in the core: a JavaScript `Date` throws on a
/// time beyond its range, and this must never fail.
fn date_text(ms: f64) -> String {
    crate::core::support::time::iso8601(ms)
        .chars()
        .take(10)
        .collect()
}

#[component]
pub fn Assessments() -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<Navigation>();
    let (new_name, set_new_name) = signal(String::new());
    let create = move || {
        let name = new_name.get_untracked();
        state.update(|store, now| {
            store.create(&name, now);
        });
        set_new_name.set(String::new());
        nav.go.set(Page::Overview);
    };
    let list = Memo::new(move |_| {
        state
            .store
            .with(|s| (s.assessments.clone(), s.current.clone()))
    });

    view! {
        <section aria-labelledby="assessments-title">
            <h1 id="assessments-title">"Your assessments"</h1>
            <p class="muted">
                "Keep one assessment per team, product or quarter. They are saved in this browser only."
            </p>
            <ul class="assessment-list">
                <For
                    each=move || list.get().0
                    key=|a| (a.id.clone(), a.name.clone(), a.updated_ms as u64)
                    let:assessment
                >
                    <AssessmentCard
                        assessment=assessment.clone()
                        is_current=list.get_untracked().1 == assessment.id
                    />
                </For>
            </ul>
            <form
                class="new-assessment"
                on:submit=move |ev| {
                    ev.prevent_default();
                    create();
                }
            >
                <label for="new-assessment-name">"Name of a new assessment"</label>
                <div class="inline-form">
                    <input
                        id="new-assessment-name"
                        type="text"
                        maxlength=MAX_NAME_CHARS
                        placeholder="e.g. Payments team, Q3"
                        prop:value=move || new_name.get()
                        on:input=move |ev| set_new_name.set(event_target_value(&ev))
                    />
                    <button class="button primary" type="submit">"Create assessment"</button>
                </div>
            </form>
            <ImportPanel/>
        </section>
    }
}

#[component]
fn AssessmentCard(assessment: Assessment, is_current: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<Navigation>();
    let (renaming, set_renaming) = signal(false);
    let (confirming, set_confirming) = signal(false);
    let (draft, set_draft) = signal(assessment.name.clone());
    let p = progress::overall(&assessment.answers);
    let level = report::assess(&assessment.answers).level;
    let id = StoredValue::new(assessment.id.clone());
    let name = assessment.name.clone();
    let name_for_confirm = name.clone();
    let heading_id = format!("assessment-{}", assessment.id);
    let labelled_by = heading_id.clone();

    let open = move |page: Page| {
        state.update(|store, _| store.switch(&id.get_value()));
        nav.go.set(page);
    };

    view! {
        <li class="assessment-card" class:current=is_current aria-labelledby=labelled_by>
            <div class="assessment-head">
                <h2 id=heading_id>{name.clone()}</h2>
                {is_current.then(|| view! { <span class="tag">"Open now"</span> })}
            </div>
            <p class="muted">
                {format!(
                    "{} of {} answered · level {} so far · changed {}",
                    p.answered, p.total, level, date_text(assessment.updated_ms)
                )}
            </p>
            <Show when=move || renaming.get()>
                <form
                    class="inline-form"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        let name = draft.get_untracked();
                        state.update(|store, now| store.rename(&id.get_value(), &name, now));
                        set_renaming.set(false);
                    }
                >
                    <label class="visually-hidden" for=format!("rename-{}", id.get_value())>"New name"</label>
                    <input
                        id=format!("rename-{}", id.get_value())
                        type="text"
                        maxlength=MAX_NAME_CHARS
                        prop:value=move || draft.get()
                        on:input=move |ev| set_draft.set(event_target_value(&ev))
                    />
                    <button class="button primary" type="submit">"Save name"</button>
                    <button class="button" type="button" on:click=move |_| set_renaming.set(false)>"Cancel"</button>
                </form>
            </Show>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-label="Confirm deletion">
                    <p>{format!("Delete “{name_for_confirm}” and all its answers and notes? This cannot be undone.")}</p>
                    <button
                        class="button danger"
                        on:click=move |_| {
                            state.update(|store, now| store.delete(&id.get_value(), now));
                        }
                    >
                        "Delete for good"
                    </button>
                    <button class="button" on:click=move |_| set_confirming.set(false)>"Keep it"</button>
                </div>
            </Show>
            <div class="actions card-actions">
                <button class="button primary" on:click=move |_| open(Page::Section(0))>"Open"</button>
                <button class="button" on:click=move |_| open(Page::Results)>"Results"</button>
                <button class="button" on:click=move |_| set_renaming.set(true)>"Rename"</button>
                <button
                    class="button"
                    on:click=move |_| state.update(|store, now| { store.duplicate(&id.get_value(), now); })
                >
                    "Duplicate"
                </button>
                <button class="button" on:click=move |_| set_confirming.set(true)>"Delete"</button>
            </div>
        </li>
    }
}
