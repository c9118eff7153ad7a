//! The five-stage roadmap model for mid-market teams: a stage counts only when
//! every earlier stage is done, because skipping stages builds dashboards on
//! top of unreliable pipelines.

use super::{Framework, Inputs, Part};
use crate::core::model::answers::Answers;
use crate::core::rules::facts::{at_least, practice, Check};
use crate::core::rules::target::{org_size, OrgSize};

const NAMES: &[&str] = &[
    "Automated builds and tests",
    "Automated deployment",
    "Observability",
    "Reliability engineering",
    "Platform engineering",
];

struct Stage {
    id: &'static str,
    criteria: &'static str,
    done: fn(&Answers) -> Check,
}

const STAGES: [Stage; 5] = [
    Stage {
        id: "builds_and_tests",
        criteria: "Every commit is built and tested, and a failed build blocks deployment.",
        done: |a| {
            Check::all(&[
                at_least(a, "ci.commit_builds", 3),
                practice(a, "ci.red_blocks"),
            ])
        },
    },
    Stage {
        id: "automated_deployment",
        criteria: "Every good build reaches staging automatically; promotion and rollback \
                   take one action; the artifact is immutable.",
        done: |a| {
            Check::all(&[
                practice(a, "delivery.auto_staging"),
                practice(a, "delivery.one_click"),
                practice(a, "delivery.immutable_artifact"),
            ])
        },
    },
    Stage {
        id: "observability",
        criteria: "Structured logs, distributed tracing and structured metrics.",
        done: |a| {
            Check::all(&[
                practice(a, "observability.json_logs"),
                practice(a, "observability.tracing"),
                practice(a, "observability.red_metrics"),
            ])
        },
    },
    Stage {
        id: "reliability_engineering",
        criteria: "SLOs and error budgets that steer engineering effort.",
        done: |a| practice(a, "reliability.slos"),
    },
    Stage {
        id: "platform_engineering",
        criteria: "A dedicated team builds internal tooling that product engineers use \
                   self-service.",
        done: |a| at_least(a, "platform.self_service", 4),
    },
];

pub const NAME: &str = "Five-stage roadmap";

pub fn assess(inputs: &Inputs) -> Framework {
    let mut reached = 0u8;
    let mut blocked = false;
    let parts: Vec<Part> = STAGES
        .iter()
        .enumerate()
        .map(|(i, stage)| {
            let check = (stage.done)(inputs.answers);
            let number = i as u8 + 1;
            let detail = match (check.passed(), blocked) {
                (true, false) => {
                    reached = number;
                    format!("Done. {}", stage.criteria)
                }
                (true, true) => format!(
                    "Practices in place, but it does not count until every earlier stage is \
                     done. {}",
                    stage.criteria
                ),
                (false, _) => {
                    blocked = true;
                    let state = if check == Check::Unknown {
                        "Not known yet"
                    } else {
                        "Not done"
                    };
                    format!("{state}. {}", stage.criteria)
                }
            };
            Part {
                id: stage.id,
                name: NAMES[i],
                level: if check.passed() { number } else { 0 },
                label: match check {
                    _ if check.passed() => "Done",
                    Check::Unknown => "Not known yet",
                    _ => "Not done",
                },
                detail,
                open: false,
            }
        })
        .collect();
    let mut notes = vec![
        "Most mid-market organisations belong at stage three or four; stage five is rarely \
         the right destination."
            .to_string(),
    ];
    if org_size(inputs.answers) == OrgSize::Small {
        notes.push(
            "With fewer than about 50 product engineers a platform team does not pay for \
             itself: reach stage three, bed it in for a year, then weigh stage four."
                .to_string(),
        );
    }
    Framework {
        id: "five_stage_roadmap",
        name: NAME,
        source: "From a talk to mid-market engineering leaders on what to invest in first, \
                 second and third.",
        rule: "A stage counts only when it and every earlier stage are done.",
        level: reached,
        level_name: stage_name(reached),
        high: reached,
        high_name: stage_name(reached),
        level_names: NAMES,
        parts,
        checklists: Vec::new(),
        notes,
    }
}

/// A stage reached in words; with none, says so.
fn stage_name(reached: u8) -> &'static str {
    if reached == 0 {
        "No stage complete: stage one, automated builds and tests, is not done yet"
    } else {
        NAMES[usize::from(reached) - 1]
    }
}
