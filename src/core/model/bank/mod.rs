//! The question bank: dimensions, questions and their options, as static
//! tables. Every id here is stable once released: permalinks and exports
//! refer to them, so add new ids rather than renaming or reusing old ones.

pub mod benchmarks;
pub mod dimensions;
pub mod dora;
pub mod questionnaire;
mod questions;
pub mod skips;
pub mod stages;

pub use dimensions::{Dimension, DIMENSIONS};
pub use dora::{Band, Metric};

/// Bumped whenever questions or options are added, removed or reordered, so
/// old permalinks can be decoded with the table of their own revision.
pub const REVISION: u32 = 3;

/// The practices that are items of seed 002's self-assessment checklists
/// (levels 2, 3 and 4), which "help determine whether Level 2 has been
/// reached": where two or more of them gate the same level of an area, one
/// may be missing (see `rules::scoring`). Every other practice is a defining
/// practice of its level (seeds 001 and 003) and is needed.
pub const CHECKLIST_ITEMS: &[&str] = &[
    // Level 2, CI/CD and deployments; infrastructure.
    "ci.pr_tests",
    "delivery.scripts_versioned",
    "delivery.staging_first",
    "infra.core_as_code",
    "infra.remote_state",
    "infra.reviewed",
    // Level 3, CI/CD and deployments; infrastructure; observability.
    "ci.branch_protection",
    "ci.pipeline_as_code",
    "delivery.approval_gate",
    "infra.fully_as_code",
    "infra.console_locked",
    "observability.json_logs",
    "observability.tracing",
    "observability.red_metrics",
    // Level 4, DORA metrics.
    "measurement.frequency_measured",
    "measurement.lead_time_measured",
    "measurement.recovery_measured",
    "measurement.failure_rate_measured",
    "measurement.quarterly_review",
];

/// Levels run from 1 (lowest) to 5.
pub const MIN_LEVEL: u8 = 1;
pub const MAX_LEVEL: u8 = 5;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Question {
    pub id: &'static str,
    pub dimension: &'static str,
    /// The question as asked.
    pub prompt: &'static str,
    /// A few words naming the practice, used in reasons and checklists.
    pub short: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// What evidence answers it.
    pub evidence: &'static str,
    pub kind: Kind,
    /// Whether "not applicable" is offered (excluded from scoring when chosen).
    pub allows_not_applicable: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// Pick the statement that fits; the chosen statement's level caps the dimension.
    Statement(&'static [Statement]),
    /// A practice that must be in place to reach `gate` in the dimension:
    /// "no" caps the dimension at `gate - 1`.
    Practice { gate: u8 },
    /// One of the four DORA keys, answered by bucket. Not knowing it caps the
    /// measurement dimension, since measuring is itself a maturity signal.
    Metric(Metric),
    /// Context for advice, never scored.
    Context(&'static [ContextOption]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statement {
    pub id: &'static str,
    pub text: &'static str,
    pub level: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContextOption {
    pub id: &'static str,
    pub text: &'static str,
}

/// One selectable answer of a question, whatever its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub text: &'static str,
}

pub const YES: Choice = Choice {
    id: "yes",
    text: "Yes",
};
pub const NO: Choice = Choice {
    id: "no",
    text: "No",
};

/// A practice's answers, least mature first like every option list:
/// "no" is choice 0 and "yes" choice 1 (since bank revision 2).
pub const NO_INDEX: usize = 0;
pub const YES_INDEX: usize = 1;

impl Question {
    /// The selectable answers, in display order (excluding "don't know" and
    /// "not applicable", which every question handles alike).
    pub fn choices(&self) -> Vec<Choice> {
        match self.kind {
            Kind::Statement(options) => options
                .iter()
                .map(|s| Choice {
                    id: s.id,
                    text: s.text,
                })
                .collect(),
            Kind::Practice { .. } => vec![NO, YES],
            Kind::Metric(metric) => dora::choices(metric),
            Kind::Context(options) => options
                .iter()
                .map(|o| Choice {
                    id: o.id,
                    text: o.text,
                })
                .collect(),
        }
    }

    /// The index of the most mature answer, always the last offered: the
    /// last statement, "yes", the best DORA answer (earlier-scale DORA
    /// answers come after the offered ones). None for context questions,
    /// which are not ranked.
    pub fn best_choice(&self) -> Option<usize> {
        match self.kind {
            Kind::Context(_) => None,
            _ => self.offered_choices().checked_sub(1),
        }
    }

    /// How many choices the questionnaire offers, least mature first; a
    /// DORA question also reads its earlier revisions' answers after these.
    pub fn offered_choices(&self) -> usize {
        match self.kind {
            Kind::Metric(metric) => dora::offered(metric),
            Kind::Statement(options) => options.len(),
            Kind::Practice { .. } => 2,
            Kind::Context(options) => options.len(),
        }
    }

    /// The index of the least mature answer, always the first: the first
    /// statement, "no", the worst DORA bucket. None for context questions.
    pub fn worst_choice(&self) -> Option<usize> {
        match self.kind {
            Kind::Context(_) => None,
            _ => Some(0),
        }
    }

    pub fn choice_index(&self, id: &str) -> Option<usize> {
        // Without building the list: scoring asks this for every answer.
        match self.kind {
            Kind::Statement(options) => options.iter().position(|s| s.id == id),
            Kind::Practice { .. } => [NO.id, YES.id].iter().position(|c| *c == id),
            Kind::Context(options) => options.iter().position(|o| o.id == id),
            Kind::Metric(_) => self.choices().iter().position(|c| c.id == id),
        }
    }

    /// The id of the choice at `index`, as [`Question::choices`] lists it.
    pub fn choice_id_at(&self, index: usize) -> Option<&'static str> {
        match self.kind {
            Kind::Statement(options) => options.get(index).map(|s| s.id),
            Kind::Practice { .. } => [NO.id, YES.id].get(index).copied(),
            Kind::Context(options) => options.get(index).map(|o| o.id),
            Kind::Metric(_) => self.choices().get(index).map(|c| c.id),
        }
    }

    /// Whether the answer can hold a level down: statements, practices and
    /// the four DORA keys (not knowing one caps measurement), not context
    /// or the rework rate.
    pub fn can_cap(&self) -> bool {
        match self.kind {
            Kind::Metric(metric) => metric.is_key(),
            Kind::Context(_) => false,
            _ => true,
        }
    }

    /// Whether the answer feeds a maturity level (statements and practices).
    pub fn is_scored(&self) -> bool {
        matches!(self.kind, Kind::Statement(_) | Kind::Practice { .. })
    }

    /// Whether the answer is a whole percentage (the change failure and
    /// rework rates since revision 3).
    pub fn is_percent(&self) -> bool {
        matches!(self.kind, Kind::Metric(m) if m.is_percent())
    }

    /// Seconds a typical respondent needs, for the time-left estimate.
    pub fn typical_seconds(&self) -> u32 {
        match self.kind {
            Kind::Statement(_) => 25,
            Kind::Practice { .. } => 8,
            Kind::Metric(_) | Kind::Context(_) => 15,
        }
    }
}

/// Every question, grouped by dimension in the order of [`DIMENSIONS`].
pub fn questions() -> impl Iterator<Item = &'static Question> {
    questions::BY_DIMENSION.iter().flat_map(|qs| qs.iter())
}

/// The questions of one dimension, in the order they are asked.
pub fn questions_of(dimension: &str) -> impl Iterator<Item = &'static Question> + '_ {
    questions().filter(move |q| q.dimension == dimension)
}

pub fn question(id: &str) -> Option<&'static Question> {
    questions().find(|q| q.id == id)
}

/// The question with this id, for ids the code itself names. A missing id is a
/// bug in the bank, caught by the bank's own tests.
pub(crate) fn known(id: &str) -> &'static Question {
    question(id).unwrap_or_else(|| panic!("question {id} is not in the bank"))
}

/// Every question id and its choice ids, one line per question (" na" marks
/// questions that offer "not applicable"). Each released revision's table is
/// frozen under `revisions/`: tests keep the live bank equal to the latest,
/// and permalinks of older revisions are decoded with their own table.
pub fn id_table() -> String {
    questions()
        .map(|q| {
            let choices: Vec<&str> = q.choices().iter().map(|c| c.id).collect();
            let na = if q.allows_not_applicable { " na" } else { "" };
            format!("{} {}{na}\n", q.id, choices.join(","))
        })
        .collect()
}

/// The frozen id table of a released revision.
pub fn released_table(revision: u32) -> Option<&'static str> {
    match revision {
        1 => Some(include_str!("revisions/1.txt")),
        // Options least mature first everywhere (DORA buckets and yes/no
        // were best first), "not applicable" on two more practices.
        2 => Some(include_str!("revisions/2.txt")),
        // The DORA keys on the Quick Check's scales: recovery time in six
        // options, the failure and rework rates as whole percentages; the
        // earlier answers are still read.
        3 => Some(include_str!("revisions/3.txt")),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
