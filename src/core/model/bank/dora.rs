//! The four DORA keys, the answer buckets offered for each, and the 2024
//! performance clusters they are placed in.
//!
//! Each metric has a scale (log10 of hours or days for times, percent for the
//! failure rate). A bucket sits at one position on it and each cluster at its
//! typical value; a team belongs to the nearest cluster. This keeps the report's
//! oddity intact: the 2024 "high" cluster fails more often (~20%) than "medium"
//! (~10%), so a 10% failure rate is nearest to medium.

use serde::Serialize;

/// The edition of the DORA clusters used; stamped into every result.
pub const EDITION: &str = "DORA 2024";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    DeploymentFrequency,
    LeadTime,
    ChangeFailureRate,
    RecoveryTime,
}

impl Metric {
    pub const ALL: [Metric; 4] = [
        Metric::DeploymentFrequency,
        Metric::LeadTime,
        Metric::ChangeFailureRate,
        Metric::RecoveryTime,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Metric::DeploymentFrequency => "Deployment frequency",
            Metric::LeadTime => "Lead time for changes",
            Metric::ChangeFailureRate => "Change failure rate",
            Metric::RecoveryTime => "Failed deployment recovery time",
        }
    }

    /// The id of the question that asks for this metric.
    pub fn question_id(self) -> &'static str {
        match self {
            Metric::DeploymentFrequency => "dora.deploy_frequency",
            Metric::LeadTime => "dora.lead_time",
            Metric::ChangeFailureRate => "dora.change_failure_rate",
            Metric::RecoveryTime => "dora.recovery_time",
        }
    }
}

/// DORA performance clusters, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Elite,
    High,
    Medium,
    Low,
}

impl Band {
    /// Best first.
    pub const ALL: [Band; 4] = [Band::Elite, Band::High, Band::Medium, Band::Low];

    pub fn name(self) -> &'static str {
        match self {
            Band::Elite => "Elite",
            Band::High => "High",
            Band::Medium => "Medium",
            Band::Low => "Low",
        }
    }

    /// 0 for elite up to 3 for low.
    pub fn rank(self) -> u8 {
        self as u8
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bucket {
    pub id: &'static str,
    pub text: &'static str,
    /// Position on the metric's scale (see the module docs).
    pub position: f32,
}

/// A cluster's typical value for one metric, as the report states it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClusterValue {
    pub band: Band,
    pub text: &'static str,
    pub position: f32,
}

// Times are on a log10 scale: deployment frequency in days between deploys,
// lead and recovery time in hours.
const DEPLOYMENT_FREQUENCY: &[Bucket] = &[
    Bucket {
        id: "rarely",
        text: "Less often than every six months",
        position: 2.5,
    },
    Bucket {
        id: "half_yearly",
        text: "Less than monthly, at least once every six months",
        position: 1.87,
    },
    Bucket {
        id: "monthly",
        text: "Less than weekly, at least once a month",
        position: 1.16,
    },
    Bucket {
        id: "weekly",
        text: "Less than daily, at least once a week",
        position: 0.42,
    },
    Bucket {
        id: "daily",
        text: "About once a day",
        position: 0.0,
    },
    Bucket {
        id: "several_a_day",
        text: "On demand, several times a day",
        position: -0.7,
    },
];

const LEAD_TIME: &[Bucket] = &[
    Bucket {
        id: "longer",
        text: "More than six months",
        position: 3.8,
    },
    Bucket {
        id: "under_six_months",
        text: "One to six months",
        position: 3.26,
    },
    Bucket {
        id: "under_month",
        text: "One week to one month",
        position: 2.53,
    },
    Bucket {
        id: "under_week",
        text: "One day to one week",
        position: 1.92,
    },
    Bucket {
        id: "under_day",
        text: "One hour to one day",
        position: 0.6,
    },
    Bucket {
        id: "under_hour",
        text: "Less than one hour",
        position: -0.3,
    },
];

// Percent of deployments that needed remediation.
const CHANGE_FAILURE_RATE: &[Bucket] = &[
    Bucket {
        id: "over_30",
        text: "More than 30%",
        position: 45.0,
    },
    Bucket {
        id: "up_to_30",
        text: "16–30%",
        position: 22.0,
    },
    Bucket {
        id: "up_to_15",
        text: "6–15%",
        position: 10.0,
    },
    Bucket {
        id: "up_to_5",
        text: "0–5%",
        position: 3.0,
    },
];

const RECOVERY_TIME: &[Bucket] = &[
    Bucket {
        id: "longer",
        text: "More than one month",
        position: 3.2,
    },
    Bucket {
        id: "under_month",
        text: "One week to one month",
        position: 2.53,
    },
    Bucket {
        id: "under_week",
        text: "One day to one week",
        position: 1.9,
    },
    Bucket {
        id: "under_day",
        text: "One hour to one day",
        position: 0.8,
    },
    Bucket {
        id: "under_hour",
        text: "Less than one hour",
        position: -0.3,
    },
];

/// The answer buckets offered for a metric, worst first like every option
/// list (bank revision 2; revision 1 listed them best first).
pub fn buckets(metric: Metric) -> &'static [Bucket] {
    match metric {
        Metric::DeploymentFrequency => DEPLOYMENT_FREQUENCY,
        Metric::LeadTime => LEAD_TIME,
        Metric::ChangeFailureRate => CHANGE_FAILURE_RATE,
        Metric::RecoveryTime => RECOVERY_TIME,
    }
}

/// The 2024 cluster table, per metric, best band first.
pub fn clusters(metric: Metric) -> [ClusterValue; 4] {
    use Band::*;
    let value = |band, text, position| ClusterValue {
        band,
        text,
        position,
    };
    match metric {
        Metric::DeploymentFrequency => [
            value(Elite, "On demand, several a day", -0.7),
            value(High, "Daily to weekly", 0.42),
            value(Medium, "Weekly to monthly", 1.16),
            value(Low, "Monthly to every six months", 1.87),
        ],
        Metric::LeadTime => [
            value(Elite, "Less than one day", 0.6),
            value(High, "One day to one week", 1.92),
            value(Medium, "One week to one month", 2.53),
            value(Low, "One to six months", 3.26),
        ],
        Metric::ChangeFailureRate => [
            value(Elite, "About 5%", 5.0),
            value(High, "About 20%", 20.0),
            value(Medium, "About 10%", 10.0),
            value(Low, "About 40%", 40.0),
        ],
        Metric::RecoveryTime => [
            value(Elite, "Less than one hour", -0.3),
            value(High, "Less than one day", 0.8),
            value(Medium, "Less than one day", 0.8),
            value(Low, "One week to one month", 2.53),
        ],
    }
}

/// The spread of the cluster values, used to weigh metrics equally.
pub fn scale_width(metric: Metric) -> f32 {
    let positions = clusters(metric).map(|c| c.position);
    let max = positions.iter().cloned().fold(f32::MIN, f32::max);
    let min = positions.iter().cloned().fold(f32::MAX, f32::min);
    max - min
}
