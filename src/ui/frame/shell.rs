//! The frame around every screen: skip link, header with the main
//! navigation, the notice area, the main region and the footer.

use leptos::prelude::*;

use crate::core::model::product;
use crate::ui::frame::offline_line::{OfflineLine, OfflineOffer};
use crate::ui::nav::{Navigation, Page};

#[component]
pub fn Frame(
    nav: Navigation,
    offline: Signal<OfflineOffer>,
    /// Messages about saving and other tabs (live region content).
    #[prop(into)]
    notices: ViewFn,
    /// The screen.
    children: Children,
) -> impl IntoView {
    let Navigation { go, page } = nav;
    let nav_item = move |label: &'static str, target: Page, matches: fn(Page) -> bool| {
        view! {
            <li>
                <button
                    class="nav-link"
                    aria-current=move || matches(page.get()).then_some("page")
                    on:click=move |_| go.set(target)
                >
                    {label}
                </button>
            </li>
        }
    };

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <div class="wrap header-row">
                <button class="brand" on:click=move |_| go.set(Page::Landing)>
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    {product::NAME}
                </button>
                <nav aria-label="Main">
                    <ul class="nav-list">
                        {nav_item("Questions", Page::Section(0), |p| matches!(p, Page::Section(_) | Page::Overview))}
                        {nav_item("Results", Page::Results, |p| p == Page::Results)}
                        {nav_item("History", Page::History, |p| matches!(p, Page::History | Page::Compare))}
                        {nav_item("Team", Page::Team, |p| p == Page::Team)}
                        {nav_item("Your assessments", Page::Assessments, |p| p == Page::Assessments)}
                    </ul>
                </nav>
            </div>
        </header>
        <div class="wrap notices" role="status" aria-live="polite">{notices.run()}</div>
        <main id="main" class="wrap" tabindex="-1">{children()}</main>
        // Shown by the stylesheet alone, after a wait, while the app has not
        // started: on a prerendered page whose app failed to load, the links
        // work but nothing else does, and this says so (no script needed).
        <p class="boot-failed" role="alert">
            "The app has not started: its download may have failed. Check your connection and "
            <a href="">"reload the page"</a>
            ". Your saved answers are kept in this browser."
        </p>
        <footer class="site-footer">
            <div class="wrap">
                // The start page says both in its own words: once is enough.
                <Show when=move || page.get() != Page::Landing>
                    <p>{product::PRIVACY}</p>
                    <p><OfflineLine offer=offline/></p>
                </Show>
                <p class="muted">"Version " {product::VERSION}</p>
            </div>
        </footer>
    }
}
