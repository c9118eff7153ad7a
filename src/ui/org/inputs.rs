//! Adding results: many files at once or a whole folder (picked or
//! dropped), pasted links, or a sample organisation. Each input is read on
//! its own; what it gave is listed, refusals first.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::core::formats::org_inputs::{self, Read, MAX_FILE_BYTES};
use crate::core::rules::org::sample;
use crate::ui::browser::file_reading;
use crate::ui::org::state::{now_ms, OrgState};

/// About this many teams in the sample, as the users asked.
const SAMPLE_TEAMS: usize = 40;

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}

/// Reads the files one by one (a folder's files with their paths).
fn read_files(state: OrgState, files: Vec<web_sys::File>) {
    if files.is_empty() {
        return;
    }
    state.status.set(format!("Reading {} files…", files.len()));
    // Every read starts before the first is awaited: the browser reads
    // them side by side.
    let readings: Vec<(String, Result<file_reading::Reading, String>)> = files
        .iter()
        .map(|file| {
            let relative = js_sys::Reflect::get(file, &"webkitRelativePath".into())
                .ok()
                .and_then(|v| v.as_string())
                .filter(|p| !p.is_empty());
            let source = relative.unwrap_or_else(|| file.name());
            (source, file_reading::start(file, MAX_FILE_BYTES))
        })
        .collect();
    spawn_local(async move {
        let mut read = Read::default();
        let now = now_ms();
        for (source, reading) in readings {
            let text = match reading {
                Ok(reading) => file_reading::finish(reading).await,
                Err(e) => Err(e),
            };
            match text {
                Ok(text) => org_inputs::read_file(&mut read, &source, &text, now),
                Err(e) => read.refuse(&source, e),
            }
        }
        state.add(read);
    });
}

#[component]
pub fn Inputs() -> impl IntoView {
    let state = expect_context::<OrgState>();
    let (pasted, set_pasted) = signal(String::new());
    let (dragging, set_dragging) = signal(false);
    // Picks a whole folder (every browser this app supports has it).
    let folder = NodeRef::<leptos::html::Input>::new();
    Effect::new(move || {
        if let Some(input) = folder.get() {
            input.set_webkitdirectory(true);
        }
    });
    let on_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files = files_of(input.files());
        input.set_value("");
        read_files(state, files);
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        set_dragging.set(false);
        read_files(state, files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    let add_links = move |_| {
        let mut read = Read::default();
        org_inputs::read_links(&mut read, "pasted", &pasted.get_untracked(), now_ms());
        if read.refused() == 0 {
            set_pasted.set(String::new());
        }
        state.add(read);
    };
    let try_sample = move |_| {
        let read = Read {
            members: sample::members(SAMPLE_TEAMS, now_ms() as u64 % 1000, now_ms()),
            ..Read::default()
        };
        state.add(read);
    };
    view! {
        <section class="result-section org-inputs no-print" aria-labelledby="org-inputs-title">
            <h2 id="org-inputs-title">{move || if state.org.with(|o| o.teams.is_empty()) { "Add teams’ results" } else { "Add more results" }}</h2>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    set_dragging.set(true);
                }
                on:dragleave=move |_| set_dragging.set(false)
                on:drop=on_drop
            >
                <p>"Drop assessment exports, team files, roll-ups or .txt files of links here, or:"</p>
                <div class="actions">
                    <label class="button primary" for="org-files">"Choose files…"</label>
                    <input id="org-files" class="visually-hidden" type="file" multiple accept=".json,.txt,application/json,text/plain" on:change=on_files/>
                    <label class="button" for="org-folder">"Choose a folder…"</label>
                    <input id="org-folder" class="visually-hidden" type="file" multiple node_ref=folder on:change=on_files/>
                    <button class="button" on:click=try_sample>"Try with a sample organisation"</button>
                </div>
            </div>
            <label for="org-links">"Or paste result links, one per line"</label>
            <textarea
                id="org-links"
                rows="3"
                spellcheck="false"
                placeholder="https://…#r=…"
                prop:value=move || pasted.get()
                on:input=move |ev| set_pasted.set(event_target_value(&ev))
            ></textarea>
            <div class="actions">
                <button class="button" on:click=add_links>"Add links"</button>
            </div>
            <p class="kept">{move || state.kept.get()}</p>
            <InputList/>
        </section>
    }
}

/// What each input gave: refused ones first, each with its reason; the rest
/// counted, and listed on request.
#[component]
fn InputList() -> impl IntoView {
    let state = expect_context::<OrgState>();
    view! {
        {move || {
            let notes = state.notes.get();
            let org_notes = state.org.with(|o| o.notes.clone());
            if notes.is_empty() && org_notes.is_empty() {
                return ().into_any();
            }
            let (refused, read): (Vec<_>, Vec<_>) = notes.into_iter().partition(|n| n.refused);
            let refused_count = refused.len();
            let read_count = read.len();
            view! {
                <div class="org-input-list">
                    {(refused_count > 0).then(|| view! {
                        <h3>{format!("Refused: {refused_count}")}</h3>
                        <ul class="refused-list">
                            {refused.into_iter().take(200).map(|n| view! {
                                <li><strong>{n.source}</strong>": "{n.message}</li>
                            }).collect_view()}
                        </ul>
                        {(refused_count > 200).then(|| view! { <p>{format!("…and {} more.", refused_count - 200)}</p> })}
                    })}
                    <ul class="org-notes">
                        {org_notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                    {(read_count > 0).then(|| view! {
                        <details>
                            <summary>{format!("Read: {read_count} inputs")}</summary>
                            <ul>
                                {read.into_iter().take(1000).map(|n| view! {
                                    <li>{n.source}": "{n.message}</li>
                                }).collect_view()}
                            </ul>
                        </details>
                    })}
                </div>
            }.into_any()
        }}
    }
}

/// Before any team is read: what the view will show.
#[component]
pub fn Empty() -> impl IntoView {
    view! {
        <section class="result-section org-empty">
            <h2>"What you will see"</h2>
            <ul>
                <li>"How many teams, the spread of their levels and DORA bands, the fix most of them share, and the organisation’s median profile."</li>
                <li>"A heat map of teams by area, grouped by organisation path, sortable and filterable; each team opens its full result."</li>
                <li>"Each area’s and each practice’s share of teams, and the teams that do not yet."</li>
                <li>"With results from two dates, each team’s change."</li>
            </ul>
            <p>"Ask each team to set its team name and organisation path on “Before you begin” or on its results, then send you its result link or JSON export."</p>
        </section>
    }
}

/// Keeps a dragged file from opening in place of the page when dropped
/// beside the zone.
pub fn ignore_stray_drops() {
    let _ = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let _ = window_event_listener(leptos::ev::drop, |ev| {
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if target
            .and_then(|t| t.closest(".drop-zone").ok().flatten())
            .is_none()
        {
            ev.prevent_default();
        }
    });
}
