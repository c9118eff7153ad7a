//! The team and organisation path of the current assessment: set before the
//! questions or on the results, they travel in its links, exports and team
//! files, and the organisation view groups by them.

use leptos::prelude::*;

use crate::core::model::belonging::{MAX_PATH_CHARS, MAX_TEAM_CHARS};
use crate::ui::app_state::AppState;

#[component]
pub fn BelongingFields(
    /// Tells the two places apart (ids must be unique on a page).
    id: &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let team = Memo::new(move |_| state.store.with(|s| s.current().belonging.team.clone()));
    let path = Memo::new(move |_| state.store.with(|s| s.current().belonging.path_text()));
    // Saved when a field is left (not on every key), cleaned by the
    // plain-text rules; the field then shows what was kept.
    let save = move |team_text: Option<String>, path_text: Option<String>| {
        let team_text = team_text.unwrap_or_else(|| team.get_untracked());
        let path_text = path_text.unwrap_or_else(|| path.get_untracked());
        state.update(|store, now| store.set_belonging(&team_text, &path_text, now));
    };
    let team_id = format!("{id}-team");
    let path_id = format!("{id}-path");
    view! {
        <fieldset class="belonging">
            <legend>"Your team (optional)"</legend>
            <p class="hint">"For an organisation view of many teams: they travel in your links and exports."</p>
            <div class="belonging-fields">
                <label>"Team name"
                    <input
                        id=team_id
                        type="text"
                        maxlength=MAX_TEAM_CHARS
                        autocomplete="off"
                        placeholder="Checkout"
                        prop:value=move || team.get()
                        on:change=move |ev| save(Some(event_target_value(&ev)), None)
                    />
                </label>
                <label>"Organisation path"
                    <input
                        id=path_id
                        type="text"
                        maxlength=MAX_PATH_CHARS
                        autocomplete="off"
                        placeholder="Payments / Web"
                        prop:value=move || path.get()
                        on:change=move |ev| save(None, Some(event_target_value(&ev)))
                    />
                </label>
            </div>
        </fieldset>
    }
}
