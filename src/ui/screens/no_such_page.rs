//! An address that names no screen (`#/nope`, a mistyped section): says so,
//! shows the address, and links to the main screens. The address stays as
//! typed, so the person can see and correct it.

use leptos::prelude::*;

use crate::ui::browser::fragment;
use crate::ui::nav::{Navigation, Page};

/// The main screens, as the navigation names them.
const MAIN_SCREENS: [(&str, Page); 5] = [
    ("Start page", Page::Landing),
    ("Questions", Page::Overview),
    ("Results", Page::Results),
    ("Team", Page::Team),
    ("Your assessments", Page::Assessments),
];

#[component]
pub fn NoSuchPage() -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let address = format!("#{}", fragment::read());
    let links = MAIN_SCREENS
        .into_iter()
        .map(|(label, page)| {
            let href = page
                .screen()
                .map(|s| format!("#{}", s.fragment()))
                .unwrap_or_default();
            let href = if href == "#" { "./".to_string() } else { href };
            view! {
                <li>
                    <a
                        href=href
                        on:click=move |event| {
                            event.prevent_default();
                            nav.go.set(page);
                        }
                    >
                        {label}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="missing-title" class="no-such-page">
            <h1 id="missing-title">"No such page"</h1>
            <p class="lead">
                "Nothing here has the address " <code>{address}</code>
                ". It may be mistyped or from an older version. Your assessments are unchanged."
            </p>
            <ul class="main-screens">{links}</ul>
        </section>
    }
}
