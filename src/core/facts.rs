//! Facts read off the answers, for rules that combine several questions
//! (decision chain, roadmap, checklists, stages).

use serde::Serialize;

use super::answers::{Answers, Standing};
use super::bank::{self, Kind};

/// Whether a condition holds, keeping "unknown" distinct from "no".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    Pass,
    Fail,
    /// Answered "don't know" or not answered: treated as not passed.
    Unknown,
    NotApplicable,
}

impl Check {
    /// Not-applicable items do not hold anything back.
    pub fn passed(self) -> bool {
        matches!(self, Check::Pass | Check::NotApplicable)
    }

    /// All must pass; otherwise the first failure, unknown taking precedence
    /// over fail only when nothing definitely failed.
    pub fn all(checks: &[Check]) -> Check {
        if checks.iter().all(|c| c.passed()) {
            Check::Pass
        } else if checks.contains(&Check::Fail) {
            Check::Fail
        } else {
            Check::Unknown
        }
    }
}

/// The level of the statement chosen for a statement question.
pub fn statement_level(answers: &Answers, question_id: &str) -> Option<u8> {
    let question = bank::known(question_id);
    match (question.kind, answers.standing(question)) {
        (Kind::Statement(options), Standing::Chosen(i)) => Some(options[i].level),
        _ => None,
    }
}

/// Whether a statement question was answered at `level` or above.
pub fn at_least(answers: &Answers, question_id: &str, level: u8) -> Check {
    let question = bank::known(question_id);
    match answers.standing(question) {
        Standing::NotApplicable => Check::NotApplicable,
        Standing::DontKnow | Standing::Unanswered => Check::Unknown,
        Standing::Chosen(_) if statement_level(answers, question_id) >= Some(level) => Check::Pass,
        Standing::Chosen(_) => Check::Fail,
    }
}

/// Whether a practice question was answered yes.
pub fn practice(answers: &Answers, question_id: &str) -> Check {
    let question = bank::known(question_id);
    match answers.standing(question) {
        Standing::Chosen(0) => Check::Pass,
        Standing::Chosen(_) => Check::Fail,
        Standing::NotApplicable => Check::NotApplicable,
        Standing::DontKnow | Standing::Unanswered => Check::Unknown,
    }
}

/// Whether a metric or context question's chosen option is one of `ids`.
pub fn chosen_in(answers: &Answers, question_id: &str, ids: &[&str]) -> Check {
    let question = bank::known(question_id);
    match answers.standing(question) {
        Standing::Chosen(i) if ids.contains(&question.choices()[i].id) => Check::Pass,
        Standing::Chosen(_) => Check::Fail,
        Standing::NotApplicable => Check::NotApplicable,
        Standing::DontKnow | Standing::Unanswered => Check::Unknown,
    }
}

/// The chosen option's text, or how the question stands, for evidence lines.
pub fn answer_text(answers: &Answers, question_id: &str) -> String {
    let question = bank::known(question_id);
    match answers.standing(question) {
        Standing::Chosen(i) => format!("“{}”", question.choices()[i].text.trim_end_matches('.')),
        Standing::DontKnow => "“don’t know”".to_string(),
        Standing::Unanswered => "not answered yet".to_string(),
        Standing::NotApplicable => "not applicable".to_string(),
    }
}
