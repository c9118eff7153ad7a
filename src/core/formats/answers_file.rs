//! The answers file the command line reads: a small, versioned JSON document.
//!
//! ```json
//! { "format": "devops-maturity/answers", "version": 1,
//!   "answers": { "ci.pr_tests": "yes", "dora.lead_time": "under_day" } }
//! ```
//!
//! Answers are by stable question id; values are choice ids, `dont_know` or
//! `not_applicable`, and a whole number for a percentage question
//! (`"dora.change_failure_rate": 12`). An optional `"bank_revision": N` says
//! which revision's choices the file uses; without it the file is read as
//! revision 2, so every answers file written before revision 3 still works.
//! Anything else is refused with a message saying what. A full assessment
//! export (`devops-maturity/assessment`) is read too.

use serde_json::{json, Map, Value};

use crate::core::formats::answer_values::{
    answer_id, offered_in, revision_of, RevisionError, UNMARKED_REVISION,
};
use crate::core::formats::strict_json::{duplicate_key, whole_number};
use crate::core::model::answers::{AnswerError, Answers};
use crate::core::model::bank;

pub const FORMAT: &str = "devops-maturity/answers";
pub const VERSION: u64 = 1;
/// Far above any real file; refuses pathological input before parsing.
pub const MAX_BYTES: usize = 1 << 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    DuplicateKey(String),
    NotJson(String),
    NotAnObject,
    WrongFormat(Option<String>),
    UnsupportedVersion(String),
    MissingAnswers,
    NotAString(String),
    Answer(AnswerError),
    Revision(RevisionError),
    Export(String),
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::TooLarge => write!(
                f,
                "the input is over the limit of {MAX_BYTES} bytes (1 MiB) for an answers file"
            ),
            FileError::DuplicateKey(key) => write!(
                f,
                "the key \"{key}\" appears twice in one object; each may appear only once"
            ),
            FileError::NotJson(e) => write!(f, "not valid JSON: {e}"),
            FileError::NotAnObject => write!(f, "expected a JSON object at the top level"),
            FileError::WrongFormat(None) => {
                write!(f, "no \"format\" field: expected \"format\": \"{FORMAT}\"")
            }
            FileError::WrongFormat(Some(found)) => {
                write!(
                    f,
                    "format \"{found}\" is neither an answers file (\"{FORMAT}\") nor an assessment export"
                )
            }
            FileError::UnsupportedVersion(v) => match v.parse::<u64>() {
                Ok(n) if n > VERSION => write!(
                    f,
                    "version {v} is not supported (this is version {VERSION}); it may come \
                     from a newer release"
                ),
                _ => write!(
                    f,
                    "version {v} is not a supported version (expected {VERSION})"
                ),
            },
            FileError::MissingAnswers => write!(f, "no \"answers\" object"),
            FileError::NotAString(id) => {
                write!(
                    f,
                    "the answer to \"{id}\" must be a string such as \"yes\" or \"dont_know\", \
                     or a whole percentage from 0 to 100"
                )
            }
            FileError::Revision(e) => write!(f, "{e}"),
            FileError::Answer(e) => write!(f, "{e}"),
            FileError::Export(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for FileError {}

pub fn parse(text: &str) -> Result<Answers, FileError> {
    // Editors on Windows write a byte-order mark that JSON does not allow.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_BYTES {
        return Err(FileError::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| FileError::NotJson(e.to_string()))?;
    if let Some(key) = duplicate_key(text) {
        return Err(FileError::DuplicateKey(key));
    }
    if crate::core::formats::export::is_export(&value) {
        return crate::core::formats::export::import(text, 0.0)
            .map(|assessment| assessment.answers)
            .map_err(|e| FileError::Export(e.to_string()));
    }
    let object = value.as_object().ok_or(FileError::NotAnObject)?;
    match object.get("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        Some(Value::String(other)) => return Err(FileError::WrongFormat(Some(other.clone()))),
        Some(other) => return Err(FileError::WrongFormat(Some(other.to_string()))),
        None => return Err(FileError::WrongFormat(None)),
    }
    match object.get("version") {
        Some(v) if whole_number(v) == Some(VERSION) => {}
        Some(v) => return Err(FileError::UnsupportedVersion(v.to_string())),
        None => return Err(FileError::UnsupportedVersion("(missing)".to_string())),
    }
    let entries = object
        .get("answers")
        .and_then(Value::as_object)
        .ok_or(FileError::MissingAnswers)?;
    let revision = match object.get("bank_revision") {
        None => UNMARKED_REVISION,
        Some(value) => revision_of(value).map_err(FileError::Revision)?,
    };
    let mut answers = Answers::new();
    for (id, value) in entries {
        let choice = answer_id(id, value).ok_or_else(|| FileError::NotAString(id.clone()))?;
        // An id no revision knows is named as unknown first.
        answers.set_by_id(id, &choice).map_err(FileError::Answer)?;
        offered_in(revision, id, &choice).map_err(FileError::Revision)?;
    }
    Ok(answers)
}

/// The answers as a file of the current revision: percentages as numbers.
pub fn to_json(answers: &Answers) -> Value {
    let mut entries = Map::new();
    for question in bank::questions() {
        if let Some(id) = answers.choice_id(question) {
            let value = match id.parse::<u8>() {
                Ok(percent) => Value::from(percent),
                Err(_) => Value::String(id.to_string()),
            };
            entries.insert(question.id.to_string(), value);
        }
    }
    json!({
        "format": FORMAT,
        "version": VERSION,
        "bank_revision": bank::REVISION,
        "answers": entries,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answer;

    #[test]
    fn round_trips() {
        let mut answers = Answers::new();
        answers.set_by_id("ci.pr_tests", "yes").unwrap();
        answers.set_by_id("dora.lead_time", "under_day").unwrap();
        answers.set("infra.iac", Answer::DontKnow).unwrap();
        answers.set_by_id("dora.change_failure_rate", "12").unwrap();
        let json = to_json(&answers);
        assert_eq!(json["answers"]["dora.change_failure_rate"], 12);
        assert_eq!(json["bank_revision"], bank::REVISION);
        assert_eq!(parse(&json.to_string()).unwrap(), answers);
    }

    #[test]
    fn a_file_without_a_revision_is_read_as_revision_2() {
        let file = |revision: &str, answers: &str| {
            format!(
                r#"{{"format":"devops-maturity/answers","version":1{revision},"answers":{{{answers}}}}}"#
            )
        };
        let old = parse(&file("", r#""dora.change_failure_rate":"up_to_15""#)).unwrap();
        assert_eq!(old.len(), 1);
        let refused = parse(&file("", r#""dora.change_failure_rate":12"#)).unwrap_err();
        assert_eq!(
            refused.to_string(),
            "question bank revision 2 did not offer \"12\" for \"dora.change_failure_rate\""
        );
        let new = parse(&file(
            r#","bank_revision":3"#,
            r#""dora.change_failure_rate":12"#,
        ))
        .unwrap();
        assert_eq!(
            new.get("dora.change_failure_rate"),
            Some(Answer::Choice(88))
        );
        let future = parse(&file(r#","bank_revision":9"#, "")).unwrap_err();
        assert!(
            future.to_string().contains("revision 9 is unknown"),
            "{future}"
        );
        let over = parse(&file(
            r#","bank_revision":3"#,
            r#""dora.change_failure_rate":101"#,
        ));
        assert!(over.unwrap_err().to_string().contains("whole percentage"));
    }

    #[test]
    fn reads_a_full_assessment_export_too() {
        let text = r#"{"format":"devops-maturity/assessment","version":1,"answers":{"ci.pr_tests":"yes"}}"#;
        assert_eq!(parse(text).unwrap().len(), 1);
    }

    #[test]
    fn refuses_each_kind_of_bad_input_with_its_own_message() {
        let cases: &[(&str, &str)] = &[
            ("{", "not valid JSON"),
            ("[1,2]", "top level"),
            (r#"{"answers":{}}"#, "no \"format\""),
            (
                r#"{"format":"acme/report","version":1}"#,
                "neither an answers file",
            ),
            (
                r#"{"format":"devops-maturity/assessment","version":3}"#,
                "version 3",
            ),
            (
                r#"{"format":"devops-maturity/answers","version":2,"answers":{}}"#,
                "version 2",
            ),
            (
                r#"{"format":"devops-maturity/answers","version":1}"#,
                "no \"answers\"",
            ),
            (
                r#"{"format":"devops-maturity/answers","version":1,"answers":{"ci.pr_tests":true}}"#,
                "must be a string",
            ),
            (
                r#"{"format":"devops-maturity/answers","version":1,"answers":{"nope":"yes"}}"#,
                "unknown question id \"nope\"",
            ),
            (
                r#"{"format":"devops-maturity/answers","version":1,"answers":{"ci.pr_tests":"maybe"}}"#,
                "has no answer \"maybe\"",
            ),
        ];
        for (input, expected) in cases {
            let message = parse(input).unwrap_err().to_string();
            assert!(message.contains(expected), "{input} gave {message:?}");
        }
        let huge = " ".repeat(MAX_BYTES + 1);
        assert!(matches!(parse(&huge), Err(FileError::TooLarge)));
    }
}
