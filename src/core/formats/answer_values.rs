//! Answers as files write them, checked against the bank revision they were
//! given in: a choice id, `dont_know`, `not_applicable`, or for a percentage
//! question (the change failure and rework rates since revision 3) a whole
//! number from 0 to 100.

use serde_json::Value;

use crate::core::model::answers::{DONT_KNOW, NOT_APPLICABLE};
use crate::core::model::bank;

/// The revision a file without `bank_revision` is read as: every answers
/// file and export written before revision 3 used revision 2's choices.
pub const UNMARKED_REVISION: u32 = 2;

/// Why an answer does not fit the revision it claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RevisionError {
    UnknownRevision(u64),
    NotAsked {
        question: String,
        revision: u32,
    },
    NotOffered {
        question: String,
        answer: String,
        revision: u32,
    },
}

impl std::fmt::Display for RevisionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RevisionError::UnknownRevision(r) => write!(
                f,
                "question bank revision {r} is unknown to this version of the app (it knows 1 to {})",
                bank::REVISION
            ),
            RevisionError::NotAsked { question, revision } => write!(
                f,
                "question \"{question}\" was not asked in question bank revision {revision}"
            ),
            RevisionError::NotOffered {
                question,
                answer,
                revision,
            } => write!(
                f,
                "question bank revision {revision} did not offer \"{answer}\" for \"{question}\""
            ),
        }
    }
}

impl std::error::Error for RevisionError {}

/// The answer's id: a string as written, or, for a percentage question, a
/// whole percentage written as a number (`12` is the id `"12"`). None for
/// any other JSON value, and for a number given to any other question.
pub fn answer_id(question: &str, value: &Value) -> Option<String> {
    let percent = bank::question(question).is_some_and(|q| q.is_percent());
    match value {
        Value::Number(_) if !percent => None,
        Value::String(id) => Some(id.clone()),
        Value::Number(n) => n
            .as_u64()
            .filter(|p| *p <= 100)
            .map(|p| p.to_string())
            .or_else(|| {
                // 12.0 is a whole number too.
                n.as_f64()
                    .filter(|p| p.fract() == 0.0 && (0.0..=100.0).contains(p))
                    .map(|p| (p as u8).to_string())
            }),
        _ => None,
    }
}

/// A revision number as a file gives it.
pub fn revision_of(value: &Value) -> Result<u32, RevisionError> {
    let number = value.as_u64().or_else(|| {
        value
            .as_f64()
            .filter(|v| v.fract() == 0.0 && *v >= 0.0)
            .map(|v| v as u64)
    });
    match number {
        Some(r) if r >= 1 && r <= u64::from(bank::REVISION) => Ok(r as u32),
        Some(r) => Err(RevisionError::UnknownRevision(r)),
        None => Err(RevisionError::UnknownRevision(0)),
    }
}

/// Whether `revision` asked `question` and offered `answer` for it, as its
/// frozen id table says. Ids never change meaning between revisions, so an
/// answer that passes reads the same in today's bank.
pub fn offered_in(revision: u32, question: &str, answer: &str) -> Result<(), RevisionError> {
    let table =
        offered_table(revision).ok_or(RevisionError::UnknownRevision(u64::from(revision)))?;
    let (_, choices, not_applicable) = *table
        .iter()
        .find(|(id, _, _)| *id == question)
        .ok_or_else(|| RevisionError::NotAsked {
            question: question.to_string(),
            revision,
        })?;
    let offered = match answer {
        DONT_KNOW => true,
        NOT_APPLICABLE => not_applicable,
        id => choices.split(',').any(|c| c == id),
    };
    if offered {
        Ok(())
    } else {
        Err(RevisionError::NotOffered {
            question: question.to_string(),
            answer: answer.to_string(),
            revision,
        })
    }
}

/// A released revision's frozen table: (question id, its
/// choice ids joined by commas, whether "not applicable" was offered). Read
/// once, since files hold many answers and an organisation many files.
type Offered = Vec<(&'static str, &'static str, bool)>;

fn offered_table(revision: u32) -> Option<&'static Offered> {
    static TABLES: std::sync::OnceLock<Vec<Offered>> = std::sync::OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        (1..=bank::REVISION)
            .map(|r| {
                bank::released_table(r)
                    .unwrap_or_default()
                    .lines()
                    .filter_map(|line| {
                        let mut parts = line.split(' ');
                        let id = parts.next()?;
                        let choices = parts.next().unwrap_or_default();
                        Some((id, choices, parts.next() == Some("na")))
                    })
                    .collect()
            })
            .collect()
    });
    tables
        .get(usize::try_from(revision).ok()?.checked_sub(1)?)
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn percentages_are_whole_numbers_from_0_to_100() {
        let rate = "dora.change_failure_rate";
        assert_eq!(answer_id(rate, &json!(12)), Some("12".into()));
        assert_eq!(answer_id(rate, &json!(12.0)), Some("12".into()));
        assert_eq!(answer_id(rate, &json!("up_to_15")), Some("up_to_15".into()));
        for bad in [json!(101), json!(-1), json!(1.5), json!(null), json!(true)] {
            assert_eq!(answer_id(rate, &bad), None, "{bad}");
        }
        assert_eq!(
            answer_id("ci.pr_tests", &json!(1)),
            None,
            "a number only for a rate"
        );
    }

    #[test]
    fn each_revision_reads_only_what_it_offered() {
        assert!(offered_in(3, "dora.change_failure_rate", "12").is_ok());
        assert!(offered_in(3, "dora.change_failure_rate", "up_to_15").is_ok());
        assert_eq!(
            offered_in(2, "dora.change_failure_rate", "12"),
            Err(RevisionError::NotOffered {
                question: "dora.change_failure_rate".into(),
                answer: "12".into(),
                revision: 2
            })
        );
        // Revision 1 offered no "not applicable" on the remote state.
        assert!(offered_in(1, "infra.remote_state", "not_applicable").is_err());
        assert!(offered_in(2, "infra.remote_state", "not_applicable").is_ok());
        assert!(offered_in(1, "ci.pr_tests", "dont_know").is_ok());
        assert!(offered_in(2, "dora.recovery_time", "over_six_months").is_err());
        assert_eq!(
            revision_of(&json!(4)),
            Err(RevisionError::UnknownRevision(4))
        );
        assert_eq!(revision_of(&json!(3.0)), Ok(3));
    }
}
