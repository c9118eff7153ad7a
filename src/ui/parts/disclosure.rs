//! A section one tap away: a native disclosure, keyboard- and screen-reader
//! friendly. Which ones are open is kept while the page redraws (a changed
//! target redraws the results), and every one opens for printing (see
//! `browser::printing`).

use leptos::prelude::*;

/// The ids of the disclosures the person opened on this screen.
#[derive(Clone, Copy)]
pub struct OpenDisclosures(pub RwSignal<Vec<&'static str>>);

impl OpenDisclosures {
    /// Provides a fresh set for the screen being drawn.
    pub fn provide() {
        provide_context(OpenDisclosures(RwSignal::new(Vec::new())));
    }
}

#[component]
pub fn Disclosure(
    /// The element id, for links and tests.
    id: &'static str,
    title: &'static str,
    children: Children,
) -> impl IntoView {
    let remembered = use_context::<OpenDisclosures>();
    let open = remembered.is_some_and(|r| r.0.with_untracked(|ids| ids.contains(&id)));
    let toggled = move |ev: leptos::ev::Event| {
        use leptos::wasm_bindgen::JsCast;
        let Some(details) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        else {
            return;
        };
        // Opened for printing only: not the person's choice.
        if details.has_attribute("data-print-opened") {
            return;
        }
        if let Some(remembered) = remembered {
            remembered.0.update(|ids| {
                ids.retain(|i| *i != id);
                if details.open() {
                    ids.push(id);
                }
            });
        }
    };
    view! {
        <details class="result-section disclosure" id=id open=open on:toggle=toggled>
            <summary>
                <h2 class="disclosure-title">{title}</h2>
            </summary>
            <div class="disclosure-body">{children()}</div>
        </details>
    }
}
