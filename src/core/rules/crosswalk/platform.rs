//! The platform-engineering maturity model, with its automation, governance
//! and observability domains (scored 0 to 4) and the CNCF maturity names.

use super::{name_at, Framework, Inputs, Part};

const NAMES: &[&str] = &[
    "Ad-hoc and Manual Execution",
    "Standardized Foundations",
    "Automated Delivery Pipelines",
    "Self-Service Platforms",
    "Continuous Evolution",
];

/// The Cloud Native Computing Foundation's names for the same five levels.
const CNCF: [&str; 5] = ["Learn", "Crawl", "Walk", "Run", "Fly"];

const DIMENSIONS: &[&str] = &["delivery", "infra", "platform", "security", "observability"];

const DOMAINS: &[(&str, &str, &[&str], [&str; 5])] = &[
    (
        "automation",
        "Automation",
        &["infra", "platform"],
        ["Manual", "Scripted", "Self-Service", "GitOps", "Predictive"],
    ),
    (
        "governance",
        "Governance",
        &["security"],
        [
            "None",
            "Audits",
            "Static Checks",
            "Dynamic Policy",
            "ML-Driven",
        ],
    ),
    (
        "observability",
        "Observability",
        &["observability"],
        [
            "Log Files",
            "Metrics",
            "Centralized",
            "Cross-Service",
            "Prescriptive",
        ],
    ),
];

pub const NAME: &str = "Platform engineering maturity model";

pub fn assess(inputs: &Inputs) -> Framework {
    let level = inputs.min_level(DIMENSIONS);
    let parts = DOMAINS
        .iter()
        .map(|(id, name, dimensions, labels)| {
            let level = inputs.min_level(dimensions);
            Part {
                id,
                name,
                // The model numbers its domain levels 0 to 4.
                level: level - 1,
                label: labels[usize::from(level) - 1],
                detail: format!(
                    "Domain level {} of 4, from {}{}",
                    level - 1,
                    super::area_names(dimensions),
                    inputs.range_note(dimensions)
                ),
                open: inputs.unanswered(dimensions),
            }
        })
        .collect();
    Framework {
        id: "platform_engineering",
        name: NAME,
        source: "From a platform-engineering maturity model across five domains, with the \
                 CNCF cloud native maturity names beside it.",
        rule: "The level is the lowest of deployment, infrastructure, platform, security \
               and observability; each domain is scored 0 to 4 from its dimensions.",
        level,
        level_name: name_at(NAMES, level),
        high: level,
        high_name: name_at(NAMES, level),
        level_names: NAMES,
        parts,
        checklists: Vec::new(),
        notes: vec![format!(
            "CNCF cloud native maturity: {} (Learn, Crawl, Walk, Run, Fly).",
            CNCF[usize::from(level) - 1]
        )],
    }
}
