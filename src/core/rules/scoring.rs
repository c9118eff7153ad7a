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
    /// The level with open questions counted as "don't know": the low end.
    pub level: u8,
    /// The level the open questions could still give at best (equal to
    /// `level` when nothing open could raise it).
    pub high: u8,
    /// The answers that hold the level where it is: each must improve to move up.
    pub binding: Vec<Cap>,
    /// Every cap below the top level, lowest first.
    pub caps: Vec<Cap>,
    /// Checklist items missing one at a time: the level is reached (one item
    /// of a checklist may be missing), and each is named as a gap to close.
    pub gaps: Vec<Cap>,
    pub counts: Counts,
}

impl DimensionScore {
    /// Whether nothing in the area is answered yet (an open question is not
    /// an answer, so such an area has no level to show).
    pub fn unanswered(&self) -> bool {
        self.counts.unanswered == self.counts.total
    }

    /// The level as tables show it: "3", "1–3" while open questions could
    /// raise it, or "not answered yet".
    pub fn level_text(&self) -> String {
        if self.unanswered() {
            "not answered yet".to_string()
        } else if self.high > self.level {
            format!("{}–{}", self.level, self.high)
        } else {
            self.level.to_string()
        }
    }
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
    let mut counts = Counts::default();
    for question in bank::questions_of(dimension.id).filter(|q| q.can_cap()) {
        counts.add(answers.standing(question));
    }
    let held = holds(dimension, answers, Open::AsDontKnow);
    let level = level_from(&held);
    let mut caps = Vec::new();
    let mut gaps = Vec::new();
    for hold in &held {
        let Some(mut cap) = cap_of(hold.question, hold.standing) else {
            continue;
        };
        match hold.checklist {
            Some(list) if list.items >= 2 && list.missing == 1 => {
                cap.reason = format!(
                    "{} Level {} allows one of its {} checklist items to be missing, so \
                     this is the gap to close.",
                    cap.reason, list.gate, list.items
                );
                gaps.push(cap);
                continue;
            }
            Some(list) if list.items >= 2 => {
                cap.reason = format!(
                    "{} {} of level {}'s {} checklist items are missing; one may be.",
                    cap.reason, list.missing, list.gate, list.items
                );
            }
            _ => {}
        }
        caps.push(cap);
    }
    crate::core::support::compact::sort_by_key(&mut caps, |c| c.level);
    let binding = caps.iter().filter(|c| c.level == level).cloned().collect();
    let high = if counts.unanswered == 0 {
        level
    } else {
        level_from(&holds(dimension, answers, Open::AsBest))
    };
    DimensionScore {
        dimension: dimension.id,
        name: dimension.name,
        level,
        high,
        binding,
        caps,
        gaps,
        counts,
    }
}

/// A dimension's level alone (open questions as "don't know"): what the
/// verdict's range needs, without the reasons.
pub fn dimension_level(dimension: &Dimension, answers: &Answers) -> u8 {
    level_from(&holds(dimension, answers, Open::AsDontKnow))
}

/// How a question not answered yet is counted.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    /// Like "don't know": the lowest level it could mean (the low end).
    AsDontKnow,
    /// As its best answer (the high end).
    AsBest,
}

/// A checklist item's checklist: the items gating the same level of an area.
#[derive(Clone, Copy)]
struct Checklist {
    gate: u8,
    /// Practices that apply (not "not applicable").
    items: usize,
    missing: usize,
}

/// One answer that caps its dimension (or would, but for the checklist rule).
struct Hold {
    question: &'static Question,
    standing: Standing,
    level: u8,
    checklist: Option<Checklist>,
}

impl Hold {
    /// The checklist rule (seed 002: the checklists "help determine whether
    /// Level 2 has been reached"): where two or more of seed 002's checklist
    /// items gate the same level of an area, the area reaches the level with
    /// at most one of them missing; the one missing is named as the gap to
    /// close. A lone item, and every defining practice, is needed.
    fn tolerated(&self) -> bool {
        self.checklist
            .is_some_and(|c| c.items >= 2 && c.missing == 1)
    }
}

fn level_from(holds: &[Hold]) -> u8 {
    holds
        .iter()
        .filter(|h| !h.tolerated())
        .map(|h| h.level)
        .min()
        .unwrap_or(MAX_LEVEL)
}

/// Every answer of a dimension that caps it, with its checklist.
fn holds(dimension: &Dimension, answers: &Answers, open: Open) -> Vec<Hold> {
    let mut holds: Vec<Hold> = Vec::new();
    // Per gated level: (gate, practices that apply, practices missing).
    let mut lists: Vec<(u8, usize, usize)> = Vec::new();
    for question in bank::questions_of(dimension.id) {
        let standing = answers.standing(question);
        let level = if open == Open::AsBest && standing == Standing::Unanswered {
            None
        } else {
            cap_level(question, standing)
        };
        // A checklist item that applies counts toward its level's list (a
        // practice that does not apply caps nothing and is not counted).
        if let Kind::Practice { gate } = question.kind {
            if standing != Standing::NotApplicable && bank::CHECKLIST_ITEMS.contains(&question.id) {
                match lists.iter_mut().find(|l| l.0 == gate) {
                    Some(list) => {
                        list.1 += 1;
                        list.2 += usize::from(level.is_some());
                    }
                    None => lists.push((gate, 1, usize::from(level.is_some()))),
                }
            }
        }
        if let Some(level) = level {
            holds.push(Hold {
                question,
                standing,
                level,
                checklist: None,
            });
        }
    }
    for hold in &mut holds {
        if let (Kind::Practice { gate }, true) = (
            hold.question.kind,
            bank::CHECKLIST_ITEMS.contains(&hold.question.id),
        ) {
            hold.checklist = lists.iter().find(|l| l.0 == gate).map(|l| Checklist {
                gate,
                items: l.1,
                missing: l.2,
            });
        }
    }
    holds
}

/// The level an answer caps its dimension at, if any: a statement's level,
/// a missing practice's gate less one, an unknown DORA key's measurement cap.
/// "Don't know" and open count as the lowest level they could mean.
fn cap_level(question: &Question, standing: Standing) -> Option<u8> {
    let unknown = matches!(standing, Standing::DontKnow | Standing::Unanswered);
    match question.kind {
        Kind::Statement(options) => match standing {
            Standing::NotApplicable => None,
            Standing::Chosen(i) => options.get(i).map(|o| o.level).filter(|l| *l < MAX_LEVEL),
            _ => Some(options.iter().map(|o| o.level).min().unwrap_or(MIN_LEVEL)),
        },
        Kind::Practice { gate } => match standing {
            Standing::NotApplicable | Standing::Chosen(bank::YES_INDEX) => None,
            _ => Some(gate - 1),
        },
        Kind::Metric(metric) if metric.is_key() && unknown => Some(UNMEASURED_CAP),
        Kind::Metric(_) | Kind::Context(_) => None,
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

/// Options never advised as the next step, although their level is higher:
/// seed 001 calls manual approvals level-2 behaviour and automating the gate
/// the way out, so peer review moves on to automated checks, never to an
/// approval meeting.
const NOT_A_STEP_UP: &[(&str, &str)] = &[("delivery.change_approval", "change_process")];

/// What it takes to lift a cap, from the answer that sets it: the next
/// option of a statement's row, a practice to put in place, a key to measure.
pub fn next_move(answers: &Answers, cap: &Cap) -> String {
    let question = bank::known(cap.question);
    let trim = |text: &'static str| text.trim_end_matches('.');
    match (question.kind, answers.standing(question)) {
        (Kind::Statement(options), Standing::Chosen(i)) => {
            let now = options[i];
            let step_up = |o: &&crate::core::model::bank::Statement| {
                o.level > now.level && !NOT_A_STEP_UP.contains(&(question.id, o.id))
            };
            match options.iter().find(step_up) {
                Some(next) => format!(
                    "{}: from “{}” to “{}”",
                    question.short,
                    trim(now.text),
                    trim(next.text)
                ),
                None => format!("{}: “{}”", question.short, trim(now.text)),
            }
        }
        (Kind::Statement(_), _) => format!(
            "{}: find out from the last 90 days which statement fits",
            question.short
        ),
        (Kind::Practice { .. }, Standing::Chosen(_)) => {
            format!("put in place “{}”", question.short)
        }
        (Kind::Practice { .. }, _) => format!("find out whether “{}” is in place", question.short),
        (Kind::Metric(_) | Kind::Context(_), _) => {
            format!("measure {}", question.short.to_ascii_lowercase())
        }
    }
}

/// The highest level this answer allows its dimension (5 when it sets no
/// limit), on its own: the checklist rule looks at the whole checklist.
pub fn allowed_level(question: &'static Question, standing: Standing) -> u8 {
    cap_level(question, standing).unwrap_or(MAX_LEVEL)
}

fn cap_of(question: &'static Question, standing: Standing) -> Option<Cap> {
    let level = cap_level(question, standing)?;
    let unknown = match standing {
        Standing::DontKnow => "the answer was “don’t know”",
        Standing::Unanswered => "it is not answered yet (scored as “don’t know”)",
        _ => "",
    };
    let reason = match (question.kind, standing) {
        (Kind::Statement(options), Standing::Chosen(i)) => format!(
            "{}: “{}” was chosen, which is level {level}.",
            question.short, options[i].text
        ),
        (Kind::Statement(_), _) => {
            format!(
                "{}: {unknown}, which counts as level {level}.",
                question.short
            )
        }
        (Kind::Practice { gate }, Standing::Chosen(_)) => format!(
            "Level {gate} needs “{}”; the answer was no.",
            question.short
        ),
        (Kind::Practice { gate }, _) => {
            format!("Level {gate} needs “{}”; {unknown}.", question.short)
        }
        _ => format!(
            "Level {} needs the four DORA keys from data; for {} {unknown}.",
            UNMEASURED_CAP + 1,
            question.short.to_ascii_lowercase()
        ),
    };
    Some(Cap {
        question: question.id,
        level,
        reason,
    })
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
