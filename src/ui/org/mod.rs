//! The organisation view: many teams' results in one private page. It is a
//! binary of its own (`src/bin/org.rs`), which the page starts for `#/org`
//! only, so a visitor who never opens it never downloads it.
//!
//! - `state`: the results read so far, the roll-up and what the view shows;
//! - `inputs`: files, folders, pasted links and the sample organisation;
//! - `summary`, `heat_map` (with `filters` and `keyboard`), `shares`,
//!   `changes`, `drill_down`: the sections, top down;
//! - `outputs`: print, Markdown, CSV, the roll-up file, forgetting it.

mod changes;
mod drill_down;
mod filters;
mod heat_map;
mod inputs;
mod keyboard;
mod outputs;
mod shares;
mod state;
mod summary;

use leptos::prelude::*;

use crate::core::formats::opened_link::{classify, LinkKind};
use crate::ui::browser::{fragment, prerendered};
use state::OrgState;

/// Starts the view on `<body>`, in place of the prerendered landing.
pub fn mount() {
    crate::ui::browser::crash_notice::install();
    prerendered::remove();
    leptos::mount::mount_to_body(OrgView);
    prerendered::mark_started();
    inputs::ignore_stray_drops();
    // Any other address (a screen, a result link) belongs to the app: the
    // page starts again and the app's own binary answers it.
    fragment::on_change(|text| {
        if !matches!(classify(&text), LinkKind::OrgView | LinkKind::None) || text.is_empty() {
            let _ = window().location().reload();
        }
    });
}

#[component]
fn OrgView() -> impl IntoView {
    let state = OrgState::start();
    provide_context(state);
    let has_teams = move || state.org.with(|o| !o.teams.is_empty());
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_main();
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>"Skip to content"</a>
        <header class="site-header">
            <div class="wrap header-row org-wide">
                <a class="brand" href="#">
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    {crate::core::model::product::NAME}
                </a>
                <nav aria-label="Main">
                    <ul class="nav-list">
                        <li><a class="nav-link" href="#/questions">"Questions"</a></li>
                        <li><a class="nav-link" href="#/results">"Results"</a></li>
                        <li><a class="nav-link" href="#/team">"Team"</a></li>
                        <li><a class="nav-link" href="#/org" aria-current="page">"Organisation"</a></li>
                    </ul>
                </nav>
            </div>
        </header>
        <div class="wrap notices org-wide" role="status" aria-live="polite">
            {move || {
                let text = state.status.get();
                (!text.is_empty()).then(|| view! { <p class="notice">{text}</p> })
            }}
        </div>
        <main id="main" class="wrap org-view org-wide" tabindex="-1">
            <h1>"Your organisation"</h1>
            <p class="lead">
                "Many teams’ results side by side: where each team stands, what most of them should fix first, and how that changes. Everything is read and kept in this browser; nothing is sent anywhere."
            </p>
            // Inputs first while the view is empty; once teams are in, the
            // summary leads (a phone's first screen) and inputs follow.
            <Show when=move || !has_teams()>
                <inputs::Inputs/>
            </Show>
            <Show when=has_teams fallback=|| view! { <inputs::Empty/> }>
                <div class="org-sections">
                    <summary::Summary/>
                    <heat_map::HeatMap/>
                    <drill_down::DrillDown/>
                    <shares::AreaShares/>
                    <shares::PracticeShares/>
                    <changes::Changes/>
                    <outputs::Outputs/>
                    <inputs::Inputs/>
                </div>
            </Show>
        </main>
    }
}

fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
