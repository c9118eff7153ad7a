//! Helpers for the core's tests: build answers without spelling out ids.

use crate::core::model::answers::{Answer, Answers};
use crate::core::model::bank;

/// Every ranked question answered with its best answer; context questions
/// (team size, rework rate) are left open for each test to set.
pub fn all_best() -> Answers {
    let mut answers = Answers::new();
    for q in bank::questions() {
        if let Some(best) = q.best_choice() {
            answers.set(q.id, Answer::Choice(best as u8)).unwrap();
        }
    }
    answers
}

/// A team member with these answers on the current bank revision.
pub fn person(label: &str, answers: Answers) -> crate::core::rules::team::Respondent {
    crate::core::rules::team::Respondent {
        label: label.into(),
        answers,
        revision: bank::REVISION,
        belonging: Default::default(),
    }
}
