//! How far through the questionnaire a respondent is, what is still open and
//! how long is left. A question counts as done once answered ("don't know"
//! and "not applicable" included) or settled by an earlier answer.

use crate::core::model::answers::Answers;
use crate::core::model::bank::questionnaire::{self, Section};
use crate::core::model::bank::{self, Question};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    pub fn is_complete(&self) -> bool {
        self.answered == self.total
    }

    pub fn left(&self) -> usize {
        self.total - self.answered
    }
}

fn of_questions<'a>(answers: &Answers, questions: impl Iterator<Item = &'a Question>) -> Progress {
    questions.fold(
        Progress {
            answered: 0,
            total: 0,
        },
        |p, q| Progress {
            answered: p.answered + usize::from(!answers.is_open(q)),
            total: p.total + 1,
        },
    )
}

/// Progress in one section of the questionnaire.
pub fn of_section(answers: &Answers, section: &Section) -> Progress {
    of_questions(answers, section.questions().into_iter())
}

pub fn overall(answers: &Answers) -> Progress {
    of_questions(answers, bank::questions())
}

/// The questions still open, in the questionnaire's order.
pub fn open_questions(answers: &Answers) -> Vec<&'static Question> {
    questionnaire::in_order()
        .into_iter()
        .filter(|q| answers.is_open(q))
        .collect()
}

/// The index in [`questionnaire::sections`] of the first section with an
/// open question (the first section when all are done).
pub fn first_open_section(answers: &Answers) -> usize {
    questionnaire::sections()
        .iter()
        .position(|s| !of_section(answers, s).is_complete())
        .unwrap_or(0)
}

fn minutes(questions: impl Iterator<Item = &'static Question>) -> u32 {
    questions
        .map(|q| q.typical_seconds())
        .sum::<u32>()
        .div_ceil(60)
}

/// Whole minutes a typical respondent needs for the open questions.
pub fn minutes_left(answers: &Answers) -> u32 {
    minutes(bank::questions().filter(|q| answers.is_open(q)))
}

/// The one time estimate, from the bank: the whole questionnaire and the
/// quick start, for someone who has not started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Estimate {
    pub all_minutes: u32,
    pub quick_start_minutes: u32,
    pub quick_start_questions: usize,
}

pub fn estimate() -> Estimate {
    Estimate {
        all_minutes: minutes(bank::questions()),
        quick_start_minutes: minutes(
            questionnaire::QUICK_START
                .iter()
                .filter_map(|id| bank::question(id)),
        ),
        quick_start_questions: questionnaire::QUICK_START.len(),
    }
}

impl Estimate {
    /// As the landing and the start screen both say it.
    pub fn text(&self) -> String {
        format!(
            "A first result after {} questions (about {} minutes); all {} questions take about {} minutes.",
            self.quick_start_questions,
            self.quick_start_minutes,
            bank::questions().count(),
            self.all_minutes
        )
    }
}

/// "12 questions left · about 4 minutes", as the questionnaire shows it.
pub fn left_text(answers: &Answers) -> String {
    let left = overall(answers).left();
    match (left, minutes_left(answers)) {
        (0, _) => "All questions answered".to_string(),
        (1, _) => "1 question left · under a minute".to_string(),
        (n, m) => format!(
            "{n} questions left · about {m} minute{}",
            if m == 1 { "" } else { "s" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answer;

    #[test]
    fn counts_answers_including_dont_know() {
        let mut answers = Answers::new();
        answers.set_by_id("ci.pr_tests", "yes").unwrap();
        answers.set("ci.red_blocks", Answer::DontKnow).unwrap();
        let ci = questionnaire::section("ci").unwrap();
        assert_eq!(
            of_section(&answers, &ci),
            Progress {
                answered: 2,
                // ci.commit_builds is asked in the quick start.
                total: 5
            }
        );
        assert_eq!(overall(&answers).answered, 2);
        assert_eq!(overall(&answers).total, bank::questions().count());
    }

    #[test]
    fn a_settled_question_is_done_and_needs_no_time() {
        let mut answers = Answers::new();
        let before = minutes_left(&answers);
        answers.set_by_id("ci.commit_builds", "nothing").unwrap();
        // The build answer settles the three CI practices it implies.
        assert_eq!(overall(&answers).answered, 4);
        assert!(minutes_left(&answers) < before);
        let open: Vec<&str> = open_questions(&answers).iter().map(|q| q.id).collect();
        assert!(!open.contains(&"ci.pr_tests"));
        assert!(open.contains(&"ci.branch_protection"));
    }

    #[test]
    fn the_first_open_question_follows_the_questionnaire_order() {
        let mut answers = Answers::new();
        assert_eq!(open_questions(&answers)[0].id, "org.product_engineers");
        for id in questionnaire::QUICK_START {
            answers.set(id, Answer::DontKnow).unwrap();
        }
        assert_eq!(first_open_section(&answers), 1);
        assert_eq!(open_questions(&answers)[0].id, "dora.rework_rate");
    }

    #[test]
    fn one_estimate_for_everything_and_the_quick_start() {
        let estimate = estimate();
        assert_eq!(estimate.all_minutes, minutes_left(&Answers::new()));
        assert!(
            (2..=4).contains(&estimate.quick_start_minutes),
            "{estimate:?}"
        );
        assert!(estimate.quick_start_minutes < estimate.all_minutes);
        let mut answers = Answers::new();
        for q in bank::questions() {
            answers.set(q.id, Answer::DontKnow).unwrap();
        }
        assert_eq!(minutes_left(&answers), 0);
        assert!(overall(&answers).is_complete());
        assert_eq!(left_text(&answers), "All questions answered");
    }
}
