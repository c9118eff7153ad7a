//! What the organisation view holds: every result read so far (the roll-up
//! is computed from them), what each input gave, the target, the filter and
//! the sort; and keeping the last roll-up in IndexedDB.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::formats::org_inputs::{self, InputNote, Read};
use crate::core::formats::rollup;
use crate::core::rules::org::views::{self, Column, Filter};
use crate::core::rules::org::{self, Member, Org, DEFAULT_TARGET};
use crate::ui::browser::indexed_db;

#[derive(Clone, Copy)]
pub struct OrgState {
    pub members: RwSignal<Vec<Member>>,
    /// What each input gave, newest last.
    pub notes: RwSignal<Vec<InputNote>>,
    pub org: Memo<Org>,
    /// Counts each new roll-up, so drawings keyed by team index start afresh.
    pub generation: Memo<u64>,
    pub target: RwSignal<u8>,
    pub filter: RwSignal<Filter>,
    /// The column and whether descending.
    pub sort: RwSignal<(Column, bool)>,
    /// The team whose results are open below the heat map.
    pub open_team: RwSignal<Option<usize>>,
    /// The live line: what just happened.
    pub status: RwSignal<String>,
    /// Whether the roll-up is kept in this browser, in words.
    pub kept: RwSignal<String>,
    /// A kept value could not be read: nothing is written until it is set aside.
    blocked: StoredValue<bool>,
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Resolves after the browser has painted the current changes.
async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let resolve = resolve.clone();
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                },
                std::time::Duration::ZERO,
            );
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

impl OrgState {
    pub fn start() -> OrgState {
        let members = RwSignal::new(Vec::<Member>::new());
        let org = Memo::new(move |_| members.with(|m| org::build(m.clone())));
        let generation = Memo::new(move |previous: Option<&u64>| {
            org.track();
            previous.map_or(0, |g| g + 1)
        });
        let filter = RwSignal::new(Filter::default());
        let sort = RwSignal::new((Column::Path, false));
        let state = OrgState {
            members,
            notes: RwSignal::new(Vec::new()),
            org,
            generation,
            target: RwSignal::new(DEFAULT_TARGET),
            filter,
            sort,
            open_team: RwSignal::new(None),
            status: RwSignal::new(String::new()),
            kept: RwSignal::new("Nothing is kept in this browser yet.".into()),
            blocked: StoredValue::new(false),
        };
        state.load_kept();
        state
    }

    /// Reads the roll-up kept from last time, if any.
    fn load_kept(self) {
        spawn_local(async move {
            match indexed_db::load().await {
                Ok(None) => {}
                Ok(Some(text)) => {
                    let mut read = Read::default();
                    org_inputs::read_file(&mut read, "the kept organisation", &text, now_ms());
                    if read.refused() > 0 || read.members.is_empty() {
                        let why = read.notes.first().map(|n| n.message.clone()).unwrap_or_default();
                        self.blocked.set_value(true);
                        self.kept.set(format!(
                            "The organisation kept in this browser could not be read ({why}). It is left as it is; adding results sets it aside first."
                        ));
                    } else {
                        if let Some(target) = read.target {
                            self.target.set(target);
                        }
                        let count = read.members.len();
                        self.members.set(read.members);
                        self.kept.set(format!(
                            "Kept in this browser: {} teams from {count} results, reopened.",
                            self.org.with_untracked(|o| o.teams.len())
                        ));
                    }
                }
                Err(e) => self.kept.set(format!(
                    "This browser could not open its database ({e}): the view works, but nothing will be kept after this page closes."
                )),
            }
        });
    }

    /// Adds what inputs gave, says what happened, and keeps the result.
    pub fn add(self, read: Read) {
        let added = read.members.len();
        let refused = read.refused();
        if let Some(target) = read.target {
            self.target.set(target);
        }
        self.notes.update(|n| n.extend(read.notes));
        if added > 0 {
            self.members.update(|m| m.extend(read.members));
        }
        let teams = self.org.with_untracked(|o| o.teams.len());
        self.status.set(match (added, refused) {
            (0, 0) => "Nothing to read.".to_string(),
            (a, 0) => format!("Read {a} results: {teams} teams in the view."),
            (0, r) => format!("Nothing was read: {r} inputs refused (listed under the inputs)."),
            (a, r) => format!(
                "Read {a} results: {teams} teams in the view. {r} inputs refused (listed under the inputs)."
            ),
        });
        if added > 0 {
            self.keep();
        }
    }

    /// Writes the roll-up to IndexedDB in place of the last one, after the
    /// view has been drawn (writing hundreds of teams takes a moment).
    pub fn keep(self) {
        spawn_local(async move {
            after_next_paint().await;
            let text = self.org.with_untracked(|o| {
                rollup::export(o, self.target.get_untracked(), now_ms()).to_string()
            });
            if self.blocked.get_value() {
                if let Err(e) = indexed_db::keep_aside().await {
                    self.kept.set(format!(
                        "Not kept: the unreadable organisation already in this browser could not be set aside ({e}), so it was not written over."
                    ));
                    return;
                }
                self.blocked.set_value(false);
            }
            match indexed_db::save(&text).await {
                Ok(()) => self.kept.set(format!(
                    "Kept in this browser ({} KB): it reopens here until you forget it.",
                    text.len().div_ceil(1024)
                )),
                Err(e) => self.kept.set(format!(
                    "Not kept in this browser ({e}): the view works, and the roll-up file below keeps it."
                )),
            }
        });
    }

    /// The teams the filter keeps, by index in the roll-up, in the sort's
    /// order (what CSV and Markdown hold); read when asked, not on each sort.
    pub fn shown(self) -> Vec<usize> {
        let (by, descending) = self.sort.get_untracked();
        self.filter.with_untracked(|f| {
            self.org
                .with_untracked(|o| views::select(o, f, by, descending))
        })
    }

    /// Opens a team's results below the heat map and brings them into view.
    pub fn show_team(self, index: usize) {
        self.open_team.set(Some(index));
        request_animation_frame(|| {
            if let Some(title) = document().get_element_by_id("org-team-title") {
                title.scroll_into_view();
            }
        });
    }

    /// Empties the view and forgets what this browser kept.
    pub fn forget(self) {
        self.members.set(Vec::new());
        self.notes.set(Vec::new());
        self.filter.set(Filter::default());
        self.open_team.set(None);
        spawn_local(async move {
            match indexed_db::forget().await {
                Ok(()) => {
                    self.status.set(
                        "This organisation is forgotten: nothing of it is kept in this browser."
                            .into(),
                    );
                    self.kept.set("Nothing is kept in this browser.".into());
                }
                Err(e) => self.status.set(format!(
                    "The view is empty, but this browser could not delete what it kept ({e})."
                )),
            }
        });
    }
}
