//! The honesty check: do the practices people describe match the delivery
//! outcomes they report? Most teams overestimate their maturity by a level.

use serde::Serialize;

use crate::core::model::bank::dora::Band;
use crate::core::rules::dora::DoraResult;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Consistent,
    /// Practices claim more than outcomes show.
    PracticesAhead,
    /// Outcomes are better than the practices usually produce.
    OutcomesAhead,
    /// None of the four keys is known, so nothing can be compared.
    Unmeasured,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HonestyCheck {
    /// The lowest delivery stage: what the practices claim.
    pub practice_level: u8,
    /// The bands that typically go with that level.
    pub expected: Vec<Band>,
    pub actual: Band,
    pub verdict: Verdict,
    /// How many bands outside the expected range the outcome lies.
    pub bands_apart: u8,
    pub message: String,
}

/// The DORA bands that typically go with a practice level, lower band first.
pub fn expected_bands(level: u8) -> Vec<Band> {
    use Band::*;
    match level {
        0 | 1 => vec![Low],
        2 => vec![Low, Medium],
        3 => vec![Medium, High],
        4 => vec![High, Elite],
        _ => vec![Elite],
    }
}

/// `practice_level` is the lowest delivery stage, the headline before outcomes;
/// `best_case` the best band the known keys allow. With all four keys known
/// the two bands are the same; with some unknown, only the best case is held
/// against the practices, so an unknown key never counts as a bad outcome.
pub fn check(practice_level: u8, dora: &DoraResult, best_case: Option<Band>) -> HonestyCheck {
    let practice_level = practice_level.clamp(1, 5);
    let expected = expected_bands(practice_level);
    let partly = dora.known < 4;
    let actual = best_case.unwrap_or(dora.overall);
    let best = expected.iter().map(|b| b.rank()).min().unwrap_or(0);
    let worst = expected.iter().map(|b| b.rank()).max().unwrap_or(3);
    let names = expected
        .iter()
        .map(|b| b.name().to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(" or ");
    let (verdict, bands_apart) = if dora.known == 0 {
        (Verdict::Unmeasured, 0)
    } else if actual.rank() > worst {
        (Verdict::PracticesAhead, actual.rank() - worst)
    } else if actual.rank() < best {
        (Verdict::OutcomesAhead, best - actual.rank())
    } else {
        (Verdict::Consistent, 0)
    };
    let actual_name = if partly {
        format!(
            "at best the {} band ({} of 4 keys known)",
            actual.name().to_ascii_lowercase(),
            dora.known
        )
    } else {
        format!("the {} band", actual.name().to_ascii_lowercase())
    };
    let message = match verdict {
        Verdict::Unmeasured => format!(
            "None of the four DORA keys could be given from data, so the delivery stages \
             (level {practice_level}) cannot be checked against outcomes. Most \
             teams overestimate their maturity by about a level: treat these levels as an \
             upper bound until they can be measured."
        ),
        Verdict::PracticesAhead => format!(
            "The delivery stages read level {practice_level}, which usually goes with {names} \
             delivery performance, but the metrics place the result in {actual_name}. \
             Outcomes are the harder evidence, and most teams overestimate their maturity by \
             about a level: re-check the practices rated highest against the last 90 days."
        ),
        Verdict::OutcomesAhead => format!(
            "The delivery metrics ({actual_name}) are better than delivery stages at \
             level {practice_level} usually produce ({names}). Either some practices are stronger \
             than you rated them, or the metrics describe the best part of the organisation. \
             Check that the metrics come from data for the whole scope assessed."
        ),
        Verdict::Consistent => format!(
            "The delivery stages (level {practice_level}) and the outcomes \
             ({actual_name}) agree with the usual mapping."
        ),
    };
    HonestyCheck {
        practice_level,
        expected,
        actual,
        verdict,
        bands_apart,
        message,
    }
}
