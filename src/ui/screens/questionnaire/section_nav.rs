use leptos::prelude::*;

use crate::core::model::bank::DIMENSIONS;
use crate::core::model::progress;
use crate::ui::app_state::AppState;
use crate::ui::nav::{Navigation, Page};

/// The list of sections with their progress; any section can be opened.
#[component]
pub fn SectionNav(current: usize) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let state = expect_context::<AppState>();

    view! {
        <nav class="section-nav" aria-label="Sections">
            <ol>
                {DIMENSIONS
                    .iter()
                    .enumerate()
                    .map(|(i, dimension)| {
                        let p = Memo::new(move |_| {
                            state.answers.with(|a| progress::of_dimension(a, dimension.id))
                        });
                        view! {
                            <li>
                                <button
                                    class="section-link"
                                    class:complete=move || p.get().is_complete()
                                    aria-current=(i == current).then_some("step")
                                    on:click=move |_| nav.go.set(Page::Section(i))
                                >
                                    <span class="section-name">{dimension.name}</span>
                                    <span class="section-count">
                                        {move || {
                                            let p = p.get();
                                            if p.is_complete() {
                                                format!("✓ {}/{}", p.answered, p.total)
                                            } else {
                                                format!("{}/{}", p.answered, p.total)
                                            }
                                        }}
                                        <span class="visually-hidden">" answered"</span>
                                    </span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
