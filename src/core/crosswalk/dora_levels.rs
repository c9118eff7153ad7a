//! The five-level model tied to DORA bands: the true level is the lowest of
//! build, test, deploy, observe and recover; levels 4 and 5 also need tracked
//! DORA metrics and a self-service platform.

use super::{name_at, Framework, Inputs, Part};
use crate::core::honesty::expected_bands;

const NAMES: &[&str] = &["Ad-hoc", "Managed", "Defined", "Measured", "Optimizing"];

const CONSTRAINTS: [&str; 5] = [
    "No automation or version discipline",
    "Slow, batched releases behind manual gates",
    "Inconsistency across teams",
    "Scaling consistency and managing cognitive load",
    "Diminishing returns and sustaining the culture",
];

const STAGES: &[(&str, &str, &str)] = &[
    ("build_test", "Build and test", "ci"),
    ("deploy", "Deploy", "delivery"),
    ("observe", "Observe", "observability"),
    ("recover", "Recover", "reliability"),
];

pub fn assess(inputs: &Inputs) -> Framework {
    let mut parts: Vec<Part> = STAGES
        .iter()
        .map(|(id, name, dimension)| {
            let level = inputs.level(dimension);
            Part {
                id,
                name,
                level,
                label: name_at(NAMES, level),
                detail: format!("From the {dimension} dimension"),
            }
        })
        .collect();
    let scale = inputs.min_level(&["measurement", "platform"]);
    parts.push(Part {
        id: "measured_platform",
        name: "DORA tracking and self-service platform",
        level: scale,
        label: name_at(NAMES, scale),
        detail: "Needed from level 4: the lower of measurement and platform".to_string(),
    });
    let stages_level = parts[..STAGES.len()]
        .iter()
        .map(|p| p.level)
        .min()
        .unwrap_or(1);
    let level = stages_level.min(scale.max(3));
    let typical = expected_bands(level)
        .iter()
        .map(|b| b.name())
        .collect::<Vec<_>>()
        .join(" to ");
    Framework {
        id: "dora_levels",
        name: "Five-level model tied to DORA",
        rule: "The level is the lowest of build and test, deploy, observe and recover; \
               levels 4 and 5 also need DORA metrics tracked and a self-service platform.",
        level,
        level_name: name_at(NAMES, level),
        level_names: NAMES,
        parts,
        checklists: Vec::new(),
        notes: vec![
            format!(
                "Primary constraint at this level: {}.",
                CONSTRAINTS[usize::from(level) - 1]
            ),
            format!(
                "Typical DORA band at this level: {typical}; yours is {} ({}).",
                inputs.dora.overall.name(),
                inputs.dora.edition
            ),
        ],
    }
}
