//! The operational-excellence model: ten controls, each placed on its own
//! five-level row, and the level-2, 3 and 4 self-assessment checklists. A level
//! is reached when its checklist and every one below it pass and no control
//! sits on a lower row; so level 5 needs every control at level 5.

use super::{name_at, Checklist, ChecklistItem, Framework, Inputs, Part};
use crate::core::rules::facts::{at_least, option_rank, practice, Check};

const NAMES: &[&str] = &[
    "Reactive & Heroic",
    "Documented",
    "Automated",
    "Measured",
    "Continuously Improved",
];

struct Control {
    id: &'static str,
    name: &'static str,
    question: &'static str,
    row: [&'static str; 5],
}

const CONTROLS: &[Control] = &[
    Control {
        id: "WAF-OPS-010",
        name: "CI/CD pipeline",
        question: "delivery.pipeline",
        row: [
            "No pipeline",
            "Basic CI",
            "Complete CI/CD",
            "Metrics & Canary",
            "Continuous Deploy",
        ],
    },
    Control {
        id: "WAF-OPS-020",
        name: "Infrastructure as code",
        question: "infra.iac",
        row: [
            "No IaC",
            "Inconsistent",
            "Fully enforced",
            "Drift Detection",
            "GitOps",
        ],
    },
    Control {
        id: "WAF-OPS-030",
        name: "Logging and telemetry",
        question: "observability.telemetry",
        row: [
            "Unstructured",
            "Centralized",
            "All 3 pillars",
            "SLO-based",
            "OpenTelemetry",
        ],
    },
    Control {
        id: "WAF-OPS-040",
        name: "Alerting",
        question: "observability.alerting",
        row: [
            "None/Noise",
            "Basic alerting",
            "Symptom-based",
            "Burn Rate Alerts",
            "Auto-optimization",
        ],
    },
    Control {
        id: "WAF-OPS-050",
        name: "Change management",
        question: "delivery.change_approval",
        row: [
            "No control",
            "Basic review",
            "Change process",
            "Auto risk scoring",
            "Continuous Deploy",
        ],
    },
    Control {
        id: "WAF-OPS-060",
        name: "Runbooks",
        question: "reliability.runbooks",
        row: [
            "No runbooks",
            "Basic runbooks",
            "All linked",
            "Metrics & coverage",
            "Self-service",
        ],
    },
    Control {
        id: "WAF-OPS-070",
        name: "Postmortems",
        question: "culture.postmortems",
        row: [
            "No process",
            "Informal",
            "Structured",
            "Systemic analysis",
            "Org. learning",
        ],
    },
    Control {
        id: "WAF-OPS-080",
        name: "Progressive delivery",
        question: "delivery.release_safety",
        row: [
            "Big-bang",
            "Basic safety",
            "Progressive Delivery",
            "Auto-rollback",
            "Experiment platform",
        ],
    },
    Control {
        id: "WAF-OPS-090",
        name: "Drift detection",
        question: "infra.drift",
        row: [
            "No detection",
            "Ad-hoc",
            "Auto-detection",
            "SLA enforcement",
            "Auto-remediation",
        ],
    },
    Control {
        id: "WAF-OPS-100",
        name: "Operational debt",
        question: "toil.debt_register",
        row: [
            "No tracking",
            "Informal",
            "Register maintained",
            "Debt program",
            "Continuous Improvement",
        ],
    },
];

enum Rule {
    Yes(&'static str),
    AtLeast(&'static str, u8),
}

/// (group, item text, how the answers decide it)
type Item = (&'static str, &'static str, Rule);

const CHECKLISTS: &[(u8, &[Item])] = &[
    (
        2,
        &[
            (
                "CI/CD & deployments",
                "A CI pipeline runs tests on pull requests",
                Rule::Yes("ci.pr_tests"),
            ),
            (
                "CI/CD & deployments",
                "Deployment scripts are versioned and documented",
                Rule::Yes("delivery.scripts_versioned"),
            ),
            (
                "CI/CD & deployments",
                "Staging and production deployments are separate",
                Rule::Yes("delivery.staging_first"),
            ),
            (
                "Infrastructure",
                "The most important production resources are IaC",
                Rule::Yes("infra.core_as_code"),
            ),
            (
                "Infrastructure",
                "A remote state backend is used",
                Rule::Yes("infra.remote_state"),
            ),
            (
                "Infrastructure",
                "IaC changes are reviewed via pull request",
                Rule::Yes("infra.reviewed"),
            ),
        ],
    ),
    (
        3,
        &[
            (
                "CI/CD & deployments",
                "All production deployments are automated",
                Rule::AtLeast("delivery.pipeline", 3),
            ),
            (
                "CI/CD & deployments",
                "Branch protection and approvals are configured",
                Rule::Yes("ci.branch_protection"),
            ),
            (
                "CI/CD & deployments",
                "Approval gates guard production deployments",
                Rule::Yes("delivery.approval_gate"),
            ),
            (
                "CI/CD & deployments",
                "Pipeline definitions are in version control",
                Rule::Yes("ci.pipeline_as_code"),
            ),
            (
                "Infrastructure",
                "100% of production infrastructure is IaC",
                Rule::Yes("infra.fully_as_code"),
            ),
            (
                "Infrastructure",
                "Manual console changes are restricted",
                Rule::Yes("infra.console_locked"),
            ),
            (
                "Infrastructure",
                "Drift detection runs automatically, at least daily",
                Rule::AtLeast("infra.drift", 3),
            ),
            (
                "Observability",
                "All services emit structured JSON logs with trace ids",
                Rule::Yes("observability.json_logs"),
            ),
            (
                "Observability",
                "Distributed tracing is instrumented",
                Rule::Yes("observability.tracing"),
            ),
            (
                "Observability",
                "RED metrics are exported for all services",
                Rule::Yes("observability.red_metrics"),
            ),
            (
                "Observability",
                "Alerts are symptom-based",
                Rule::AtLeast("observability.alerting", 3),
            ),
        ],
    ),
    (
        4,
        &[
            (
                "DORA metrics",
                "Deployment frequency is measured and reported",
                Rule::Yes("measurement.frequency_measured"),
            ),
            (
                "DORA metrics",
                "Lead time for changes is measured",
                Rule::Yes("measurement.lead_time_measured"),
            ),
            (
                "DORA metrics",
                "Time to restore is captured per incident",
                Rule::Yes("measurement.recovery_measured"),
            ),
            (
                "DORA metrics",
                "Change failure rate is captured",
                Rule::Yes("measurement.failure_rate_measured"),
            ),
            (
                "DORA metrics",
                "DORA trends are reviewed quarterly",
                Rule::Yes("measurement.quarterly_review"),
            ),
        ],
    ),
];

pub const NAME: &str = "Operational excellence maturity model";

pub fn assess(inputs: &Inputs) -> Framework {
    let answers = inputs.answers;
    let parts: Vec<Part> = CONTROLS
        .iter()
        .map(|control| {
            let level = option_rank(answers, control.question).unwrap_or(1);
            let known = option_rank(answers, control.question).is_some();
            let open = answers.is_open(crate::core::model::bank::known(control.question));
            Part {
                id: control.id,
                name: control.name,
                level,
                label: control.row[usize::from(level) - 1],
                detail: if known {
                    format!("Level {level} on the control's row")
                } else {
                    "Not known: counted as level 1".to_string()
                },
                open,
            }
        })
        .collect();
    let checklists: Vec<Checklist> = CHECKLISTS
        .iter()
        .map(|(level, items)| {
            let items: Vec<ChecklistItem> = items
                .iter()
                .map(|(group, text, rule)| {
                    let (question, check) = match *rule {
                        Rule::Yes(q) => (q, practice(answers, q)),
                        Rule::AtLeast(q, l) => (q, at_least(answers, q, l)),
                    };
                    ChecklistItem {
                        group,
                        text,
                        question,
                        check,
                    }
                })
                .collect();
            Checklist {
                level: *level,
                passed: items.iter().all(|i| i.check.passed()),
                items,
            }
        })
        .collect();
    let passed = checklists.iter().take_while(|c| c.passed).count() as u8;
    // Passing all three checklists leaves only the controls to hold it back.
    let checklist_level = if passed == 3 { 5 } else { 1 + passed };
    let lowest_control = parts.iter().min_by_key(|p| p.level).expect("ten controls");
    let level = checklist_level.min(lowest_control.level);
    let mut notes = Vec::new();
    if let Some(failed) = checklists.iter().find(|c| !c.passed) {
        let open = failed.items.iter().filter(|i| !i.check.passed()).count();
        notes.push(format!(
            "Level {} needs its whole checklist: {open} of {} items are not yet passed.",
            failed.level,
            failed.items.len()
        ));
    }
    if lowest_control.level < checklist_level {
        notes.push(format!(
            "{} is at “{}”, which holds the model at level {}.",
            lowest_control.name, lowest_control.label, lowest_control.level
        ));
    }
    if checklists
        .iter()
        .any(|c| c.items.iter().any(|i| i.check == Check::Unknown))
    {
        notes.push("Items answered “don’t know” count as not passed.".to_string());
    }
    Framework {
        id: "operational_excellence",
        name: NAME,
        source: "From an operational-excellence maturity model with ten controls, each on a \
                 five-level row, and self-assessment checklists for levels 2 to 4.",
        rule: "A level is reached when its self-assessment checklist and every lower one \
               pass and none of the ten controls sits on a lower row; level 5 needs every \
               control at level 5.",
        level,
        level_name: name_at(NAMES, level),
        high: level,
        high_name: name_at(NAMES, level),
        level_names: NAMES,
        parts,
        checklists,
        notes,
    }
}
