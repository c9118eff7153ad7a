//! Application state shared through context: the saved assessments, whether
//! they are being kept, and the notices shown to the person.

use leptos::prelude::*;

use crate::core::formats::permalink::Shared;
use crate::core::formats::team_inputs;
use crate::core::formats::team_link;
use crate::core::model::answers::Answers;
use crate::core::model::concurrent_edits::reapply_lost_edits;
use crate::core::model::saved_state::StoreError;
use crate::core::model::saved_state::{Assessment, Store};
use crate::core::rules::report::{self, Report};
use crate::core::rules::team::Respondent;
use crate::ui::browser::local_storage::{self, Latest, Loaded, StorageError};

/// Whether answers survive a reload.
#[derive(Debug, Clone, PartialEq)]
pub enum Persistence {
    Saved,
    /// Working in memory; every change tries to save again (a full storage
    /// may have room later). The reason is shown.
    MemoryOnly(StorageError),
    /// Working in memory and never writing: what is stored cannot be read
    /// and there is no room to keep it aside.
    Blocked(StorageError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: u32,
    pub tone: Tone,
    pub text: String,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub store: RwSignal<Store>,
    pub persistence: RwSignal<Persistence>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The current assessment's answers; only changes when they do.
    pub answers: Memo<Answers>,
    /// The result of the current assessment, recomputed when answers or
    /// targets change.
    pub report: Memo<Report>,
    /// The saved team view, decoded once: its respondents, or why the saved
    /// team link cannot be read (only a value changed by hand can fail).
    saved_team: Memo<Result<Vec<Respondent>, String>>,
    /// The team view's respondents (none when the saved team is unreadable).
    pub team: Memo<Vec<Respondent>>,
    /// Someone else's result opened from a link: shown read-only, never stored
    /// unless the person saves a copy.
    pub shared: RwSignal<Option<Shared>>,
    /// This tab's last write: the state it started from, the state it wrote
    /// and when, to put back an edit that another tab's simultaneous write
    /// lost.
    last_write: StoredValue<Option<(Store, Store, f64)>>,
}

/// Two writes closer than this may not have seen each other (storage events
/// reach other tabs within milliseconds).
const SIMULTANEOUS_MS: f64 = 2_000.0;

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl AppState {
    /// Loads saved state and wires up saving and the other-tab listener.
    pub fn start() -> AppState {
        let (loaded_store, loaded) = local_storage::load(now_ms());
        let store = RwSignal::new(loaded_store);
        let answers = Memo::new(move |_| store.with(|s| s.current().answers.clone()));
        let targets = Memo::new(move |_| store.with(|s| s.current().targets.clone()));
        let saved_team = Memo::new(move |_| {
            store.with(|s| match s.team.as_deref() {
                None => Ok(Vec::new()),
                Some(saved) => team_link::decode(saved).map_err(|e| e.to_string()),
            })
        });
        let state = AppState {
            store,
            persistence: RwSignal::new(Persistence::Saved),
            notices: RwSignal::new(Vec::new()),
            answers,
            report: Memo::new(move |_| {
                answers.with(|a| targets.with(|t| report::assess_with_targets(a, t)))
            }),
            saved_team,
            team: Memo::new(move |_| {
                saved_team.with(|t| t.as_ref().ok().cloned().unwrap_or_default())
            }),
            shared: RwSignal::new(None),
            last_write: StoredValue::new(None),
        };
        match loaded {
            // Saved at once, so a second tab opens this same assessment.
            Loaded::Fresh | Loaded::Migrated => state.update(|_, _| {}),
            Loaded::Restored => {}
            Loaded::Recovered { reason, backup_key } => state.notify(
                Tone::Warning,
                format!(
                    "Your saved assessments could not be read: {reason}. Nothing was deleted: \
                     the unreadable data is kept in this browser's local storage under \
                     “{backup_key}”. You are starting with a fresh assessment."
                ),
            ),
            Loaded::Repaired {
                repairs,
                backup_key,
            } => {
                let kept = backup_key
                    .map(|key| format!(" The value as it was is kept under “{key}”."))
                    .unwrap_or_default();
                state.notify(
                    Tone::Info,
                    format!(
                        "Your saved assessments were repaired: {}{kept}",
                        repairs.join(" ")
                    ),
                );
                state.update(|_, _| {});
            }
            Loaded::Unavailable { reason } => state.go_memory_only(reason),
            Loaded::Blocked { reason } => state.block(reason),
        }
        local_storage::on_change_elsewhere(move |latest| state.adopt_from_other_tab(latest));
        state
    }

    /// Shows a notice in place of the one before: notices replace each other
    /// in one live region instead of piling up across screens.
    pub fn notify(&self, tone: Tone, text: String) {
        self.notices.update(|notices| {
            if notices.iter().any(|n| n.text == text) {
                return;
            }
            let id = notices.iter().map(|n| n.id + 1).max().unwrap_or(1);
            *notices = vec![Notice { id, tone, text }];
        });
    }

    pub fn dismiss(&self, id: u32) {
        self.notices
            .update(|notices| notices.retain(|n| n.id != id));
    }

    fn go_memory_only(&self, reason: StorageError) {
        if self.persistence.get_untracked() == Persistence::Saved {
            self.notify(
                Tone::Warning,
                format!(
                    "Your answers cannot be saved in this browser ({reason}). You can keep \
                     working, but they will be lost when this tab is closed."
                ),
            );
        }
        self.persistence.set(Persistence::MemoryOnly(reason));
    }

    /// Applies a change and saves it at once. The change is applied to the
    /// latest saved state, so edits made meanwhile in another tab are kept.
    /// Working in memory, each change tries to save again, and says so when
    /// it succeeds.
    pub fn update(&self, change: impl FnOnce(&mut Store, f64)) {
        let now = now_ms();
        let open = self.store.with_untracked(|s| s.current.clone());
        let mut persistence = self.persistence.get_untracked();
        let latest = match persistence {
            Persistence::Saved => match local_storage::read_latest(now) {
                Latest::Readable(store) => Some(store),
                Latest::Absent => None,
                // Never written over unread: kept aside first, or not written.
                Latest::Unreadable { raw, reason } => {
                    if !self.keep_aside_unreadable(&raw, &reason, now) {
                        persistence = self.persistence.get_untracked();
                    }
                    None
                }
                Latest::ReadFailed => {
                    self.block(StorageError::ReadFailed);
                    persistence = self.persistence.get_untracked();
                    None
                }
            },
            Persistence::MemoryOnly(_) | Persistence::Blocked(_) => None,
        };
        let mut base = latest.unwrap_or_else(|| self.store.get_untracked());
        // Which assessment is open is this tab's own choice.
        base.switch(&open);
        let mut next = base.clone();
        change(&mut next, now);
        if !matches!(persistence, Persistence::Blocked(_)) {
            match local_storage::save(&next) {
                Ok(()) if persistence != Persistence::Saved => {
                    self.persistence.set(Persistence::Saved);
                    self.notify(
                        Tone::Info,
                        "Saved: your answers are kept in this browser again.".to_string(),
                    );
                }
                Ok(()) => {}
                Err(reason) => self.go_memory_only(reason),
            }
        }
        self.last_write.set_value(Some((base, next.clone(), now)));
        self.store.set(next);
    }

    /// Why the saved team view cannot be read, if it cannot (only a changed
    /// saved value can do that).
    pub fn unreadable_team(&self) -> Option<String> {
        self.saved_team.with(|t| t.as_ref().err().cloned())
    }

    /// Replaces the team view's respondents and saves them. An unreadable
    /// saved team is first kept aside, so nothing is lost.
    pub fn set_team(&self, team: &[Respondent]) {
        if self.saved_team.with_untracked(Result::is_err) {
            let saved = self
                .store
                .with_untracked(|s| s.team.clone())
                .unwrap_or_default();
            if let Some(key) = local_storage::keep_aside("team", &saved, now_ms()) {
                self.notify(
                    Tone::Info,
                    format!("The unreadable team view was kept in local storage under “{key}”."),
                );
            }
        }
        let encoded = (!team.is_empty()).then(|| team_link::encode(team));
        self.update(move |store, _| store.set_team(encoded));
    }

    /// Keeps an unreadable saved value aside under its own key and says so;
    /// when there is no room, stops writing. Returns whether it was kept.
    fn keep_aside_unreadable(&self, raw: &str, reason: &StoreError, now: f64) -> bool {
        match local_storage::keep_aside("from-another-tab", raw, now) {
            Some(key) => {
                self.notify(
                    Tone::Warning,
                    format!(
                        "Another tab saved something this version cannot read ({reason}). \
                         Nothing was lost: it is kept in this browser's local storage under \
                         “{key}”, and your assessments here are saved as before."
                    ),
                );
                true
            }
            None => {
                self.block(StorageError::NoRoomToKeepAside(reason.clone()));
                false
            }
        }
    }

    /// Stops writing for good in this tab, and says why.
    fn block(&self, reason: StorageError) {
        self.notify(
            Tone::Warning,
            format!(
                "Your answers are no longer saved in this tab: {reason}. They are kept here \
                 until the tab is closed; reload to try again."
            ),
        );
        self.persistence.set(Persistence::Blocked(reason));
    }

    fn adopt_from_other_tab(&self, latest: Latest) {
        let latest = match latest {
            Latest::Readable(store) => store,
            Latest::Unreadable { raw, reason } => {
                if self.persistence.get_untracked() == Persistence::Saved {
                    self.keep_aside_unreadable(&raw, &reason, now_ms());
                }
                return;
            }
            Latest::Absent | Latest::ReadFailed => return,
        };
        self.adopt_store(latest);
    }

    fn adopt_store(&self, mut latest: Store) {
        let mine = self.store.get_untracked();
        // Both tabs wrote in the same instant: put back what this tab wrote
        // and the other tab's write lost, and save both edits together.
        // Only a write that other tab cannot have seen yet counts: after
        // that, a value it set back is its deliberate edit, not a lost one.
        let recent = self
            .last_write
            .get_value()
            .filter(|(_, _, at)| now_ms() - at < SIMULTANEOUS_MS);
        if let Some((base, written, at)) = recent {
            let mut merged = reapply_lost_edits(&base, &written, &latest);
            // Both changed the team view: both changes count.
            if written.team != base.team && latest.team != base.team && written.team != latest.team
            {
                let team = team_inputs::merge_teams(
                    base.team.as_deref(),
                    written.team.as_deref(),
                    latest.team.as_deref(),
                );
                if let Some(team) = team.filter(|t| *t != latest.team) {
                    merged.get_or_insert_with(|| latest.clone()).team = team;
                }
            }
            match merged {
                Some(merged) => {
                    if self.persistence.get_untracked() == Persistence::Saved {
                        if let Err(reason) = local_storage::save(&merged) {
                            self.go_memory_only(reason);
                        }
                    }
                    self.last_write
                        .set_value(Some((latest, merged.clone(), at)));
                    latest = merged;
                }
                None => self.last_write.set_value(None),
            }
        }
        let open_before = mine.current().clone();
        latest.switch(&mine.current);
        let open_now: Option<&Assessment> = latest.get(&open_before.id);
        let never_used = open_before.answers.is_empty() && open_before.notes.is_empty();
        let message = match open_now {
            None if never_used => None,
            None => Some(format!(
                "“{}” was deleted in another tab; now showing “{}”.",
                open_before.name,
                latest.current().name
            )),
            Some(now) if now != &open_before => Some(format!(
                "“{}” was changed in another tab; you are seeing the latest answers.",
                now.name
            )),
            Some(_) => None,
        };
        self.store.set(latest);
        if let Some(message) = message {
            self.notify(Tone::Info, message);
        }
    }
}
