//! The roll-up as it leaves the page: an executive report in print, Markdown
//! for chat, CSV for spreadsheets, the roll-up file (which reopens the view),
//! and forgetting what this browser kept.

use leptos::prelude::*;

use crate::core::formats::rollup;
use crate::core::model::bank::DIMENSIONS;
use crate::core::rules::org::views::{self, whole, AREA_SHORT};
use crate::core::rules::org::Team;
use crate::core::rules::team::level_text;
use crate::core::support::time::iso8601;
use crate::ui::browser::{clipboard, download};
use crate::ui::org::state::{now_ms, OrgState};

#[component]
pub fn Outputs() -> impl IntoView {
    let state = expect_context::<OrgState>();
    let (status, set_status) = signal(String::new());
    let (confirming, set_confirming) = signal(false);
    let shown_teams = move |f: &dyn Fn(&[&Team]) -> String| {
        let shown = state.shown();
        state.org.with_untracked(|o| {
            let teams: Vec<&Team> = shown.iter().map(|&i| &o.teams[i]).collect();
            f(&teams)
        })
    };
    let day = move || iso8601(now_ms())[..10].to_string();
    let copy_markdown = move |_| {
        let text = shown_teams(&|t| rollup::markdown(t, state.target.get_untracked()));
        clipboard::copy_and_report(text, "The Markdown summary", set_status);
    };
    let csv = move |_| {
        let text = shown_teams(&rollup::csv);
        let name = format!("devops-maturity-org-{}.csv", day());
        match download::download(&name, "text/csv", &text) {
            Ok(()) => set_status.set(format!("Downloaded {name}: the teams shown, one row each.")),
            Err(e) => set_status.set(format!("Could not download: {e}.")),
        }
    };
    let json = move |_| {
        let doc = state
            .org
            .with(|o| rollup::export(o, state.target.get_untracked(), now_ms()));
        download::download_json_and_report(
            &format!("devops-maturity-org-{}.json", day()),
            &doc,
            set_status,
        );
    };
    let forget = move |_| {
        if confirming.get_untracked() {
            set_confirming.set(false);
            state.forget();
        } else {
            set_confirming.set(true);
        }
    };
    view! {
        <PrintedGroups/>
        <section class="result-section org-outputs no-print" aria-labelledby="org-outputs-title">
            <h2 id="org-outputs-title">"Take it with you"</h2>
            <div class="actions">
                <button class="button" on:click=move |_| { let _ = window().print(); }>"Print the report"</button>
                <button class="button" on:click=copy_markdown>"Copy Markdown for chat"</button>
                <button class="button" on:click=csv>"Download CSV"</button>
                <button class="button" on:click=json>"Download the roll-up file"</button>
            </div>
            <p class="hint">"CSV and Markdown hold the teams the filters show; the roll-up file holds every result and reopens this view, here or in another browser."</p>
            <p role="status">{move || status.get()}</p>
            <div class="actions">
                <button class="button danger" on:click=forget>
                    {move || if confirming.get() { "Yes, forget it" } else { "Forget this organisation" }}
                </button>
                {move || confirming.get().then(|| view! {
                    <button class="button" on:click=move |_| set_confirming.set(false)>"Keep it"</button>
                    <span class="hint">"Empties this view and deletes what this browser kept of it. Your own assessments are not touched."</span>
                })}
            </div>
        </section>
    }
}

/// For the printed report: one row per path group (its teams' medians), in
/// place of one row per team, so hundreds of teams fit a few pages.
#[component]
fn PrintedGroups() -> impl IntoView {
    let state = expect_context::<OrgState>();
    view! {
        <section class="result-section print-only org-groups" aria-hidden="true">
            <h2>"Groups by organisation path (medians)"</h2>
            <table class="heat-map org-table">
                <thead><tr>
                    <th>"Group"</th><th>"Teams"</th><th>"Level"</th>
                    {(0..DIMENSIONS.len()).map(|i| view! { <th>{AREA_SHORT[i]}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {move || state.org.with(|o| {
                        let all: Vec<usize> = (0..o.teams.len()).collect();
                        views::groups(o, &all).into_iter().map(|(path, teams)| {
                            let (headline, areas) = views::group_profile(o, &teams);
                            let cell = |l: Option<f64>| {
                                let class = l.map_or("cell open".to_string(), |l| format!("cell heat-{}", whole(l)));
                                view! { <td class=class>{l.map_or("–".to_string(), level_text)}</td> }
                            };
                            view! {
                                <tr>
                                    <th>{if path.is_empty() { "No path".to_string() } else { path }}</th>
                                    <td>{teams.len()}</td>
                                    {cell(headline)}
                                    {areas.into_iter().map(cell).collect_view()}
                                </tr>
                            }
                        }).collect_view()
                    })}
                </tbody>
            </table>
        </section>
    }
}
