//! The headline verdict: seed 001's "true level", the lowest of the delivery
//! stages (build and test, deploy, observe, recover), held down to the level
//! the DORA outcomes support, and given as a range while questions that could
//! move it are still open.
//!
//! The other dimensions keep their own levels and roadmap items and are named
//! beside the headline as the weakest areas, but they do not set it.

use serde::Serialize;

use crate::core::model::answers::{Answer, Answers, Standing};
use crate::core::model::bank::stages::{Stage, STAGES, VERDICT_MINIMUM};
use crate::core::model::bank::{self, Band, Kind, Question, DIMENSIONS, MAX_LEVEL};
use crate::core::model::levels;
use crate::core::rules::dora;
use crate::core::rules::scoring::{self, Cap, DimensionScore};

/// Seed 001's level table gives each level a typical DORA band (1 low, 2 low
/// to medium, 3 medium to high, 4 high to elite, 5 elite). A band supports at
/// most the highest level it is typical of.
pub fn level_supported_by(band: Band) -> u8 {
    match band {
        Band::Low => 2,
        Band::Medium => 3,
        Band::High => 4,
        Band::Elite => 5,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every question that could move the headline is answered.
    Settled,
    /// Open questions leave a range.
    Provisional,
    /// Too little is answered for a verdict: see `answer_next`.
    NeedsAnswers,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageLevel {
    pub id: &'static str,
    pub name: &'static str,
    pub dimension: &'static str,
    pub dimension_name: &'static str,
    /// The level from the answers as they stand (open counted as "don't know").
    pub level: u8,
    /// The highest level the open questions of this stage could still give.
    pub high: u8,
    /// The given answers that hold the stage at its level (open questions
    /// are counted in `open`, not listed here).
    pub binding: Vec<Cap>,
    /// Open questions in this stage.
    pub open: usize,
}

/// What the DORA keys allow the headline to be.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutcomeCap {
    /// What the known keys support: the weakest known key's cluster (a key
    /// not known never caps; see `rules::dora`).
    pub band: Band,
    pub known_keys: usize,
    /// The keys at that cluster, in words ("lead time for changes").
    pub held_by: String,
    /// The highest level that band supports.
    pub supports: u8,
    /// Whether it holds the headline below the delivery stages.
    pub binds: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Area {
    pub dimension: &'static str,
    pub name: &'static str,
    pub level: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Headline {
    pub status: Status,
    /// The headline level: the low end of the range while questions are open.
    pub level: u8,
    /// The high end of the range (equal to `level` when settled).
    pub high: u8,
    /// The level the answered statements point to if the open questions
    /// match them (every open question can only lower a level, so this is
    /// the high end); equal to `level` when settled.
    pub most_likely: u8,
    /// The lowest delivery stage, before outcomes are applied.
    pub stage_level: u8,
    pub stages: Vec<StageLevel>,
    pub outcome: Option<OutcomeCap>,
    /// The lowest of the dimensions that are not stages (none when all are at 5).
    pub weakest_areas: Vec<Area>,
    /// Open questions that could still move the headline: as many as
    /// `answer_next` lists once there is a verdict.
    pub open_deciding: usize,
    /// What to answer next: the missing minimum, or the open questions that
    /// would narrow the range, most useful first.
    pub answer_next: Vec<&'static str>,
    /// "Level 3: Defined", "Level 1–3 (provisional)" or "No verdict yet".
    pub title: String,
    /// Why, in one or two sentences built from the answers.
    pub reason: String,
}

impl Headline {
    /// The headline level in a table cell: "3", a range "1–3", or "none yet".
    pub fn level_text(&self) -> String {
        match self.status {
            Status::Settled => self.level.to_string(),
            Status::Provisional => format!("{}–{}", self.level, self.high),
            Status::NeedsAnswers => "none yet".to_string(),
        }
    }
}

pub const RULE: &str = "The level is the lowest delivery stage (build and test, deploy, \
observe, recover), because delivery is only as strong as its weakest stage; when the four \
DORA keys are known, it cannot exceed the level the DORA band typically goes with. The other \
areas are shown beside it but do not set it.";

/// The headline for these answers, with the dimension scores already computed.
pub fn headline(answers: &Answers, scores: &[DimensionScore]) -> Headline {
    let stage_scores: Vec<&DimensionScore> = STAGES.iter().map(|s| score_of(scores, s)).collect();
    let stage_level = stage_scores.iter().map(|s| s.level).min().unwrap_or(1);
    let keys = dora::classify(answers);
    let outcome = keys.supports.map(|band| {
        let supports = level_supported_by(band);
        let held: Vec<String> = keys
            .metrics
            .iter()
            .filter(|m| m.supports == Some(band))
            .map(|m| m.name.to_ascii_lowercase())
            .collect();
        let held: Vec<&str> = held.iter().map(String::as_str).collect();
        OutcomeCap {
            band,
            known_keys: keys.known,
            held_by: join_words(&held),
            supports,
            binds: supports < stage_level,
        }
    });
    let (low, high) = range(answers);
    let stages = STAGES
        .iter()
        .zip(&stage_scores)
        .map(|(stage, score)| StageLevel {
            id: stage.id,
            name: stage.name,
            dimension: stage.dimension,
            dimension_name: score.name,
            level: score.level,
            high: score.high,
            binding: score
                .binding
                .iter()
                .filter(|c| answers.standing(bank::known(c.question)) != Standing::Unanswered)
                .cloned()
                .collect(),
            open: bank::questions_of(stage.dimension)
                .filter(|q| q.is_scored() && answers.standing(q) == Standing::Unanswered)
                .count(),
        })
        .collect();
    let missing: Vec<&'static str> = VERDICT_MINIMUM
        .iter()
        .copied()
        .filter(|id| answers.standing(bank::known(id)) == Standing::Unanswered)
        .collect();
    let open: Vec<&'static Question> = deciding_questions()
        .filter(|q| answers.standing(q) == Standing::Unanswered)
        .collect();
    let status = if !missing.is_empty() {
        Status::NeedsAnswers
    } else if low < high {
        Status::Provisional
    } else {
        Status::Settled
    };
    let answer_next = match status {
        Status::NeedsAnswers => missing,
        _ => narrowing(answers, &open, (low, high)),
    };
    let open_deciding = match status {
        Status::NeedsAnswers => open.len(),
        _ => answer_next.len(),
    };
    let mut headline = Headline {
        status,
        level: low,
        high,
        most_likely: high,
        stage_level,
        stages,
        outcome,
        weakest_areas: weakest_areas(answers, scores, low),
        open_deciding,
        answer_next,
        title: String::new(),
        reason: String::new(),
    };
    headline.title = title(&headline);
    headline.reason = reason(&headline);
    headline
}

/// The questions whose answers can move the headline: the scored questions of
/// the stage dimensions and the four DORA keys.
pub fn deciding_questions() -> impl Iterator<Item = &'static Question> {
    bank::questions().filter(|q| match q.kind {
        Kind::Metric(metric) => metric.is_key(),
        Kind::Statement(_) | Kind::Practice { .. } => {
            STAGES.iter().any(|s| s.dimension == q.dimension)
        }
        Kind::Context(_) => false,
    })
}

/// The headline level of answers as they stand (open stage questions count
/// as their lowest level; an unknown key never caps).
fn level_of(answers: &Answers) -> u8 {
    let stage_level = STAGES
        .iter()
        .map(|s| scoring::dimension_level(dimension(s), answers))
        .min()
        .unwrap_or(1);
    let cap = dora::supported_band(answers).map_or(MAX_LEVEL, level_supported_by);
    stage_level.min(cap)
}

/// The lowest and highest headline the open questions could still give.
/// Every rule is monotone (a better answer never lowers a level, and what
/// the outcomes support never drops when a key improves), so the open
/// questions at their worst and best give the two ends.
pub fn range(answers: &Answers) -> (u8, u8) {
    (
        level_of(&fill(answers, Fill::Worst)),
        level_of(&fill(answers, Fill::Best)),
    )
}

#[derive(Clone, Copy, PartialEq)]
enum Fill {
    Worst,
    Best,
}

/// The answers with every open deciding question set to its worst or best
/// answer.
fn fill(answers: &Answers, end: Fill) -> Answers {
    let mut filled = answers.clone();
    for question in deciding_questions() {
        if answers.standing(question) != Standing::Unanswered {
            continue;
        }
        let index = match end {
            Fill::Worst => question.worst_choice(),
            Fill::Best => question.best_choice(),
        };
        let Some(index) = index else { continue };
        set(&mut filled, question, Answer::Choice(index as u8));
    }
    filled
}

fn set(answers: &mut Answers, question: &Question, answer: Answer) {
    answers
        .set(question.id, answer)
        .expect("an index within the question's choices");
}

/// The open questions whose answer would narrow the range, in bank order
/// with the DORA keys first (they can move every stage at once).
fn narrowing(
    answers: &Answers,
    open: &[&'static Question],
    (low, high): (u8, u8),
) -> Vec<&'static str> {
    if low == high {
        return Vec::new();
    }
    let mut keys = Vec::new();
    let mut others = Vec::new();
    for question in open {
        // Every rule is monotone: a question's two extremes show whether it
        // can move anything.
        let tried = [question.worst_choice(), question.best_choice()];
        let narrows = tried.into_iter().flatten().any(|i| {
            let mut a = answers.clone();
            set(&mut a, question, Answer::Choice(i as u8));
            range(&a) != (low, high)
        });
        if narrows {
            match question.kind {
                Kind::Metric(_) => keys.push(question.id),
                _ => others.push(question.id),
            }
        }
    }
    keys.extend(others);
    keys
}

/// The areas outside the stages that are below the headline (below the low
/// end of a range), lowest first. An area with nothing answered has no level
/// yet and is left out, as is one held only by open questions: an open
/// question is not an answer.
fn weakest_areas(answers: &Answers, scores: &[DimensionScore], headline: u8) -> Vec<Area> {
    let others: Vec<&DimensionScore> = scores
        .iter()
        .filter(|s| STAGES.iter().all(|st| st.dimension != s.dimension))
        .filter(|s| s.level < headline && !s.unanswered())
        .filter(|s| {
            s.binding
                .iter()
                .any(|c| answers.standing(bank::known(c.question)) != Standing::Unanswered)
        })
        .collect();
    let Some(lowest) = others.iter().map(|s| s.level).min() else {
        return Vec::new();
    };
    others
        .into_iter()
        .filter(|s| s.level == lowest)
        .map(|s| Area {
            dimension: s.dimension,
            name: s.name,
            level: s.level,
        })
        .collect()
}

fn title(h: &Headline) -> String {
    match h.status {
        Status::NeedsAnswers => "No verdict yet".to_string(),
        Status::Provisional => format!(
            "Most likely level {}: {} (provisional, {}–{})",
            h.most_likely,
            levels::info(h.most_likely).name,
            h.level,
            h.high
        ),
        Status::Settled => format!("Level {}: {}", h.level, levels::info(h.level).name),
    }
}

fn reason(h: &Headline) -> String {
    if h.status == Status::NeedsAnswers {
        return format!(
            "A verdict needs the question that places each delivery stage and the four DORA \
             keys (“don’t know” counts as an answer). {} of these {} are still open.",
            h.answer_next.len(),
            VERDICT_MINIMUM.len()
        );
    }
    let lowest: Vec<&str> = h
        .stages
        .iter()
        .filter(|s| s.level == h.stage_level)
        .map(|s| s.name)
        .collect();
    // While stage questions are open, a stage's level is only its low end:
    // say the range rather than call a stage "at level 1".
    let stage_high = h
        .stages
        .iter()
        .map(|s| s.high)
        .min()
        .unwrap_or(h.stage_level);
    let mut text = if h.status == Status::Provisional && stage_high > h.stage_level {
        format!(
            "With questions still open, the lowest delivery stage could be anywhere from \
             level {} to {}",
            h.stage_level, stage_high
        )
    } else if lowest.len() == STAGES.len() {
        format!("All four delivery stages are at level {}", h.stage_level)
    } else {
        format!(
            "The lowest delivery stage is {} at level {}",
            join_words(&lowest),
            h.stage_level
        )
    };
    match &h.outcome {
        Some(o) => {
            let subject = outcome_subject(o);
            if o.binds {
                let plural = o.held_by.contains(" and ");
                let reach = match o.band {
                    Band::Low => {
                        format!("{} in the Low cluster", if plural { "are" } else { "is" })
                    }
                    band => format!(
                        "{} the {} cluster but not {}",
                        if plural { "reach" } else { "reaches" },
                        band.name(),
                        Band::ALL[usize::from(band.rank()) - 1].name()
                    ),
                };
                text.push_str(&format!(
                    ", but {subject} support at most level {}: {} {reach}, and the weakest key \
                     sets the limit.",
                    o.supports, o.held_by
                ));
            } else if o.supports == h.stage_level && stage_high == h.stage_level {
                text.push_str(&format!(
                    "; {subject} support that level, so practices and outcomes agree."
                ));
            } else {
                text.push_str(&format!(
                    "; {subject} would allow up to level {}.",
                    o.supports
                ));
            }
        }
        None => text.push_str("; none of the four DORA keys is known, so no outcome confirms it."),
    }
    if h.status == Status::Provisional {
        let questions = if h.open_deciding == 1 {
            "1 open question"
        } else {
            "open questions"
        };
        let count = if h.open_deciding == 1 {
            String::new()
        } else {
            format!("{} ", h.open_deciding)
        };
        text.push_str(&format!(
            " If the open questions match the answers given, it is level {}; {count}{questions} \
             could still put it anywhere from level {} to {}.",
            h.most_likely, h.level, h.high
        ));
    }
    text
}

/// The outcome as the subject of a sentence (plural): the DORA keys, or
/// those known.
pub fn outcome_subject(o: &OutcomeCap) -> String {
    if o.known_keys == 4 {
        "the DORA keys".to_string()
    } else {
        format!("the DORA keys known ({} of 4)", o.known_keys)
    }
}

/// "a", "a and b", "a, b and c".
pub fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn score_of<'a>(scores: &'a [DimensionScore], stage: &Stage) -> &'a DimensionScore {
    scores
        .iter()
        .find(|s| s.dimension == stage.dimension)
        .expect("every stage names a scored dimension")
}

fn dimension(stage: &Stage) -> &'static bank::Dimension {
    DIMENSIONS
        .iter()
        .find(|d| d.id == stage.dimension)
        .expect("every stage names a bank dimension")
}
