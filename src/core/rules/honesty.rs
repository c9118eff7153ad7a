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
    /// The lowest delivery stage: what the practices claim (the low end
    /// while questions are open).
    pub practice_level: u8,
    /// The high end of the lowest stage while questions are open.
    pub practice_high: u8,
    /// The bands that typically go with those levels, best first.
    pub expected: Vec<Band>,
    /// What the known keys support; None when no key is known.
    pub actual: Option<Band>,
    pub verdict: Verdict,
    /// How many bands outside the expected range the outcome lies.
    pub bands_apart: u8,
    pub message: String,
}

/// The DORA bands that typically go with a practice level, best first.
pub fn expected_bands(level: u8) -> Vec<Band> {
    use Band::*;
    match level {
        0 | 1 => vec![Low],
        2 => vec![Medium, Low],
        3 => vec![High, Medium],
        4 => vec![Elite, High],
        _ => vec![Elite],
    }
}

/// `low` and `high` are the lowest delivery stage's range (equal when no
/// stage question is open): the headline before outcomes. The outcome held
/// against them is what the known keys support, so a key not known never
/// counts as a bad outcome; an open question never counts as a rating.
pub fn check(low: u8, high: u8, dora: &DoraResult) -> HonestyCheck {
    let low = low.clamp(1, 5);
    let high = high.clamp(low, 5);
    let mut expected = expected_bands(high);
    for band in expected_bands(low) {
        if !expected.contains(&band) {
            expected.push(band);
        }
    }
    let best = expected.iter().map(|b| b.rank()).min().unwrap_or(0);
    let worst = expected.iter().map(|b| b.rank()).max().unwrap_or(3);
    let names = expected
        .iter()
        .map(|b| b.name().to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(" or ");
    let levels = if low == high {
        format!("level {low}")
    } else {
        format!("level {low} to {high} while questions are open")
    };
    let (verdict, bands_apart) = match dora.supports {
        None => (Verdict::Unmeasured, 0),
        Some(actual) if actual.rank() > worst => (Verdict::PracticesAhead, actual.rank() - worst),
        Some(actual) if actual.rank() < best => (Verdict::OutcomesAhead, best - actual.rank()),
        Some(_) => (Verdict::Consistent, 0),
    };
    let actual_name = dora.supports.map_or(String::new(), |actual| {
        let keys = if dora.known < 4 {
            format!("the {} keys known", dora.known)
        } else {
            "the four keys".to_string()
        };
        format!(
            "{keys}, which support the {} cluster",
            actual.name().to_ascii_lowercase()
        )
    });
    let message = match verdict {
        Verdict::Unmeasured => format!(
            "None of the four DORA keys could be given from data, so the delivery stages \
             ({levels}) cannot be checked against outcomes. Most teams overestimate their \
             maturity by about a level: treat these levels as an upper bound until they can \
             be measured."
        ),
        Verdict::PracticesAhead => format!(
            "The delivery stages read {levels}, which usually goes with {names} delivery \
             performance, but the outcomes are weaker: {actual_name}. Outcomes are the harder \
             evidence, and most teams overestimate their maturity by about a level: re-check \
             the practices rated highest against the last 90 days."
        ),
        Verdict::OutcomesAhead => format!(
            "The outcomes ({actual_name}) are better than delivery stages at {levels} usually \
             produce ({names}){}. Either the answers given undersell some practices, or the \
             metrics describe the best part of the organisation: check that they come from \
             data for the whole scope assessed.",
            if low < high {
                ", even with every open stage question at its best"
            } else {
                ""
            }
        ),
        Verdict::Consistent => format!(
            "The delivery stages ({levels}) and the outcomes ({actual_name}) agree with the \
             usual mapping."
        ),
    };
    HonestyCheck {
        practice_level: low,
        practice_high: high,
        expected,
        actual: dora.supports,
        verdict,
        bands_apart,
        message,
    }
}
