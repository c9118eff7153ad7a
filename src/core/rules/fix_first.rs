//! "Fix this first": an ordered decision chain. Fixing constraints out of
//! order wastes money, so the first "no" in the chain is the next investment.

use serde::Serialize;

use crate::core::model::answers::{Answers, Standing};
use crate::core::model::bank;
use crate::core::rules::facts::{
    answer_text, at_least, chosen_in, pipeline_in_place, practice, Check,
};
use crate::core::rules::target::{org_size, OrgSize};

/// Which answers decided a step of the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DecidedBy {
    /// The step's DORA metrics (with the approval process for the first step).
    Outcomes,
    /// Practice answers, because the step's metric is not known.
    Practices,
    /// One metric known and one decided by practices.
    Both,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChainStep {
    pub id: &'static str,
    pub question: &'static str,
    pub check: Check,
    pub decided_by: DecidedBy,
    /// The answers the step was decided on, and which kind decided it.
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FixFirst {
    pub chain: Vec<ChainStep>,
    /// Index in `chain` of the first step not passed; None when all pass.
    pub first_no: Option<usize>,
    /// The id of the step to fix ("optimise" when every step holds).
    pub step: &'static str,
    pub title: &'static str,
    pub action: String,
    /// The level move this investment typically buys.
    pub moves: &'static str,
    pub rationale: String,
}

struct Fix {
    step: &'static str,
    title: &'static str,
    action: &'static str,
    moves: &'static str,
}

const FIXES: [Fix; 5] = [
    Fix {
        step: "deploy_on_demand",
        title: "Automate the gate",
        action: "Replace manual approval with automated tests and policy checks, so a \
                 change that passes can go to production without waiting for a meeting.",
        moves: "Level 1 → 2, or 2 → 3",
    },
    Fix {
        step: "lead_time_under_a_day",
        title: "Shorten the pipeline",
        action: "Move to trunk-based development, ship smaller batches and run test \
                 stages in parallel until a change reaches production within a day.",
        moves: "Level 2 → 3",
    },
    Fix {
        step: "stable",
        title: "Make releases safe",
        action: "Add progressive delivery and automated rollback, and improve \
                 observability so a bad change is found and reversed within the hour.",
        moves: "Level 3 → 4",
    },
    Fix {
        step: "consistent_platform",
        title: "Pave the road",
        action: "Build golden paths on a self-service internal developer platform so \
                 every team ships the same, safe way.",
        moves: "Level 4",
    },
    Fix {
        step: "optimise",
        title: "Optimise",
        action: "Invest in chaos engineering, automated remediation and security shifted \
                 fully into the pipeline, and stop where the next gain costs more than it \
                 returns.",
        moves: "Level 5",
    },
];

const SMALL_ORG_PLATFORM: &str = "With fewer than about 50 product engineers, buy the \
platform pieces and integrate them into golden paths rather than staffing a platform team.";

/// Deploying on demand: seed 002 places daily deployment at level 3.
const ON_DEMAND: &[&str] = &["several_a_day", "daily"];
const LEAD_TIME_UNDER_A_DAY: &[&str] = &["under_hour", "under_day"];
/// A low failure rate: the elite (~5%) and medium (~10%) clusters.
const LOW_FAILURE_RATE: &[&str] = &["up_to_5", "up_to_15"];
const RECOVERY_UNDER_AN_HOUR: &[&str] = &["under_hour"];

fn known(answers: &Answers, question_id: &str) -> bool {
    matches!(
        answers.standing(bank::known(question_id)),
        Standing::Chosen(_)
    )
}

/// A check where only a definite "no" fails: unknown practices do not
/// overrule a known metric.
fn unless_no(check: Check) -> Check {
    if check == Check::Fail {
        Check::Fail
    } else {
        Check::Pass
    }
}

fn deploy_on_demand(answers: &Answers) -> ChainStep {
    let approval = at_least(answers, "delivery.change_approval", 4);
    // A deployment a person has to run is itself a gate: without a pipeline
    // nothing deploys on demand, however often it happens. Seed 002: the
    // pipeline blocks every other improvement, so it is checked even when the
    // frequency is known, and "don't know" counts as not in place.
    let pipeline = pipeline_in_place(answers);
    let practices = format!(
        "change approval: {}; deployments: {}",
        answer_text(answers, "delivery.change_approval"),
        answer_text(answers, "delivery.pipeline")
    );
    let (check, decided_by, evidence) = if known(answers, "dora.deploy_frequency") {
        (
            Check::all(&[
                chosen_in(answers, "dora.deploy_frequency", ON_DEMAND),
                unless_no(approval),
                pipeline,
            ]),
            DecidedBy::Outcomes,
            format!(
                "Decided by deployment frequency ({}) with the approval process; {practices}.",
                answer_text(answers, "dora.deploy_frequency")
            ),
        )
    } else {
        (
            Check::all(&[approval, pipeline]),
            DecidedBy::Practices,
            format!("Deployment frequency is not known, so practices decide: {practices}."),
        )
    };
    ChainStep {
        id: "deploy_on_demand",
        question: "Can you deploy on demand without a change-advisory meeting?",
        check,
        decided_by,
        evidence,
    }
}

fn lead_time(answers: &Answers) -> ChainStep {
    let (check, decided_by, evidence) = if known(answers, "dora.lead_time") {
        (
            chosen_in(answers, "dora.lead_time", LEAD_TIME_UNDER_A_DAY),
            DecidedBy::Outcomes,
            format!(
                "Decided by lead time: {}.",
                answer_text(answers, "dora.lead_time")
            ),
        )
    } else {
        (
            Check::all(&[
                at_least(answers, "ci.commit_builds", 4),
                practice(answers, "ci.short_branches"),
                at_least(answers, "delivery.pipeline", 3),
            ]),
            DecidedBy::Practices,
            format!(
                "Lead time is not known, so practices decide: builds {}; short-lived branches: {}.",
                answer_text(answers, "ci.commit_builds"),
                answer_text(answers, "ci.short_branches")
            ),
        )
    };
    ChainStep {
        id: "lead_time_under_a_day",
        question: "Is lead time under one day from commit to production?",
        check,
        decided_by,
        evidence,
    }
}

fn stable(answers: &Answers) -> ChainStep {
    let rate_known = known(answers, "dora.change_failure_rate");
    let recovery_known = known(answers, "dora.recovery_time");
    let rate = if rate_known {
        chosen_in(answers, "dora.change_failure_rate", LOW_FAILURE_RATE)
    } else {
        Check::all(&[
            practice(answers, "ci.red_blocks"),
            at_least(answers, "delivery.release_safety", 3),
        ])
    };
    let recovery = if recovery_known {
        chosen_in(answers, "dora.recovery_time", RECOVERY_UNDER_AN_HOUR)
    } else {
        Check::all(&[
            at_least(answers, "observability.alerting", 3),
            at_least(answers, "delivery.release_safety", 4),
        ])
    };
    let decided_by = match (rate_known, recovery_known) {
        (true, true) => DecidedBy::Outcomes,
        (false, false) => DecidedBy::Practices,
        _ => DecidedBy::Both,
    };
    let rate_text = if rate_known {
        format!(
            "change failure rate {}",
            answer_text(answers, "dora.change_failure_rate")
        )
    } else {
        format!(
            "change failure rate not known, so practices decide it (a red build blocks: {}; release safety: {})",
            answer_text(answers, "ci.red_blocks"),
            answer_text(answers, "delivery.release_safety")
        )
    };
    let recovery_text = if recovery_known {
        format!("recovery {}", answer_text(answers, "dora.recovery_time"))
    } else {
        format!(
            "recovery time not known, so practices decide it (alerts: {}; release safety: {})",
            answer_text(answers, "observability.alerting"),
            answer_text(answers, "delivery.release_safety")
        )
    };
    ChainStep {
        id: "stable",
        question: "Is the change failure rate low and recovery under one hour?",
        check: Check::all(&[rate, recovery]),
        decided_by,
        evidence: format!("Decided by {rate_text}; {recovery_text}."),
    }
}

fn consistent_platform(answers: &Answers) -> ChainStep {
    ChainStep {
        id: "consistent_platform",
        question: "Are all teams consistent on a self-service platform?",
        check: Check::all(&[
            at_least(answers, "platform.consistency", 4),
            at_least(answers, "platform.self_service", 4),
        ]),
        decided_by: DecidedBy::Practices,
        evidence: format!(
            "No DORA metric measures this, so practices decide: consistency {}; provisioning {}.",
            answer_text(answers, "platform.consistency"),
            answer_text(answers, "platform.self_service")
        ),
    }
}

pub fn decide(answers: &Answers) -> FixFirst {
    let chain = vec![
        deploy_on_demand(answers),
        lead_time(answers),
        stable(answers),
        consistent_platform(answers),
    ];
    let first_no = chain.iter().position(|step| !step.check.passed());
    let fix = &FIXES[first_no.unwrap_or(FIXES.len() - 1)];
    let mut action = fix.action.to_string();
    if first_no == Some(0) && pipeline_missing(answers) {
        action = format!("Start with {}, then: {action}", PIPELINE_FIRST);
    }
    let mut rationale = match first_no {
        Some(i) => {
            let step = &chain[i];
            let unknown = if step.check == Check::Unknown {
                " It could not be answered from evidence, which counts as no."
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
    if first_no == Some(0)
        && chain[0].decided_by == DecidedBy::Outcomes
        && at_least(answers, "delivery.change_approval", 4).passed()
        && !pipeline_missing(answers)
    {
        rationale.push(' ');
        rationale.push_str(
            "Approval is automated, yet production changes less than daily: find the \
             gate that remains (a release window, a manual step, batching) and automate it.",
        );
    }
    let unmeasured = chain[..3]
        .iter()
        .filter(|s| s.decided_by != DecidedBy::Outcomes)
        .count();
    if first_no.is_none_or(|i| i >= 3) && unmeasured > 0 {
        rationale.push(' ');
        rationale.push_str(&format!(
            "{unmeasured} of the first three steps passed on practices alone, because DORA \
             keys are not known: measure them from pipeline and incident data first, since \
             measurement is itself a maturity signal, and the chain may then stop earlier."
        ));
    }
    if first_no == Some(3) && org_size(answers) == OrgSize::Small {
        rationale.push(' ');
        rationale.push_str(SMALL_ORG_PLATFORM);
    }
    FixFirst {
        chain,
        first_no,
        step: fix.step,
        title: fix.title,
        action,
        moves: fix.moves,
        rationale,
    }
}

/// Every fix's title and action, in chain order (the last is "Optimise").
pub fn fixes() -> impl Iterator<Item = (&'static str, &'static str)> {
    FIXES.iter().map(|f| (f.title, f.action))
}

/// Seed 002's first entry-path item, which blocks every other improvement.
pub const PIPELINE_FIRST: &str = "a CI/CD pipeline for every production workload, since \
nothing else can be automated without it";

/// Whether the pipeline (entry path item 1) is not in place.
pub fn pipeline_missing(answers: &Answers) -> bool {
    !pipeline_in_place(answers).passed()
}
