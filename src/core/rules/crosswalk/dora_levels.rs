//! The five-level model tied to DORA bands (seed 001). It is the model the
//! headline follows, so its level is the headline's: the lowest of build and
//! test, deploy, observe and recover, held to what the DORA band supports.

use super::{name_at, Framework, Inputs, Part};
use crate::core::rules::honesty::expected_bands;
use crate::core::rules::verdict::{outcome_subject, Status};

const NAMES: &[&str] = &["Ad-hoc", "Managed", "Defined", "Measured", "Optimizing"];

const CONSTRAINTS: [&str; 5] = [
    "No automation or version discipline",
    "Slow, batched releases behind manual gates",
    "Inconsistency across teams",
    "Scaling consistency and managing cognitive load",
    "Diminishing returns and sustaining the culture",
];

pub const NAME: &str = "Five-level model tied to DORA";

pub fn assess(inputs: &Inputs) -> Framework {
    let headline = inputs.headline;
    let mut parts: Vec<Part> = headline
        .stages
        .iter()
        .map(|stage| Part {
            id: stage.id,
            name: stage.name,
            level: stage.level,
            label: name_at(NAMES, stage.level),
            detail: if stage.high > stage.level {
                format!(
                    "The level of {} (level {}–{} while questions are open)",
                    stage.dimension_name, stage.level, stage.high
                )
            } else {
                format!("The level of {}", stage.dimension_name)
            },
            open: false,
        })
        .collect();
    if let Some(outcome) = &headline.outcome {
        let subject = outcome_subject(outcome);
        let mut detail = format!(
            "{subject} support at most this level (the weakest: {}, {})",
            outcome.held_by,
            outcome.band.name()
        );
        // The subject starts a sentence here.
        detail.replace_range(..1, &detail[..1].to_uppercase());
        parts.push(Part {
            id: "outcomes",
            name: "DORA outcomes",
            level: outcome.supports,
            label: name_at(NAMES, outcome.supports),
            detail,
            open: false,
        });
    }
    let level = headline.level;
    // A provisional verdict is described at its most likely level.
    let described = headline.most_likely;
    let at = if described == level {
        "at this level".to_string()
    } else {
        format!("at the most likely level ({described})")
    };
    let typical = expected_bands(described)
        .iter()
        .rev()
        .map(|b| b.name())
        .collect::<Vec<_>>()
        .join(" to ");
    let mut notes = vec![format!(
        "Primary constraint {at}: {}.",
        CONSTRAINTS[usize::from(described) - 1]
    )];
    notes.push(format!(
        "Typical DORA band {at}: {typical} ({}).",
        inputs.dora.edition
    ));
    if headline.status != Status::Settled {
        notes.push(format!(
            "Provisional: open questions leave a range of level {} to {}.",
            headline.level, headline.high
        ));
    }
    Framework {
        id: "dora_levels",
        name: NAME,
        source: "From an article on DevOps maturity and the DORA metrics that ties each level \
                 to its typical DORA band; the headline follows it.",
        rule: "The true level is the lowest of build and test, deploy, observe and recover, \
               never the average; each level goes with a typical DORA band, so a known band \
               caps the level it supports.",
        level,
        level_name: name_at(NAMES, level),
        high: level,
        high_name: name_at(NAMES, level),
        level_names: NAMES,
        parts,
        checklists: Vec::new(),
        notes,
    }
}
