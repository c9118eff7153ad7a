//! Follow-up questions an earlier answer settles, as data. A rule never
//! settles a question higher than the person could have answered it: the
//! settled answer is the least mature choice, or "not applicable" where the
//! question cannot move its area's level at all (tests prove both).

/// How a rule settles its question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settle {
    /// The earlier answer implies this choice (by id).
    As(&'static str),
    /// The question has nothing to ask about: it is skipped.
    Skipped,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkipRule {
    /// The follow-up the rule settles.
    pub question: &'static str,
    /// The earlier question, and the choices of it that settle the follow-up.
    pub when: &'static str,
    pub chosen: &'static [&'static str],
    pub settle: Settle,
    /// Why, as the questionnaire shows it: "Skipped: {reason}."
    pub reason: &'static str,
}

const fn rule(
    question: &'static str,
    when: &'static str,
    chosen: &'static [&'static str],
    settle: Settle,
    reason: &'static str,
) -> SkipRule {
    SkipRule {
        question,
        when,
        chosen,
        settle,
        reason,
    }
}

const NO_REVIEWS: &str = "nothing happens after incidents, so there are no follow-up actions";
const NO_CI: &str = "nothing is built automatically on a push, so there is no CI pipeline";
const BY_HAND: &str = "production changes are made by hand, with no deployment pipeline";
const INFRA_BY_HAND: &str = "infrastructure is changed by hand, not from code";
const LOGS_ONLY: &str = "the only telemetry is unstructured logs on the machines";
const NO_RUNBOOKS: &str = "responders have no runbooks";
const NOT_COLLECTED: &str = "delivery metrics are not collected";
const NO_SECURITY_CHECKS: &str = "security checks happen late or not at all";

pub const SKIP_RULES: &[SkipRule] = &[
    rule(
        "culture.actions_completed",
        "culture.postmortems",
        &["none"],
        Settle::Skipped,
        NO_REVIEWS,
    ),
    rule(
        "ci.pr_tests",
        "ci.commit_builds",
        &["nothing"],
        Settle::As("no"),
        NO_CI,
    ),
    rule(
        "ci.red_blocks",
        "ci.commit_builds",
        &["nothing"],
        Settle::As("no"),
        NO_CI,
    ),
    rule(
        "ci.pipeline_as_code",
        "ci.commit_builds",
        &["nothing"],
        Settle::As("no"),
        NO_CI,
    ),
    rule(
        "delivery.scripts_versioned",
        "delivery.pipeline",
        &["manual"],
        Settle::As("no"),
        BY_HAND,
    ),
    rule(
        "delivery.auto_staging",
        "delivery.pipeline",
        &["manual"],
        Settle::As("no"),
        BY_HAND,
    ),
    rule(
        "delivery.one_click",
        "delivery.pipeline",
        &["manual"],
        Settle::As("no"),
        BY_HAND,
    ),
    rule(
        "infra.drift",
        "infra.iac",
        &["manual"],
        Settle::As("none"),
        INFRA_BY_HAND,
    ),
    rule(
        "infra.core_as_code",
        "infra.iac",
        &["manual"],
        Settle::As("no"),
        INFRA_BY_HAND,
    ),
    rule(
        "infra.remote_state",
        "infra.iac",
        &["manual"],
        Settle::Skipped,
        INFRA_BY_HAND,
    ),
    rule(
        "infra.reviewed",
        "infra.iac",
        &["manual"],
        Settle::As("no"),
        INFRA_BY_HAND,
    ),
    rule(
        "infra.fully_as_code",
        "infra.iac",
        &["manual"],
        Settle::As("no"),
        INFRA_BY_HAND,
    ),
    rule(
        "observability.json_logs",
        "observability.telemetry",
        &["unstructured"],
        Settle::As("no"),
        LOGS_ONLY,
    ),
    rule(
        "observability.tracing",
        "observability.telemetry",
        &["unstructured"],
        Settle::As("no"),
        LOGS_ONLY,
    ),
    rule(
        "observability.red_metrics",
        "observability.telemetry",
        &["unstructured"],
        Settle::As("no"),
        LOGS_ONLY,
    ),
    rule(
        "reliability.top_runbooks",
        "reliability.runbooks",
        &["none"],
        Settle::As("no"),
        NO_RUNBOOKS,
    ),
    rule(
        "measurement.frequency_measured",
        "measurement.use",
        &["not_collected"],
        Settle::As("no"),
        NOT_COLLECTED,
    ),
    rule(
        "measurement.lead_time_measured",
        "measurement.use",
        &["not_collected"],
        Settle::As("no"),
        NOT_COLLECTED,
    ),
    rule(
        "measurement.recovery_measured",
        "measurement.use",
        &["not_collected"],
        Settle::As("no"),
        NOT_COLLECTED,
    ),
    rule(
        "measurement.failure_rate_measured",
        "measurement.use",
        &["not_collected"],
        Settle::As("no"),
        NOT_COLLECTED,
    ),
    rule(
        "measurement.quarterly_review",
        "measurement.use",
        &["not_collected"],
        Settle::As("no"),
        NOT_COLLECTED,
    ),
    rule(
        "security.policy_as_code",
        "security.pipeline",
        &["late_or_never"],
        Settle::As("no"),
        NO_SECURITY_CHECKS,
    ),
];

/// The rules that can settle this question.
pub fn rules_for(question_id: &str) -> impl Iterator<Item = &'static SkipRule> + '_ {
    SKIP_RULES.iter().filter(move |r| r.question == question_id)
}
