//! Someone else's result, opened from a link: read-only, never stored unless
//! the person saves a copy, and comparable with their own.

use leptos::prelude::*;

use super::app::{Navigation, Page};
use super::fragment;
use super::results::ResultsBody;
use super::state::{AppState, Tone};
use crate::core::permalink::{self, PermalinkError};
use crate::core::report::{assess, Report};
use crate::core::store::Assessment;

/// Opens a fragment: a valid link shows the shared result; a broken one says
/// why and leaves the normal start; anything else is ignored.
pub fn open_fragment(text: &str, state: AppState, nav: Navigation) {
    match permalink::decode(text) {
        Ok(shared) => {
            state.shared.set(Some(shared));
            nav.go.set(Page::Shared);
        }
        Err(PermalinkError::NotAPermalink) => {}
        Err(error) => {
            fragment::clear();
            state.notify(
                Tone::Warning,
                format!(
                    "This link could not be opened: {error}. Your own assessments are unchanged."
                ),
            );
        }
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

    let save_copy = move |_| {
        let name = copy_name.clone();
        let answers = answers.clone();
        state.update(|store, now| {
            let mut copy = Assessment::new(String::new(), name.clone(), now);
            copy.answers = answers;
            store.add(copy, now);
        });
        state.shared.set(None);
        fragment::clear();
        state.notify(
            Tone::Info,
            format!(
                "Saved as a new assessment, “{copy_name}”. Your other assessments are unchanged."
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
            <div class="shared-banner" role="note">
                <strong>"Read-only: this is someone else's result."</strong>
                " It was opened from a link and has not been saved or mixed with your own assessments."
            </div>
            <h1 id="shared-title">{title}</h1>
            <div class="actions no-print">
                <button class="button primary" on:click=save_copy>"Save a copy"</button>
                <button class="button" on:click=move |_| set_comparing.update(|c| *c = !*c)>
                    {move || if comparing.get() { "Hide comparison" } else { "Compare with mine" }}
                </button>
                <button class="button" on:click=close>"Close"</button>
            </div>
            <Show when=move || comparing.get()>
                <Comparison theirs=theirs.clone() mine=state.report.get_untracked() mine_name=state.store.with_untracked(|s| s.current().name.clone())/>
            </Show>
            <ResultsBody report=report/>
        </article>
    }
    .into_any()
}

fn difference(theirs: u8, mine: u8) -> String {
    match i16::from(theirs) - i16::from(mine) {
        0 => "same".to_string(),
        d if d > 0 => format!("theirs {d} higher"),
        d => format!("yours {} higher", -d),
    }
}

#[component]
fn Comparison(theirs: Report, mine: Report, mine_name: String) -> impl IntoView {
    view! {
        <section class="result-section comparison" aria-labelledby="compare-title">
            <h2 id="compare-title">"Side by side with “" {mine_name} "”"</h2>
            <div class="table-scroll">
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">"Dimension"</th>
                            <th scope="col">"Theirs"</th>
                            <th scope="col">"Yours"</th>
                            <th scope="col">"Difference"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="overall-row">
                            <th scope="row">"Overall (weakest link)"</th>
                            <td>{theirs.level}</td>
                            <td>{mine.level}</td>
                            <td>{difference(theirs.level, mine.level)}</td>
                        </tr>
                        {theirs
                            .dimensions
                            .iter()
                            .zip(&mine.dimensions)
                            .map(|(t, m)| view! {
                                <tr class:differs=t.level != m.level>
                                    <th scope="row">{t.name}</th>
                                    <td>{t.level}</td>
                                    <td>{m.level}</td>
                                    <td>{difference(t.level, m.level)}</td>
                                </tr>
                            })
                            .collect_view()}
                        <tr>
                            <th scope="row">{format!("{} band", theirs.dora.edition)}</th>
                            <td>{theirs.dora.overall.name()}</td>
                            <td>{mine.dora.overall.name()}</td>
                            <td>{if theirs.dora.overall == mine.dora.overall { "same" } else { "differs" }}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
