//! Saved assessments: the state kept in the browser's local storage, its
//! versioned encoding, and the operations the UI performs on it. Pure, so the
//! decoder is tested natively against any input.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers};
use super::bank;
use super::compact::map_from;

/// The storage key of the current format. A new format gets a new key, and the
/// old key is read and migrated, never discarded.
pub const STORAGE_KEY: &str = "devops-maturity.store.v1";
pub const FORMAT: &str = "devops-maturity/store";
pub const VERSION: u32 = 1;
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
}

#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    pub assessments: Vec<Assessment>,
    pub current: String,
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
            name: clean_name(&format!("Copy of {}", source.name), "Copy"),
            created_ms: now_ms,
            updated_ms: now_ms,
            ..source
        });
        self.current = new.clone();
        Some(new)
    }

    /// Adds an assessment made elsewhere (an import or a shared result) as a
    /// new one, never replacing any; returns its id.
    pub fn add(&mut self, mut assessment: Assessment, now_ms: f64) -> String {
        assessment.id = new_id(now_ms, &self.assessments);
        assessment.name = clean_name(&assessment.name, "Imported assessment");
        self.current = assessment.id.clone();
        self.assessments.push(assessment);
        self.current.clone()
    }

    pub fn rename(&mut self, id: &str, name: &str, now_ms: f64) {
        if let Some(a) = self.assessments.iter_mut().find(|a| a.id == id) {
            a.name = clean_name(name, &a.name);
            a.updated_ms = now_ms;
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
        };
        serde_json::to_string(&wire).expect("the store always serialises")
    }

    pub fn decode(raw: &str) -> Result<Store, StoreError> {
        if raw.len() > MAX_BYTES {
            return Err(StoreError::TooLarge(raw.len()));
        }
        let value: serde_json::Value =
            serde_json::from_str(raw).map_err(|e| StoreError::NotJson(e.to_string()))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(StoreError::Foreign);
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v == u64::from(VERSION) => {}
            Some(v) if v > u64::from(VERSION) => return Err(StoreError::FutureVersion(v)),
            _ => return Err(StoreError::Invalid("unknown version".to_string())),
        }
        let wire: Wire =
            serde_json::from_value(value).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let assessments: Vec<Assessment> = wire.assessments.into_iter().map(from_wire).collect();
        if assessments.is_empty() {
            return Err(StoreError::Invalid("no assessments".to_string()));
        }
        let current = if assessments.iter().any(|a| a.id == wire.current) {
            wire.current
        } else {
            assessments[0].id.clone()
        };
        Ok(Store {
            assessments,
            current,
        })
    }
}

fn to_wire(a: &Assessment) -> WireAssessment {
    let mut answers: BTreeMap<String, String> = a.unrecognised.clone();
    for question in bank::questions() {
        if let Some(choice) = a.answers.choice_id(question) {
            answers.insert(question.id.to_string(), choice.to_string());
        }
    }
    WireAssessment {
        id: a.id.clone(),
        name: a.name.clone(),
        created_ms: a.created_ms,
        updated_ms: a.updated_ms,
        answers,
        notes: map_from(a.notes.iter().map(|(k, v)| (k.to_string(), v.clone()))),
    }
}

fn from_wire(w: WireAssessment) -> Assessment {
    let mut answers = Answers::new();
    let mut unrecognised = BTreeMap::new();
    for (question, choice) in w.answers {
        if answers.set_by_id(&question, &choice).is_err() {
            unrecognised.insert(question, choice);
        }
    }
    let notes = map_from(
        w.notes
            .into_iter()
            .filter_map(|(q, note)| Some((bank::question(&q)?.id, note))),
    );
    Assessment {
        id: w.id,
        name: clean_name(&w.name, "Unnamed assessment"),
        created_ms: w.created_ms,
        updated_ms: w.updated_ms,
        answers,
        notes,
        unrecognised,
    }
}

fn clean_name(name: &str, fallback: &str) -> String {
    let name: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
    if name.is_empty() {
        fallback.to_string()
    } else {
        name
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
        let decoded = Store::decode(&store.encode()).unwrap();
        assert_eq!(decoded, store);
        assert_eq!(decoded.current().name, "Team B");
    }

    #[test]
    fn unknown_answers_are_carried_along_unchanged() {
        let raw = r#"{"format":"devops-maturity/store","version":1,"current":"x",
            "assessments":[{"id":"x","name":"n","created_ms":1,"updated_ms":2,
            "answers":{"ci.pr_tests":"yes","future.question":"maybe"}}]}"#;
        let store = Store::decode(raw).unwrap();
        assert_eq!(store.current().answers.len(), 1);
        let again = Store::decode(&store.encode()).unwrap();
        assert_eq!(again.current().unrecognised["future.question"], "maybe");
    }

    #[test]
    fn refuses_corrupt_foreign_and_future_data_with_reasons() {
        assert!(matches!(
            Store::decode("{not json"),
            Err(StoreError::NotJson(_))
        ));
        assert_eq!(
            Store::decode(r#"{"theme":"dark"}"#),
            Err(StoreError::Foreign)
        );
        assert_eq!(Store::decode("42"), Err(StoreError::Foreign));
        assert_eq!(
            Store::decode(r#"{"format":"devops-maturity/store","version":7}"#),
            Err(StoreError::FutureVersion(7))
        );
        assert!(matches!(
            Store::decode(
                r#"{"format":"devops-maturity/store","version":1,"current":"a","assessments":[]}"#
            ),
            Err(StoreError::Invalid(_))
        ));
        assert!(matches!(
            Store::decode(r#"{"format":"devops-maturity/store","version":1,"current":5}"#),
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
    fn ids_are_unique_even_within_one_millisecond() {
        let mut store = Store::fresh(1.0);
        let a = store.create("a", 1.0);
        let b = store.create("b", 1.0);
        assert_ne!(a, b);
        assert_eq!(store.assessments.len(), 3);
    }
}
