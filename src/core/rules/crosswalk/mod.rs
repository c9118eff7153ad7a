//! One set of answers read through every maturity model in the sources, each
//! with its own level names and its own rule.

mod dora_levels;
mod five_stage;
mod opsex;
mod platform;
mod stages;

use serde::Serialize;

use crate::core::model::answers::Answers;
use crate::core::rules::dora::DoraResult;
use crate::core::rules::facts::Check;
use crate::core::rules::scoring::DimensionScore;
use crate::core::rules::verdict::Headline;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Framework {
    pub id: &'static str,
    pub name: &'static str,
    /// Where the model comes from, in one line.
    pub source: &'static str,
    /// How the model's level is reached from the answers.
    pub rule: &'static str,
    /// The level reached (the roadmap-stage model can be at 0: no stage done),
    /// with open questions counted as "don't know": the low end.
    pub level: u8,
    pub level_name: &'static str,
    /// The level with every open question at its best: equal to `level`
    /// unless open questions leave a range.
    pub high: u8,
    pub high_name: &'static str,
    /// The model's own names, first level first.
    pub level_names: &'static [&'static str],
    /// Pillars, controls, stages or domains, each placed on its own scale.
    pub parts: Vec<Part>,
    pub checklists: Vec<Checklist>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    pub id: &'static str,
    pub name: &'static str,
    pub level: u8,
    /// The model's wording for this part at that level.
    pub label: &'static str,
    pub detail: String,
    /// Nothing it rests on is answered yet: it has no level to show.
    pub open: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checklist {
    pub level: u8,
    pub passed: bool,
    pub items: Vec<ChecklistItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistItem {
    pub group: &'static str,
    pub text: &'static str,
    pub question: &'static str,
    pub check: Check,
}

/// Everything a framework may read.
pub struct Inputs<'a> {
    pub answers: &'a Answers,
    pub scores: &'a [DimensionScore],
    pub dora: &'a DoraResult,
    pub headline: &'a Headline,
}

impl Inputs<'_> {
    fn score(&self, dimension: &str) -> Option<&DimensionScore> {
        self.scores.iter().find(|s| s.dimension == dimension)
    }

    fn min_level(&self, dimensions: &[&str]) -> u8 {
        dimensions
            .iter()
            .map(|d| self.score(d).map_or(1, |s| s.level))
            .min()
            .unwrap_or(1)
    }

    /// Whether none of these dimensions has an answer yet.
    fn unanswered(&self, dimensions: &[&str]) -> bool {
        dimensions
            .iter()
            .all(|d| self.score(d).is_none_or(|s| s.unanswered()))
    }

    /// " (1–3 while questions are open)" when open questions could raise the
    /// lowest of these dimensions, else nothing.
    fn range_note(&self, dimensions: &[&str]) -> String {
        let low = self.min_level(dimensions);
        let high = dimensions
            .iter()
            .map(|d| self.score(d).map_or(1, |s| s.high))
            .min()
            .unwrap_or(1);
        if high > low {
            format!(" (level {low}–{high} while questions are open)")
        } else {
            String::new()
        }
    }
}

/// The models of the crosswalk, by name, in the order they are shown.
pub const MODELS: [&str; 5] = [
    five_stage::NAME,
    dora_levels::NAME,
    opsex::NAME,
    stages::NAME,
    platform::NAME,
];

pub fn all(inputs: &Inputs) -> Vec<Framework> {
    vec![
        five_stage::assess(inputs),
        dora_levels::assess(inputs),
        opsex::assess(inputs),
        stages::assess(inputs),
        platform::assess(inputs),
    ]
}

/// Every model read twice: with open questions as "don't know" (`low`) and
/// at their best (`high`); each framework keeps the first reading and takes
/// the level of the second as its high end.
pub fn with_ranges(low: Vec<Framework>, high: Vec<Framework>) -> Vec<Framework> {
    low.into_iter()
        .zip(high)
        .map(|(mut f, best)| {
            f.high = best.level.max(f.level);
            f.high_name = if f.high == f.level {
                f.level_name
            } else {
                best.level_name
            };
            f
        })
        .collect()
}

/// The areas' names for people ("Build & continuous integration, …").
fn area_names(ids: &[&str]) -> String {
    ids.iter()
        .filter_map(|id| crate::core::model::bank::dimensions::by_id(id))
        .map(|d| d.name)
        .collect::<Vec<_>>()
        .join(", ")
}

fn name_at(names: &'static [&'static str], level: u8) -> &'static str {
    names[usize::from(level.clamp(1, names.len() as u8)) - 1]
}
