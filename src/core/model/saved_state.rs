//! Saved assessments: the state kept in the browser's local storage, its
//! versioned encoding, and the operations the UI performs on it. Pure, so the
//! decoder is tested natively against any input.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::model::answers::{Answer, Answers};
use crate::core::model::bank;
use crate::core::model::belonging::{Belonging, MAX_PATH_CHARS, MAX_TEAM_CHARS};
use crate::core::model::levels::is_level;
use crate::core::support::compact::map_from;
use crate::core::support::time::is_valid_ms;

/// The storage key of the current format. A new format gets a new key, and the
/// old key is read and migrated, never discarded: an older release still open
/// in another tab keeps working on its own copy instead of dropping fields it
/// does not know.
pub const STORAGE_KEY: &str = "devops-maturity.store.v2";
/// Keys of earlier formats, newest first, read when the current key is absent.
pub const OLDER_KEYS: [&str; 1] = ["devops-maturity.store.v1"];
pub const FORMAT: &str = "devops-maturity/store";
/// Version 2 added targets, snapshots and the team.
pub const VERSION: u32 = 2;
/// Snapshots kept per assessment: years of monthly reviews.
pub const MAX_SNAPSHOTS: usize = 100;
/// Refuse to parse anything larger: our own state is a few kilobytes.
pub const MAX_BYTES: usize = 4 << 20;
pub const MAX_NOTE_CHARS: usize = 2000;
pub const MAX_NAME_CHARS: usize = 80;

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub id: String,
    pub name: String,
    /// Milliseconds since the Unix epoch.
    pub created_ms: f64,
    pub updated_ms: f64,
    pub answers: Answers,
    pub notes: BTreeMap<&'static str, String>,
    /// Answers this version does not recognise (e.g. written by a newer
    /// release), carried along unchanged so nothing is lost.
    pub unrecognised: BTreeMap<String, String>,
    /// Targets the person set, by dimension id; the others follow the advice.
    pub targets: BTreeMap<&'static str, u8>,
    /// Frozen copies of the answers, oldest first.
    pub history: Vec<Snapshot>,
    /// What this version does not know, carried along unchanged so a newer
    /// release's data survives an older tab: notes on unknown questions,
    /// targets of unknown areas (or levels), and unknown fields.
    pub carried: Carried,
    /// The team and organisation path it belongs to (both may be empty).
    pub belonging: Belonging,
}

/// Parts of a saved value this version cannot use, kept as they were.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Carried {
    pub notes: BTreeMap<String, String>,
    pub targets: BTreeMap<String, u8>,
    pub fields: serde_json::Map<String, serde_json::Value>,
}

impl Carried {
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty() && self.targets.is_empty() && self.fields.is_empty()
    }
}

/// The answers as they were at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub taken_ms: f64,
    /// The person's name for it ("Before the platform team"); empty when unnamed.
    pub name: String,
    pub answers: Answers,
    pub unrecognised: BTreeMap<String, String>,
    /// Fields this version does not know, carried along.
    pub fields: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    pub assessments: Vec<Assessment>,
    pub current: String,
    /// The team view's respondents, as a team link's text (see `team_link`).
    pub team: Option<String>,
    /// Fields this version does not know, carried along.
    pub fields: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    TooLarge(usize),
    NotJson(String),
    Foreign,
    FutureVersion(u64),
    Invalid(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::TooLarge(n) => {
                write!(f, "the saved data is unexpectedly large ({n} bytes)")
            }
            StoreError::NotJson(e) => write!(f, "the saved data is not valid JSON ({e})"),
            StoreError::Foreign => write!(f, "the saved data was not written by this app"),
            StoreError::FutureVersion(v) => {
                write!(
                    f,
                    "the saved data comes from a newer version of this app (format {v})"
                )
            }
            StoreError::Invalid(e) => write!(f, "the saved data is damaged ({e})"),
        }
    }
}

impl std::error::Error for StoreError {}

#[derive(Serialize, Deserialize)]
struct Wire {
    format: String,
    version: u64,
    current: String,
    assessments: Vec<WireAssessment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    team: Option<String>,
    #[serde(flatten)]
    fields: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
struct WireAssessment {
    id: String,
    name: String,
    created_ms: f64,
    updated_ms: f64,
    #[serde(default)]
    answers: BTreeMap<String, String>,
    #[serde(default)]
    notes: BTreeMap<String, String>,
    #[serde(default)]
    targets: BTreeMap<String, u8>,
    #[serde(default)]
    history: Vec<WireSnapshot>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    team: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    org_path: String,
    #[serde(flatten)]
    fields: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
struct WireSnapshot {
    taken_ms: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    answers: BTreeMap<String, String>,
    #[serde(flatten)]
    fields: serde_json::Map<String, serde_json::Value>,
}

impl Assessment {
    pub fn new(id: String, name: String, now_ms: f64) -> Assessment {
        Assessment {
            id,
            name,
            created_ms: now_ms,
            updated_ms: now_ms,
            answers: Answers::new(),
            notes: BTreeMap::new(),
            unrecognised: BTreeMap::new(),
            targets: BTreeMap::new(),
            history: Vec::new(),
            carried: Carried::default(),
            belonging: Belonging::default(),
        }
    }

    pub fn note(&self, question_id: &str) -> &str {
        self.notes.get(question_id).map_or("", String::as_str)
    }
}

impl Store {
    /// A store with one empty assessment.
    pub fn fresh(now_ms: f64) -> Store {
        let first = Assessment::new(new_id(now_ms, &[]), "My assessment".to_string(), now_ms);
        Store {
            current: first.id.clone(),
            assessments: vec![first],
            team: None,
            fields: serde_json::Map::new(),
        }
    }

    pub fn current(&self) -> &Assessment {
        self.assessments
            .iter()
            .find(|a| a.id == self.current)
            .or(self.assessments.first())
            .expect("a store always holds an assessment")
    }

    fn current_mut(&mut self) -> &mut Assessment {
        let index = self
            .assessments
            .iter()
            .position(|a| a.id == self.current)
            .unwrap_or(0);
        &mut self.assessments[index]
    }

    pub fn get(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    /// Sets (or with None clears) an answer of the current assessment.
    pub fn set_answer(&mut self, question_id: &str, answer: Option<Answer>, now_ms: f64) {
        let current = self.current_mut();
        let changed = match answer {
            Some(answer) => current.answers.set(question_id, answer).is_ok(),
            None => {
                current.answers.clear(question_id);
                true
            }
        };
        if changed {
            current.updated_ms = now_ms;
        }
    }

    pub fn set_note(&mut self, question_id: &str, note: &str, now_ms: f64) {
        let Some(question) = bank::question(question_id) else {
            return;
        };
        let note: String = note.chars().take(MAX_NOTE_CHARS).collect();
        let current = self.current_mut();
        if note.trim().is_empty() {
            current.notes.remove(question.id);
        } else {
            current.notes.insert(question.id, note);
        }
        current.updated_ms = now_ms;
    }

    /// Adds an empty assessment and makes it current; returns its id.
    pub fn create(&mut self, name: &str, now_ms: f64) -> String {
        let id = new_id(now_ms, &self.assessments);
        let name = clean_name(name, &format!("Assessment {}", self.assessments.len() + 1));
        let name = self.unique_name(&name, "");
        self.assessments
            .push(Assessment::new(id.clone(), name, now_ms));
        self.current = id.clone();
        id
    }

    /// Adds a copy of an existing assessment and makes it current.
    pub fn duplicate(&mut self, id: &str, now_ms: f64) -> Option<String> {
        let source = self.get(id)?.clone();
        let new = new_id(now_ms, &self.assessments);
        self.assessments.push(Assessment {
            id: new.clone(),
            name: self.unique_name(&clean_name(&format!("Copy of {}", source.name), "Copy"), ""),
            created_ms: now_ms,
            updated_ms: now_ms,
            ..source
        });
        self.current = new.clone();
        Some(new)
    }

    /// Adds an assessment made elsewhere (an import or a shared result) as a
    /// new one, never replacing any, under a name no other assessment has
    /// ("My assessment (imported 30 Nov)"); returns its id.
    pub fn add(&mut self, mut assessment: Assessment, arrival: Arrival, now_ms: f64) -> String {
        assessment.id = new_id(now_ms, &self.assessments);
        let name = clean_name(&assessment.name, "Imported assessment");
        assessment.name = self.unique_name(&name, &arrival.describe(now_ms));
        self.current = assessment.id.clone();
        self.assessments.push(assessment);
        self.current.clone()
    }

    /// `wanted` when no assessment has that name; else it with what tells
    /// it apart ("My assessment (imported 30 Nov)"), then numbered ("…, 2").
    fn unique_name(&self, wanted: &str, qualifier: &str) -> String {
        let taken = |name: &str| self.assessments.iter().any(|a| a.name == name);
        if !taken(wanted) {
            return wanted.to_string();
        }
        (1..)
            .map(|n| {
                let tail = match (qualifier.is_empty(), n) {
                    (true, n) => format!(" ({})", n + 1),
                    (false, 1) => format!(" ({qualifier})"),
                    (false, n) => format!(" ({qualifier}, {n})"),
                };
                // The tail always shows: the name gives way.
                let room = MAX_NAME_CHARS.saturating_sub(tail.chars().count());
                let base: String = wanted.chars().take(room).collect();
                format!("{}{tail}", base.trim_end())
            })
            .find(|name| !taken(name))
            .expect("a free name among endless numbers")
    }

    pub fn rename(&mut self, id: &str, name: &str, now_ms: f64) {
        if let Some(a) = self.assessments.iter_mut().find(|a| a.id == id) {
            a.name = clean_name(name, &a.name);
            a.updated_ms = now_ms;
        }
    }

    /// Sets the current assessment's team and organisation path (cleaned
    /// by the plain-text rules); a change counts as an edit.
    pub fn set_belonging(&mut self, team: &str, path: &str, now_ms: f64) {
        let belonging = Belonging::new(team, path);
        let current = self.current_mut();
        if current.belonging != belonging {
            current.belonging = belonging;
            current.updated_ms = now_ms;
        }
    }

    /// Deletes an assessment; the last one is replaced by a fresh one so the
    /// app always has something to work on.
    pub fn delete(&mut self, id: &str, now_ms: f64) {
        self.assessments.retain(|a| a.id != id);
        if self.assessments.is_empty() {
            *self = Store::fresh(now_ms);
        } else if self.current == id {
            self.current = self.assessments[0].id.clone();
        }
    }

    /// Sets the current assessment's target for a dimension; None returns it
    /// to the advice.
    pub fn set_target(&mut self, dimension: &str, level: Option<u8>, now_ms: f64) {
        let Some(dimension) = bank::dimensions::by_id(dimension) else {
            return;
        };
        let current = self.current_mut();
        match level.filter(|l| is_level(*l)) {
            Some(level) => current.targets.insert(dimension.id, level),
            None => current.targets.remove(dimension.id),
        };
        current.updated_ms = now_ms;
    }

    /// Freezes the current assessment's answers with the time into its
    /// history; the oldest snapshot goes when the history is full.
    pub fn take_snapshot(&mut self, now_ms: f64) {
        let current = self.current_mut();
        let snapshot = Snapshot {
            taken_ms: now_ms,
            name: String::new(),
            answers: current.answers.clone(),
            unrecognised: current.unrecognised.clone(),
            fields: serde_json::Map::new(),
        };
        current.history.push(snapshot);
        if current.history.len() > MAX_SNAPSHOTS {
            current.history.remove(0);
        }
        current.updated_ms = now_ms;
    }

    /// Names (or, with an empty name, unnames) one snapshot of an
    /// assessment: the one at `index` in its history, checked by its time so
    /// a list changed meanwhile (another tab) never names the wrong one.
    pub fn name_snapshot(&mut self, id: &str, index: usize, taken_ms: f64, name: &str) {
        if let Some(snapshot) = self
            .assessments
            .iter_mut()
            .find(|a| a.id == id)
            .and_then(|a| {
                let at = snapshot_at(&a.history, index, taken_ms)?;
                a.history.get_mut(at)
            })
        {
            snapshot.name = snapshot_name(name);
        }
    }

    /// Deletes exactly one snapshot: the one at `index`, checked by its time
    /// (two snapshots may share a time).
    pub fn delete_snapshot(&mut self, id: &str, index: usize, taken_ms: f64) {
        if let Some(a) = self.assessments.iter_mut().find(|a| a.id == id) {
            if let Some(at) = snapshot_at(&a.history, index, taken_ms) {
                a.history.remove(at);
            }
        }
    }

    pub fn set_team(&mut self, team: Option<String>) {
        self.team = team;
    }

    pub fn switch(&mut self, id: &str) {
        if self.get(id).is_some() {
            self.current = id.to_string();
        }
    }

    pub fn encode(&self) -> String {
        let wire = Wire {
            format: FORMAT.to_string(),
            version: u64::from(VERSION),
            current: self.current.clone(),
            assessments: self.assessments.iter().map(to_wire).collect(),
            team: self.team.clone(),
            fields: self.fields.clone(),
        };
        serde_json::to_string(&wire).expect("the store always serialises")
    }

    /// Decodes with any repair made at `now_ms` (see [`Store::decode_repairing`]).
    pub fn decode(raw: &str, now_ms: f64) -> Result<Store, StoreError> {
        Store::decode_repairing(raw, now_ms).map(|(store, _)| store)
    }

    /// Decodes, repairing what a damaged value holds that would break
    /// something later or could not be exported and read back: times no
    /// four-digit date can write become `now_ms`; names that are not one
    /// line of at most 80 characters, notes over 2,000 characters and more
    /// than 100 snapshots are shortened (the newest snapshots kept); ids used
    /// twice are made unique. Each repair is described for the person; what
    /// this version does not know is carried along unchanged.
    pub fn decode_repairing(raw: &str, now_ms: f64) -> Result<(Store, Vec<String>), StoreError> {
        if raw.len() > MAX_BYTES {
            return Err(StoreError::TooLarge(raw.len()));
        }
        let value: serde_json::Value =
            serde_json::from_str(raw).map_err(|e| StoreError::NotJson(e.to_string()))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(StoreError::Foreign);
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            // Version 1 is version 2 without targets, snapshots and team.
            Some(v) if (1..=u64::from(VERSION)).contains(&v) => {}
            Some(v) if v > u64::from(VERSION) => return Err(StoreError::FutureVersion(v)),
            _ => return Err(StoreError::Invalid("unknown version".to_string())),
        }
        let wire: Wire =
            serde_json::from_value(value).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let now_ms = if is_valid_ms(now_ms) { now_ms } else { 0.0 };
        let mut repairs = Vec::new();
        let mut assessments: Vec<Assessment> = wire
            .assessments
            .into_iter()
            .map(|w| from_wire(w, now_ms, &mut repairs))
            .collect();
        if assessments.is_empty() {
            return Err(StoreError::Invalid("no assessments".to_string()));
        }
        repair_ids(&mut assessments, now_ms, &mut repairs);
        let current = if assessments.iter().any(|a| a.id == wire.current) {
            wire.current
        } else {
            assessments[0].id.clone()
        };
        Ok((
            Store {
                assessments,
                current,
                team: wire.team,
                fields: wire.fields,
            },
            repairs,
        ))
    }
}

/// Where the snapshot a list showed at `index`, taken at `taken_ms`, is
/// now: at `index` if its time still matches, else the first with that time
/// (another tab may have changed the list meanwhile).
fn snapshot_at(history: &[Snapshot], index: usize, taken_ms: f64) -> Option<usize> {
    match history.get(index) {
        Some(s) if s.taken_ms == taken_ms => Some(index),
        _ => history.iter().position(|s| s.taken_ms == taken_ms),
    }
}

/// A time that can be saved and exported: as it is, whole milliseconds
/// rounded, or `fallback` when no date can show it. Says whether it changed.
fn valid_time(ms: f64, fallback: f64) -> (f64, bool) {
    if is_valid_ms(ms) {
        (ms, false)
    } else if is_valid_ms(ms.round()) {
        (ms.round(), true)
    } else {
        (fallback, true)
    }
}

/// Gives assessments that share an id fresh ids; says so.
fn repair_ids(assessments: &mut [Assessment], now_ms: f64, repairs: &mut Vec<String>) {
    for i in 0..assessments.len() {
        if assessments[..i].iter().any(|b| b.id == assessments[i].id) {
            let id = new_id(now_ms, assessments);
            let a = &mut assessments[i];
            a.id = id;
            repairs.push(format!(
                "“{}” had the same id as another saved assessment; it now has its own, so \
                 deleting one can no longer delete both.",
                a.name
            ));
        }
    }
}

/// Answers by id as written in files, with the unrecognised ones kept.
pub fn answers_to_ids(
    answers: &Answers,
    unrecognised: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut out = unrecognised.clone();
    for question in bank::questions() {
        if let Some(choice) = answers.choice_id(question) {
            out.insert(question.id.to_string(), choice.to_string());
        }
    }
    out
}

/// Reads answers by id, keeping what this version does not recognise.
pub fn answers_from_ids(ids: BTreeMap<String, String>) -> (Answers, BTreeMap<String, String>) {
    let mut answers = Answers::new();
    let mut unrecognised = BTreeMap::new();
    for (question, choice) in ids {
        if answers.set_by_id(&question, &choice).is_err() {
            unrecognised.insert(question, choice);
        }
    }
    (answers, unrecognised)
}

fn to_wire(a: &Assessment) -> WireAssessment {
    let mut notes: BTreeMap<String, String> = a.carried.notes.clone();
    notes.extend(a.notes.iter().map(|(k, v)| (k.to_string(), v.clone())));
    let mut targets: BTreeMap<String, u8> = a.carried.targets.clone();
    targets.extend(a.targets.iter().map(|(k, v)| (k.to_string(), *v)));
    WireAssessment {
        id: a.id.clone(),
        name: a.name.clone(),
        created_ms: a.created_ms,
        updated_ms: a.updated_ms,
        answers: answers_to_ids(&a.answers, &a.unrecognised),
        notes,
        targets,
        history: a
            .history
            .iter()
            .map(|s| WireSnapshot {
                taken_ms: s.taken_ms,
                name: s.name.clone(),
                answers: answers_to_ids(&s.answers, &s.unrecognised),
                fields: s.fields.clone(),
            })
            .collect(),
        team: a.belonging.team.clone(),
        org_path: a.belonging.path_text(),
        fields: a.carried.fields.clone(),
    }
}

/// Reads one saved assessment, repairing and carrying as
/// [`Store::decode_repairing`] says; each repair is added to `repairs`.
fn from_wire(w: WireAssessment, now_ms: f64, repairs: &mut Vec<String>) -> Assessment {
    let (answers, unrecognised) = answers_from_ids(w.answers);
    let name = clean_name(&w.name, "Unnamed assessment");
    if name != w.name {
        repairs.push(if w.name.trim().is_empty() {
            format!("An assessment had no name; it is now called “{name}”.")
        } else {
            format!(
                "An assessment's name was not one line of at most {MAX_NAME_CHARS} characters; \
                 it is now “{name}”."
            )
        });
    }
    let (created_ms, created_changed) = valid_time(w.created_ms, now_ms);
    let (updated_ms, updated_changed) = valid_time(w.updated_ms, now_ms);
    let mut carried = Carried {
        fields: w.fields,
        ..Carried::default()
    };
    let mut notes = BTreeMap::new();
    for (question, note) in w.notes {
        match bank::question(&question) {
            // A blank note holds nothing: as the editor, it is not kept.
            Some(_) if note.trim().is_empty() => {}
            Some(q) => {
                if note.chars().count() > MAX_NOTE_CHARS {
                    repairs.push(format!(
                        "“{name}”: the note on “{}” was longer than {MAX_NOTE_CHARS} characters \
                         and was shortened to them.",
                        q.short
                    ));
                }
                notes.insert(q.id, note.chars().take(MAX_NOTE_CHARS).collect());
            }
            None => {
                carried.notes.insert(question, note);
            }
        }
    }
    let mut targets = BTreeMap::new();
    for (dimension, level) in w.targets {
        match bank::dimensions::by_id(&dimension) {
            Some(d) if is_level(level) => {
                targets.insert(d.id, level);
            }
            _ => {
                carried.targets.insert(dimension, level);
            }
        }
    }
    let mut history = w.history;
    if history.len() > MAX_SNAPSHOTS {
        repairs.push(format!(
            "“{name}” held {} snapshots; the newest {MAX_SNAPSHOTS} are kept.",
            history.len()
        ));
        history.drain(..history.len() - MAX_SNAPSHOTS);
    }
    let mut dates = created_changed || updated_changed;
    let count = history.len();
    let history = history
        .into_iter()
        .enumerate()
        .map(|(k, s)| {
            // Distinct times, oldest first, for snapshots no date can show.
            let (taken_ms, changed) = valid_time(s.taken_ms, now_ms - (count - k) as f64);
            dates |= changed;
            let snapshot_name = snapshot_name(&s.name);
            if snapshot_name != s.name {
                repairs.push(format!(
                    "“{name}”: a snapshot's name was not one line of at most {MAX_NAME_CHARS} \
                     characters; it is now “{snapshot_name}”."
                ));
            }
            let (answers, unrecognised) = answers_from_ids(s.answers);
            Snapshot {
                taken_ms,
                name: snapshot_name,
                answers,
                unrecognised,
                fields: s.fields,
            }
        })
        .collect();
    if dates {
        repairs.push(format!(
            "“{name}” had a date no calendar can show (or not a whole millisecond); it was \
             set to {}.",
            crate::core::support::time::minute_utc(now_ms)
        ));
    }
    let belonging = Belonging::new(&w.team, &w.org_path);
    if belonging.differs_from(&w.team, &w.org_path) {
        repairs.push(format!(
            "“{name}”: its team or organisation path was not plain text within the limits \
             ({MAX_TEAM_CHARS} and {MAX_PATH_CHARS} characters); it is now “{}” in “{}”.",
            belonging.team,
            belonging.path_text()
        ));
    }
    Assessment {
        id: w.id,
        name,
        created_ms,
        updated_ms,
        answers,
        notes,
        unrecognised,
        targets,
        history,
        carried,
        belonging,
    }
}

/// Targets by dimension id; unknown dimensions and levels are dropped.
pub fn targets_from_ids(ids: BTreeMap<String, u8>) -> BTreeMap<&'static str, u8> {
    map_from(ids.into_iter().filter_map(|(dimension, level)| {
        let dimension = bank::dimensions::by_id(&dimension)?;
        is_level(level).then_some((dimension.id, level))
    }))
}

/// A snapshot's name: one line, at most [`MAX_NAME_CHARS`], possibly empty.
pub fn snapshot_name(name: &str) -> String {
    crate::core::support::plain_text::single_line(name)
        .chars()
        .take(MAX_NAME_CHARS)
        .collect()
}

fn clean_name(name: &str, fallback: &str) -> String {
    let name: String = crate::core::support::plain_text::single_line(name)
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    if name.is_empty() {
        fallback.to_string()
    } else {
        name
    }
}

/// How an assessment made elsewhere arrived, which tells its name apart
/// from one already here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// From a JSON export.
    Imported,
    /// Saved from someone's shared result link.
    FromLink,
}

impl Arrival {
    fn describe(self, now_ms: f64) -> String {
        let day = crate::core::support::time::day_month(now_ms);
        match self {
            Arrival::Imported => format!("imported {day}"),
            Arrival::FromLink => format!("from a link, {day}"),
        }
    }
}

/// A short id, unique within the store, from the clock.
fn new_id(now_ms: f64, existing: &[Assessment]) -> String {
    let mut n = now_ms.max(0.0) as u64;
    loop {
        let id = format!("a{}", radix36(n));
        if existing.iter().all(|a| a.id != id) {
            return id;
        }
        n += 1;
    }
}

fn radix36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii digits")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Store {
        let mut store = Store::fresh(1000.0);
        store.set_answer("ci.pr_tests", Some(Answer::Choice(0)), 2000.0);
        store.set_answer("infra.iac", Some(Answer::DontKnow), 2000.0);
        store.set_note("ci.pr_tests", "see the CI dashboard", 2000.0);
        store
    }

    #[test]
    fn round_trips_answers_notes_and_names() {
        let mut store = sample();
        store.create("Team B", 3000.0);
        store.set_answer("platform.golden_paths", Some(Answer::NotApplicable), 3000.0);
        let decoded = Store::decode(&store.encode(), 0.0).unwrap();
        assert_eq!(decoded, store);
        assert_eq!(decoded.current().name, "Team B");
    }

    #[test]
    fn unknown_answers_are_carried_along_unchanged() {
        let raw = r#"{"format":"devops-maturity/store","version":1,"current":"x",
            "assessments":[{"id":"x","name":"n","created_ms":1,"updated_ms":2,
            "answers":{"ci.pr_tests":"yes","future.question":"maybe"}}]}"#;
        let store = Store::decode(raw, 0.0).unwrap();
        assert_eq!(store.current().answers.len(), 1);
        let again = Store::decode(&store.encode(), 0.0).unwrap();
        assert_eq!(again.current().unrecognised["future.question"], "maybe");
    }

    #[test]
    fn refuses_corrupt_foreign_and_future_data_with_reasons() {
        assert!(matches!(
            Store::decode("{not json", 0.0),
            Err(StoreError::NotJson(_))
        ));
        assert_eq!(
            Store::decode(r#"{"theme":"dark"}"#, 0.0),
            Err(StoreError::Foreign)
        );
        assert_eq!(Store::decode("42", 0.0), Err(StoreError::Foreign));
        assert_eq!(
            Store::decode(r#"{"format":"devops-maturity/store","version":7}"#, 0.0),
            Err(StoreError::FutureVersion(7))
        );
        assert!(matches!(
            Store::decode(r#"{"format":"devops-maturity/store","version":0}"#, 0.0),
            Err(StoreError::Invalid(_))
        ));
        assert!(matches!(
            Store::decode(
                r#"{"format":"devops-maturity/store","version":1,"current":"a","assessments":[]}"#,
                0.0
            ),
            Err(StoreError::Invalid(_))
        ));
        assert!(matches!(
            Store::decode(
                r#"{"format":"devops-maturity/store","version":1,"current":5}"#,
                0.0
            ),
            Err(StoreError::Invalid(_))
        ));
    }

    #[test]
    fn manages_several_assessments() {
        let mut store = sample();
        let first = store.current.clone();
        let copy = store.duplicate(&first, 5000.0).unwrap();
        assert_eq!(store.current, copy);
        assert_eq!(store.current().answers, store.get(&first).unwrap().answers);
        assert_eq!(store.current().name, "Copy of My assessment");
        store.rename(&copy, "  Q3 review  ", 6000.0);
        assert_eq!(store.current().name, "Q3 review");
        store.rename(&copy, "   ", 6000.0);
        assert_eq!(store.current().name, "Q3 review", "a blank name is ignored");
        store.switch(&first);
        assert_eq!(store.current, first);
        store.delete(&first, 7000.0);
        assert_eq!(store.current, copy);
        store.delete(&copy, 8000.0);
        assert_eq!(
            store.assessments.len(),
            1,
            "never left without an assessment"
        );
    }

    #[test]
    fn targets_snapshots_and_team_round_trip() {
        let mut store = sample();
        store.set_target("ci", Some(4), 3000.0);
        store.set_target("culture", Some(9), 3000.0);
        store.set_target("nope", Some(2), 3000.0);
        store.take_snapshot(4000.0);
        store.set_answer("ci.pr_tests", Some(Answer::Choice(1)), 5000.0);
        store.take_snapshot(6000.0);
        store.set_team(Some("AQID".into()));
        let decoded = Store::decode(&store.encode(), 0.0).unwrap();
        assert_eq!(decoded, store);
        let current = decoded.current();
        assert_eq!(current.targets.len(), 1, "invalid targets are ignored");
        assert_eq!(current.history.len(), 2);
        assert_eq!(
            current.history[0].answers.get("ci.pr_tests"),
            Some(Answer::Choice(0))
        );
        assert_eq!(
            current.history[1].answers.get("ci.pr_tests"),
            Some(Answer::Choice(1))
        );
        store.set_target("ci", None, 7000.0);
        assert!(store.current().targets.is_empty());
        let id = store.current.clone();
        store.delete_snapshot(&id, 1, 4000.0);
        assert_eq!(store.current().history.len(), 1);
    }

    #[test]
    fn a_version_1_store_reads_as_one_without_targets_or_history() {
        let raw = r#"{"format":"devops-maturity/store","version":1,"current":"x",
            "assessments":[{"id":"x","name":"Old","created_ms":1,"updated_ms":2,
            "answers":{"ci.pr_tests":"yes"},"notes":{"ci.pr_tests":"kept"}}]}"#;
        let store = Store::decode(raw, 0.0).unwrap();
        let a = store.current();
        assert_eq!(a.name, "Old");
        assert_eq!(a.note("ci.pr_tests"), "kept");
        assert!(a.targets.is_empty() && a.history.is_empty() && store.team.is_none());
        assert!(store.encode().contains(r#""version":2"#));
    }

    #[test]
    fn the_history_is_bounded() {
        let mut store = sample();
        for i in 0..MAX_SNAPSHOTS + 5 {
            store.take_snapshot(10_000.0 + i as f64);
        }
        assert_eq!(store.current().history.len(), MAX_SNAPSHOTS);
        assert_eq!(store.current().history[0].taken_ms, 10_005.0);
    }

    #[test]
    fn ids_are_unique_even_within_one_millisecond() {
        let mut store = Store::fresh(1.0);
        let a = store.create("a", 1.0);
        let b = store.create("b", 1.0);
        assert_ne!(a, b);
        assert_eq!(store.assessments.len(), 3);
    }

    const NOW: f64 = 1_795_000_000_000.0;

    fn one(assessment: &str) -> String {
        format!(
            r#"{{"format":"devops-maturity/store","version":2,"current":"x","assessments":[{assessment}]}}"#
        )
    }

    #[test]
    fn a_date_no_calendar_can_show_is_set_to_now_and_said_so() {
        let raw = one(
            r#"{"id":"x","name":"Team","created_ms":1e300,"updated_ms":1e300,
               "history":[{"taken_ms":1e300,"answers":{}},{"taken_ms":-1e300,"answers":{}}]}"#,
        );
        let (store, repairs) = Store::decode_repairing(&raw, NOW).unwrap();
        let a = store.current();
        assert_eq!((a.created_ms, a.updated_ms), (NOW, NOW));
        assert_eq!(a.history[0].taken_ms, NOW - 2.0);
        assert_eq!(a.history[1].taken_ms, NOW - 1.0, "distinct, oldest first");
        assert!(
            repairs[0].ends_with("it was set to 2026-11-18 11:06 UTC."),
            "{repairs:?}"
        );
        // Read again for a merge, it is the same: never 1970.
        assert_eq!(Store::decode(&raw, NOW).unwrap().current().created_ms, NOW);
    }

    #[test]
    fn what_this_version_does_not_know_is_carried_along() {
        let raw = r#"{"format":"devops-maturity/store","version":2,"current":"x","theme":"dark",
            "assessments":[{"id":"x","name":"T","created_ms":1,"updated_ms":2,"owner":{"team":"p"},
            "answers":{"ci.pr_tests":"yes","k8s.clusters":"3"},
            "notes":{"ci.pr_tests":"kept","k8s.clusters":"a newer note"},
            "targets":{"ci":4,"finops":3,"infra":9},
            "history":[{"taken_ms":5,"answers":{},"tag":"q3"}]}]}"#;
        let (mut store, repairs) = Store::decode_repairing(raw, NOW).unwrap();
        assert!(repairs.is_empty(), "{repairs:?}");
        store.set_answer("ci.red_blocks", Some(Answer::Choice(1)), NOW);
        let again: serde_json::Value = serde_json::from_str(&store.encode()).unwrap();
        assert_eq!(again["theme"], "dark");
        let a = &again["assessments"][0];
        assert_eq!(a["owner"]["team"], "p");
        assert_eq!(a["answers"]["k8s.clusters"], "3");
        assert_eq!(a["notes"]["k8s.clusters"], "a newer note");
        assert_eq!(a["targets"]["finops"], 3);
        assert_eq!(
            a["targets"]["infra"], 9,
            "a level this version does not know"
        );
        assert_eq!(a["history"][0]["tag"], "q3");
        assert_eq!(a["answers"]["ci.red_blocks"], "yes");
    }

    #[test]
    fn one_of_two_snapshots_taken_in_the_same_instant_is_deleted_alone() {
        let mut store = sample();
        store.take_snapshot(5_000.0);
        store.take_snapshot(5_000.0);
        let id = store.current.clone();
        store.name_snapshot(&id, 1, 5_000.0, "Second");
        assert_eq!(store.current().history[0].name, "");
        store.delete_snapshot(&id, 0, 5_000.0);
        assert_eq!(store.current().history.len(), 1);
        assert_eq!(store.current().history[0].name, "Second");
    }

    #[test]
    fn shortened_names_notes_and_histories_are_said_and_keep_the_newest() {
        let snapshots: Vec<String> = (0..150)
            .map(|i| format!(r#"{{"taken_ms":{},"answers":{{}}}}"#, 1000 + i))
            .collect();
        let raw = one(&format!(
            r#"{{"id":"x","name":"Line one\nline two {}","created_ms":1,"updated_ms":2,
               "notes":{{"ci.pr_tests":"{}"}},"history":[{}]}}"#,
            "n".repeat(100),
            "x".repeat(3000),
            snapshots.join(",")
        ));
        let (store, repairs) = Store::decode_repairing(&raw, NOW).unwrap();
        let a = store.current();
        assert_eq!(a.name.chars().count(), MAX_NAME_CHARS);
        assert!(a.name.starts_with("Line one line two nnn"), "{}", a.name);
        assert_eq!(a.note("ci.pr_tests").chars().count(), MAX_NOTE_CHARS);
        assert_eq!(a.history.len(), MAX_SNAPSHOTS);
        assert_eq!(a.history[0].taken_ms, 1050.0, "the newest are kept");
        assert_eq!(repairs.len(), 3, "{repairs:?}");
        assert!(repairs
            .iter()
            .any(|r| r.contains("held 150 snapshots; the newest 100 are kept")));
        assert!(repairs
            .iter()
            .any(|r| r.contains("was longer than 2000 characters")));
        assert!(repairs.iter().any(|r| r.contains("name was not one line")));
    }

    #[test]
    fn new_imported_and_copied_assessments_get_names_no_other_has() {
        let day = 1_764_504_840_000.0; // 30 Nov 2025
        let mut store = Store::fresh(day);
        let imported = |name: &str| Assessment::new(String::new(), name.to_string(), day);
        store.add(imported("My assessment"), Arrival::Imported, day);
        store.add(imported("My assessment"), Arrival::Imported, day);
        store.add(imported("My assessment"), Arrival::FromLink, day);
        store.add(imported("Platform team"), Arrival::Imported, day);
        let id = store.current().id.clone();
        store.duplicate(&id, day);
        store.duplicate(&id, day);
        store.create("Platform team", day);
        store.add(
            imported(&"x".repeat(MAX_NAME_CHARS)),
            Arrival::Imported,
            day,
        );
        store.add(
            imported(&"x".repeat(MAX_NAME_CHARS)),
            Arrival::Imported,
            day,
        );
        let names: Vec<&str> = store.assessments.iter().map(|a| a.name.as_str()).collect();
        let long_copy = format!("{} (imported 30 Nov)", "x".repeat(MAX_NAME_CHARS - 18));
        assert_eq!(
            names,
            [
                "My assessment",
                "My assessment (imported 30 Nov)",
                "My assessment (imported 30 Nov, 2)",
                "My assessment (from a link, 30 Nov)",
                "Platform team",
                "Copy of Platform team",
                "Copy of Platform team (2)",
                "Platform team (2)",
                &"x".repeat(MAX_NAME_CHARS),
                &long_copy,
            ]
        );
        assert!(names.iter().all(|n| n.chars().count() <= MAX_NAME_CHARS));
    }
}
