//! The five-stage DevOps maturity model: its pillars must evolve together, so
//! the stage is that of the weakest pillar.

use super::{name_at, Framework, Inputs, Part};

const NAMES: &[&str] = &[
    "Initial",
    "Managed",
    "Defined",
    "Quantitatively Managed",
    "Optimized",
];

const PILLARS: &[(&str, &str, &[&str])] = &[
    ("culture", "Culture and collaboration", &["culture"]),
    (
        "automation",
        "Automation and tooling",
        &["ci", "delivery", "infra"],
    ),
    ("measurement", "Measurement and feedback", &["measurement"]),
    ("security", "Security and compliance", &["security"]),
    (
        "monitoring",
        "Monitoring and observability",
        &["observability"],
    ),
];

pub const NAME: &str = "DevOps maturity model (five stages)";

pub fn assess(inputs: &Inputs) -> Framework {
    let parts: Vec<Part> = PILLARS
        .iter()
        .map(|(id, name, dimensions)| {
            let level = inputs.min_level(dimensions);
            Part {
                id,
                name,
                level,
                label: name_at(NAMES, level),
                detail: format!(
                    "The lowest of: {}{}",
                    super::area_names(dimensions),
                    inputs.range_note(dimensions)
                ),
                open: inputs.unanswered(dimensions),
            }
        })
        .collect();
    let level = parts.iter().map(|p| p.level).min().unwrap_or(1);
    Framework {
        id: "five_stage",
        name: NAME,
        source: "From an article on DevOps maturity in five stages, from initial to optimized, \
                 whose pillars must evolve together.",
        rule: "Each pillar takes the lowest level of the dimensions it covers; the stage is \
               the lowest pillar, because the pillars must evolve in tandem.",
        level,
        level_name: name_at(NAMES, level),
        high: level,
        high_name: name_at(NAMES, level),
        level_names: NAMES,
        parts,
        checklists: Vec::new(),
        notes: Vec::new(),
    }
}
