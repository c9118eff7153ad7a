//! A respondent's answers, keyed by stable question id.

use std::collections::BTreeMap;

use crate::core::model::bank::skips::{self, Settle, SkipRule};
use crate::core::model::bank::{self, Question};

/// The answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// The index of the chosen option in [`Question::choices`].
    Choice(u8),
    DontKnow,
    NotApplicable,
}

/// Id used for "don't know" in files and permalinks.
pub const DONT_KNOW: &str = "dont_know";
/// Id used for "not applicable" in files and permalinks.
pub const NOT_APPLICABLE: &str = "not_applicable";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion(String),
    UnknownChoice { question: String, choice: String },
    NotApplicableNotOffered(String),
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerError::UnknownQuestion(id) => write!(f, "unknown question id \"{id}\""),
            AnswerError::UnknownChoice { question, choice } => {
                write!(f, "question \"{question}\" has no answer \"{choice}\"")
            }
            AnswerError::NotApplicableNotOffered(id) => {
                write!(f, "question \"{id}\" does not offer \"not applicable\"")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

/// How a question stands for scoring, with unanswered made explicit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Chosen(usize),
    DontKnow,
    /// Not answered yet: scored like "don't know", and said so.
    Unanswered,
    NotApplicable,
}

impl Standing {
    /// The answer in words, as comparisons show it.
    pub fn describe(self, question: &Question) -> &'static str {
        match self {
            Standing::Chosen(i) => question.choices()[i].text,
            Standing::DontKnow => "Don’t know",
            Standing::NotApplicable => "Not applicable",
            Standing::Unanswered => "Not answered",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    by_question: BTreeMap<&'static str, Answer>,
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    pub fn get(&self, question_id: &str) -> Option<Answer> {
        self.by_question.get(question_id).copied()
    }

    /// Sets an answer after checking it fits the question.
    pub fn set(&mut self, question_id: &str, answer: Answer) -> Result<(), AnswerError> {
        let question = bank::question(question_id)
            .ok_or_else(|| AnswerError::UnknownQuestion(question_id.to_string()))?;
        match answer {
            Answer::Choice(index) if usize::from(index) >= question.choices().len() => {
                return Err(AnswerError::UnknownChoice {
                    question: question.id.to_string(),
                    choice: format!("#{index}"),
                });
            }
            Answer::NotApplicable if !question.allows_not_applicable => {
                return Err(AnswerError::NotApplicableNotOffered(
                    question.id.to_string(),
                ));
            }
            _ => {}
        }
        self.by_question.insert(question.id, answer);
        Ok(())
    }

    /// Sets an answer from ids as written in files: a choice id, `dont_know`
    /// or `not_applicable`.
    pub fn set_by_id(&mut self, question_id: &str, choice_id: &str) -> Result<(), AnswerError> {
        let question = bank::question(question_id)
            .ok_or_else(|| AnswerError::UnknownQuestion(question_id.to_string()))?;
        let answer = match choice_id {
            DONT_KNOW => Answer::DontKnow,
            NOT_APPLICABLE => Answer::NotApplicable,
            id => question
                .choice_index(id)
                .and_then(|i| u8::try_from(i).ok())
                .map(Answer::Choice)
                .ok_or_else(|| AnswerError::UnknownChoice {
                    question: question.id.to_string(),
                    choice: id.to_string(),
                })?,
        };
        self.set(question_id, answer)
    }

    pub fn clear(&mut self, question_id: &str) {
        self.by_question.remove(question_id);
    }

    pub fn len(&self) -> usize {
        self.by_question.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_question.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Answer)> + '_ {
        self.by_question.iter().map(|(id, answer)| (*id, *answer))
    }

    /// The answer's id as written in files (`dont_know`, a choice id, ...).
    pub fn choice_id(&self, question: &Question) -> Option<&'static str> {
        self.get(question.id).map(|answer| match answer {
            Answer::Choice(i) => question.choices()[usize::from(i)].id,
            Answer::DontKnow => DONT_KNOW,
            Answer::NotApplicable => NOT_APPLICABLE,
        })
    }

    /// How a question stands for scoring: as an earlier answer settles it
    /// (`bank::skips`), else as answered. Everything that scores reads this,
    /// so a settled question is settled everywhere, while its own stored
    /// answer (if any) is kept for when the earlier answer changes.
    pub fn standing(&self, question: &Question) -> Standing {
        match self.settled_by(question.id).map(|rule| rule.settle) {
            Some(Settle::Skipped) => Standing::NotApplicable,
            Some(Settle::As(choice)) => question
                .choice_index(choice)
                .map_or(Standing::Unanswered, Standing::Chosen),
            None => self.own_standing(question),
        }
    }

    /// The rule an earlier answer settles this question by, if any.
    pub fn settled_by(&self, question_id: &str) -> Option<&'static SkipRule> {
        skips::rules_for(question_id).find(|rule| {
            let Some(Answer::Choice(i)) = self.get(rule.when) else {
                return false;
            };
            bank::known(rule.when)
                .choice_id_at(usize::from(i))
                .is_some_and(|id| rule.chosen.contains(&id))
        })
    }

    /// Whether the question still waits for an answer: neither answered nor
    /// settled by an earlier one.
    pub fn is_open(&self, question: &Question) -> bool {
        self.standing(question) == Standing::Unanswered
    }

    /// The question's own answer as a standing, ignoring skip rules.
    fn own_standing(&self, question: &Question) -> Standing {
        match self.get(question.id) {
            None => Standing::Unanswered,
            Some(Answer::Choice(i)) => Standing::Chosen(usize::from(i)),
            Some(Answer::DontKnow) => Standing::DontKnow,
            Some(Answer::NotApplicable) => Standing::NotApplicable,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_by_id_accepts_choices_and_the_two_specials() {
        let mut answers = Answers::new();
        answers.set_by_id("ci.pr_tests", "yes").unwrap();
        answers.set_by_id("ci.red_blocks", DONT_KNOW).unwrap();
        answers
            .set_by_id("platform.golden_paths", NOT_APPLICABLE)
            .unwrap();
        // "yes" is a practice's second choice, after "no".
        assert_eq!(answers.get("ci.pr_tests"), Some(Answer::Choice(1)));
        assert_eq!(answers.get("ci.red_blocks"), Some(Answer::DontKnow));
        assert_eq!(answers.len(), 3);
    }

    #[test]
    fn rejects_what_does_not_fit_the_question() {
        let mut answers = Answers::new();
        assert_eq!(
            answers.set_by_id("ci.nope", "yes"),
            Err(AnswerError::UnknownQuestion("ci.nope".into()))
        );
        assert!(matches!(
            answers.set_by_id("ci.pr_tests", "maybe"),
            Err(AnswerError::UnknownChoice { .. })
        ));
        assert!(matches!(
            answers.set("ci.pr_tests", Answer::Choice(2)),
            Err(AnswerError::UnknownChoice { .. })
        ));
        assert_eq!(
            answers.set_by_id("ci.pr_tests", NOT_APPLICABLE),
            Err(AnswerError::NotApplicableNotOffered("ci.pr_tests".into()))
        );
        assert!(answers.is_empty());
    }
}
