//! Facts read off the answers, for rules that combine several questions
//! (decision chain, roadmap, checklists, stages).

use serde::Serialize;

use crate::core::model::answers::{Answers, Standing};
use crate::core::model::bank::{self, Kind};

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

/// Whether a statement question was answered with the option in row position
/// `rank` (1 = the first, least mature option) or a later one.
///
/// Rules that follow one source model (the entry path, the control rows, the
/// decision chain) are written against the position in that model's row, not
/// against the level the bank scores the option at: where the sources disagree
/// the bank may place two options at one level, but the row keeps its order.
pub fn at_least(answers: &Answers, question_id: &str, rank: u8) -> Check {
    let question = bank::known(question_id);
    match answers.standing(question) {
        Standing::NotApplicable => Check::NotApplicable,
        Standing::DontKnow | Standing::Unanswered => Check::Unknown,
        Standing::Chosen(i) if i + 1 >= usize::from(rank) => Check::Pass,
        Standing::Chosen(_) => Check::Fail,
    }
}

/// Seed 002's first entry-path item, which blocks every other improvement:
/// a pipeline deploys every release and every commit is built and tested.
pub fn pipeline_in_place(answers: &Answers) -> Check {
    Check::all(&[
        at_least(answers, "delivery.pipeline", 3),
        at_least(answers, "ci.commit_builds", 3),
    ])
}

/// The chosen statement's position in its row (1 = first option).
pub fn option_rank(answers: &Answers, question_id: &str) -> Option<u8> {
    let question = bank::known(question_id);
    match (question.kind, answers.standing(question)) {
        (Kind::Statement(_), Standing::Chosen(i)) => u8::try_from(i + 1).ok(),
        _ => None,
    }
}

/// Whether a practice question was answered yes.
pub fn practice(answers: &Answers, question_id: &str) -> Check {
    let question = bank::known(question_id);
    match answers.standing(question) {
        Standing::Chosen(bank::YES_INDEX) => Check::Pass,
        Standing::Chosen(_) => Check::Fail,
        Standing::NotApplicable => Check::NotApplicable,
        Standing::DontKnow | Standing::Unanswered => Check::Unknown,
    }
}

/// A practice an answered statement may already imply: its own answer when
/// given (a "no" still fails), else `implied` when the question is open
/// (an open question is not a "no"); "don't know" stays unknown.
pub fn implied_practice(answers: &Answers, question_id: &str, implied: Check) -> Check {
    let question = bank::known(question_id);
    match answers.standing(question) {
        Standing::Unanswered if implied == Check::Pass => Check::Pass,
        _ => practice(answers, question_id),
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
