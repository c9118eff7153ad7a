//! The delivery stages that set the headline level, and the questions without
//! which there is no verdict. Seed 001: "score each stage of build, test,
//! deploy, observe, and recover against the level table. Your true level is
//! the lowest stage, not the average."

/// One delivery stage and the dimension that scores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    pub id: &'static str,
    pub name: &'static str,
    /// The bank dimension whose level is this stage's level.
    pub dimension: &'static str,
    /// The statement question that places the stage on the level table.
    pub gate_question: &'static str,
}

/// Build and test share one dimension: the bank asks about tests where it asks
/// about builds (every commit built *and tested*, tests on every pull request,
/// a red build blocks), so the two stages cannot be told apart in the answers.
pub const STAGES: [Stage; 4] = [
    Stage {
        id: "build_test",
        name: "Build and test",
        dimension: "ci",
        gate_question: "ci.commit_builds",
    },
    Stage {
        id: "deploy",
        name: "Deploy",
        dimension: "delivery",
        gate_question: "delivery.pipeline",
    },
    Stage {
        id: "observe",
        name: "Observe",
        dimension: "observability",
        gate_question: "observability.telemetry",
    },
    Stage {
        id: "recover",
        name: "Recover",
        dimension: "reliability",
        gate_question: "reliability.incident_response",
    },
];

/// Below these answers there is no verdict, only what to answer first: the
/// question that places each stage and the four DORA keys. "Don't know"
/// counts as an answer; only an open question is missing.
pub const VERDICT_MINIMUM: [&str; 8] = [
    "dora.deploy_frequency",
    "dora.lead_time",
    "dora.change_failure_rate",
    "dora.recovery_time",
    "ci.commit_builds",
    "delivery.pipeline",
    "observability.telemetry",
    "reliability.incident_response",
];

pub fn stage_of_dimension(dimension: &str) -> Option<&'static Stage> {
    STAGES.iter().find(|s| s.dimension == dimension)
}
