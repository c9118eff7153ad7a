//! The areas of practice the assessment covers, with what each level looks
//! like there and what moves a team up a level. Ids are stable once released.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dimension {
    pub id: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    /// What levels 1 to 5 look like in this area (index 0 is level 1).
    pub levels: [&'static str; 5],
    /// What to do to move from level n to n + 1 (index 0 is 1 → 2).
    pub next_steps: [&'static str; 4],
}

impl Dimension {
    /// The descriptor of a level (1..=5).
    pub fn level_text(&self, level: u8) -> &'static str {
        self.levels[usize::from(level.clamp(1, 5)) - 1]
    }

    /// The step that leads from `level` to the next, if there is a next.
    pub fn step_from(&self, level: u8) -> Option<&'static str> {
        (1..5)
            .contains(&level)
            .then(|| self.next_steps[usize::from(level) - 1])
    }
}

pub const DIMENSIONS: &[Dimension] = &[
    Dimension {
        id: "culture",
        name: "Culture & collaboration",
        summary: "Shared ownership between development and operations, blameless \
                  postmortems and learning from incidents.",
        levels: [
            "Development and operations work in silos. Incidents are fixed by a few heroes \
             and nobody looks back once the fire is out.",
            "Some shared tooling and the odd joint meeting. Big incidents get an informal \
             look back, but lessons rarely turn into changes.",
            "The team that builds a service also runs it. Every significant incident gets a \
             blameless written review with tracked actions.",
            "Incidents are analysed across teams for systemic causes, and review actions \
             are completed. Shared metrics align development and operations.",
            "Learning spreads across the organisation and prevents incidents before they \
             happen. Experimenting is safe and supported by leadership.",
        ],
        next_steps: [
            "Hold a short written review after every significant incident, even an \
             informal one, and share it with both development and operations.",
            "Make postmortems blameless and structured, with owners and due dates for \
             actions, and have the team that builds a service join its on-call.",
            "Look across incidents for recurring contributing factors and track the \
             completion of review actions as a team metric.",
            "Share incident learning organisation-wide and invest in prevention: game days, \
             design reviews informed by past failures.",
        ],
    },
    Dimension {
        id: "ci",
        name: "Build & continuous integration",
        summary: "Every commit builds and runs the tests; a red build stops the line.",
        levels: [
            "Builds happen on someone's machine or by hand. Nothing checks a change before \
             it is merged.",
            "A CI server builds and runs some tests, but not for every change, and a red \
             build does not always stop anything.",
            "Every commit is built and tested by a pipeline defined in version control, and \
             a failed build blocks the change.",
            "Feedback is fast and trusted: flaky tests are tracked and fixed, branches live \
             hours rather than weeks.",
            "The pipeline itself is measured and continuously tuned for speed and \
             reliability.",
        ],
        next_steps: [
            "Put everything in version control and have a CI server build and test every \
             pull request.",
            "Run the full pipeline on every commit, make a red build block merging and \
             deploying, and keep the pipeline definition in the repository.",
            "Cut pipeline time and quarantine flaky tests; move to trunk-based development \
             or branches that live a day or two.",
            "Measure pipeline duration and reliability and tune them continuously, for \
             example with test impact analysis and parallel stages.",
        ],
    },
    Dimension {
        id: "delivery",
        name: "Deployment & release",
        summary: "Automated deployments, staging that resembles production, one-click \
                  promotion and rollback, immutable artifacts, progressive delivery.",
        levels: [
            "Deployments are manual, feared and batched into big releases. Rolling back \
             means another manual deployment.",
            "Deployment scripts exist and are versioned, but a person runs them, often in a \
             release window after a manual approval.",
            "Every production deployment is automated with no manual path. Staging is \
             deployed automatically, and promotion and rollback take one action.",
            "Canaries and feature flags limit the blast radius; a release that degrades \
             metrics rolls itself back. Low-risk changes need no meeting.",
            "Every change that passes the pipeline can reach production on its own, and new \
             ideas are released as measured experiments.",
        ],
        next_steps: [
            "Script the deployment, keep the scripts in version control and deploy to \
             staging before production.",
            "Automate every production deployment end to end, build the artifact once and \
             promote that same artifact, with one-click rollback.",
            "Introduce progressive delivery (canaries, feature flags) with automated \
             rollback, and replace meeting-based approval with automated risk checks.",
            "Move to continuous deployment and run releases as experiments measured \
             against user outcomes.",
        ],
    },
    Dimension {
        id: "infra",
        name: "Infrastructure & configuration",
        summary: "Infrastructure as code, remote state, reviewed changes, drift detection \
                  and GitOps.",
        levels: [
            "Infrastructure is built by hand in consoles. Environments drift apart and \
             nobody can rebuild one from scratch.",
            "The most important resources are defined as code with remote state and \
             reviewed changes, but parts are still clicked together.",
            "All production infrastructure is code and manual console changes are blocked \
             by policy.",
            "Drift between code and reality is detected automatically and fixed within an \
             agreed time.",
            "The repository is the source of truth: an agent reconciles continuously \
             (GitOps) and drift is remediated automatically.",
        ],
        next_steps: [
            "Define your most important production resources as code, with a remote state \
             backend and changes reviewed by pull request.",
            "Bring all production infrastructure under code and restrict manual console \
             changes through access policy.",
            "Run automated drift detection at least daily and agree how fast drift must be \
             fixed.",
            "Adopt GitOps so an agent reconciles infrastructure from the repository and \
             corrects drift automatically.",
        ],
    },
    Dimension {
        id: "observability",
        name: "Observability & alerting",
        summary: "Structured logs, metrics and traces; alerts on symptoms users feel and on \
                  error-budget burn.",
        levels: [
            "Unstructured logs on individual machines. Alerts fire on CPU and memory, or so \
             often that they are ignored.",
            "Logs are collected centrally and basic resource alerts exist, but diagnosing \
             an incident still means guesswork.",
            "All services emit structured logs, metrics and traces. Alerts fire on symptoms \
             users feel, each with a runbook.",
            "Telemetry is tied to service level objectives and alerts fire on error-budget \
             burn rate.",
            "Logs, metrics and traces are fully correlated (for example with OpenTelemetry) \
             and alerting tunes itself from history.",
        ],
        next_steps: [
            "Aggregate logs centrally and add basic alerting, so incidents are noticed \
             before users report them.",
            "Emit structured JSON logs with trace ids, export rate, error and duration \
             metrics, add distributed tracing, and alert on symptoms instead of resources.",
            "Define SLOs for key user journeys and alert on error-budget burn rate.",
            "Correlate all telemetry end to end and let alert thresholds learn from \
             history.",
        ],
    },
    Dimension {
        id: "reliability",
        name: "Reliability & incident response",
        summary: "Runbooks, SLOs and error budgets, time to restore, automated remediation \
                  and chaos experiments.",
        levels: [
            "No runbooks; whoever notices a failure fixes it. Restoring service takes hours \
             to days.",
            "An on-call rota and runbooks for the worst scenarios exist; incidents are \
             handled case by case.",
            "Incident roles and severities are defined, every alert links to a runbook and \
             the top incident types are rehearsed.",
            "SLOs with error budgets decide between feature work and reliability work; \
             incident response times are measured and improved.",
            "Common failures are remediated automatically and chaos experiments prove \
             resilience before real incidents do.",
        ],
        next_steps: [
            "Set up an on-call rota and write runbooks for your worst failure scenarios.",
            "Define incident roles and severities, link every alert to a runbook and cover \
             your five most frequent incident types.",
            "Define SLOs with error budgets for your main services and let a burned budget \
             change priorities.",
            "Automate remediation of common failures and run regular chaos experiments or \
             game days.",
        ],
    },
    Dimension {
        id: "security",
        name: "Security & compliance",
        summary: "Scanning shifted left, secrets management, policy as code and an audit \
                  trail that writes itself.",
        levels: [
            "Security is checked late or not at all, secrets live in code or chat, and \
             audits mean collecting evidence by hand.",
            "Secrets are managed and security is reviewed periodically, but outside the \
             delivery pipeline.",
            "Code, dependency and container scans run in every pipeline and block critical \
             findings; every change leaves an audit trail.",
            "Policy as code enforces security, cost and compliance rules automatically on \
             every change.",
            "Compliance is continuous and dynamic: evidence is collected automatically and \
             security is fully part of delivery.",
        ],
        next_steps: [
            "Move secrets into a secrets manager and schedule regular security reviews.",
            "Run code, dependency and container scanning in every pipeline, block critical \
             findings and make every production change traceable.",
            "Express security and compliance rules as policy as code and enforce them in \
             the pipeline and the platform.",
            "Make compliance continuous: collect audit evidence automatically and adapt \
             policies dynamically to each workload.",
        ],
    },
    Dimension {
        id: "measurement",
        name: "Measurement & feedback",
        summary: "The four DORA keys measured from real data and reviewed on a schedule.",
        levels: [
            "Delivery performance is not measured; opinions stand in for data.",
            "Numbers are gathered by hand when someone asks, and some of the four keys \
             cannot be answered from data at all.",
            "All four DORA keys are measured from pipeline and incident data and shown on a \
             dashboard.",
            "The metrics are reviewed on a schedule and drive decisions and investments, \
             like product metrics.",
            "Delivery metrics are tied to business outcomes and every improvement is \
             evaluated as an experiment.",
        ],
        next_steps: [
            "Start recording deployments and incidents in one place, so the four keys can \
             be computed rather than guessed.",
            "Measure all four DORA keys automatically from pipeline and incident data and \
             put them on a shared dashboard.",
            "Review the trends at least quarterly and use them to choose the next \
             investment.",
            "Link delivery metrics to business outcomes and evaluate each improvement as an \
             experiment.",
        ],
    },
    Dimension {
        id: "platform",
        name: "Platform & self-service",
        summary: "Golden paths and self-service provisioning so product teams do not wait \
                  on tickets.",
        levels: [
            "Every team provisions and deploys its own way, by hand, through tickets that \
             take days or weeks.",
            "Common tools and some templates exist, but an operations or platform team \
             still runs them on request.",
            "Teams have automated pipelines and reusable infrastructure modules, though each \
             team's setup differs and some requests still need tickets.",
            "A self-service internal platform with golden paths lets teams provision and \
             deploy in minutes, within guardrails.",
            "The platform is run as a product and keeps evolving from adoption data and \
             developer feedback.",
        ],
        next_steps: [
            "Agree on a common toolchain and publish templates for the most frequent \
             requests.",
            "Give teams automated pipelines and reusable infrastructure modules they can \
             use without a ticket.",
            "Offer self-service golden paths for new services and environments (bought \
             pieces, integrated, if you have fewer than about 50 engineers).",
            "Run the platform as a product: measure adoption and developer satisfaction and \
             evolve it from that.",
        ],
    },
    Dimension {
        id: "toil",
        name: "Operational debt & toil",
        summary: "A maintained debt register and the share of engineering time lost to \
                  repetitive manual work.",
        levels: [
            "Operational debt is not tracked and manual, repetitive work eats much of the \
             week.",
            "People know informally where the debt is, and a large share of time still goes \
             to toil.",
            "An operational debt register is maintained and prioritised alongside feature \
             work.",
            "A funded programme pays debt down every quarter and toil is measured, not \
             guessed.",
            "Debt is prevented at the source and toil stays under a fifth of engineering \
             time.",
        ],
        next_steps: [
            "Write down known operational debt and estimate how much time goes to manual, \
             repetitive work.",
            "Keep an operational debt register and prioritise it alongside feature work.",
            "Fund a debt programme every quarter and measure toil rather than estimating \
             it.",
            "Automate toil at the source until it stays below a fifth of engineering time.",
        ],
    },
];

/// Looks a dimension up by its stable id.
pub fn by_id(id: &str) -> Option<&'static Dimension> {
    DIMENSIONS.iter().find(|d| d.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_lowercase_ascii() {
        let mut seen = HashSet::new();
        for d in DIMENSIONS {
            assert!(seen.insert(d.id), "duplicate dimension id {}", d.id);
            assert!(
                d.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "id {:?} must stay URL- and JSON-friendly",
                d.id
            );
        }
    }

    #[test]
    fn covers_the_ten_areas_of_the_sources() {
        assert_eq!(DIMENSIONS.len(), 10);
        for id in [
            "culture",
            "ci",
            "delivery",
            "infra",
            "observability",
            "reliability",
            "security",
            "measurement",
            "platform",
            "toil",
        ] {
            assert!(by_id(id).is_some(), "missing dimension {id}");
        }
    }

    #[test]
    fn unknown_id_is_none() {
        assert_eq!(by_id("kubernetes"), None);
    }

    #[test]
    fn every_level_and_step_has_text() {
        for d in DIMENSIONS {
            for level in 1..=5 {
                assert!(d.level_text(level).len() > 40, "{} level {level}", d.id);
            }
            for level in 1..=4 {
                assert!(d.step_from(level).is_some_and(|s| s.len() > 30));
            }
            assert_eq!(d.step_from(5), None);
        }
    }
}
