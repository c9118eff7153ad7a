//! Sharing the team view: everyone's answers and names in one link.

use leptos::prelude::*;

use crate::core::formats::{team_file, team_link};
use crate::core::rules::team::aggregate;
use crate::ui::app_state::{now_ms, AppState};
use crate::ui::browser::fragment;
use crate::ui::parts::share_panel::SharePanel;

#[component]
pub fn TeamShare() -> impl IntoView {
    let state = expect_context::<AppState>();
    let link = Memo::new(move |_| {
        state
            .team
            .with(|t| fragment::share_address(&team_link::encode(t)))
    });
    let summary = Callback::new(move |()| {
        state
            .team
            .with(|t| team_file::summary(t, &aggregate(t), &link.get_untracked().url))
    });
    let file = Callback::new(move |()| {
        (
            team_file::file_name(now_ms()),
            state.team.with(|t| team_file::export(t, now_ms())),
        )
    });
    view! {
        <SharePanel
            id="team-share"
            heading="Share the team view"
            intro="One link holds everyone's answers and names after the “#”, which browsers never send to a server. Notes are never included."
            link_label="Link to this team view"
            link=link
            summary=summary
            file=file
            show_length=true
            compact=true
        />
    }
}
