//! The one module that touches the browser's local storage.
//!
//! Storage may be missing (disabled, private mode), full, or hold something we
//! cannot read. None of that may crash the app or lose data: unreadable values
//! are moved aside under a backup key before anything new is written, and when
//! storage cannot be used the app keeps working in memory and says so.

use leptos::prelude::*;

use crate::core::model::saved_state::{Store, StoreError, OLDER_KEYS, STORAGE_KEY};

/// Why local storage cannot be used; `Display` is the text a person reads.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser does not let the page use local storage at all.
    NotAllowed,
    ReadFailed,
    /// The browser refused to write, most often because storage is full.
    WriteRefused,
    /// The saved value cannot be read and there is no room to keep a copy of
    /// it aside, so nothing may be written over it.
    NoRoomToKeepAside(StoreError),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::NotAllowed => {
                write!(
                    f,
                    "this browser does not allow the page to use local storage"
                )
            }
            StorageError::ReadFailed => write!(
                f,
                "the browser would not let the page read what is saved, so nothing is written \
                 over it"
            ),
            StorageError::WriteRefused => {
                write!(f, "the browser refused to save (storage may be full)")
            }
            StorageError::NoRoomToKeepAside(error) => write!(
                f,
                "{error}, and there is no room to keep a copy of it aside, so it is left \
                 untouched under “{STORAGE_KEY}”"
            ),
        }
    }
}

/// How the saved state was found at start-up.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Fresh,
    Restored,
    /// Read, with damage repaired (each repair described); the value as it
    /// was is kept under `backup_key` when there was room.
    Repaired {
        repairs: Vec<String>,
        backup_key: Option<String>,
    },
    /// Read from an earlier format's key, which is left as it was.
    Migrated,
    /// The saved value could not be read; it was kept under `backup_key`.
    Recovered {
        reason: StoreError,
        backup_key: String,
    },
    /// Storage cannot be used.
    Unavailable {
        reason: StorageError,
    },
    /// An unreadable value sits under the key and there is no room to keep a
    /// copy aside: nothing may be written over it.
    Blocked {
        reason: StorageError,
    },
}

fn storage() -> Option<web_sys::Storage> {
    // Asking for localStorage throws when it is disabled.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved value as it is, unread (e.g. to offer it after a crash).
pub fn read_raw() -> Option<String> {
    storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Loads the saved assessments, or starts fresh, never failing.
pub fn load(now_ms: f64) -> (Store, Loaded) {
    let Some(storage) = storage() else {
        return (
            Store::fresh(now_ms),
            Loaded::Unavailable {
                reason: StorageError::NotAllowed,
            },
        );
    };
    let raw = match storage.get_item(STORAGE_KEY) {
        Ok(raw) => raw,
        // What cannot be read cannot be kept aside either: never write over it.
        Err(_) => {
            return (
                Store::fresh(now_ms),
                Loaded::Blocked {
                    reason: StorageError::ReadFailed,
                },
            )
        }
    };
    let Some(raw) = raw else {
        // An earlier format, read but never removed: an older release open
        // in another tab keeps its own copy.
        let older = OLDER_KEYS
            .iter()
            .find_map(|key| storage.get_item(key).ok().flatten())
            .and_then(|raw| Store::decode(&raw, now_ms).ok());
        return match older {
            Some(store) => (store, Loaded::Migrated),
            None => (Store::fresh(now_ms), Loaded::Fresh),
        };
    };
    match Store::decode_repairing(&raw, now_ms) {
        Ok((store, repairs)) if repairs.is_empty() => (store, Loaded::Restored),
        Ok((store, repairs)) => {
            let backup_key = keep_aside("repaired", &raw, now_ms);
            (
                store,
                Loaded::Repaired {
                    repairs,
                    backup_key,
                },
            )
        }
        Err(error) => {
            let backup_key = format!("{STORAGE_KEY}.unreadable.{}", now_ms as u64);
            // Keep the unreadable value before anything overwrites it; if even
            // that fails, leave it where it is and do not save over it.
            match storage.set_item(&backup_key, &raw) {
                Ok(()) => (
                    Store::fresh(now_ms),
                    Loaded::Recovered {
                        reason: error,
                        backup_key,
                    },
                ),
                Err(_) => (
                    Store::fresh(now_ms),
                    Loaded::Blocked {
                        reason: StorageError::NoRoomToKeepAside(error),
                    },
                ),
            }
        }
    }
}

/// Keeps a value that cannot be read aside under a key of its own, so
/// overwriting it loses nothing; returns that key.
pub fn keep_aside(what: &str, value: &str, now_ms: f64) -> Option<String> {
    let key = format!("{STORAGE_KEY}.unreadable-{what}.{}", now_ms as u64);
    storage()?.set_item(&key, value).ok()?;
    Some(key)
}

/// What is saved under the key right now.
pub enum Latest {
    Absent,
    Readable(Store),
    /// Something this version cannot read (changed by hand, a newer
    /// release): it must be kept aside before anything is written over it.
    Unreadable {
        raw: String,
        reason: StoreError,
    },
    /// The browser refused to read: nothing may be written.
    ReadFailed,
}

/// The latest saved state, for merging before a write (another tab may have
/// saved since this one last read); repairs are made at `now_ms`.
pub fn read_latest(now_ms: f64) -> Latest {
    let Some(storage) = storage() else {
        return Latest::ReadFailed;
    };
    match storage.get_item(STORAGE_KEY) {
        Err(_) => Latest::ReadFailed,
        Ok(None) => Latest::Absent,
        Ok(Some(raw)) => match Store::decode(&raw, now_ms) {
            Ok(store) => Latest::Readable(store),
            Err(reason) => Latest::Unreadable { raw, reason },
        },
    }
}

/// Saves the state; the error says why it could not be kept.
pub fn save(store: &Store) -> Result<(), StorageError> {
    let storage = storage().ok_or(StorageError::NotAllowed)?;
    storage
        .set_item(STORAGE_KEY, &store.encode())
        .map_err(|_| StorageError::WriteRefused)
}

/// Calls `changed` whenever another tab saves, with what is saved then. The
/// event's own value is not used: two tabs writing in the same instant can
/// deliver an event older than what storage holds, and only storage is the
/// truth both tabs must agree on.
pub fn on_change_elsewhere(changed: impl Fn(Latest) + 'static) {
    // Dropping the handle keeps the listener: it lives as long as the page.
    let _ = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() != Some(STORAGE_KEY) {
            return;
        }
        changed(read_latest(js_sys::Date::now()));
    });
}
