//! The roadmap: missing actions in the order the operational-excellence entry
//! path gives (each unblocks the next), then the per-dimension steps to the
//! next level, grouped into phases by the level they move a dimension from.

use serde::Serialize;

use super::answers::Answers;
use super::bank::dimensions::by_id;
use super::facts::{at_least, practice, Check};
use super::scoring::DimensionScore;
use super::target::TargetAdvice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseId {
    Foundations,
    Automation,
    Platform,
    Optimisation,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phase {
    pub id: PhaseId,
    pub name: &'static str,
    pub levels: &'static str,
    pub dominant_cost: &'static str,
    pub investment: &'static str,
    pub risk_if_underfunded: &'static str,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// One of the nine prioritised entry-path actions.
    EntryPath {
        priority: u8,
        controls: &'static [&'static str],
    },
    /// The step to the next level of a dimension below its target.
    NextLevel,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub id: String,
    pub title: String,
    pub detail: String,
    pub dimension: &'static str,
    pub from_level: u8,
    pub source: Source,
}

struct EntryAction {
    id: &'static str,
    priority: u8,
    title: &'static str,
    why: &'static str,
    controls: &'static [&'static str],
    dimension: &'static str,
    done: fn(&Answers) -> Check,
}

const ENTRY_PATH: &[EntryAction] = &[
    EntryAction {
        id: "pipeline",
        priority: 1,
        title: "Build a CI/CD pipeline for every production workload",
        why: "Everything else depends on it: without a pipeline there is no path to \
              automation.",
        controls: &["WAF-OPS-010"],
        dimension: "delivery",
        done: |a| {
            Check::all(&[
                at_least(a, "delivery.pipeline", 3),
                at_least(a, "ci.commit_builds", 3),
            ])
        },
    },
    EntryAction {
        id: "structured_logging",
        priority: 2,
        title: "Structured logging with central aggregation",
        why: "Without searchable, structured logs every diagnosis is guesswork, and it is \
              quick to put in place.",
        controls: &["WAF-OPS-030"],
        dimension: "observability",
        done: |a| {
            Check::all(&[
                at_least(a, "observability.telemetry", 2),
                practice(a, "observability.json_logs"),
            ])
        },
    },
    EntryAction {
        id: "symptom_alerts",
        priority: 3,
        title: "Symptom-based alerts and runbooks for the top five incidents",
        why: "Cuts time to restore straight away and ends alert fatigue.",
        controls: &["WAF-OPS-040", "WAF-OPS-060"],
        dimension: "observability",
        done: |a| {
            Check::all(&[
                at_least(a, "observability.alerting", 3),
                practice(a, "reliability.top_runbooks"),
            ])
        },
    },
    EntryAction {
        id: "iac",
        priority: 4,
        title: "Infrastructure as code for all production resources",
        why: "Makes environments reproducible and changes safe, and makes drift detection \
              possible.",
        controls: &["WAF-OPS-020"],
        dimension: "infra",
        done: |a| at_least(a, "infra.iac", 3),
    },
    EntryAction {
        id: "postmortems",
        priority: 5,
        title: "A blameless postmortem process",
        why: "Breaks the cycle of repeat incidents; this is where the cultural change \
              starts.",
        controls: &["WAF-OPS-070"],
        dimension: "culture",
        done: |a| at_least(a, "culture.postmortems", 3),
    },
    EntryAction {
        id: "debt_register",
        priority: 6,
        title: "An operational debt register",
        why: "Makes accumulating debt visible, the basis for prioritising it.",
        controls: &["WAF-OPS-100"],
        dimension: "toil",
        done: |a| at_least(a, "toil.debt_register", 3),
    },
    EntryAction {
        id: "change_management",
        priority: 7,
        title: "Formal change management",
        why: "Lowers the change failure rate and lays the ground for risk-based approval.",
        controls: &["WAF-OPS-050"],
        dimension: "delivery",
        done: |a| at_least(a, "delivery.change_approval", 3),
    },
    EntryAction {
        id: "progressive_delivery",
        priority: 8,
        title: "Progressive delivery with canaries or feature flags",
        why: "Shrinks the blast radius of a bad change so teams can deploy without fear.",
        controls: &["WAF-OPS-080"],
        dimension: "delivery",
        done: |a| at_least(a, "delivery.release_safety", 3),
    },
    EntryAction {
        id: "drift_detection",
        priority: 9,
        title: "Automated drift detection",
        why: "Closes the gap between the infrastructure code and what actually runs.",
        controls: &["WAF-OPS-090"],
        dimension: "infra",
        done: |a| at_least(a, "infra.drift", 3),
    },
];

fn phase_of(from_level: u8) -> PhaseId {
    match from_level {
        0 | 1 => PhaseId::Foundations,
        2 => PhaseId::Automation,
        3 => PhaseId::Platform,
        _ => PhaseId::Optimisation,
    }
}

fn empty_phase(id: PhaseId) -> Phase {
    let (name, levels, dominant_cost, investment, risk_if_underfunded) = match id {
        PhaseId::Foundations => (
            "Foundations",
            "Level 1 → 2",
            "Engineering time",
            "The existing team, a few weeks of focused effort",
            "Automation decays when nobody owns it",
        ),
        PhaseId::Automation => (
            "Automation",
            "Level 2 → 3",
            "CI/CD and test tooling",
            "Tool spend plus the time to write tests",
            "Flaky tests erode trust in the pipeline",
        ),
        PhaseId::Platform => (
            "Platform",
            "Level 3 → 4",
            "A platform team plus tooling",
            "A dedicated team and observability licences",
            "The platform becomes a bottleneck instead of an enabler",
        ),
        PhaseId::Optimisation => (
            "Optimisation",
            "Level 4 → 5",
            "Ongoing reliability investment",
            "A standing platform and an SRE practice",
            "Diminishing returns and over-engineering",
        ),
    };
    Phase {
        id,
        name,
        levels,
        dominant_cost,
        investment,
        risk_if_underfunded,
        items: Vec::new(),
    }
}

pub fn plan(answers: &Answers, scores: &[DimensionScore], targets: &TargetAdvice) -> Vec<Phase> {
    let level_of = |dimension: &str| {
        scores
            .iter()
            .find(|s| s.dimension == dimension)
            .map_or(1, |s| s.level)
    };
    let mut phases: Vec<Phase> = [
        PhaseId::Foundations,
        PhaseId::Automation,
        PhaseId::Platform,
        PhaseId::Optimisation,
    ]
    .into_iter()
    .map(empty_phase)
    .collect();

    for action in ENTRY_PATH {
        if (action.done)(answers).passed() {
            continue;
        }
        let from_level = level_of(action.dimension);
        phases[phase_of(from_level) as usize].items.push(Item {
            id: action.id.to_string(),
            title: action.title.to_string(),
            detail: action.why.to_string(),
            dimension: action.dimension,
            from_level,
            source: Source::EntryPath {
                priority: action.priority,
                controls: action.controls,
            },
        });
    }

    // Weakest dimensions first; the bank order breaks ties.
    let mut below_target: Vec<_> = targets.targets.iter().filter(|t| t.gap > 0).collect();
    super::compact::sort_by_key(&mut below_target, |t| t.current);
    for target in below_target {
        let dimension = by_id(target.dimension).expect("targets name bank dimensions");
        let Some(step) = dimension.step_from(target.current) else {
            continue;
        };
        let binding: Vec<&str> = scores
            .iter()
            .find(|s| s.dimension == dimension.id)
            .map(|s| s.binding.iter().map(|c| c.reason.as_str()).collect())
            .unwrap_or_default();
        let detail = if binding.is_empty() {
            step.to_string()
        } else {
            format!("{step} Holding it back: {}", binding.join(" "))
        };
        phases[phase_of(target.current) as usize].items.push(Item {
            id: format!("{}.level_{}", dimension.id, target.current + 1),
            title: format!("Reach level {} in {}", target.current + 1, dimension.name),
            detail,
            dimension: dimension.id,
            from_level: target.current,
            source: Source::NextLevel,
        });
    }
    phases
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{scoring, target};

    #[test]
    fn an_empty_assessment_starts_with_the_whole_entry_path_in_order() {
        let answers = Answers::new();
        let scores = scoring::score_all(&answers);
        let phases = plan(
            &answers,
            &scores,
            &target::advise(&answers, &scores, &Default::default()),
        );
        let foundations = &phases[0];
        let entry: Vec<&str> = foundations
            .items
            .iter()
            .filter(|i| matches!(i.source, Source::EntryPath { .. }))
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(
            entry,
            [
                "pipeline",
                "structured_logging",
                "symptom_alerts",
                "iac",
                "postmortems",
                "debt_register",
                "change_management",
                "progressive_delivery",
                "drift_detection"
            ]
        );
        // Then one next-level step for each of the ten dimensions.
        assert_eq!(foundations.items.len(), 9 + 10);
        assert!(phases[1..].iter().all(|p| p.items.is_empty()));
    }
}
