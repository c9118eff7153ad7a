//! The screens and how to move between them: the page enum and the
//! navigation handle every screen takes from context. Screens depend on this,
//! never on the app shell that lists them.

use leptos::prelude::*;

/// Which screen is showing. Kept in memory: the URL fragment is reserved for
/// shared results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Landing,
    Overview,
    /// A questionnaire section, by dimension index.
    Section(usize),
    Results,
    History,
    Compare,
    Team,
    Assessments,
    /// Someone else's result from a link, read-only.
    Shared,
}

/// Shared navigation state, provided as context so any component can move on.
#[derive(Clone, Copy)]
pub struct Navigation {
    pub go: WriteSignal<Page>,
}
