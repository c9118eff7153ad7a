//! Someone else's result, opened from a link: read-only, never stored unless
//! the person saves a copy, and comparable with their own.

use leptos::prelude::*;

use crate::core::formats::opened_link::{classify, LinkKind, Screen, MANGLED};
use crate::core::formats::permalink;
use crate::core::model::saved_state::{Arrival, Assessment};
use crate::core::rules::report::assess;
use crate::ui::app_state::{AppState, Tone};
use crate::ui::browser::fragment;
use crate::ui::nav::{Navigation, Page};
use crate::ui::parts::disclosure::OpenDisclosures;
use crate::ui::parts::level_comparison::LevelComparison;
use crate::ui::screens::results::ResultsBody;
use crate::ui::screens::team::open_team_link;

/// Opens a fragment: a valid link shows the shared result; a broken or
/// mangled one says why. The screen follows the address: when it no longer
/// holds a result link (a bad link, or back to an entry without one), a
/// shared result still on screen is closed.
pub fn open_fragment(text: &str, state: AppState, nav: Navigation) {
    let refuse = |reason: String| {
        fragment::clear();
        state.notify(
            Tone::Warning,
            format!("This link could not be opened: {reason}. Your own assessments are unchanged."),
        );
    };
    match classify(text) {
        LinkKind::Team => {
            state.shared.set(None);
            // The team view's own address replaces the link, so a reload
            // stays on the team view without adding the people again.
            fragment::replace(&Screen::Team.fragment());
            open_team_link(text, state, nav);
        }
        LinkKind::Result => match permalink::decode(text) {
            Ok(shared) => {
                state.shared.set(Some(shared));
                // Another link while one is open: draw it afresh.
                nav.go.set(Page::Shared);
            }
            Err(error) => {
                close_shared(state, nav);
                refuse(error.to_string());
            }
        },
        LinkKind::Mangled => {
            close_shared(state, nav);
            refuse(MANGLED.to_string());
        }
        LinkKind::Screen(screen) => {
            state.shared.set(None);
            // `#/Results` opens Results under its own spelling, in place.
            if text.trim().trim_start_matches('#') != screen.fragment() {
                fragment::replace(&screen.fragment());
            }
            nav.show(Page::of_screen(screen));
        }
        // The organisation view is its own binary: the page starts again and
        // its start script loads it. A build without that script (`trunk
        // serve`) has no organisation view.
        LinkKind::OrgView if crate::ui::browser::fragment::org_view_built() => {
            let _ = window().location().reload();
        }
        // Kept in the address bar, so the person sees what they typed.
        LinkKind::OrgView | LinkKind::NoSuchScreen => {
            state.shared.set(None);
            nav.go.set(Page::NotFound);
        }
        // Back to the entry without a fragment: the start page.
        LinkKind::None if text.trim().is_empty() => {
            state.shared.set(None);
            nav.show(Page::Landing);
        }
        // An in-page anchor (the skip link's #main) is not a new address.
        LinkKind::None => {}
    }
}

/// Closes a shared result that is on screen, back to the start.
fn close_shared(state: AppState, nav: Navigation) {
    if state.shared.get_untracked().is_some() {
        state.shared.set(None);
        nav.go.set(Page::Landing);
    }
}

#[component]
pub fn SharedResult() -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<Navigation>();
    let (comparing, set_comparing) = signal(false);
    let Some(shared) = state.shared.get_untracked() else {
        return view! {
            <section>
                <h1>"No shared result open"</h1>
                <p>"Open a shared link to see someone else's result here."</p>
            </section>
        }
        .into_any();
    };
    let report = assess(&shared.answers);
    OpenDisclosures::provide();
    let theirs = report.clone();
    let title = match &shared.name {
        Some(name) => format!("Shared result: {name}"),
        None => "Shared result".to_string(),
    };
    let copy_name = shared
        .name
        .clone()
        .unwrap_or_else(|| "Shared result".to_string());
    let answers = shared.answers.clone();
    let belonging = shared.belonging.clone();
    let team_line = (!belonging.is_empty()).then(|| {
        let team = if belonging.team.is_empty() {
            "no team given".to_string()
        } else {
            belonging.team.clone()
        };
        match belonging.path_text() {
            path if path.is_empty() => format!("Team: {team}"),
            path => format!("Team: {team} · {path}"),
        }
    });

    let save_copy = move |_| {
        let name = copy_name.clone();
        let answers = answers.clone();
        let belonging = belonging.clone();
        state.update(|store, now| {
            let mut copy = Assessment::new(String::new(), name.clone(), now);
            copy.answers = answers;
            copy.belonging = belonging;
            store.add(copy, Arrival::FromLink, now);
        });
        let stored_name = state.store.with_untracked(|s| s.current().name.clone());
        state.shared.set(None);
        fragment::clear();
        state.notify(
            Tone::Info,
            format!(
                "Saved as a new assessment, “{stored_name}”. Your other assessments are unchanged."
            ),
        );
        nav.go.set(Page::Results);
    };
    let close = move |_| {
        state.shared.set(None);
        fragment::clear();
        nav.go.set(Page::Landing);
    };

    view! {
        <article class="shared" aria-labelledby="shared-title">
            // One line, so the level and the fix fit the first screen of a phone.
            <p class="shared-banner" role="note">
                <strong>"Read-only:"</strong>
                " someone else's result."
            </p>
            <h1 id="shared-title">{title}</h1>
            {team_line.map(|line| view! { <p class="shared-team">{line}</p> })}
            <div class="actions shared-actions no-print">
                <button class="button small primary" on:click=save_copy>"Save a copy"</button>
                <button class="button small" on:click=move |_| set_comparing.update(|c| *c = !*c)>
                    {move || if comparing.get() {
                        "Hide comparison".into_any()
                    } else {
                        view! { "Compare" <span class="hide-narrow">" with mine"</span> }.into_any()
                    }}
                </button>
                <button class="button small" on:click=close>"Close"</button>
            </div>
            <Show when=move || comparing.get() && state.answers.with(|a| a.is_empty())>
                <p class="inline-notice empty-compare">
                    {format!(
                        "“{}”, your open assessment, has no answers yet, so there is nothing to compare. Answer its questions, or open another assessment under “Your assessments”.",
                        state.store.with_untracked(|s| s.current().name.clone())
                    )}
                </p>
            </Show>
            <Show when=move || comparing.get() && !state.answers.with(|a| a.is_empty())>
                <LevelComparison
                    title=format!("Side by side with “{}”", state.store.with_untracked(|s| s.current().name.clone()))
                    left_label="Theirs"
                    left=theirs.clone()
                    right_label="Yours"
                    right=state.report.get_untracked()
                />
            </Show>
            <ResultsBody report=report answers=shared.answers.clone() editable=false/>
        </article>
    }
    .into_any()
}
