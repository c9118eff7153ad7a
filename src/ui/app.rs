use leptos::prelude::*;

use crate::core::formats::opened_link::Screen;
use crate::core::model::progress;
use crate::ui::app_state::AppState;
use crate::ui::browser::{fragment, offline_download};
use crate::ui::frame::landing::{Landing, Resume};
use crate::ui::frame::offline_line::{OfflineDownload, OFFLINE_FILE};
use crate::ui::frame::shell::Frame;
use crate::ui::nav::{Navigation, Page};
use crate::ui::parts::notices::Notices;
use crate::ui::parts::offline_link::offline_offer;
use crate::ui::screens::assessments::Assessments;
use crate::ui::screens::compare::ComparePage;
use crate::ui::screens::history::HistoryPage;
use crate::ui::screens::no_such_page::NoSuchPage;
use crate::ui::screens::opened_result::{open_fragment, SharedResult};
use crate::ui::screens::overview::Overview;
use crate::ui::screens::questionnaire::Questionnaire;
use crate::ui::screens::results::Results;
use crate::ui::screens::review::Review;
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

    provide_context(OfflineDownload(Callback::new(|()| {
        offline_download::download_offline_file(OFFLINE_FILE)
    })));
    let offline = offline_offer();
    let resume = Signal::derive(move || {
        state.answers.with(|answers| {
            let progress = progress::overall(answers);
            (progress.answered > 0).then(|| Resume {
                name: state.store.with(|s| s.current().name.clone()),
                answered: progress.answered,
                total: progress.total,
                continue_at: Page::Section(progress::first_open_section(answers))
                    .screen()
                    .unwrap_or(Screen::Questions),
            })
        })
    });

    view! {
        <Frame nav=nav offline=offline notices=|| view! { <Notices/> }>
            {move || match page.get() {
                Page::Landing => view! { <Landing resume=resume offline=offline/> }.into_any(),
                Page::Overview if const { kept("overview") } => view! { <Overview/> }.into_any(),
                Page::Section(index) if const { kept("questionnaire") } => view! { <Questionnaire index=index/> }.into_any(),
                Page::Review if const { kept("review") } => view! { <Review/> }.into_any(),
                Page::Results if const { kept("results") } => view! { <Results/> }.into_any(),
                Page::History if const { kept("history") } => view! { <HistoryPage/> }.into_any(),
                Page::Compare if const { kept("compare") } => view! { <ComparePage/> }.into_any(),
                Page::Team if const { kept("team") } => view! { <TeamPage/> }.into_any(),
                Page::Assessments if const { kept("assessments") } => view! { <Assessments/> }.into_any(),
                Page::Shared if const { kept("opened_result") } => view! { <SharedResult/> }.into_any(),
                Page::NotFound => view! { <NoSuchPage/> }.into_any(),
                _ => ().into_any(),
            }}
        </Frame>
    }
}

/// `scripts/bytes-per-screen.sh` builds the app once without each screen to
/// report what each adds to the wasm. Other builds leave nothing out. Read at
/// compile time (`const`), so a screen left out is not in the wasm at all.
const LEFT_OUT: Option<&str> = option_env!("DEVOPS_MATURITY_LEAVE_OUT");

const fn kept(screen: &str) -> bool {
    let Some(left_out) = LEFT_OUT else {
        return true;
    };
    let (a, b) = (left_out.as_bytes(), screen.as_bytes());
    if a.len() != b.len() {
        return true;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return true;
        }
        i += 1;
    }
    false
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
