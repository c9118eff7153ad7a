use leptos::prelude::*;

use super::{landing::Landing, overview::Overview};
use crate::core::product;

/// Which screen is showing. Kept in memory: the URL fragment is reserved for
/// shared results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Landing,
    Overview,
}

/// Shared navigation state, provided as context so any component can move on.
#[derive(Clone, Copy)]
pub struct Navigation {
    pub go: WriteSignal<Page>,
}

#[component]
pub fn App() -> impl IntoView {
    let (page, go) = signal(Page::Landing);
    provide_context(Navigation { go });

    // Moving between screens should start reading at the top, with focus on
    // the new heading for screen readers and keyboard users.
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        if previous.is_some_and(|p| p != current) {
            focus_main_heading();
        }
        current
    });

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <div class="wrap">
                <button class="brand" on:click=move |_| go.set(Page::Landing)>
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    {product::NAME}
                </button>
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">
            {move || match page.get() {
                Page::Landing => view! { <Landing/> }.into_any(),
                Page::Overview => view! { <Overview/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{product::PRIVACY}</p>
                <p class="muted">"Version " {product::VERSION}</p>
            </div>
        </footer>
    }
}

fn focus_main_heading() {
    use leptos::wasm_bindgen::JsCast;
    let heading = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
}
