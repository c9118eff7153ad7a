//! "Fix this first": seed 001's ordered decision chain. Fixing constraints
//! out of order wastes money, so the first "no" in the chain is the next
//! investment. When every step holds, the constraint left is the lowest
//! delivery stage ("your true level is the lowest stage"), until the stages
//! reach the level advised for the organisation's size; then optimisation,
//! or, below about 50 engineers, bedding in (seed 003).

use serde::Serialize;

use crate::core::model::answers::{Answers, Standing};
use crate::core::model::bank::{self, dora::Metric};
use crate::core::rules::dora;
use crate::core::rules::facts::{answer_text, at_least, chosen_in, pipeline_in_place, Check};
use crate::core::rules::scoring;
use crate::core::rules::target::{org_size, recommended_level, OrgSize};
use crate::core::rules::verdict::{Headline, StageLevel};

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
    /// The answers the step was decided on, each with its verdict.
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FixFirst {
    pub chain: Vec<ChainStep>,
    /// Index in `chain` of the first step not passed; None when all pass.
    pub first_no: Option<usize>,
    /// The id of the fix: a chain step's, "raise_stage", "bed_in" or
    /// "optimise".
    pub step: &'static str,
    pub title: String,
    pub action: String,
    /// The level move seed 001 gives this fix, when it is the move from the
    /// headline's level ("Level 2 → 3"); None when the fix does not move
    /// this organisation's level in the way seed 001 describes.
    pub moves: Option<String>,
    /// The dimension the fix works in.
    pub dimension: &'static str,
    pub rationale: String,
}

struct Fix {
    step: &'static str,
    title: &'static str,
    action: &'static str,
    /// The headline levels seed 001 gives this fix's move from.
    from: &'static [u8],
    dimension: &'static str,
}

const CHAIN_FIXES: [Fix; 4] = [
    Fix {
        step: "deploy_on_demand",
        title: "Automate the gate",
        action: "Replace manual approval with automated tests and policy checks, so a \
                 change that passes can go to production without waiting for a meeting.",
        from: &[1, 2],
        dimension: "delivery",
    },
    Fix {
        step: "lead_time_under_a_day",
        title: "Shorten the pipeline",
        action: "Move to trunk-based development, ship smaller batches and run test \
                 stages in parallel until a change reaches production within a day.",
        from: &[2],
        dimension: "ci",
    },
    Fix {
        step: "stable",
        title: "Make releases safe",
        action: "Add progressive delivery and automated rollback, and improve \
                 observability so a bad change is found and reversed within the hour.",
        from: &[3],
        dimension: "reliability",
    },
    Fix {
        step: "consistent_platform",
        title: "Pave the road",
        action: "Build golden paths on a self-service internal developer platform so \
                 every team ships the same, safe way.",
        from: &[3],
        dimension: "platform",
    },
];

const OPTIMISE: Fix = Fix {
    step: "optimise",
    title: "Optimise",
    action: "Invest in chaos engineering, automated remediation and security shifted \
             fully into the pipeline, and stop where the next gain costs more than it \
             returns.",
    from: &[4],
    dimension: "reliability",
};

const BED_IN: Fix = Fix {
    step: "bed_in",
    title: "Bed it in",
    action: "Keep delivering the way you do: the chain holds and the delivery stages are at \
             the level that pays off at your size. Take a year to bed it in, raise any area \
             still below level 3, then judge whether level 4 is worth its cost; do not \
             chase level 5.",
    from: &[],
    dimension: "platform",
};

/// Seed 003: below about 50 product engineers a platform team does not pay
/// for itself.
const SMALL_ORG_PLATFORM: &str = "Buy managed platform pieces and wire them into shared \
golden paths: below about 50 engineers a platform team does not pay for itself.";

/// Deploying on demand: seed 002 places daily deployment at level 3.
pub(crate) const ON_DEMAND: &[&str] = &["several_a_day", "daily"];
const LEAD_TIME_UNDER_A_DAY: &[&str] = &["under_hour", "under_day"];
/// A low failure rate: up to the medium cluster's side of the high one
/// (the elite ~5% and medium ~10% clusters; 15% is as near 10% as 20%).
pub(crate) const LOW_FAILURE_RATE_UP_TO: f32 = 15.0;

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

fn verdict(check: Check) -> &'static str {
    match check {
        Check::Pass => "yes",
        Check::Fail => "no",
        Check::Unknown => "not known",
        Check::NotApplicable => "not applicable",
    }
}

/// "approval “…”: yes"
fn part(label: &str, answer: String, check: Check) -> String {
    format!("{label} {answer}: {}", verdict(check))
}

/// Whether a key's position is at or below a limit (better or equal).
pub(crate) fn position_at_most(answers: &Answers, metric: Metric, limit: f32) -> Check {
    match dora::position(answers, metric) {
        Some(p) if p <= limit => Check::Pass,
        Some(_) => Check::Fail,
        None => Check::Unknown,
    }
}

/// Change approval without a meeting: automated risk checks or better; or,
/// seed 001's test "deploy on demand without a change-advisory meeting"
/// answered by the equivalent, peer review with no release meeting while
/// deploys are at least daily.
fn approval(answers: &Answers, deploys_daily: Check) -> (Check, &'static str) {
    let automated = at_least(answers, "delivery.change_approval", 4);
    let peer_review = chosen_in(answers, "delivery.change_approval", &["basic_review"]);
    if automated != Check::Pass && peer_review == Check::Pass && deploys_daily == Check::Pass {
        (
            Check::Pass,
            " (peer review with no release meeting, deploying at least daily)",
        )
    } else {
        (automated, "")
    }
}

fn deploy_on_demand(answers: &Answers) -> ChainStep {
    // A deployment a person has to run is itself a gate: without a pipeline
    // nothing deploys on demand, however often it happens. Seed 002: the
    // pipeline blocks every other improvement, so it is checked even when the
    // frequency is known, and "don't know" counts as not in place.
    let pipeline = pipeline_in_place(answers);
    let frequency = chosen_in(answers, "dora.deploy_frequency", ON_DEMAND);
    let (approval, equivalent) = approval(answers, frequency);
    let approval_part = format!(
        "{}{equivalent}",
        part(
            "change approval",
            answer_text(answers, "delivery.change_approval"),
            approval
        )
    );
    let pipeline_part = format!(
        "a pipeline that builds, tests and deploys every release: {}",
        verdict(pipeline)
    );
    let (check, decided_by, evidence) = if known(answers, "dora.deploy_frequency") {
        let approval_part = if approval == Check::Unknown {
            format!("{approval_part}, which does not overrule a known frequency")
        } else {
            approval_part
        };
        (
            Check::all(&[frequency, unless_no(approval), pipeline]),
            DecidedBy::Outcomes,
            format!(
                "Decided by deployment frequency with the approval process: {}; \
                 {approval_part}; {pipeline_part}.",
                part(
                    "deployments",
                    answer_text(answers, "dora.deploy_frequency"),
                    frequency
                )
            ),
        )
    } else {
        (
            Check::all(&[approval, pipeline]),
            DecidedBy::Practices,
            format!(
                "Deployment frequency is not known, so practices decide: {approval_part}; \
                 {pipeline_part}."
            ),
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
        let check = chosen_in(answers, "dora.lead_time", LEAD_TIME_UNDER_A_DAY);
        (
            check,
            DecidedBy::Outcomes,
            format!(
                "Decided by {}.",
                part("lead time", answer_text(answers, "dora.lead_time"), check)
            ),
        )
    } else {
        let builds = at_least(answers, "ci.commit_builds", 4);
        let branches = crate::core::rules::facts::practice(answers, "ci.short_branches");
        let delivery = at_least(answers, "delivery.pipeline", 3);
        (
            Check::all(&[builds, branches, delivery]),
            DecidedBy::Practices,
            format!(
                "Lead time is not known, so practices decide: {}; {}; {}.",
                part("builds", answer_text(answers, "ci.commit_builds"), builds),
                part(
                    "short-lived branches",
                    answer_text(answers, "ci.short_branches"),
                    branches
                ),
                part(
                    "deployments",
                    answer_text(answers, "delivery.pipeline"),
                    delivery
                )
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
    let (rate, rate_text) = if rate_known {
        let check = position_at_most(answers, Metric::ChangeFailureRate, LOW_FAILURE_RATE_UP_TO);
        (
            check,
            part(
                "change failure rate",
                format!(
                    "{} (15% or less)",
                    answer_text(answers, "dora.change_failure_rate")
                ),
                check,
            ),
        )
    } else {
        let red = crate::core::rules::facts::practice(answers, "ci.red_blocks");
        let safety = at_least(answers, "delivery.release_safety", 3);
        (
            Check::all(&[red, safety]),
            format!(
                "change failure rate not known, so practices decide it: {}; {}",
                part(
                    "a red build blocks",
                    answer_text(answers, "ci.red_blocks"),
                    red
                ),
                part(
                    "release safety",
                    answer_text(answers, "delivery.release_safety"),
                    safety
                )
            ),
        )
    };
    let (recovery, recovery_text) = if recovery_known {
        let check = chosen_in(answers, "dora.recovery_time", &["under_hour"]);
        (
            check,
            part(
                "recovery",
                answer_text(answers, "dora.recovery_time"),
                check,
            ),
        )
    } else {
        let alerts = at_least(answers, "observability.alerting", 3);
        let rollback = at_least(answers, "delivery.release_safety", 4);
        (
            Check::all(&[alerts, rollback]),
            format!(
                "recovery time not known, so practices decide it: {}; {}",
                part(
                    "alerts",
                    answer_text(answers, "observability.alerting"),
                    alerts
                ),
                part(
                    "release safety",
                    answer_text(answers, "delivery.release_safety"),
                    rollback
                )
            ),
        )
    };
    let decided_by = match (rate_known, recovery_known) {
        (true, true) => DecidedBy::Outcomes,
        (false, false) => DecidedBy::Practices,
        _ => DecidedBy::Both,
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
    let question = "Are all teams consistent on a self-service platform?";
    if one_team(answers) {
        return ChainStep {
            id: "consistent_platform",
            question,
            check: Check::NotApplicable,
            decided_by: DecidedBy::Practices,
            evidence: "With fewer than 10 product engineers there is one team, so consistency \
                       across teams is not a constraint."
                .to_string(),
        };
    }
    let consistency = at_least(answers, "platform.consistency", 4);
    let provisioning = at_least(answers, "platform.self_service", 4);
    ChainStep {
        id: "consistent_platform",
        question,
        check: Check::all(&[consistency, provisioning]),
        decided_by: DecidedBy::Practices,
        evidence: format!(
            "No DORA metric measures this, so practices decide: {}; {}.",
            part(
                "all teams on the same golden paths",
                answer_text(answers, "platform.consistency"),
                consistency
            ),
            part(
                "self-service provisioning",
                answer_text(answers, "platform.self_service"),
                provisioning
            )
        ),
    }
}

/// Fewer than 10 product engineers: one team.
pub fn one_team(answers: &Answers) -> bool {
    chosen_in(
        answers,
        crate::core::rules::target::ENGINEERS_QUESTION,
        &["under_10"],
    ) == Check::Pass
}

pub fn decide(answers: &Answers, headline: &Headline) -> FixFirst {
    let chain = vec![
        deploy_on_demand(answers),
        lead_time(answers),
        stable(answers),
        consistent_platform(answers),
    ];
    let first_no = chain.iter().position(|step| !step.check.passed());
    let size = org_size(answers);
    let small = size == OrgSize::Small;
    let lowest = lowest_stages(headline);
    let (fix, title, mut action) = match first_no {
        Some(i) => {
            let fix = &CHAIN_FIXES[i];
            let action = if fix.step == "consistent_platform" && small {
                SMALL_ORG_PLATFORM.to_string()
            } else {
                fix.action.to_string()
            };
            (fix, fix.title.to_string(), action)
        }
        None => match lowest.first() {
            Some(stage) if stage.level < recommended_level(size) => {
                let names: Vec<&str> = lowest.iter().map(|s| s.name).collect();
                let actions: Vec<String> =
                    lowest.iter().map(|s| raise_action(answers, s)).collect();
                (
                    &RAISE_STAGE,
                    format!(
                        "Raise {} to level {}",
                        crate::core::rules::verdict::join_words(&names),
                        stage.level + 1
                    ),
                    actions.join(" "),
                )
            }
            _ if small => (&BED_IN, BED_IN.title.to_string(), BED_IN.action.to_string()),
            _ => (
                &OPTIMISE,
                OPTIMISE.title.to_string(),
                OPTIMISE.action.to_string(),
            ),
        },
    };
    if first_no == Some(0) && pipeline_missing(answers) {
        // With approval no gate and deploys frequent, the missing pipeline is
        // the whole gate: a deployment a person has to run.
        let only_the_pipeline = chain[0].decided_by == DecidedBy::Outcomes
            && chosen_in(answers, "dora.deploy_frequency", ON_DEMAND).passed()
            && approval(answers, Check::Pass).0 == Check::Pass;
        action = if only_the_pipeline {
            format!(
                "Build {PIPELINE_FIRST}: a deployment a person has to run is itself a gate, \
                 however often it happens."
            )
        } else {
            format!("Start with {PIPELINE_FIRST}, then: {action}")
        };
    }
    let dimension = match (fix.step, lowest.first()) {
        ("raise_stage", Some(stage)) => stage.dimension,
        _ => fix.dimension,
    };
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
        None if fix.step == "raise_stage" => format!(
            "Every step of the chain holds, so the constraint left is the lowest delivery \
             stage: the true level is the lowest stage, not the average, and {} {} it.",
            crate::core::rules::verdict::join_words(
                &lowest.iter().map(|s| s.name).collect::<Vec<_>>()
            ),
            if lowest.len() == 1 { "sets" } else { "set" }
        ),
        None => "Every step of the chain holds and the delivery stages are at the level \
                 advised for your size, so the remaining gains come from optimisation."
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
    // A provisional headline moves from its most likely level.
    let level = headline.most_likely;
    let moves = fix
        .from
        .contains(&level)
        .then(|| format!("Level {level} → {}", level + 1));
    FixFirst {
        chain,
        first_no,
        step: fix.step,
        title,
        action,
        moves,
        dimension,
        rationale,
    }
}

const RAISE_STAGE: Fix = Fix {
    step: "raise_stage",
    title: "Raise the lowest delivery stage",
    action: "",
    from: &[1, 2, 3],
    dimension: "delivery",
};

/// The delivery stages at the lowest level that answers hold there (a stage
/// held only by open questions is not known to be low).
fn lowest_stages(headline: &Headline) -> Vec<&StageLevel> {
    headline
        .stages
        .iter()
        .filter(|s| s.level == headline.stage_level && !s.binding.is_empty())
        .collect()
}

/// What raising a stage takes, from the answers that hold it.
fn raise_action(answers: &Answers, stage: &StageLevel) -> String {
    let moves: Vec<String> = stage
        .binding
        .iter()
        .map(|cap| scoring::next_move(answers, cap))
        .collect();
    if moves.is_empty() {
        format!(
            "{} is at level {}; answer its open questions to see what holds it.",
            stage.name, stage.level
        )
    } else {
        format!(
            "{} is at level {}. To raise it: {}.",
            stage.name,
            stage.level,
            moves.join("; ")
        )
    }
}

/// Every chain fix's title and action, in chain order.
pub fn chain_fixes() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    CHAIN_FIXES.iter().map(|f| (f.step, f.title, f.action))
}

/// A chain step's fix worded for the organisation's size: below about 50
/// product engineers the platform is bought and integrated.
pub fn chain_action(step: &str, answers: &Answers) -> Option<&'static str> {
    let fix = CHAIN_FIXES.iter().find(|f| f.step == step)?;
    Some(
        if step == "consistent_platform" && org_size(answers) == OrgSize::Small {
            SMALL_ORG_PLATFORM
        } else {
            fix.action
        },
    )
}

/// The dimension a chain step's fix mostly works in.
pub fn chain_dimension(step: &str) -> &'static str {
    CHAIN_FIXES
        .iter()
        .find(|f| f.step == step)
        .map_or("reliability", |f| f.dimension)
}

/// Seed 002's first entry-path item, which blocks every other improvement.
pub const PIPELINE_FIRST: &str = "a CI/CD pipeline for every production workload, since \
nothing else can be automated without it";

/// Whether the pipeline (entry path item 1) is not in place.
pub fn pipeline_missing(answers: &Answers) -> bool {
    !pipeline_in_place(answers).passed()
}
