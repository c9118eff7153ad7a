//! The roadmap: one global order. The fix-first action comes first (seed
//! 001: the first "no" of the decision chain is the next quarter's
//! investment); a missing pipeline is part of it, because seed 002's entry
//! path puts the pipeline before everything. Then the rest of the entry path
//! in its own order, then the chain's later constraints, then the steps that
//! bring each dimension to its target. Each item carries the phase its level
//! belongs to, with the phase's cost for the organisation's size.

use serde::Serialize;

use crate::core::model::answers::{Answers, Standing};
use crate::core::model::bank::{self, dimensions::by_id, dora::Metric};
use crate::core::rules::facts::{at_least, chosen_in, implied_practice, pipeline_in_place, Check};
use crate::core::rules::fix_first::{self, FixFirst};
use crate::core::rules::scoring::{self, DimensionScore};
use crate::core::rules::target::{OrgSize, TargetAdvice};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseId {
    Foundations,
    Automation,
    Platform,
    Optimisation,
}

/// A phase of seed 001's cost table, worded for the organisation's size.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phase {
    pub id: PhaseId,
    pub name: &'static str,
    pub levels: &'static str,
    pub dominant_cost: &'static str,
    pub investment: &'static str,
    pub risk_if_underfunded: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The decision chain's first "no": the fix-first action.
    FixFirst { step: &'static str },
    /// One of the nine prioritised entry-path actions.
    EntryPath {
        priority: u8,
        controls: &'static [&'static str],
    },
    /// A later "no" of the decision chain.
    Constraint { step: &'static str },
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
    pub phase: PhaseId,
    pub source: Source,
    /// Entry-path items this item includes (the pipeline, inside the fix-first
    /// action, when it is missing).
    pub includes: Vec<&'static str>,
    /// Listed because the answers do not show the step is done (its questions
    /// are open or answered "don't know"), not because they show it is not:
    /// an open question is not an answer, and the step says so.
    pub unconfirmed: bool,
}

/// How a step the answers do not yet settle is marked wherever it is listed.
pub const UNCONFIRMED: &str = "unless already in place: the answers do not show it yet";

impl Item {
    /// The step as lists name it: its title, marked when unconfirmed.
    pub fn line(&self) -> String {
        if self.unconfirmed {
            format!("{} ({UNCONFIRMED})", self.title)
        } else {
            self.title.clone()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Roadmap {
    /// In the order to do them; the first is the fix-first action.
    pub items: Vec<Item>,
    /// The phases' costs, first phase first.
    pub phases: Vec<Phase>,
}

impl Roadmap {
    /// The phases that at least one item belongs to.
    pub fn phases_used(&self) -> impl Iterator<Item = &Phase> {
        self.phases
            .iter()
            .filter(|p| self.items.iter().any(|i| i.phase == p.id))
    }

    pub fn phase(&self, id: PhaseId) -> &Phase {
        &self.phases[id as usize]
    }

    /// Every piece of work still open, as (id, title): the items and the
    /// entry-path items folded into them.
    pub fn open_work(&self) -> Vec<(String, String)> {
        let mut work = Vec::new();
        for item in &self.items {
            work.push((item.id.clone(), item.title.clone()));
            for id in &item.includes {
                if let Some((_, title)) = entry_item(id) {
                    work.push((id.to_string(), title.to_string()));
                }
            }
        }
        work
    }
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
        done: pipeline_in_place,
    },
    EntryAction {
        id: "structured_logging",
        priority: 2,
        title: "Structured logging with central aggregation",
        why: "Without searchable, structured logs every diagnosis is guesswork, and it is \
              quick to put in place.",
        controls: &["WAF-OPS-030"],
        dimension: "observability",
        // Structured logs, metrics and traces (the telemetry row's third
        // option) include structured, aggregated logging.
        done: |a| match at_least(a, "observability.telemetry", 3) {
            Check::Pass => Check::Pass,
            _ => Check::all(&[
                at_least(a, "observability.telemetry", 2),
                implied_practice(a, "observability.json_logs", Check::Unknown),
            ]),
        },
    },
    EntryAction {
        id: "symptom_alerts",
        priority: 3,
        title: "Symptom-based alerts and runbooks for the top five incidents",
        why: "Cuts time to restore straight away and ends alert fatigue.",
        controls: &["WAF-OPS-040", "WAF-OPS-060"],
        dimension: "observability",
        // Symptom alerts "each linked to a runbook" say the runbooks exist
        // unless the runbook question itself is answered no.
        done: |a| {
            let alerts = at_least(a, "observability.alerting", 3);
            Check::all(&[
                alerts,
                implied_practice(a, "reliability.top_runbooks", alerts),
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
        // Its purpose is a lower change failure rate: peer review while
        // deploying at least daily with a failure rate of 15% or less does
        // the job (seed 001's decision chain accepts the same).
        done: |a| match at_least(a, "delivery.change_approval", 3) {
            Check::Fail if peer_review_does_the_job(a) => Check::Pass,
            check => check,
        },
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

/// Peer review with no release meeting, deploying on demand (at least
/// daily), with a low change failure rate: the decision chain's own tests.
fn peer_review_does_the_job(answers: &Answers) -> bool {
    chosen_in(answers, "delivery.change_approval", &["basic_review"]).passed()
        && chosen_in(answers, "dora.deploy_frequency", fix_first::ON_DEMAND).passed()
        && fix_first::position_at_most(
            answers,
            Metric::ChangeFailureRate,
            fix_first::LOW_FAILURE_RATE_UP_TO,
        ) == Check::Pass
}

fn phase_of(from_level: u8) -> PhaseId {
    match from_level {
        0 | 1 => PhaseId::Foundations,
        2 => PhaseId::Automation,
        3 => PhaseId::Platform,
        _ => PhaseId::Optimisation,
    }
}

/// Seed 001's phase costs; seed 003: below about 50 product engineers a
/// platform team does not pay for itself, so those phases are costed as
/// bought services instead.
fn phase(id: PhaseId, size: OrgSize) -> Phase {
    let small = size == OrgSize::Small;
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
        PhaseId::Platform if small => (
            "Platform",
            "Level 3 → 4",
            "Bought platform services and their integration",
            "Subscriptions plus the existing team's time to wire them into golden paths",
            "Integrations nobody owns drift apart",
        ),
        PhaseId::Platform => (
            "Platform",
            "Level 3 → 4",
            "A platform team plus tooling",
            "A dedicated team and observability licences",
            "The platform becomes a bottleneck instead of an enabler",
        ),
        PhaseId::Optimisation if small => (
            "Optimisation",
            "Level 4 → 5",
            "Ongoing reliability work, bought where possible",
            "Managed services plus a share of the existing team's time",
            "Diminishing returns and over-engineering",
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
    }
}

/// The phase of a fix: seed 001 gives each chain fix its level move (the
/// gate is 1 → 2 or 2 → 3, the pipeline 2 → 3, stability 3 → 4, the paved
/// road level 4, optimisation level 5); raising a stage belongs to that
/// stage's level.
fn step_phase(step: &str, headline: u8, from_level: u8) -> PhaseId {
    match step {
        "deploy_on_demand" if headline <= 1 => PhaseId::Foundations,
        "deploy_on_demand" | "lead_time_under_a_day" => PhaseId::Automation,
        "stable" | "consistent_platform" => PhaseId::Platform,
        "raise_stage" | "bed_in" => phase_of(from_level),
        _ => PhaseId::Optimisation,
    }
}

/// The id of a fix's work, the same whether it is fix-first or a later
/// constraint, so history can tell the current fix from finished work.
fn work_id(step: &str) -> String {
    format!("chain.{step}")
}

/// `headline` is the headline level, which places the chain's fixes in phases.
pub fn plan(
    answers: &Answers,
    scores: &[DimensionScore],
    targets: &TargetAdvice,
    fix: &FixFirst,
    headline: u8,
) -> Roadmap {
    let level_of = |dimension: &str| {
        scores
            .iter()
            .find(|s| s.dimension == dimension)
            .map_or(1, |s| s.level)
    };
    let mut items = Vec::new();

    let dimension = fix.dimension;
    let includes = if fix.step == "deploy_on_demand" && fix_first::pipeline_missing(answers) {
        vec!["pipeline"]
    } else {
        Vec::new()
    };
    items.push(Item {
        id: work_id(fix.step),
        title: fix.title.clone(),
        detail: fix.action.clone(),
        dimension,
        from_level: level_of(dimension),
        phase: step_phase(fix.step, headline, level_of(dimension)),
        source: Source::FixFirst { step: fix.step },
        includes,
        unconfirmed: false,
    });

    for action in ENTRY_PATH {
        let done = (action.done)(answers);
        if done.passed() || items[0].includes.contains(&action.id) {
            continue;
        }
        let from_level = level_of(action.dimension);
        items.push(Item {
            id: action.id.to_string(),
            title: action.title.to_string(),
            detail: action.why.to_string(),
            dimension: action.dimension,
            from_level,
            phase: phase_of(from_level),
            source: Source::EntryPath {
                priority: action.priority,
                controls: action.controls,
            },
            includes: Vec::new(),
            unconfirmed: done == Check::Unknown,
        });
    }

    if let Some(first) = fix.first_no {
        for (step, (id, title, _)) in fix
            .chain
            .iter()
            .zip(fix_first::chain_fixes())
            .skip(first + 1)
        {
            if step.check.passed() {
                continue;
            }
            let dimension = fix_first::chain_dimension(id);
            items.push(Item {
                id: work_id(id),
                title: title.to_string(),
                detail: fix_first::chain_action(id, answers)
                    .unwrap_or_default()
                    .to_string(),
                dimension,
                from_level: level_of(dimension),
                phase: step_phase(id, headline, level_of(dimension)),
                source: Source::Constraint { step: id },
                includes: Vec::new(),
                unconfirmed: step.check == Check::Unknown,
            });
        }
    }

    // Weakest dimensions first; the bank order breaks ties. An area with
    // nothing answered has no level yet, so no step is advised for it.
    let mut below_target: Vec<_> = targets
        .targets
        .iter()
        .zip(scores)
        .filter(|(t, s)| t.gap > 0 && !s.unanswered())
        .collect();
    crate::core::support::compact::sort_by_key(&mut below_target, |(t, _)| t.current);
    for (target, score) in below_target {
        let dimension = by_id(target.dimension).expect("targets name bank dimensions");
        if target.current >= bank::MAX_LEVEL {
            continue;
        }
        let moves: Vec<String> = score
            .binding
            .iter()
            .map(|cap| scoring::next_move(answers, cap))
            .collect();
        // Held only by questions not answered yet: the answers do not show
        // the step is needed.
        let unconfirmed = score
            .binding
            .iter()
            .all(|c| answers.standing(bank::known(c.question)) == Standing::Unanswered);
        items.push(Item {
            id: format!("{}.level_{}", dimension.id, target.current + 1),
            title: format!("Reach level {} in {}", target.current + 1, dimension.name),
            detail: if dimension.id == "platform" && targets.size == OrgSize::Small {
                format!(
                    "Buy the pieces and integrate them rather than build: below about 50 \
                     product engineers a platform team does not pay for itself. To move up: {}.",
                    moves.join("; ")
                )
            } else {
                format!("To move up: {}.", moves.join("; "))
            },
            dimension: dimension.id,
            from_level: target.current,
            phase: phase_of(target.current),
            source: Source::NextLevel,
            includes: Vec::new(),
            unconfirmed,
        });
    }
    let phases = [
        PhaseId::Foundations,
        PhaseId::Automation,
        PhaseId::Platform,
        PhaseId::Optimisation,
    ]
    .into_iter()
    .map(|id| phase(id, targets.size))
    .collect();
    Roadmap { items, phases }
}

/// An entry-path item's priority and title.
pub fn entry_item(id: &str) -> Option<(u8, &'static str)> {
    ENTRY_PATH
        .iter()
        .find(|a| a.id == id)
        .map(|a| (a.priority, a.title))
}

/// The entry-path ids in priority order, for tests and documentation.
pub fn entry_path() -> impl Iterator<Item = (&'static str, fn(&Answers) -> Check)> {
    ENTRY_PATH.iter().map(|a| (a.id, a.done))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::fix_first;
    use crate::core::rules::scoring;
    use crate::core::rules::target;

    #[test]
    fn an_empty_assessment_starts_with_the_gate_and_the_pipeline_then_the_entry_path() {
        let answers = Answers::new();
        let scores = scoring::score_all(&answers);
        let headline = crate::core::rules::verdict::headline(&answers, &scores);
        let fix = fix_first::decide(&answers, &headline);
        let roadmap = plan(
            &answers,
            &scores,
            &target::advise(&answers, &scores, &Default::default()),
            &fix,
            1,
        );
        assert_eq!(roadmap.items[0].id, "chain.deploy_on_demand");
        assert_eq!(roadmap.items[0].includes, ["pipeline"]);
        let entry: Vec<&str> = roadmap
            .items
            .iter()
            .filter(|i| matches!(i.source, Source::EntryPath { .. }))
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(
            entry,
            [
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
        // Then the chain's three later constraints, each marked as not
        // shown by the answers; no area has an answer, so no next-level step.
        assert_eq!(roadmap.items.len(), 1 + 8 + 3);
        assert!(roadmap.items[1..].iter().all(|i| i.unconfirmed));
    }
}
