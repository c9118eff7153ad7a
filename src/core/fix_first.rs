//! "Fix this first": an ordered decision chain. Fixing constraints out of
//! order wastes money, so the first "no" in the chain is the next investment.

use serde::Serialize;

use super::answers::Answers;
use super::facts::{answer_text, at_least, chosen_in, Check};
use super::target::{org_size, OrgSize};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChainStep {
    pub id: &'static str,
    pub question: &'static str,
    pub check: Check,
    /// The answers the step was decided on.
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FixFirst {
    pub chain: Vec<ChainStep>,
    /// Index in `chain` of the first step not passed; None when all pass.
    pub first_no: Option<usize>,
    pub title: &'static str,
    pub action: &'static str,
    /// The level move this investment typically buys.
    pub moves: &'static str,
    pub rationale: String,
}

struct Fix {
    title: &'static str,
    action: &'static str,
    moves: &'static str,
}

const FIXES: [Fix; 5] = [
    Fix {
        title: "Automate the gate",
        action: "Replace manual approval with automated tests and policy checks, so a \
                 change that passes can go to production without waiting for a meeting.",
        moves: "Level 1 → 2, or 2 → 3",
    },
    Fix {
        title: "Shorten the pipeline",
        action: "Move to trunk-based development, ship smaller batches and run test \
                 stages in parallel until a change reaches production within a day.",
        moves: "Level 2 → 3",
    },
    Fix {
        title: "Make releases safe",
        action: "Add progressive delivery and automated rollback, and improve \
                 observability so a bad change is found and reversed within the hour.",
        moves: "Level 3 → 4",
    },
    Fix {
        title: "Pave the road",
        action: "Build golden paths on a self-service internal developer platform so \
                 every team ships the same, safe way.",
        moves: "Level 4",
    },
    Fix {
        title: "Optimise",
        action: "Invest in chaos engineering, automated remediation and security shifted \
                 fully into the pipeline, and stop where the next gain costs more than it \
                 returns.",
        moves: "Level 5",
    },
];

const SMALL_ORG_PLATFORM: &str = "With fewer than about 50 product engineers, buy the \
platform pieces and integrate them into golden paths rather than staffing a platform team.";

pub fn decide(answers: &Answers) -> FixFirst {
    let chain = vec![
        ChainStep {
            id: "deploy_on_demand",
            question: "Can you deploy on demand without a change-advisory meeting?",
            check: Check::all(&[
                at_least(answers, "delivery.change_approval", 4),
                at_least(answers, "delivery.pipeline", 3),
            ]),
            evidence: format!(
                "Change approval: {}; deployments: {}.",
                answer_text(answers, "delivery.change_approval"),
                answer_text(answers, "delivery.pipeline")
            ),
        },
        ChainStep {
            id: "lead_time_under_a_day",
            question: "Is lead time under one day from commit to production?",
            check: chosen_in(answers, "dora.lead_time", &["under_hour", "under_day"]),
            evidence: format!("Lead time: {}.", answer_text(answers, "dora.lead_time")),
        },
        ChainStep {
            id: "stable",
            question: "Is the change failure rate low and recovery under one hour?",
            check: Check::all(&[
                chosen_in(
                    answers,
                    "dora.change_failure_rate",
                    &["up_to_5", "up_to_15"],
                ),
                chosen_in(answers, "dora.recovery_time", &["under_hour"]),
            ]),
            evidence: format!(
                "Change failure rate: {}; recovery: {}.",
                answer_text(answers, "dora.change_failure_rate"),
                answer_text(answers, "dora.recovery_time")
            ),
        },
        ChainStep {
            id: "consistent_platform",
            question: "Are all teams consistent on a self-service platform?",
            check: Check::all(&[
                at_least(answers, "platform.consistency", 4),
                at_least(answers, "platform.self_service", 4),
            ]),
            evidence: format!(
                "Consistency: {}; provisioning: {}.",
                answer_text(answers, "platform.consistency"),
                answer_text(answers, "platform.self_service")
            ),
        },
    ];
    let first_no = chain.iter().position(|step| !step.check.passed());
    let fix = &FIXES[first_no.unwrap_or(FIXES.len() - 1)];
    let mut rationale = match first_no {
        Some(i) => {
            let step = &chain[i];
            let unknown = if step.check == Check::Unknown {
                " You could not answer it from evidence, which counts as no."
            } else {
                ""
            };
            format!(
                "This is the first “no” in the chain: {}{unknown} Constraints fixed out of \
                 order waste money, so this is where the next quarter's investment pays off \
                 most.",
                step.question
            )
        }
        None => "Every earlier step in the chain holds, so the remaining gains come from \
                 optimisation."
            .to_string(),
    };
    if first_no == Some(3) && org_size(answers) == OrgSize::Small {
        rationale.push(' ');
        rationale.push_str(SMALL_ORG_PLATFORM);
    }
    FixFirst {
        chain,
        first_no,
        title: fix.title,
        action: fix.action,
        moves: fix.moves,
        rationale,
    }
}
