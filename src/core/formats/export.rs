//! The JSON export format, `devops-maturity/assessment` version 1, described
//! by `schema/assessment-v1.schema.json`. It holds the answers by stable id
//! (what an import reads) and the computed result (for tools that only read).

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::core::formats::answer_values::{
    answer_id, offered_in, revision_of, RevisionError, UNMARKED_REVISION,
};
use crate::core::formats::strict_json::{duplicate_key, whole_number};
use crate::core::model::answers::AnswerError;
use crate::core::model::bank::{self, dora::EDITION};
use crate::core::model::belonging::Belonging;
use crate::core::model::levels::is_level;
use crate::core::model::product;
use crate::core::model::saved_state::{
    answers_to_ids, Assessment, Snapshot, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_SNAPSHOTS,
};
use crate::core::rules::report::assess;
use crate::core::rules::verdict::Status;
use crate::core::support::compact::object_from;
use crate::core::support::time::{iso8601, parse_iso8601};

pub const FORMAT: &str = "devops-maturity/assessment";
pub const VERSION: u64 = 1;
/// Files above this are refused unread: a real export is a few kilobytes.
pub const MAX_BYTES: usize = 1 << 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge(usize),
    NotJson(String),
    NotAnObject,
    WrongFormat(Option<String>),
    UnsupportedVersion(String),
    WrongType {
        field: String,
        expected: &'static str,
    },
    UnknownIds(Vec<String>),
    Answer(AnswerError),
    NoteTooLong(String),
    BadDate(String),
    Revision(RevisionError),
    DuplicateKey(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge(n) => write!(
                f,
                "the file is {n} bytes, over the limit of {MAX_BYTES} bytes (1 MiB) for an export"
            ),
            ImportError::NotJson(e) => write!(f, "the file is not valid JSON ({e})"),
            ImportError::NotAnObject => write!(
                f,
                "the file is JSON but not an assessment (expected an object)"
            ),
            ImportError::WrongFormat(None) => write!(
                f,
                "the file has no \"format\" field, so it is not an assessment export"
            ),
            ImportError::WrongFormat(Some(found)) => {
                write!(f, "the file's format is \"{found}\", not \"{FORMAT}\"")
            }
            ImportError::UnsupportedVersion(v) => match v.parse::<u64>() {
                Ok(n) if n > VERSION => write!(
                    f,
                    "the file is format version {v}; this app reads version {VERSION} (a newer \
                     app may have written it)"
                ),
                _ => write!(
                    f,
                    "the file's format version, {v}, is not one this app reads (version {VERSION})"
                ),
            },
            ImportError::DuplicateKey(key) => write!(
                f,
                "the key \"{key}\" appears twice in one object; each may appear only once"
            ),
            ImportError::WrongType { field, expected } => {
                write!(f, "\"{field}\" should be {expected}")
            }
            ImportError::UnknownIds(ids) => write!(
                f,
                "the file answers questions this app does not have: {}",
                ids.join(", ")
            ),
            ImportError::Answer(e) => write!(f, "{e}"),
            ImportError::NoteTooLong(id) => write!(
                f,
                "the note on \"{id}\" is longer than {MAX_NOTE_CHARS} characters"
            ),
            ImportError::Revision(e) => write!(f, "{e}"),
            ImportError::BadDate(field) => {
                write!(f, "\"{field}\" is not a date like 2026-01-31T12:00:00Z")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// The export document for an assessment.
pub fn export(assessment: &Assessment, now_ms: f64) -> Value {
    let report = assess(&assessment.answers);
    let answers = answers_to_ids(&assessment.answers, &Default::default());
    // What this version does not know travels as it was, beside the rest.
    let c = &assessment.carried;
    let carried = (!assessment.unrecognised.is_empty() || !c.is_empty()).then(|| {
        json!({
            "answers": assessment.unrecognised,
            "notes": c.notes,
            "targets": c.targets,
            "fields": c.fields,
        })
    });
    let notes = object_from(
        assessment
            .notes
            .iter()
            .map(|(id, note)| (id.to_string(), note.as_str().into())),
    );
    let verdict = report.headline.status != Status::NeedsAnswers;
    // An area with nothing answered has no level: an open question is not an
    // answer.
    let dimensions = object_from(report.dimensions.iter().map(|d| {
        let level = (!d.unanswered()).then_some(d.level);
        (d.dimension.into(), json!(level))
    }));
    let dimensions_high = object_from(report.dimensions.iter().map(|d| {
        let high = (!d.unanswered()).then_some(d.high);
        (d.dimension.into(), json!(high))
    }));
    let frameworks = object_from(report.frameworks.iter().map(|f| {
        (
            f.id.into(),
            json!({ "level": f.level, "level_name": f.level_name, "level_high": f.high }),
        )
    }));
    let metrics = object_from(report.dora.metrics.iter().map(|m| {
        let key = serde_json::to_value(m.metric).unwrap_or_default();
        (
            key.as_str().unwrap_or_default().to_string(),
            json!({
                "answer": m.answer,
                "nearest": m.nearest,
                "band_text": m.band_text(),
                "supports": m.supports,
                "known": m.known,
            }),
        )
    }));
    json!({
        "format": FORMAT,
        "version": VERSION,
        "app_version": product::VERSION,
        "bank_revision": bank::REVISION,
        "id": assessment.id,
        "name": assessment.name,
        "team": assessment.belonging.team,
        "org_path": assessment.belonging.path_text(),
        "created": iso8601(assessment.created_ms),
        "updated": iso8601(assessment.updated_ms),
        "exported": iso8601(now_ms),
        "answers": answers,
        "notes": notes,
        "targets": object_from(assessment.targets.iter().map(|(d, l)| (d.to_string(), (*l).into()))),
        "carried": carried,
        "history": assessment.history.iter().map(|s| {
            let mut entry = json!({
                "taken": iso8601(s.taken_ms),
                "answers": answers_to_ids(&s.answers, &Default::default()),
            });
            if !s.name.is_empty() {
                entry["name"] = s.name.clone().into();
            }
            if !s.unrecognised.is_empty() || !s.fields.is_empty() {
                entry["carried"] = json!({ "answers": s.unrecognised, "fields": s.fields });
            }
            entry
        }).collect::<Vec<_>>(),
        "result": {
            "level": verdict.then_some(report.level),
            "level_name": verdict.then_some(report.level_name),
            "headline": {
                "status": report.headline.status,
                "level_low": verdict.then_some(report.headline.level),
                "level_high": verdict.then_some(report.headline.high),
                "most_likely": verdict.then_some(report.headline.most_likely),
                "title": report.headline.title,
                "reason": report.headline.reason,
                "stage_level": report.headline.stage_level,
                "answer_next": report.headline.answer_next,
            },
            "mean": (report.summary.mean * 10.0).round() / 10.0,
            "spread": report.summary.spread,
            "confidence_percent": (report.summary.confidence * 100.0).round() as u32,
            "dimensions": dimensions,
            "dimensions_high": dimensions_high,
            "frameworks": frameworks,
            "dora": {
                "edition": EDITION,
                "overall": report.dora.overall.bands,
                "overall_text": report.dora.overall.text(),
                "supports": report.dora.supports,
                "metrics": metrics,
            },
            "fix_first": report.fix_first.title,
        },
    })
}

/// The full result as the command line prints it: every field of the
/// report, except that without a verdict there is no level, fix or roadmap,
/// and an area with nothing answered has no level (an open question is not
/// an answer).
pub fn report_json(
    report: &crate::core::rules::report::Report,
    answers: &crate::core::model::answers::Answers,
) -> Value {
    let mut value = serde_json::to_value(report).unwrap_or_default();
    // Every figure of the Quick Check, both editions, against all industries.
    value["dora"]["quick_check"] = serde_json::to_value(
        crate::core::rules::quick_check::Edition::ALL
            .map(|e| crate::core::rules::quick_check::quick_check(answers, e, "all")),
    )
    .unwrap_or_default();
    if report.headline.status == Status::NeedsAnswers {
        for field in ["level", "level_name", "fix_first", "roadmap"] {
            value[field] = Value::Null;
        }
        for field in ["level", "high", "most_likely"] {
            value["headline"][field] = Value::Null;
        }
    }
    if let Some(dimensions) = value["dimensions"].as_array_mut() {
        for (json, score) in dimensions.iter_mut().zip(&report.dimensions) {
            if score.unanswered() {
                json["level"] = Value::Null;
                json["high"] = Value::Null;
            }
        }
    }
    value
}

/// The download's file name: "devops-maturity-payments-team-q3-2026-11-23.json".
pub fn file_name(name: &str, now_ms: f64) -> String {
    format!(
        "devops-maturity-{}-{}.json",
        slug(name),
        &iso8601(now_ms)[..10]
    )
}

/// "Payments team – Q3" → "payments-team-q3"; at most 40 characters, and
/// "assessment" when nothing of the name is left.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_matches('-').chars().take(40).collect();
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "assessment".into()
    } else {
        out.to_string()
    }
}

/// Reads an export into an assessment (its id is assigned when stored).
pub fn import(text: &str, now_ms: f64) -> Result<Assessment, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    import_parsed(text, &value, now_ms)
}

/// As [`import`], for a text already parsed into `value` (the organisation
/// view reads hundreds of files, each parsed once to tell its kind).
pub fn import_parsed(text: &str, value: &Value, now_ms: f64) -> Result<Assessment, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    // JSON parsers keep the last of two equal keys; an answer given twice is
    // refused by name, as the command line refuses it.
    if let Some(key) = duplicate_key(text) {
        return Err(ImportError::DuplicateKey(key));
    }
    let object = value.as_object().ok_or(ImportError::NotAnObject)?;
    check_format(object)?;
    let text_field = |field: &str| -> Result<Option<&str>, ImportError> {
        match object.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(ImportError::WrongType {
                field: field.into(),
                expected: "a string",
            }),
        }
    };
    let date_field = |field: &str| -> Result<f64, ImportError> {
        match text_field(field)? {
            None => Ok(now_ms),
            Some(text) => parse_iso8601(text).ok_or_else(|| ImportError::BadDate(field.into())),
        }
    };
    let name: String =
        crate::core::support::plain_text::single_line(text_field("name")?.unwrap_or(""))
            .chars()
            .take(MAX_NAME_CHARS)
            .collect();
    // The name it is stored under, so the message can say it.
    let name = if name.is_empty() {
        IMPORTED_NAME.to_string()
    } else {
        name
    };
    let id: String = text_field("id")?
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .take(MAX_ID_CHARS)
        .collect();
    let mut assessment = Assessment::new(id, name, now_ms);
    assessment.belonging = Belonging::new(
        text_field("team")?.unwrap_or(""),
        text_field("org_path")?.unwrap_or(""),
    );
    assessment.created_ms = date_field("created")?;
    assessment.updated_ms = date_field("updated")?;

    let answers = object_field(object, "answers")?;
    let unknown: Vec<String> = answers
        .keys()
        .filter(|id| bank::question(id).is_none())
        .map(|id| id.to_string())
        .collect();
    if !unknown.is_empty() {
        return Err(ImportError::UnknownIds(unknown));
    }
    let revision = match object.get("bank_revision") {
        None | Some(Value::Null) => UNMARKED_REVISION,
        Some(value) => revision_of(value).map_err(ImportError::Revision)?,
    };
    read_answers(answers, "answers", revision, &mut assessment.answers)?;

    let notes = object_field(object, "notes")?;
    for (id, note) in notes {
        let question =
            bank::question(id).ok_or_else(|| ImportError::UnknownIds(vec![id.clone()]))?;
        let note = note.as_str().ok_or_else(|| ImportError::WrongType {
            field: format!("notes.{id}"),
            expected: "a string",
        })?;
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(ImportError::NoteTooLong(id.clone()));
        }
        if !note.trim().is_empty() {
            assessment.notes.insert(question.id, note.to_string());
        }
    }
    for (dimension, level) in object_field(object, "targets")? {
        let known = bank::dimensions::by_id(dimension)
            .ok_or_else(|| ImportError::UnknownIds(vec![dimension.clone()]))?;
        let level = level
            .as_u64()
            .and_then(|l| u8::try_from(l).ok())
            .filter(|l| is_level(*l))
            .ok_or_else(|| ImportError::WrongType {
                field: format!("targets.{dimension}"),
                expected: "a level from 1 to 5",
            })?;
        assessment.targets.insert(known.id, level);
    }
    assessment.history = import_history(object, revision)?;
    read_carried(object, &mut assessment)?;
    Ok(assessment)
}

/// An assessment id in a file is at most this long (the app makes ~12).
pub const MAX_ID_CHARS: usize = 64;

/// The name of an imported assessment that has none.
pub const IMPORTED_NAME: &str = "Imported assessment";

/// What an export carried along for a newer release (answers, notes and
/// targets this version does not know, unknown fields), read back as is.
fn read_carried(
    object: &Map<String, Value>,
    assessment: &mut Assessment,
) -> Result<(), ImportError> {
    let Some(carried) = object.get("carried") else {
        return Ok(());
    };
    let wrong = |field: &str| ImportError::WrongType {
        field: format!("carried.{field}"),
        expected: "an object of strings",
    };
    let strings = |field: &str| -> Result<BTreeMap<String, String>, ImportError> {
        match carried.get(field) {
            None | Some(Value::Null) => Ok(BTreeMap::new()),
            Some(Value::Object(map)) => map
                .iter()
                .map(|(k, v)| {
                    Ok((
                        k.clone(),
                        v.as_str().ok_or_else(|| wrong(field))?.to_string(),
                    ))
                })
                .collect(),
            Some(_) => Err(wrong(field)),
        }
    };
    assessment.unrecognised = strings("answers")?;
    assessment.carried.notes = strings("notes")?;
    if let Some(Value::Object(targets)) = carried.get("targets") {
        for (k, v) in targets {
            let level = v
                .as_u64()
                .and_then(|l| u8::try_from(l).ok())
                .ok_or_else(|| wrong("targets"))?;
            assessment.carried.targets.insert(k.clone(), level);
        }
    }
    if let Some(Value::Object(fields)) = carried.get("fields") {
        assessment.carried.fields = fields.clone();
    }
    Ok(())
}

/// Reads answers by id, each checked against the revision the file names.
fn read_answers(
    entries: std::collections::BTreeMap<&String, &Value>,
    field: &str,
    revision: u32,
    answers: &mut crate::core::model::answers::Answers,
) -> Result<(), ImportError> {
    for (id, value) in entries {
        let choice = answer_id(id, value).ok_or_else(|| ImportError::WrongType {
            field: format!("{field}.{id}"),
            expected: "a string, or a whole percentage from 0 to 100",
        })?;
        answers
            .set_by_id(id, &choice)
            .map_err(ImportError::Answer)?;
        offered_in(revision, id, &choice).map_err(ImportError::Revision)?;
    }
    Ok(())
}

fn import_history(
    object: &Map<String, Value>,
    revision: u32,
) -> Result<Vec<Snapshot>, ImportError> {
    let entries = match object.get("history") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(entries)) if entries.len() <= MAX_SNAPSHOTS => entries,
        Some(_) => {
            return Err(ImportError::WrongType {
                field: "history".into(),
                expected: "a list of at most 100 snapshots",
            })
        }
    };
    let mut history = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let field = format!("history[{i}]");
        let entry = entry.as_object().ok_or_else(|| ImportError::WrongType {
            field: field.clone(),
            expected: "an object",
        })?;
        let taken = entry
            .get("taken")
            .and_then(Value::as_str)
            .and_then(parse_iso8601)
            .ok_or_else(|| ImportError::BadDate(format!("{field}.taken")))?;
        let name = match entry.get("name") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(name)) => crate::core::model::saved_state::snapshot_name(name),
            Some(_) => {
                return Err(ImportError::WrongType {
                    field: format!("{field}.name"),
                    expected: "a string",
                })
            }
        };
        let mut snapshot = Snapshot {
            taken_ms: taken,
            name,
            answers: Default::default(),
            unrecognised: Default::default(),
            fields: Default::default(),
        };
        if let Some(carried) = entry.get("carried") {
            if let Some(Value::Object(answers)) = carried.get("answers") {
                for (k, v) in answers {
                    let v = v.as_str().ok_or_else(|| ImportError::WrongType {
                        field: format!("{field}.carried.answers.{k}"),
                        expected: "a string",
                    })?;
                    snapshot.unrecognised.insert(k.clone(), v.to_string());
                }
            }
            if let Some(Value::Object(fields)) = carried.get("fields") {
                snapshot.fields = fields.clone();
            }
        }
        read_answers(
            object_field(entry, "answers")?,
            &format!("{field}.answers"),
            revision,
            &mut snapshot.answers,
        )?;
        history.push(snapshot);
    }
    Ok(history)
}

/// Whether the text looks like this format at all (for choosing a reader).
pub fn is_export(value: &Value) -> bool {
    value.get("format").and_then(Value::as_str) == Some(FORMAT)
}

fn check_format(object: &Map<String, Value>) -> Result<(), ImportError> {
    match object.get("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        Some(Value::String(other)) => return Err(ImportError::WrongFormat(Some(other.clone()))),
        Some(other) => return Err(ImportError::WrongFormat(Some(other.to_string()))),
        None => return Err(ImportError::WrongFormat(None)),
    }
    match object.get("version") {
        Some(v) if whole_number(v) == Some(VERSION) => Ok(()),
        Some(v) => Err(ImportError::UnsupportedVersion(v.to_string())),
        None => Err(ImportError::UnsupportedVersion("(missing)".into())),
    }
}

fn object_field<'a>(
    object: &'a Map<String, Value>,
    field: &str,
) -> Result<BTreeMap<&'a String, &'a Value>, ImportError> {
    match object.get(field) {
        None | Some(Value::Null) => Ok(BTreeMap::new()),
        Some(Value::Object(map)) => Ok(crate::core::support::compact::map_from(map.iter())),
        Some(_) => Err(ImportError::WrongType {
            field: field.into(),
            expected: "an object",
        }),
    }
}

#[cfg(test)]
mod file_name_tests {
    use super::*;

    #[test]
    fn file_names_are_safe_and_dated() {
        assert_eq!(slug("Payments team – Q3"), "payments-team-q3");
        assert_eq!(slug("  ✓✓ "), "assessment");
        assert_eq!(slug(&"a-".repeat(40)).len(), 39);
        assert_eq!(
            file_name("Team A", 1_763_856_000_000.0),
            "devops-maturity-team-a-2025-11-23.json"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answer;

    fn sample() -> Assessment {
        let mut a = Assessment::new("x".into(), "Payments".into(), 1_000.0);
        a.answers.set("ci.pr_tests", Answer::Choice(0)).unwrap();
        a.answers.set("infra.iac", Answer::DontKnow).unwrap();
        a.answers
            .set("platform.golden_paths", Answer::NotApplicable)
            .unwrap();
        a.notes.insert("ci.pr_tests", "CI dashboard, 12 Nov".into());
        a.updated_ms = 2_000.0;
        a
    }

    #[test]
    fn export_then_import_keeps_answers_notes_name_and_dates() {
        let mut original = sample();
        original.targets.insert("ci", 4);
        original.history.push(Snapshot {
            taken_ms: 1_500.0,
            name: "Before the platform team".into(),
            answers: original.answers.clone(),
            unrecognised: Default::default(),
            fields: Default::default(),
        });
        let text = export(&original, 3_000.0).to_string();
        let back = import(&text, 9_999.0).unwrap();
        assert_eq!(back.targets, original.targets);
        assert_eq!(back.history, original.history);
        assert_eq!(back.answers, original.answers);
        assert_eq!(back.notes, original.notes);
        assert_eq!(back.name, "Payments");
        assert_eq!(back.created_ms, 1_000.0);
        assert_eq!(back.updated_ms, 2_000.0);
    }

    #[test]
    fn the_export_carries_the_result_and_edition() {
        let value = export(&sample(), 3_000.0);
        assert_eq!(value["format"], FORMAT);
        assert_eq!(value["result"]["dora"]["edition"], "DORA 2024");
        assert_eq!(value["result"]["dimensions"].as_object().unwrap().len(), 10);
        assert_eq!(value["result"]["frameworks"].as_object().unwrap().len(), 5);
        assert_eq!(value["exported"], "1970-01-01T00:00:03.000Z");
    }

    #[test]
    fn each_kind_of_bad_file_gets_its_own_message() {
        let ok = export(&sample(), 3_000.0);
        let with = |field: &str, v: Value| {
            let mut doc = ok.clone();
            doc[field] = v;
            doc.to_string()
        };
        let cases: Vec<(String, &str)> = vec![
            ("name,level\nx,1".into(), "not valid JSON"),
            ("[]".into(), "expected an object"),
            (r#"{"answers":{}}"#.into(), "no \"format\""),
            (
                r#"{"format":"devops-maturity/answers","version":1}"#.into(),
                "not \"devops-maturity/assessment\"",
            ),
            (with("version", json!(2)), "version 2"),
            (
                with(
                    "answers",
                    json!({"ci.pr_tests": "yes", "k8s.clusters": "3"}),
                ),
                "does not have: k8s.clusters",
            ),
            (
                with("answers", json!({"ci.pr_tests": 1})),
                "\"answers.ci.pr_tests\" should be a string",
            ),
            (
                with("answers", json!({"ci.pr_tests": "perhaps"})),
                "has no answer \"perhaps\"",
            ),
            (
                with("answers", json!(["ci.pr_tests"])),
                "\"answers\" should be an object",
            ),
            (
                with("notes", json!({"ci.pr_tests": "x".repeat(3000)})),
                "longer than",
            ),
            (
                with("created", json!("last week")),
                "\"created\" is not a date",
            ),
            (with("name", json!(42)), "\"name\" should be a string"),
            (
                with("targets", json!({"ci": 7})),
                "\"targets.ci\" should be a level from 1 to 5",
            ),
            (
                with("history", json!([{"taken": "yesterday", "answers": {}}])),
                "\"history[0].taken\" is not a date",
            ),
        ];
        for (text, expected) in cases {
            let message = import(&text, 0.0).unwrap_err().to_string();
            assert!(message.contains(expected), "{text:.80} gave {message:?}");
        }
        let huge = format!("{{\"pad\":\"{}\"}}", " ".repeat(MAX_BYTES));
        assert!(import(&huge, 0.0)
            .unwrap_err()
            .to_string()
            .contains("over the limit of 1048576 bytes (1 MiB)"));
    }
}
