//! Helpers shared by the native integration tests.

use devops_maturity::core::model::answers::{Answer, Answers};
use devops_maturity::core::model::bank;

/// One answer per question from arbitrary bytes (as property tests draw
/// them): 0 unanswered, 1 don't know, 2 not applicable where offered, then
/// each choice. Covers every answer state of every question kind.
#[allow(dead_code)]
pub fn answers_from(picks: &[u8]) -> Answers {
    let mut answers = Answers::new();
    for (q, pick) in bank::questions().zip(picks) {
        let n = q.choices().len() as u8;
        let answer = match pick % (n + 3) {
            0 => continue,
            1 => Answer::DontKnow,
            2 if q.allows_not_applicable => Answer::NotApplicable,
            2 => continue,
            i => Answer::Choice(i - 3),
        };
        answers.set(q.id, answer).unwrap();
    }
    answers
}

#[allow(dead_code)]
pub mod calibration;
