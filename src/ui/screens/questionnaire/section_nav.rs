use leptos::prelude::*;

use crate::core::model::bank::questionnaire;
use crate::core::model::progress;
use crate::ui::app_state::AppState;
use crate::ui::nav::{Navigation, Page};

/// The list of sections with their progress; any section can be opened.
#[component]
pub fn SectionNav(current: usize) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let state = expect_context::<AppState>();

    // Keep the current section in view in the strip that scrolls sideways
    // on a phone.
    request_animation_frame(|| {
        use leptos::wasm_bindgen::JsCast;
        let strip = document().query_selector(".section-nav ol").ok().flatten();
        let here = document()
            .query_selector(".section-nav [aria-current=\"step\"]")
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let (Some(strip), Some(here)) = (strip, here) {
            let centre = here.offset_left() + here.offset_width() / 2 - strip.client_width() / 2;
            strip.set_scroll_left(centre.max(0));
        }
    });
    view! {
        <nav class="section-nav" aria-label="Sections">
            <ol>
                {questionnaire::sections()
                    .into_iter()
                    .enumerate()
                    .map(|(i, section)| {
                        let p = Memo::new(move |_| {
                            state.answers.with(|a| progress::of_section(a, &section))
                        });
                        view! {
                            <li>
                                <button
                                    class="section-link"
                                    class:complete=move || p.get().is_complete()
                                    aria-current=(i == current).then_some("step")
                                    on:click=move |_| nav.go.set(Page::Section(i))
                                >
                                    <span class="section-name">{section.name}</span>
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
