//! A team's results side by side: each respondent's levels, the team's median
//! per dimension, and the questions where people disagree most, which are the
//! conversations worth having.

use crate::core::model::answers::{Answers, Standing};
use crate::core::model::bank::stages::STAGES;
use crate::core::model::bank::{self, Band, Kind, Metric, Question, DIMENSIONS, MIN_LEVEL};
use crate::core::model::levels::one_decimal;
use crate::core::rules::dora;
use crate::core::rules::scoring;
use crate::core::rules::verdict::{self, Headline};
use crate::core::support::compact::sort_by_key;

/// Answers this many levels (or answer steps) apart count as a disagreement.
pub const DISAGREEMENT: u8 = 2;
/// A change failure or rework rate this many percentage points apart does.
pub const PERCENT_DISAGREEMENT: u8 = 10;

pub const MAX_RESPONDENTS: usize = 50;
pub const MAX_LABEL_CHARS: usize = 40;

pub const TEAM_RULE: &str = "The team's level follows the rules of one person's: the lowest \
median of the four delivery stages (build and test, deploy, observe, recover), held to the \
median of the levels each person's DORA keys support. Each person's own level is shown beside \
it.";

#[derive(Debug, Clone, PartialEq)]
pub struct Respondent {
    pub label: String,
    pub answers: Answers,
    /// The question bank revision the answers were given against.
    pub revision: u32,
    /// The team and path the person's file or link named (may be empty).
    pub belonging: crate::core::model::belonging::Belonging,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TeamDimension {
    pub dimension: &'static str,
    pub name: &'static str,
    /// Each respondent's level, in respondent order.
    pub levels: Vec<u8>,
    pub min: u8,
    pub median: f64,
    pub max: u8,
}

/// One respondent's answer to a question, as the team view shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamAnswer {
    pub text: String,
    /// Where the answer sits for comparison; None for don't know, not
    /// applicable, unanswered or not asked.
    pub position: Option<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    pub question: &'static Question,
    /// Highest minus lowest position among those who chose an answer.
    pub spread: u8,
    /// What the spread counts: "levels" or "answer steps".
    pub unit: &'static str,
    pub answers: Vec<TeamAnswer>,
}

impl Disagreement {
    /// How far apart the answers are, as the list shows it, for the order
    /// "largest first": the gap in levels or answer steps (ten percentage
    /// points weigh as one step; a yes against a no is one step, whatever
    /// the practice caps), then how evenly people split (3 against 2 before
    /// 4 against 1).
    pub fn weight(&self) -> (u8, usize) {
        let gap = match self.question.kind {
            Kind::Practice { .. } => 1,
            _ if self.unit == PERCENT_UNIT => self.spread / 10,
            _ => self.spread,
        };
        let positions: Vec<u8> = self.answers.iter().filter_map(|a| a.position).collect();
        let at = |p: Option<&u8>| positions.iter().filter(|x| Some(*x) == p).count();
        let (low, high) = (positions.iter().min(), positions.iter().max());
        (gap, at(low).min(at(high)))
    }

    /// How far apart, in words: a yes/no practice as a count ("2 yes, 3
    /// no"), anything else as the gap ("3 levels apart").
    pub fn gap_text(&self) -> String {
        if matches!(self.question.kind, Kind::Practice { .. }) {
            let count = |text: &str| self.answers.iter().filter(|a| a.text == text).count();
            format!("{} yes, {} no", count(bank::YES.text), count(bank::NO.text))
        } else {
            format!("{} {} apart", self.spread, self.unit)
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MetricSpread {
    pub metric: Metric,
    pub name: &'static str,
    /// Each respondent's nearest cluster in words ("High or Medium", "not known").
    pub bands: Vec<String>,
    /// Bands between the best and the worst known answer.
    pub spread: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TeamDora {
    /// Each respondent's nearest cluster over the four keys, in words.
    pub overall: Vec<String>,
    pub overall_spread: u8,
    pub metrics: Vec<MetricSpread>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TeamReport {
    pub size: usize,
    pub dimensions: Vec<TeamDimension>,
    /// The team's level by [`TEAM_RULE`].
    pub level: f64,
    pub weakest: Vec<&'static str>,
    /// Each respondent's own headline level.
    pub respondent_levels: Vec<u8>,
    /// Largest spread first.
    pub disagreements: Vec<Disagreement>,
    pub dora: TeamDora,
    /// Respondents who answered an older bank: (index, revision).
    pub older_revisions: Vec<(usize, u32)>,
}

/// Whether a revision's bank asked this question.
pub fn asked_in(revision: u32, question_id: &str) -> bool {
    bank::released_table(revision).is_none_or(|table| {
        table
            .lines()
            .any(|line| line.split(' ').next() == Some(question_id))
    })
}

/// The median of some levels: a half level when the middle two differ.
pub fn median(levels: &[u8]) -> f64 {
    let mut sorted = levels.to_vec();
    sort_by_key(&mut sorted, |l| *l);
    match sorted.len() {
        0 => f64::from(MIN_LEVEL),
        n if n % 2 == 1 => f64::from(sorted[n / 2]),
        n => (f64::from(sorted[n / 2 - 1]) + f64::from(sorted[n / 2])) / 2.0,
    }
}

/// The team rule's last step ([`TEAM_RULE`]): the lowest stage median,
/// held to the median of the levels people's DORA keys support (when any
/// person's do).
pub fn held_to_outcomes(stage_level: f64, supported: &[u8]) -> f64 {
    if supported.is_empty() {
        stage_level
    } else {
        stage_level.min(median(supported))
    }
}

pub fn aggregate(respondents: &[Respondent]) -> TeamReport {
    aggregate_with(respondents, asked_in)
}

/// As [`aggregate`], with the revision lookup given (tests use made-up revisions).
pub fn aggregate_with(respondents: &[Respondent], asked: impl Fn(u32, &str) -> bool) -> TeamReport {
    let scores: Vec<Vec<scoring::DimensionScore>> = respondents
        .iter()
        .map(|r| scoring::score_all(&r.answers))
        .collect();
    let dimensions: Vec<TeamDimension> = DIMENSIONS
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let levels: Vec<u8> = scores.iter().map(|s| s[i].level).collect();
            TeamDimension {
                dimension: d.id,
                name: d.name,
                min: levels.iter().copied().min().unwrap_or(MIN_LEVEL),
                max: levels.iter().copied().max().unwrap_or(MIN_LEVEL),
                median: median(&levels),
                levels,
            }
        })
        .collect();
    let headlines: Vec<Headline> = respondents
        .iter()
        .zip(&scores)
        .map(|(r, s)| verdict::headline(&r.answers, s))
        .collect();
    let stage_medians: Vec<&TeamDimension> = dimensions
        .iter()
        .filter(|d| STAGES.iter().any(|s| s.dimension == d.dimension))
        .collect();
    let stage_level = stage_medians
        .iter()
        .map(|d| d.median)
        .fold(f64::from(bank::MAX_LEVEL), f64::min);
    let supported: Vec<u8> = headlines
        .iter()
        .filter_map(|h| h.outcome.as_ref().map(|o| o.supports))
        .collect();
    let level = held_to_outcomes(stage_level, &supported);
    let weakest = stage_medians
        .iter()
        .filter(|d| d.median == stage_level)
        .map(|d| d.dimension)
        .collect();
    let respondent_levels = headlines.iter().map(|h| h.level).collect();
    TeamReport {
        size: respondents.len(),
        level,
        weakest,
        respondent_levels,
        disagreements: disagreements(respondents, &asked),
        dora: team_dora(respondents),
        older_revisions: respondents
            .iter()
            .enumerate()
            .filter(|(_, r)| r.revision < bank::REVISION)
            .map(|(i, r)| (i, r.revision))
            .collect(),
        dimensions,
    }
}

const PERCENT_UNIT: &str = "percentage points";

fn disagreements(
    respondents: &[Respondent],
    asked: &impl Fn(u32, &str) -> bool,
) -> Vec<Disagreement> {
    let mut found = Vec::new();
    for question in bank::questions() {
        let answers: Vec<TeamAnswer> = respondents
            .iter()
            .map(|r| team_answer(question, r, asked))
            .collect();
        let positions: Vec<u8> = answers.iter().filter_map(|a| a.position).collect();
        let (Some(low), Some(high)) = (positions.iter().min(), positions.iter().max()) else {
            continue;
        };
        let spread = high - low;
        let percent = question.is_percent();
        let threshold = if percent {
            PERCENT_DISAGREEMENT
        } else {
            DISAGREEMENT
        };
        if spread >= threshold {
            found.push(Disagreement {
                question,
                spread,
                unit: if percent {
                    PERCENT_UNIT
                } else if question.is_scored() {
                    "levels"
                } else {
                    "answer steps"
                },
                answers,
            });
        }
    }
    sort_by_key(&mut found, |d| std::cmp::Reverse(d.weight()));
    found
}

fn team_answer(
    question: &'static Question,
    respondent: &Respondent,
    asked: &impl Fn(u32, &str) -> bool,
) -> TeamAnswer {
    if !asked(respondent.revision, question.id) {
        return TeamAnswer {
            text: format!("Not asked (question bank revision {})", respondent.revision),
            position: None,
        };
    }
    let standing = respondent.answers.standing(question);
    let position = match (standing, question.kind) {
        (Standing::Chosen(_), Kind::Statement(_) | Kind::Practice { .. }) => {
            Some(scoring::allowed_level(question, standing))
        }
        // A percentage by its points (an earlier-scale bucket by its middle).
        (Standing::Chosen(i), Kind::Metric(m)) if m.is_percent() => {
            crate::core::model::bank::dora::reading(m, i).map(|r| r.span.0 / 2 + r.span.1 / 2)
        }
        // Buckets and context options are ordered: count the steps.
        (Standing::Chosen(i), Kind::Metric(_) | Kind::Context(_)) => Some(i as u8),
        _ => None,
    };
    TeamAnswer {
        text: standing.describe(question).to_string(),
        position,
    }
}

fn spread_of(bands: impl Iterator<Item = Band> + Clone) -> u8 {
    let best = bands.clone().map(Band::rank).min();
    let worst = bands.map(Band::rank).max();
    match (best, worst) {
        (Some(b), Some(w)) => w - b,
        _ => 0,
    }
}

fn team_dora(respondents: &[Respondent]) -> TeamDora {
    let results: Vec<dora::DoraResult> = respondents
        .iter()
        .map(|r| dora::classify(&r.answers))
        .collect();
    let metrics = Metric::ALL
        .iter()
        .enumerate()
        .map(|(i, metric)| MetricSpread {
            metric: *metric,
            name: metric.name(),
            bands: results.iter().map(|r| r.metrics[i].band_text()).collect(),
            spread: spread_of(
                results
                    .iter()
                    .flat_map(|r| r.metrics[i].nearest.iter().copied()),
            ),
        })
        .collect();
    TeamDora {
        overall_spread: spread_of(results.iter().filter_map(|r| r.overall.single())),
        overall: results.iter().map(|r| r.overall.text()).collect(),
        metrics,
    }
}

/// Levels as people read them: "3" or "2.5".
pub fn level_text(level: f64) -> String {
    if level.fract() == 0.0 {
        (level as u8).to_string()
    } else {
        one_decimal(level)
    }
}

#[cfg(test)]
mod tests;
