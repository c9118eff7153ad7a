//! Maturity levels per dimension and overall, with the reasons behind them.
//!
//! Every answer can put a cap on its dimension: a chosen statement caps it at
//! that statement's level, a missing practice caps it just below the level the
//! practice gates. A dimension's level is its lowest cap (5 when nothing caps
//! it), so a better answer can never lower a level and the caps that bind are
//! exactly the explanation. "Don't know" and unanswered questions count as the
//! lowest level they could mean.

use serde::Serialize;

use crate::core::model::answers::{Answers, Standing};
use crate::core::model::bank::{self, Dimension, Kind, Question, DIMENSIONS, MAX_LEVEL, MIN_LEVEL};

/// Measuring is itself a maturity signal: not knowing one of the four keys
/// keeps the measurement dimension at most here.
pub const UNMEASURED_CAP: u8 = 2;

/// One answer holding a dimension down.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cap {
    pub question: &'static str,
    /// The highest level the dimension can have with this answer.
    pub level: u8,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub total: usize,
    pub answered: usize,
    pub dont_know: usize,
    pub unanswered: usize,
    pub not_applicable: usize,
}

impl Counts {
    fn add(&mut self, standing: Standing) {
        self.total += 1;
        match standing {
            Standing::Chosen(_) => self.answered += 1,
            Standing::DontKnow => self.dont_know += 1,
            Standing::Unanswered => self.unanswered += 1,
            Standing::NotApplicable => self.not_applicable += 1,
        }
    }

    fn merge(&mut self, other: Counts) {
        self.total += other.total;
        self.answered += other.answered;
        self.dont_know += other.dont_know;
        self.unanswered += other.unanswered;
        self.not_applicable += other.not_applicable;
    }

    /// Share of applicable questions answered from knowledge (0 to 1).
    pub fn confidence(&self) -> f64 {
        let applicable = self.total - self.not_applicable;
        if applicable == 0 {
            return 0.0;
        }
        self.answered as f64 / applicable as f64
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    pub dimension: &'static str,
    pub name: &'static str,
    pub level: u8,
    /// The answers that hold the level where it is: each must improve to move up.
    pub binding: Vec<Cap>,
    /// Every cap below the top level, lowest first.
    pub caps: Vec<Cap>,
    pub counts: Counts,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// The weakest link: the lowest dimension level.
    pub level: u8,
    pub weakest: Vec<&'static str>,
    pub mean: f64,
    /// Highest minus lowest dimension level.
    pub spread: u8,
    pub counts: Counts,
    /// Share of applicable questions answered from knowledge rather than
    /// "don't know" or left open (0 to 1).
    pub confidence: f64,
}

/// Scores one dimension.
pub fn score_dimension(dimension: &Dimension, answers: &Answers) -> DimensionScore {
    let mut caps = Vec::new();
    let mut counts = Counts::default();
    for question in bank::questions_of(dimension.id) {
        let standing = answers.standing(question);
        if !matches!(question.kind, Kind::Context(_)) {
            counts.add(standing);
        }
        if let Some(cap) = cap_of(question, standing) {
            caps.push(cap);
        }
    }
    crate::core::support::compact::sort_by_key(&mut caps, |c| c.level);
    let level = caps.first().map_or(MAX_LEVEL, |c| c.level);
    let binding = caps.iter().filter(|c| c.level == level).cloned().collect();
    DimensionScore {
        dimension: dimension.id,
        name: dimension.name,
        level,
        binding,
        caps,
        counts,
    }
}

/// Scores every dimension, in bank order.
pub fn score_all(answers: &Answers) -> Vec<DimensionScore> {
    DIMENSIONS
        .iter()
        .map(|d| score_dimension(d, answers))
        .collect()
}

pub fn summarise(scores: &[DimensionScore]) -> Summary {
    let level = scores.iter().map(|s| s.level).min().unwrap_or(MIN_LEVEL);
    let highest = scores.iter().map(|s| s.level).max().unwrap_or(MIN_LEVEL);
    let mean = if scores.is_empty() {
        f64::from(MIN_LEVEL)
    } else {
        scores.iter().map(|s| f64::from(s.level)).sum::<f64>() / scores.len() as f64
    };
    let mut counts = Counts::default();
    for score in scores {
        counts.merge(score.counts);
    }
    Summary {
        level,
        weakest: scores
            .iter()
            .filter(|s| s.level == level)
            .map(|s| s.dimension)
            .collect(),
        mean,
        spread: highest - level,
        counts,
        confidence: counts.confidence(),
    }
}

/// The highest level this answer allows its dimension (5 when it sets no limit).
pub fn allowed_level(question: &'static Question, standing: Standing) -> u8 {
    cap_of(question, standing).map_or(MAX_LEVEL, |c| c.level)
}

fn cap_of(question: &'static Question, standing: Standing) -> Option<Cap> {
    let cap = |level: u8, reason: String| {
        Some(Cap {
            question: question.id,
            level,
            reason,
        })
    };
    let unknown = match standing {
        Standing::DontKnow => Some("the answer was “don’t know”"),
        Standing::Unanswered => Some("it is not answered yet (scored as “don’t know”)"),
        _ => None,
    };
    match question.kind {
        Kind::Statement(options) => {
            let lowest = options.iter().map(|o| o.level).min().unwrap_or(MIN_LEVEL);
            match standing {
                Standing::NotApplicable => None,
                Standing::Chosen(i) => {
                    let chosen = options[i];
                    (chosen.level < MAX_LEVEL).then_some(())?;
                    cap(
                        chosen.level,
                        format!(
                            "{}: “{}” was chosen, which is level {}.",
                            question.short, chosen.text, chosen.level
                        ),
                    )
                }
                _ => cap(
                    lowest,
                    format!(
                        "{}: {}, which counts as level {lowest}.",
                        question.short,
                        unknown.unwrap_or_default()
                    ),
                ),
            }
        }
        Kind::Practice { gate } => match standing {
            Standing::NotApplicable | Standing::Chosen(bank::YES_INDEX) => None,
            Standing::Chosen(_) => cap(
                gate - 1,
                format!(
                    "Level {gate} needs “{}”; the answer was no.",
                    question.short
                ),
            ),
            _ => cap(
                gate - 1,
                format!(
                    "Level {gate} needs “{}”; {}.",
                    question.short,
                    unknown.unwrap_or_default()
                ),
            ),
        },
        Kind::Metric(_) => unknown.and_then(|why| {
            cap(
                UNMEASURED_CAP,
                format!(
                    "Level {} needs the four DORA keys from data; for {} {why}.",
                    UNMEASURED_CAP + 1,
                    question.short.to_ascii_lowercase()
                ),
            )
        }),
        Kind::Context(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answer;
    use crate::core::model::bank::dimensions::by_id;

    fn score(dimension: &str, answers: &Answers) -> DimensionScore {
        score_dimension(by_id(dimension).unwrap(), answers)
    }

    #[test]
    fn an_empty_assessment_is_level_one_everywhere_with_no_confidence() {
        let scores = score_all(&Answers::new());
        assert!(scores.iter().all(|s| s.level == 1), "{scores:#?}");
        let summary = summarise(&scores);
        assert_eq!(summary.level, 1);
        assert_eq!(summary.confidence, 0.0);
        assert_eq!(summary.counts.unanswered, summary.counts.total);
    }

    #[test]
    fn binding_caps_explain_the_level() {
        let mut answers = Answers::new();
        for q in bank::questions_of("ci") {
            answers
                .set_by_id(q.id, q.choices().last().unwrap().id)
                .unwrap();
        }
        answers.set_by_id("ci.pr_tests", "no").unwrap();
        // "No" to the lowest gate binds alone.
        let s = score("ci", &answers);
        assert_eq!(s.level, 1);
        assert_eq!(s.binding.len(), 1);
        assert_eq!(s.binding[0].question, "ci.pr_tests");
        assert_eq!(
            s.binding[0].reason,
            "Level 2 needs “Tests run on every pull request”; the answer was no."
        );
    }

    #[test]
    fn not_applicable_is_excluded() {
        let mut answers = Answers::new();
        answers
            .set("platform.golden_paths", Answer::NotApplicable)
            .unwrap();
        let s = score("platform", &answers);
        assert!(s.caps.iter().all(|c| c.question != "platform.golden_paths"));
        assert_eq!(s.counts.not_applicable, 1);
    }

    #[test]
    fn unknown_dora_metric_caps_measurement_at_two() {
        let mut answers = crate::core::testing::all_best();
        assert_eq!(score("measurement", &answers).level, 5);
        answers.set("dora.lead_time", Answer::DontKnow).unwrap();
        let s = score("measurement", &answers);
        assert_eq!(s.level, UNMEASURED_CAP);
        assert!(s.binding[0].reason.contains("lead time for changes"));
    }

    #[test]
    fn every_level_is_reachable_in_every_dimension() {
        use crate::core::testing::all_best;
        for d in DIMENSIONS {
            let mut reached = std::collections::HashSet::new();
            let questions: Vec<&Question> = bank::questions_of(d.id).collect();
            reached.insert(score_dimension(d, &all_best()).level);
            for q in &questions {
                for choice in q.choices() {
                    let mut answers = all_best();
                    answers.set_by_id(q.id, choice.id).unwrap();
                    reached.insert(score_dimension(d, &answers).level);
                }
            }
            for level in MIN_LEVEL..=MAX_LEVEL {
                assert!(
                    reached.contains(&level),
                    "{}: level {level} unreachable",
                    d.id
                );
            }
        }
    }
}
