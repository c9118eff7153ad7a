//! The screens and how to move between them: the page enum and the
//! navigation handle every screen takes from context. Screens depend on this,
//! never on the app shell that lists them. Each screen has an address of its
//! own in the fragment (`#/results`), so back, forward and reload work.

use leptos::prelude::*;

use crate::core::formats::opened_link::Screen;
use crate::core::model::bank::questionnaire;

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Landing,
    Overview,
    /// A questionnaire section, by its index in `questionnaire::sections()`.
    Section(usize),
    /// The open questions, before the results.
    Review,
    Results,
    History,
    Compare,
    Team,
    Assessments,
    /// Someone else's result from a link, read-only: its address is the link.
    Shared,
    /// An address that names no screen: it stays in the address bar.
    NotFound,
}

impl Page {
    /// The screen address of this page; None for a shared result and an
    /// unknown address, which keep the address they were opened at.
    pub fn screen(self) -> Option<Screen> {
        Some(match self {
            Page::Landing => Screen::Start,
            Page::Overview => Screen::Questions,
            Page::Section(i) => Screen::Section(questionnaire::sections().get(i)?.id),
            Page::Review => Screen::Review,
            Page::Results => Screen::Results,
            Page::History => Screen::History,
            Page::Compare => Screen::Compare,
            Page::Team => Screen::Team,
            Page::Assessments => Screen::Assessments,
            Page::Shared | Page::NotFound => return None,
        })
    }

    pub fn of_screen(screen: Screen) -> Page {
        match screen {
            Screen::Start => Page::Landing,
            Screen::Questions => Page::Overview,
            Screen::Section(id) => Page::Section(questionnaire::index_of_section(id).unwrap_or(0)),
            Screen::Review => Page::Review,
            Screen::Results => Page::Results,
            Screen::History => Page::History,
            Screen::Compare => Page::Compare,
            Screen::Team => Page::Team,
            Screen::Assessments => Page::Assessments,
        }
    }
}

/// Shared navigation state, provided as context so any component can move on.
#[derive(Clone, Copy)]
pub struct Navigation {
    pub go: WriteSignal<Page>,
    pub page: ReadSignal<Page>,
}

impl Navigation {
    /// Shows `page` unless it is already showing (setting it again would
    /// draw the screen afresh and lose what is typed in it).
    pub fn show(&self, page: Page) {
        if self.page.get_untracked() != page {
            self.go.set(page);
        }
    }
}
