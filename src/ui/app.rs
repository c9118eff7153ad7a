use leptos::prelude::*;

use crate::core::model::product;
use crate::ui::app_state::AppState;
use crate::ui::browser::fragment;
use crate::ui::nav::{Navigation, Page};
use crate::ui::parts::notices::Notices;
use crate::ui::parts::offline_link::OfflineLink;
use crate::ui::screens::assessments::Assessments;
use crate::ui::screens::compare::ComparePage;
use crate::ui::screens::history::HistoryPage;
use crate::ui::screens::landing::Landing;
use crate::ui::screens::opened_result::{open_fragment, SharedResult};
use crate::ui::screens::overview::Overview;
use crate::ui::screens::questionnaire::Questionnaire;
use crate::ui::screens::results::Results;
use crate::ui::screens::team::TeamPage;

#[component]
pub fn App() -> impl IntoView {
    let (page, go) = signal(Page::Landing);
    let nav = Navigation { go, page };
    provide_context(nav);
    let state = AppState::start();
    provide_context(state);
    open_fragment(&fragment::read(), state, nav);
    // Back, forward, or an address typed in.
    fragment::on_change(move |text| open_fragment(&text, state, nav));

    // A new screen gets its own address (a history entry, so back returns),
    // starts at the top, and focuses its heading for screen readers and
    // keyboard users.
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        if let Some(screen) = current.screen() {
            let wanted = screen.fragment();
            if fragment::read() != wanted {
                fragment::push(&wanted);
            }
        }
        if previous.is_some_and(|p| p != current) {
            request_animation_frame(focus_main_heading);
        }
        current
    });

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
        <Notices/>
        <main id="main" class="wrap" tabindex="-1">
            {move || match page.get() {
                Page::Landing => view! { <Landing/> }.into_any(),
                Page::Overview => view! { <Overview/> }.into_any(),
                Page::Section(index) => view! { <Questionnaire index=index/> }.into_any(),
                Page::Results => view! { <Results/> }.into_any(),
                Page::History => view! { <HistoryPage/> }.into_any(),
                Page::Compare => view! { <ComparePage/> }.into_any(),
                Page::Team => view! { <TeamPage/> }.into_any(),
                Page::Assessments => view! { <Assessments/> }.into_any(),
                Page::Shared => view! { <SharedResult/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{product::PRIVACY}</p>
                <p><OfflineLink/></p>
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
