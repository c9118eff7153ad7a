//! Helpers for the core's tests: build answers without spelling out ids.

use crate::core::model::answers::Answers;
use crate::core::model::bank::{self, dora, Kind, Question};

/// The id of the best answer: the top statement, "yes", the best bucket.
pub fn best(question: &Question) -> &'static str {
    match question.kind {
        Kind::Statement(options) => options.iter().max_by_key(|o| o.level).unwrap().id,
        Kind::Practice { .. } => "yes",
        Kind::Metric(m) => dora::buckets(m)[0].id,
        Kind::Context(options) => options[0].id,
    }
}

/// Every question answered with its best answer.
pub fn all_best() -> Answers {
    let mut answers = Answers::new();
    for q in bank::questions() {
        answers.set_by_id(q.id, best(q)).unwrap();
    }
    answers
}
