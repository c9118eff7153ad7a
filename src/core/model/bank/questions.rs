//! The questions, one table per dimension, in the order they are asked.
//! Statement options follow the rows of the operational-excellence per-control
//! table where one exists; practice questions follow its level checklists and
//! the five-stage roadmap's criteria.

use super::{ContextOption, Kind, Metric, Question, Statement};

/// In the order of `DIMENSIONS`.
pub(super) const BY_DIMENSION: &[&[Question]] = &[
    CULTURE,
    CI,
    DELIVERY,
    INFRA,
    OBSERVABILITY,
    RELIABILITY,
    SECURITY,
    MEASUREMENT,
    PLATFORM,
    TOIL,
];

const fn statement(
    id: &'static str,
    dimension: &'static str,
    prompt: &'static str,
    short: &'static str,
    why: &'static str,
    evidence: &'static str,
    options: &'static [Statement],
) -> Question {
    Question {
        id,
        dimension,
        prompt,
        short,
        why,
        evidence,
        kind: Kind::Statement(options),
        allows_not_applicable: false,
    }
}

const fn practice(
    id: &'static str,
    dimension: &'static str,
    gate: u8,
    prompt: &'static str,
    short: &'static str,
    why: &'static str,
    evidence: &'static str,
) -> Question {
    Question {
        id,
        dimension,
        prompt,
        short,
        why,
        evidence,
        kind: Kind::Practice { gate },
        allows_not_applicable: false,
    }
}

/// A practice that some organisations legitimately do not have the setting for.
const fn optional(question: Question) -> Question {
    Question {
        allows_not_applicable: true,
        ..question
    }
}

const fn option(id: &'static str, level: u8, text: &'static str) -> Statement {
    Statement { id, text, level }
}

const CULTURE: &[Question] = &[
    statement(
        "culture.ownership",
        "culture",
        "Who looked after your services in production over the last 90 days?",
        "Shared ownership of production",
        "When the people who build a service never see it fail, the same failures keep \
         coming back. Shared ownership is what turns incidents into better software.",
        "The on-call rota, who was paged for recent incidents, and whether developers took \
         part in fixing them.",
        &[
            option("silos", 1, "A separate operations team; developers hand over and move on."),
            option("escalation", 2, "Operations runs it; developers help when escalated."),
            option("you_build_it", 3, "The team that builds a service is on call for it."),
            option(
                "shared_goals",
                4,
                "Cross-functional teams own outcomes and share reliability and delivery goals.",
            ),
            option(
                "learning_org",
                5,
                "Teams own outcomes, experiment safely and improve how the whole organisation works.",
            ),
        ],
    ),
    statement(
        "culture.postmortems",
        "culture",
        "What happened after significant incidents in the last 90 days?",
        "Postmortems after incidents",
        "Without a review, the same incident repeats. A blameless review finds the \
         conditions that made the failure possible instead of a person to blame.",
        "Written reviews of recent incidents, and the tickets for their follow-up actions.",
        &[
            option("none", 1, "Nothing in particular once service was back."),
            option("informal", 2, "An informal conversation, sometimes a few notes."),
            option(
                "structured",
                3,
                "A blameless written review with a template and tracked follow-up actions.",
            ),
            option(
                "systemic",
                4,
                "Reviews are also analysed together for recurring, systemic causes.",
            ),
            option(
                "organisational",
                5,
                "Lessons spread across the organisation and prevent incidents elsewhere.",
            ),
        ],
    ),
    practice(
        "culture.actions_completed",
        "culture",
        4,
        "Were most follow-up actions from incident reviews completed within the quarter?",
        "Review actions completed",
        "A review whose actions are never done is theatre: it costs time and changes \
         nothing.",
        "The follow-up tickets from last quarter's reviews and how many are closed.",
    ),
];

const CI: &[Question] = &[
    statement(
        "ci.commit_builds",
        "ci",
        "What happened automatically when someone pushed a commit in the last 90 days?",
        "Every commit built and tested",
        "Continuous integration is the base every other improvement stands on: without it \
         there is no automation path and no fast feedback.",
        "Your CI server's history: which branches and commits were built and tested.",
        &[
            option(
                "nothing",
                1,
                "Nothing; builds are made by hand or on a developer's machine.",
            ),
            option(
                "some",
                2,
                "Some branches are built, or builds run on a schedule.",
            ),
            option(
                "every_commit",
                3,
                "Every commit is built and the test suite runs on it.",
            ),
            option(
                "fast_trusted",
                4,
                "Every commit is built and tested within minutes, and flaky tests get fixed.",
            ),
            option(
                "optimised",
                5,
                "As above, and pipeline speed and reliability are measured and tuned all the time.",
            ),
        ],
    ),
    practice(
        "ci.pr_tests",
        "ci",
        2,
        "Does a CI pipeline run the tests on every pull request before it can be merged?",
        "Tests run on every pull request",
        "Catching a broken change before it merges is far cheaper than finding it in \
         production.",
        "Recent pull requests and the checks that ran on them.",
    ),
    practice(
        "ci.red_blocks",
        "ci",
        3,
        "Does a failed build or test stop the change from being deployed, with no way around it?",
        "A failed build blocks deployment",
        "A red build that can be ignored trains everyone to ignore it, and broken changes \
         reach production.",
        "Your pipeline configuration, and whether anything was deployed from a red build \
         in the last 90 days.",
    ),
    practice(
        "ci.pipeline_as_code",
        "ci",
        3,
        "Are all pipeline definitions kept in version control (YAML, HCL or similar)?",
        "Pipelines defined as code",
        "A pipeline clicked together in a web interface cannot be reviewed, reproduced or \
         rolled back.",
        "The pipeline files in your repositories.",
    ),
    practice(
        "ci.branch_protection",
        "ci",
        3,
        "Is the main branch protected, with required reviews and passing checks before merging?",
        "Branch protection and required approvals",
        "Protection makes the checks mandatory rather than a matter of discipline.",
        "Your repository settings for the main branch.",
    ),
    practice(
        "ci.short_branches",
        "ci",
        3,
        "Did most branches live less than two days before being merged in the last 90 days?",
        "Trunk-based or short-lived branches",
        "Long-lived branches batch up change and risk; small, frequent merges keep lead \
         time short.",
        "Branch ages from your repository host.",
    ),
];

const DELIVERY: &[Question] = &[
    statement(
        "delivery.pipeline",
        "delivery",
        "How did changes reach production in the last 90 days?",
        "Automated deployment pipeline",
        "Manual deployments are slow, error-prone and feared, which leads to large, risky \
         batches.",
        "Your deployment history: who or what ran each production deployment.",
        &[
            option("manual", 1, "By hand: logging in to servers, copying files, clicking in consoles."),
            option("scripted", 2, "A person runs versioned deployment scripts."),
            option(
                "automated",
                3,
                "A pipeline deploys every release; there is no manual path to production.",
            ),
            option(
                "metrics_canary",
                4,
                "The pipeline promotes through canaries and checks metrics before going wide.",
            ),
            option(
                "continuous",
                5,
                "Every change that passes the pipeline goes to production on its own.",
            ),
        ],
    ),
    statement(
        "delivery.release_safety",
        "delivery",
        "How was the damage of a bad release limited in the last 90 days?",
        "Progressive delivery and rollback",
        "Small blast radius and fast rollback are what make frequent deployment safe.",
        "How your last failed releases were contained and rolled back.",
        &[
            option("big_bang", 1, "Releases go to everyone at once; rolling back is a new manual deployment."),
            option("basic_safety", 3, "Health checks and a documented rollback procedure."),
            option(
                "progressive",
                4,
                "Progressive delivery: canary releases or feature flags for risky changes.",
            ),
            option("auto_rollback", 4, "Releases that degrade key metrics roll back automatically."),
            option(
                "experiments",
                5,
                "An experiment platform releases changes to cohorts and measures their effect.",
            ),
        ],
    ),
    statement(
        "delivery.change_approval",
        "delivery",
        "How was a production change approved in the last 90 days?",
        "Change approval without a meeting",
        "Manual approval boards slow delivery without making it safer; automated checks \
         are faster and catch more.",
        "Your change-management records for recent deployments.",
        &[
            option("no_control", 1, "No control: anyone can change production."),
            option("basic_review", 2, "A peer review of the code, but no process for the release."),
            option(
                "change_process",
                3,
                "A defined change process; some or all changes wait for an approval meeting or sign-off.",
            ),
            option(
                "risk_scored",
                4,
                "Automated checks score each change; only risky ones need a human decision.",
            ),
            option(
                "on_demand",
                5,
                "Tests and policy checks are the approval: teams deploy on demand, no meeting.",
            ),
        ],
    ),
    practice(
        "delivery.scripts_versioned",
        "delivery",
        2,
        "Are deployment scripts kept in version control and documented?",
        "Versioned, documented deployment scripts",
        "Deployment knowledge in one person's head leaves with them and fails at night.",
        "The deployment scripts in your repositories and their documentation.",
    ),
    practice(
        "delivery.staging_first",
        "delivery",
        2,
        "Does every change run in a production-like environment before production: a staging \
         step, or a preview environment per change?",
        "A production-like step before production",
        "A staging step catches most problems before customers do; a preview environment \
         per change, promoted automatically, does the same job.",
        "Your pipeline or release checklist. A preview environment per pull request counts, \
         when what passes there is what goes to production.",
    ),
    practice(
        "delivery.auto_staging",
        "delivery",
        3,
        "Does every successful build deploy automatically to a production-like environment \
         (staging, or a preview environment per change)?",
        "Automatic deployment to a production-like environment",
        "Staging only catches problems if it is current and looks like production; a \
         preview environment created for each change is current by construction.",
        "Staging's deployment history compared with your builds, or the preview \
         environments of recent pull requests.",
    ),
    practice(
        "delivery.immutable_artifact",
        "delivery",
        3,
        "Is the artifact that was tested the exact one deployed to production (built once, never rebuilt)?",
        "Immutable artifacts",
        "Rebuilding for production means deploying something that was never tested.",
        "How your pipeline passes artifacts between stages.",
    ),
    practice(
        "delivery.one_click",
        "delivery",
        3,
        "Can a release be promoted to production and rolled back with a single action?",
        "One-click promotion and rollback",
        "If rolling back takes a procedure, people hesitate and recovery takes longer.",
        "The last rollback you did: how many steps it took.",
    ),
    practice(
        "delivery.approval_gate",
        "delivery",
        3,
        "Is there an approval gate before production, by automated checks or a recorded sign-off?",
        "An approval gate before production",
        "A gate makes every production change a deliberate, recorded decision.",
        "Your pipeline's production stage and its records.",
    ),
];

const INFRA: &[Question] = &[
    statement(
        "infra.iac",
        "infra",
        "How was production infrastructure created and changed in the last 90 days?",
        "Infrastructure as code",
        "Infrastructure built by hand cannot be reviewed, reproduced or checked for drift.",
        "Your infrastructure repositories compared with what runs in production.",
        &[
            option("manual", 1, "By hand, in consoles or on servers."),
            option("partial", 2, "Partly as code; some resources are still changed by hand."),
            option(
                "enforced",
                3,
                "All of it as code; manual changes are blocked by access policy.",
            ),
            option(
                "drift_detected",
                4,
                "All of it as code, and drift from the code is detected automatically.",
            ),
            option(
                "gitops",
                5,
                "GitOps: an agent reconciles production with the repository continuously.",
            ),
        ],
    ),
    statement(
        "infra.drift",
        "infra",
        "How was drift between your infrastructure code and reality found in the last 90 days?",
        "Drift detection",
        "Undetected drift means the code no longer describes production, and the next \
         apply may break it.",
        "Drift reports or plan outputs from the last 90 days.",
        &[
            option("none", 1, "It is not looked for."),
            option("ad_hoc", 3, "Ad hoc: someone notices when a change fails."),
            option("automated", 4, "Automated detection runs at least daily."),
            option("enforced", 4, "Detected automatically and fixed within an agreed time."),
            option("auto_remediated", 5, "Detected and corrected automatically."),
        ],
    ),
    practice(
        "infra.core_as_code",
        "infra",
        2,
        "Are your most important production resources defined as infrastructure as code?",
        "Core production resources as code",
        "Start where failure hurts most: the resources you could least afford to rebuild \
         by hand.",
        "Your IaC repositories and the list of critical production resources.",
    ),
    // Not applicable where the infrastructure tool keeps no state file of its
    // own (a GitOps controller reconciling from Git, for example).
    optional(practice(
        "infra.remote_state",
        "infra",
        2,
        "Is infrastructure state kept in a shared remote backend rather than on laptops?",
        "Remote state backend",
        "Local state gets lost or diverges, and then nobody can change infrastructure \
         safely.",
        "Your IaC backend configuration. Not applicable if your tooling keeps no state \
         file (a GitOps controller reconciling from Git, for example).",
    )),
    practice(
        "infra.reviewed",
        "infra",
        2,
        "Are infrastructure changes reviewed through pull requests before they are applied?",
        "Infrastructure changes reviewed",
        "Review catches the one-character change that deletes a database.",
        "Recent infrastructure pull requests.",
    ),
    practice(
        "infra.fully_as_code",
        "infra",
        3,
        "Is all (100%) of production infrastructure defined as code?",
        "All production infrastructure as code",
        "Every resource left out is one that cannot be rebuilt or checked for drift.",
        "An inventory of production resources compared with your IaC.",
    ),
    practice(
        "infra.console_locked",
        "infra",
        3,
        "Are manual console changes to production restricted by access policy (IAM, SCP or similar)?",
        "Manual console changes restricted",
        "If anyone can click a change, code and reality will drift apart.",
        "Your access policies for production accounts.",
    ),
];

const OBSERVABILITY: &[Question] = &[
    statement(
        "observability.telemetry",
        "observability",
        "What telemetry did your production services produce in the last 90 days?",
        "Structured logs, metrics and traces",
        "Logs tell what happened on one machine, traces follow one request across the \
         system and metrics show the aggregate. Without all three, diagnosis is guesswork.",
        "What you can query today about a request that failed yesterday.",
        &[
            option(
                "unstructured",
                1,
                "Unstructured logs, mostly on the machines themselves.",
            ),
            option("centralised", 2, "Logs collected centrally and searchable."),
            option(
                "three_pillars",
                3,
                "Structured logs, metrics and distributed traces for all services.",
            ),
            option(
                "slo_based",
                4,
                "All three, tied to service level objectives.",
            ),
            option(
                "correlated",
                5,
                "Logs, metrics and traces fully correlated end to end (for example OpenTelemetry).",
            ),
        ],
    ),
    statement(
        "observability.alerting",
        "observability",
        "What did your alerts fire on in the last 90 days?",
        "Symptom-based alerting",
        "Alerts on CPU and memory wake people for things users never notice and miss the \
         things they do. Alerting on symptoms cuts both noise and time to restore.",
        "Your alert rules and the pages of the last 90 days.",
        &[
            option(
                "none_or_noise",
                1,
                "Nothing, or so much noise that alerts are ignored.",
            ),
            option("resources", 2, "Resource thresholds: CPU, memory, disk."),
            option(
                "symptoms",
                3,
                "Symptoms users feel (errors, latency, availability), each linked to a runbook.",
            ),
            option("burn_rate", 4, "Error-budget burn rate against SLOs."),
            option(
                "self_tuning",
                5,
                "Burn rate, with thresholds tuned automatically from history.",
            ),
        ],
    ),
    practice(
        "observability.json_logs",
        "observability",
        3,
        "Do all services write structured (JSON) logs that carry a trace id?",
        "Structured JSON logs with trace ids",
        "Structured logs with a trace id let you follow one request across services.",
        "A sample of log lines from each service.",
    ),
    // Not applicable to a single service: there is nothing to trace across.
    optional(practice(
        "observability.tracing",
        "observability",
        3,
        "Is distributed tracing configured and instrumented across your services?",
        "Distributed tracing",
        "Most teams add tracing only after an incident they could not diagnose without it.",
        "Your tracing backend: which services report spans. Not applicable if you run a \
         single service, with no calls between services to trace.",
    )),
    practice(
        "observability.red_metrics",
        "observability",
        3,
        "Do all services export rate, error and duration (RED) metrics?",
        "RED metrics for every service",
        "Rate, errors and duration are the minimum to tell whether a service is healthy.",
        "Your metrics dashboards, service by service.",
    ),
];

const RELIABILITY: &[Question] = &[
    statement(
        "reliability.runbooks",
        "reliability",
        "What runbooks did responders have in the last 90 days?",
        "Runbooks",
        "A runbook turns a 3 a.m. investigation into a checklist and spreads knowledge \
         beyond the heroes.",
        "Your runbook collection and the links from alerts to it.",
        &[
            option("none", 1, "None; responders work from memory."),
            option("worst_cases", 2, "Runbooks for the worst scenarios."),
            option("all_linked", 3, "Every alert links to its runbook."),
            option("measured", 4, "Runbook coverage and use are measured and kept current."),
            option("self_service", 5, "Runbooks are automated actions anyone can trigger safely."),
        ],
    ),
    statement(
        "reliability.incident_response",
        "reliability",
        "How were production incidents handled in the last 90 days?",
        "Incident response",
        "A defined response shortens recovery; automation removes the most common \
         incidents altogether.",
        "Your incident records: who responded, how, and how long it took.",
        &[
            option("heroes", 1, "Whoever notices fixes it; a few experts carry the load."),
            option("on_call", 2, "An on-call rota; each incident handled case by case."),
            option(
                "defined",
                3,
                "Defined roles, severity levels and communication for every incident.",
            ),
            option(
                "measured",
                4,
                "As above, with response and restore times measured per incident and improved.",
            ),
            option(
                "auto_remediation",
                5,
                "Common failures are remediated automatically before anyone is paged.",
            ),
        ],
    ),
    practice(
        "reliability.top_runbooks",
        "reliability",
        3,
        "Do your five most frequent incident types each have a runbook used or reviewed in the last 90 days?",
        "Runbooks for the top five incidents",
        "Covering the most frequent incidents gives the quickest drop in restore time.",
        "Your incident statistics matched against your runbooks.",
    ),
    practice(
        "reliability.slos",
        "reliability",
        4,
        "Do your main services have SLOs with error budgets, and does a burned budget change priorities?",
        "SLOs with error budgets",
        "Error budgets make the trade between features and reliability explicit instead \
         of a negotiation after every outage.",
        "Your SLO definitions, and a time a burned budget paused feature work.",
    ),
    practice(
        "reliability.chaos",
        "reliability",
        5,
        "Did you run a chaos experiment or game day against production-like systems in the last 90 days?",
        "Chaos experiments or game days",
        "Resilience that has never been tested is a hope, not a property.",
        "The report of your last experiment or game day.",
    ),
];

const SECURITY: &[Question] = &[
    statement(
        "security.pipeline",
        "security",
        "Where did security checks happen in the last 90 days?",
        "Security checks in the pipeline",
        "Problems found late cost the most to fix; checks inside the pipeline find them \
         while the change is still fresh.",
        "Your pipeline's security stages and their findings.",
        &[
            option("late_or_never", 1, "Late in the release, or not at all."),
            option("periodic", 2, "Periodic scans or reviews outside the delivery pipeline."),
            option(
                "in_pipeline",
                3,
                "Code, dependency and container scans run in every pipeline and block critical findings.",
            ),
            option(
                "policy_as_code",
                4,
                "Also policy as code, enforcing security and compliance rules on every change.",
            ),
            option(
                "continuous_compliance",
                5,
                "Compliance is continuous: evidence is collected automatically and policies adapt.",
            ),
        ],
    ),
    practice(
        "security.secrets",
        "security",
        2,
        "Were all secrets kept in a secrets manager, never in code, CI logs or chat?",
        "Secrets in a secrets manager",
        "A secret in a repository is a secret shared with everyone who can ever read it.",
        "A secret scan of your repositories and CI logs.",
    ),
    practice(
        "security.audit_trail",
        "security",
        3,
        "For any production change in the last 90 days, can you show who made it, who approved it and what was deployed, without collecting it by hand?",
        "An automatic audit trail",
        "Audits become easy when the pipeline records everything on its own.",
        "Pick a random deployment and try to reconstruct its history.",
    ),
    practice(
        "security.policy_as_code",
        "security",
        4,
        "Are security and compliance rules enforced as policy as code (for example Open Policy Agent)?",
        "Policy as code",
        "Rules enforced by code apply to every change, every time, without a reviewer.",
        "Your policy repository and where policies are evaluated.",
    ),
];

const MEASUREMENT: &[Question] = &[
    Question {
        id: "dora.deploy_frequency",
        dimension: "measurement",
        prompt: "How often did your main service deploy to production in the last 90 days?",
        short: "Deployment frequency",
        why: "How often you deploy shows how small and safe your changes are.",
        evidence: "Count production deployments in your pipeline history.",
        kind: Kind::Metric(Metric::DeploymentFrequency),
        allows_not_applicable: false,
    },
    Question {
        id: "dora.lead_time",
        dimension: "measurement",
        prompt: "How long did a typical change take from commit to running in production?",
        short: "Lead time for changes",
        why: "Lead time is how fast you can respond to a customer, a bug or an attacker.",
        evidence: "Commit timestamps against deployment timestamps; take the median.",
        kind: Kind::Metric(Metric::LeadTime),
        allows_not_applicable: false,
    },
    Question {
        id: "dora.change_failure_rate",
        dimension: "measurement",
        prompt: "What percentage of changes to production degraded service and needed a fix, \
                 rollback or hotfix?",
        short: "Change failure rate",
        why: "Speed is only useful if changes do not keep breaking production.",
        evidence: "Deployments followed by a rollback, hotfix or incident, divided by all \
                   deployments, as a whole percentage.",
        kind: Kind::Metric(Metric::ChangeFailureRate),
        allows_not_applicable: false,
    },
    Question {
        id: "dora.recovery_time",
        dimension: "measurement",
        prompt: "When a deployment failed in production, how long did it typically take to restore service?",
        short: "Failed deployment recovery time",
        why: "Failures will happen; how fast you recover decides what they cost.",
        evidence: "Incident start and resolution times for deployment-caused incidents.",
        kind: Kind::Metric(Metric::RecoveryTime),
        allows_not_applicable: false,
    },
    Question {
        id: "dora.rework_rate",
        dimension: "measurement",
        prompt: "What share of deployments in the last six months were unplanned, made to fix a problem users saw?",
        short: "Deployment rework rate",
        why: "Rework shows how much delivery capacity goes to fixing rather than building. \
              It is the fifth key of the DORA Quick Check's 2025 edition; it changes no \
              level.",
        evidence: "Deployments labelled as hotfixes or bug fixes, divided by all \
                   deployments, as a whole percentage.",
        kind: Kind::Metric(Metric::ReworkRate),
        allows_not_applicable: false,
    },
    statement(
        "measurement.use",
        "measurement",
        "How were delivery metrics used in the last 90 days?",
        "Use of delivery metrics",
        "Metrics that nobody looks at change nothing; metrics reviewed on a schedule \
         drive investment.",
        "Your delivery dashboard and the minutes of the last meeting that used it.",
        &[
            option("not_collected", 1, "They were not collected."),
            option("ad_hoc", 2, "Gathered by hand when someone asked."),
            option("dashboard", 3, "Tracked continuously on a dashboard."),
            option(
                "drive_decisions",
                4,
                "Reviewed on a schedule and used to decide what to improve next.",
            ),
            option(
                "business_outcomes",
                5,
                "Tied to business outcomes; improvements are evaluated as experiments.",
            ),
        ],
    ),
    practice(
        "measurement.frequency_measured",
        "measurement",
        4,
        "Is deployment frequency measured from pipeline data and reported?",
        "Deployment frequency measured",
        "Measured numbers beat remembered ones: most teams overestimate by a level.",
        "A report or dashboard showing deployment counts.",
    ),
    practice(
        "measurement.lead_time_measured",
        "measurement",
        4,
        "Is lead time for changes (commit to production) measured?",
        "Lead time measured",
        "Lead time is the metric most often guessed and most often wrong.",
        "A report computed from commit and deployment timestamps.",
    ),
    practice(
        "measurement.recovery_measured",
        "measurement",
        4,
        "Is time to restore service captured for every incident?",
        "Time to restore captured per incident",
        "Without per-incident times, recovery is judged by the most memorable outage.",
        "Your incident records and their timestamps.",
    ),
    practice(
        "measurement.failure_rate_measured",
        "measurement",
        4,
        "Is change failure rate (deployments needing rollback or causing an incident) captured?",
        "Change failure rate captured",
        "Failure rate is the counterweight that keeps speed honest.",
        "Deployments linked to rollbacks and incidents.",
    ),
    practice(
        "measurement.quarterly_review",
        "measurement",
        4,
        "Were the DORA trends reviewed in the last quarter, with decisions taken from them?",
        "DORA trends reviewed quarterly",
        "A regular review is what turns measurement into improvement.",
        "The notes of the last review.",
    ),
];

const PLATFORM: &[Question] = &[
    Question {
        id: "org.product_engineers",
        dimension: "platform",
        prompt: "How many product engineers (people who write product code) does your organisation have?",
        short: "Number of product engineers",
        why: "Size decides which targets pay off: a dedicated platform team needs a \
              critical mass of about 50 product engineers before it pays for itself.",
        evidence: "Your engineering headcount, excluding platform and operations staff.",
        kind: Kind::Context(&[
            ContextOption { id: "under_10", text: "Fewer than 10" },
            ContextOption { id: "under_50", text: "10–49" },
            ContextOption { id: "under_150", text: "50–149" },
            ContextOption { id: "under_500", text: "150–499" },
            ContextOption { id: "500_plus", text: "500 or more" },
        ]),
        allows_not_applicable: false,
    },
    statement(
        "platform.self_service",
        "platform",
        "How did a team get a new service, database or environment in the last 90 days?",
        "Self-service provisioning",
        "Waiting on tickets is the biggest hidden cost in delivery; self-service removes \
         it within guardrails.",
        "The last few requests for new infrastructure and how long each took.",
        &[
            option("ticket_manual", 1, "A ticket, then days or weeks of manual work."),
            option("ticket_templates", 2, "A ticket; the platform or ops team runs templates or scripts."),
            option(
                "automated_modules",
                3,
                "Teams use automated pipelines and shared IaC modules; some requests still need tickets.",
            ),
            option(
                "self_service",
                4,
                "A self-service platform (portal, CLI or API): minutes, no ticket.",
            ),
            option(
                "evolving_product",
                5,
                "Self-service, and the platform evolves from usage data and developer feedback.",
            ),
        ],
    ),
    statement(
        "platform.consistency",
        "platform",
        "How consistent was the way teams built and shipped software in the last 90 days?",
        "Consistency across teams",
        "Once every team has automated delivery, the differences between their setups \
         become the constraint; a paved road removes it.",
        "Compare the pipelines and deployment setups of three teams.",
        &[
            option("all_different_manual", 1, "Every team works differently, mostly by hand."),
            option("common_tools", 2, "Common tools, but every team has its own setup."),
            option(
                "automated_but_different",
                3,
                "Every team is automated, but each pipeline is built differently.",
            ),
            option(
                "paved_road",
                4,
                "All teams use the same golden paths; exceptions have clear owners.",
            ),
            option(
                "measured_paved_road",
                5,
                "Golden paths for all, with adoption and satisfaction measured and acted on.",
            ),
        ],
    ),
    optional(practice(
        "platform.golden_paths",
        "platform",
        4,
        "Did most services created in the last 90 days start from a documented golden path or template?",
        "Golden paths used for new services",
        "A golden path only helps if it is the easiest way to start.",
        "The services created last quarter and how each was set up.",
    )),
    optional(practice(
        "platform.feedback",
        "platform",
        5,
        "Do you measure platform adoption and developer satisfaction, and act on the results?",
        "Platform adoption and satisfaction measured",
        "A platform nobody measures drifts into a bottleneck instead of an enabler.",
        "Your last developer survey and platform adoption figures.",
    )),
];

const TOIL: &[Question] = &[
    statement(
        "toil.debt_register",
        "toil",
        "How was operational debt tracked in the last 90 days?",
        "Operational debt register",
        "Debt that nobody writes down keeps growing until it causes the next outage.",
        "Your debt register or backlog and how recently it changed.",
        &[
            option("untracked", 1, "It was not tracked."),
            option("informal", 3, "Informally: people know where the problems are."),
            option("register", 4, "A register is maintained and prioritised with other work."),
            option("programme", 4, "A funded programme pays it down every quarter."),
            option(
                "continuous",
                5,
                "Debt is prevented at the source; the register keeps shrinking.",
            ),
        ],
    ),
    statement(
        "toil.share",
        "toil",
        "What share of engineering time went to toil (manual, repetitive operational work) in the last 90 days?",
        "Share of time spent on toil",
        "Time spent on toil is time not spent improving; under a fifth is a sign of a \
         healthy, automated operation.",
        "Time tracking, on-call reports or a one-week sample of what people did.",
        &[
            option("over_half", 1, "More than half."),
            option("third_to_half", 2, "Between a third and a half."),
            option("fifth_to_third", 3, "Between a fifth and a third."),
            option("under_fifth", 5, "Less than a fifth."),
        ],
    ),
    practice(
        "toil.measured",
        "toil",
        4,
        "Is toil measured (tracked or sampled) rather than estimated?",
        "Toil measured",
        "Estimates of toil are usually too low; measuring it makes the case for \
         automation.",
        "The data behind your answer to the previous question.",
    ),
];
