//! How far through the questionnaire a respondent is, and how long is left.

use crate::core::model::answers::Answers;
use crate::core::model::bank::{self, DIMENSIONS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    pub fn is_complete(&self) -> bool {
        self.answered == self.total
    }
}

/// Progress in one section; "don't know" and "not applicable" are answers.
pub fn of_dimension(answers: &Answers, dimension: &str) -> Progress {
    let mut progress = Progress {
        answered: 0,
        total: 0,
    };
    for question in bank::questions_of(dimension) {
        progress.total += 1;
        if answers.get(question.id).is_some() {
            progress.answered += 1;
        }
    }
    progress
}

pub fn overall(answers: &Answers) -> Progress {
    DIMENSIONS.iter().fold(
        Progress {
            answered: 0,
            total: 0,
        },
        |sum, d| {
            let p = of_dimension(answers, d.id);
            Progress {
                answered: sum.answered + p.answered,
                total: sum.total + p.total,
            }
        },
    )
}

/// The first section with questions still open (the first when all are done).
pub fn first_open_section(answers: &Answers) -> usize {
    DIMENSIONS
        .iter()
        .position(|d| !of_dimension(answers, d.id).is_complete())
        .unwrap_or(0)
}

/// Whole minutes a typical respondent needs for the open questions.
pub fn minutes_left(answers: &Answers) -> u32 {
    let seconds: u32 = bank::questions()
        .filter(|q| answers.get(q.id).is_none())
        .map(|q| q.typical_seconds())
        .sum();
    seconds.div_ceil(60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answer;

    #[test]
    fn counts_answers_including_dont_know() {
        let mut answers = Answers::new();
        answers.set("ci.pr_tests", Answer::Choice(0)).unwrap();
        answers.set("ci.red_blocks", Answer::DontKnow).unwrap();
        assert_eq!(
            of_dimension(&answers, "ci"),
            Progress {
                answered: 2,
                total: 6
            }
        );
        assert_eq!(overall(&answers).answered, 2);
        assert_eq!(overall(&answers).total, bank::questions().count());
    }

    #[test]
    fn a_fresh_questionnaire_takes_about_ten_minutes_and_ends_at_zero() {
        let minutes = minutes_left(&Answers::new());
        assert!((9..=14).contains(&minutes), "{minutes} minutes");
        let mut answers = Answers::new();
        for q in bank::questions() {
            answers.set(q.id, Answer::DontKnow).unwrap();
        }
        assert_eq!(minutes_left(&answers), 0);
        assert!(overall(&answers).is_complete());
    }
}
