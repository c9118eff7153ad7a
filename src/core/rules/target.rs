//! Target advice: which level is worth aiming for, given the organisation's size.
//! Level 5 is rarely the right destination, and a dedicated platform team only
//! pays for itself from about 50 product engineers.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::core::model::levels::is_level;

use crate::core::model::answers::{Answers, Standing};
use crate::core::model::bank::{self, DIMENSIONS};
use crate::core::rules::scoring::DimensionScore;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgSize {
    /// Fewer than 50 product engineers.
    Small,
    /// 50 to 499.
    MidSized,
    /// 500 or more.
    Large,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target {
    pub dimension: &'static str,
    pub current: u8,
    /// The person's own target where set, else the advice.
    pub target: u8,
    /// The level the advice recommends for this organisation's size.
    pub advised: u8,
    /// Whether the person set this target themselves.
    pub chosen: bool,
    /// Target minus current: negative when already beyond the advice.
    pub gap: i8,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetAdvice {
    pub size: OrgSize,
    pub advice: &'static str,
    pub targets: Vec<Target>,
}

pub const ENGINEERS_QUESTION: &str = "org.product_engineers";

pub fn org_size(answers: &Answers) -> OrgSize {
    let question = bank::known(ENGINEERS_QUESTION);
    match answers.standing(question) {
        Standing::Chosen(i) => match question.choices()[i].id {
            "under_10" | "under_50" => OrgSize::Small,
            "500_plus" => OrgSize::Large,
            _ => OrgSize::MidSized,
        },
        _ => OrgSize::Unknown,
    }
}

/// The recommended level for every dimension at this size.
pub fn recommended_level(size: OrgSize) -> u8 {
    match size {
        OrgSize::Small | OrgSize::Unknown => 3,
        OrgSize::MidSized | OrgSize::Large => 4,
    }
}

fn advice(size: OrgSize) -> &'static str {
    match size {
        OrgSize::Small => {
            "With fewer than about 50 product engineers, aim for level 3 everywhere, take a \
             year to bed it in, then judge whether level 4 is worth it. Do not build a \
             platform team or chase level 5: buy the platform pieces and integrate them."
        }
        OrgSize::MidSized => {
            "Most mid-sized organisations belong at level 3 to 4. Aim for level 4, where a \
             self-service platform starts to pay off; level 5 rarely repays its cost."
        }
        OrgSize::Large => {
            "At this size level 4 everywhere is the goal, with a platform team running \
             golden paths. Go for level 5 only where the business case is clear: its \
             marginal cost can exceed its value."
        }
        OrgSize::Unknown => {
            "Tell us how many product engineers you have for advice fitted to your size. \
             Until then the target is level 3, right for most organisations below 50 \
             engineers and a step on the way for larger ones."
        }
    }
}

/// Targets per dimension: the person's own (`chosen`, by dimension id) where
/// set, else the level advised for the organisation's size.
pub fn advise(
    answers: &Answers,
    scores: &[DimensionScore],
    chosen: &BTreeMap<&'static str, u8>,
) -> TargetAdvice {
    let size = org_size(answers);
    let advised = recommended_level(size);
    let targets = DIMENSIONS
        .iter()
        .zip(scores)
        .map(|(dimension, score)| {
            let own = chosen.get(dimension.id).copied().filter(|l| is_level(*l));
            let target = own.unwrap_or(advised);
            Target {
                dimension: dimension.id,
                current: score.level,
                target,
                advised,
                chosen: own.is_some(),
                gap: target as i8 - score.level as i8,
            }
        })
        .collect();
    TargetAdvice {
        size,
        advice: advice(size),
        targets,
    }
}
