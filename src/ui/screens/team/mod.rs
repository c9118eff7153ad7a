//! The team view: several people's results combined, with where they disagree.

mod add;
mod people;
mod share;
mod tables;

use leptos::prelude::*;

use crate::core::formats::team_inputs;
use crate::core::rules::team::aggregate;
use crate::ui::app_state::{AppState, Tone};
use crate::ui::nav::{Navigation, Page};

pub use add::AddPanel;

/// Opens a team link from the address: its people are added to the team view.
pub fn open_team_link(fragment: &str, state: AppState, nav: Navigation) {
    let mut team = state.team.get_untracked();
    let outcomes: Vec<team_inputs::Outcome> = team_inputs::add_links(&mut team, fragment)
        .into_iter()
        .flat_map(|(_, outcomes)| outcomes)
        .collect();
    let added = outcomes.iter().filter(|o| o.is_added()).count();
    state.set_team(&team);
    let refused = outcomes.iter().find_map(|o| o.reason());
    let text = match refused {
        Some(reason) if added == 0 => format!("This team link could not be opened: {reason}."),
        _ if added == 0 => "Opened a team link: everyone in it is already in your team view.".to_string(),
        _ if added == outcomes.len() => format!(
            "Opened a team link: {added} {} added to your team view.",
            if added == 1 { "person" } else { "people" }
        ),
        _ => format!(
            "Opened a team link: {added} of {} people added to your team view; the others were already in it.",
            outcomes.len()
        ),
    };
    // Only a refusal is a warning; people already in the team are information.
    state.notify(
        if refused.is_some() && added == 0 {
            Tone::Warning
        } else {
            Tone::Info
        },
        text,
    );
    nav.show(Page::Team);
}

#[component]
pub fn TeamPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Labels are part of what is shown, so a renamed person redraws too.
    let shown = Memo::new(move |_| {
        state.team.with(|team| {
            let labels: Vec<String> = team.iter().map(|r| r.label.clone()).collect();
            (labels, aggregate(team))
        })
    });
    view! {
        <article class="team" aria-labelledby="team-title">
            <h1 id="team-title">"Team view"</h1>
            <p class="muted">
                "Combine several people's results to see the team's level and, above all, where you disagree. "
                "Everything stays in this browser: links and files are read here, never uploaded."
            </p>
            <p class="org-link">
                "Many teams? The "<a href="#/org">"organisation view"</a>" reads hundreds of teams’ results at once, grouped by their organisation path."
            </p>
            {move || state.unreadable_team().map(|reason| view! {
                <p class="inline-notice" role="alert">
                    {format!("Your saved team view could not be read: {reason}. Adding people starts a new one; the unreadable one is kept aside first.")}
                </p>
            })}
            // The team's result first; adding people and editing them after.
            <Show
                when=move || state.team.with(|t| !t.is_empty())
                fallback=|| view! { <p class="empty-team">"No one in the team view yet. Paste links to results or add JSON exports below."</p> }
            >
                {move || {
                    let (labels, report) = shown.get();
                    view! { <tables::TeamResults report=report labels=labels/> }
                }}
                <share::TeamShare/>
                <people::People/>
            </Show>
            <AddPanel/>
        </article>
    }
}
