//! Adding people to the team view: pasted links, JSON files, or one's own
//! current assessment. Every input gets its own line of outcome.

use leptos::prelude::*;

use crate::ui::browser::file_reading;
use leptos::task::spawn_local;

use crate::core::formats::export;
use crate::core::formats::team_inputs;
use crate::core::rules::team::Respondent;
use crate::ui::app_state::{now_ms, AppState};

#[component]
pub fn AddPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (pasted, set_pasted) = signal(String::new());
    let (report, set_report) = signal(Vec::<(String, bool)>::new());

    let add_links = move |_| {
        let mut team = state.team.get_untracked();
        let lines: Vec<(String, bool)> = team_inputs::add_links(&mut team, &pasted.get_untracked())
            .into_iter()
            .flat_map(|(line, outcomes)| {
                outcomes
                    .into_iter()
                    .map(move |o| (format!("Line {line}: {o}."), !o.is_refused()))
            })
            .collect();
        state.set_team(&team);
        if lines.iter().all(|(_, added)| *added) {
            set_pasted.set(String::new());
        }
        set_report.set(if lines.is_empty() {
            vec![(
                "Nothing to add: paste one link per line.".to_string(),
                false,
            )]
        } else {
            lines
        });
    };
    let add_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(files) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        input.set_value("");
        spawn_local(async move {
            let mut lines = Vec::new();
            for file in files {
                let name = file.name();
                let outcomes = match file_reading::read_text(file, export::MAX_BYTES).await {
                    Ok(text) => {
                        let mut team = state.team.get_untracked();
                        let outcomes = team_inputs::add_file(&mut team, &text, now_ms());
                        state.set_team(&team);
                        outcomes
                    }
                    Err(e) => vec![team_inputs::Outcome::Refused(e)],
                };
                for o in outcomes {
                    lines.push((format!("{name}: {o}."), !o.is_refused()));
                }
            }
            set_report.set(lines);
        });
    };
    let add_mine = move |_| {
        let (name, answers, belonging) = state.store.with_untracked(|s| {
            let current = s.current();
            (
                current.name.clone(),
                current.answers.clone(),
                current.belonging.clone(),
            )
        });
        let mut team = state.team.get_untracked();
        let outcome = team_inputs::add(
            &mut team,
            Respondent {
                label: name,
                answers,
                revision: crate::core::model::bank::REVISION,
                belonging,
            },
        );
        state.set_team(&team);
        set_report.set(vec![(
            format!("Your assessment: {outcome}."),
            !outcome.is_refused(),
        )]);
    };

    view! {
        <section class="result-section team-add no-print" aria-labelledby="team-add-title">
            <h2 id="team-add-title">"Add people"</h2>
            <label for="team-links">"Links to results, one per line, as copied from chat"</label>
            <textarea
                id="team-links"
                rows="5"
                spellcheck="false"
                placeholder="https://…#r=…"
                prop:value=move || pasted.get()
                on:input=move |ev| set_pasted.set(event_target_value(&ev))
            ></textarea>
            <div class="actions">
                <button class="button primary" on:click=add_links>"Add links"</button>
                <label class="button" for="team-files">"Add JSON exports…"</label>
                <input
                    id="team-files"
                    class="visually-hidden"
                    type="file"
                    multiple
                    accept=".json,application/json"
                    on:change=add_files
                />
                <button class="button" on:click=add_mine>"Add my current assessment"</button>
            </div>
            <ul class="team-outcomes" role="status">
                {move || {
                    report
                        .get()
                        .into_iter()
                        .map(|(text, added)| view! { <li class:refused=!added>{text}</li> })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
