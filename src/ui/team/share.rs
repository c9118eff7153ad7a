//! Sharing the team view: one link, a Markdown summary, a JSON file.

use leptos::prelude::*;

use crate::core::formats::team_file;
use crate::core::formats::team_link;
use crate::core::rules::team::aggregate;
use crate::core::support::time::iso8601;
use crate::ui::state::{now_ms, AppState};
use crate::ui::{browser_io, fragment};

#[component]
pub fn TeamShare() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (status, set_status) = signal(String::new());
    let url = Memo::new(move |_| {
        state
            .team
            .with(|t| fragment::url_with(&team_link::encode(t)))
    });
    let copy = move |text: String, what: &'static str| {
        browser_io::copy_and_report(text, what, set_status);
    };
    let copy_summary = move |_| {
        let text = state
            .team
            .with(|t| team_file::summary(t, &aggregate(t), &url.get_untracked()));
        copy(text, "Summary");
    };
    let download = move |_| {
        let document = state.team.with(|t| team_file::export(t, now_ms()));
        let file_name = format!("devops-maturity-team-{}.json", &iso8601(now_ms())[..10]);
        browser_io::download_json_and_report(&file_name, &document, set_status);
    };
    view! {
        <section class="result-section share no-print" aria-labelledby="team-share-title">
            <h2 id="team-share-title">"Share the team view"</h2>
            <p class="muted">
                "One link holds everyone's answers and names after the “#”, which browsers never send to a server. Notes are never included."
            </p>
            <label for="team-link">"Link to this team view"</label>
            <div class="inline-form">
                <input id="team-link" type="text" readonly prop:value=move || url.get()/>
                <button class="button primary" on:click=move |_| copy(url.get_untracked(), "Link")>"Copy link"</button>
            </div>
            <p class="muted">{move || format!("The link is {} characters long.", url.get().len())}</p>
            <div class="actions">
                <button class="button" on:click=copy_summary>"Copy summary (Markdown)"</button>
                <button class="button" on:click=download>"Download JSON"</button>
            </div>
            <p class="share-status" role="status">{move || status.get()}</p>
        </section>
    }
}
