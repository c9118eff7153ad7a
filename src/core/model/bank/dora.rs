//! The DORA keys as the questionnaire asks them, the answers offered for each
//! and the 2024 performance clusters they are placed in.
//!
//! Since bank revision 3 the keys are asked on the DORA Quick Check's scales
//! (dora.dev/quickcheck; source: github.com/dora-team/dora.dev,
//! `svelte/quick-check/src/lib/data/metrics_question_responses.json`): six
//! options for deployment frequency, lead time and recovery time, and a whole
//! percentage for the change failure and rework rates. Answers of earlier
//! revisions that no longer fit a scale (recovery "more than one month", the
//! percentage buckets) stay readable as *earlier-scale* choices: listed after
//! the offered ones, never offered again, scored as the range they cover.
//!
//! Each answer sits at a position on its metric's scale (log10 of days
//! between deploys, log10 of hours for lead and recovery time, percent for
//! the failure rate) and each 2024 cluster at its typical value.

use serde::Serialize;

use crate::core::model::bank::Choice;

/// The edition of the DORA clusters used; stamped into every result.
pub const EDITION: &str = "DORA 2024";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    DeploymentFrequency,
    LeadTime,
    ChangeFailureRate,
    RecoveryTime,
    /// The Quick Check's fifth key since its 2025 edition; no 2024 cluster.
    ReworkRate,
}

impl Metric {
    /// The four keys of the 2024 clusters, which set the band and the cap.
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
            Metric::ReworkRate => "Deployment rework rate",
        }
    }

    /// The id of the question that asks for this metric.
    pub fn question_id(self) -> &'static str {
        match self {
            Metric::DeploymentFrequency => "dora.deploy_frequency",
            Metric::LeadTime => "dora.lead_time",
            Metric::ChangeFailureRate => "dora.change_failure_rate",
            Metric::RecoveryTime => "dora.recovery_time",
            Metric::ReworkRate => "dora.rework_rate",
        }
    }

    /// Whether it is one of the four keys the 2024 clusters describe.
    pub fn is_key(self) -> bool {
        self != Metric::ReworkRate
    }

    /// Whether it is answered as a whole percentage (0 to 100).
    pub fn is_percent(self) -> bool {
        matches!(self, Metric::ChangeFailureRate | Metric::ReworkRate)
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

/// One option of a metric question (or an earlier revision's option).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bucket {
    pub id: &'static str,
    pub text: &'static str,
    /// Position on the metric's scale (see the module docs).
    pub position: f32,
    /// What it covers: the Quick Check's answer values (1 worst to 6 best)
    /// for a time or frequency, the percentages (lowest, highest) for an
    /// earlier-scale percentage bucket.
    pub span: (u8, u8),
}

/// A cluster's typical value for one metric, as the report states it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClusterValue {
    pub band: Band,
    pub text: &'static str,
    pub position: f32,
}

const fn bucket(id: &'static str, text: &'static str, position: f32, span: (u8, u8)) -> Bucket {
    Bucket {
        id,
        text,
        position,
        span,
    }
}

// Log10 of days between deploys; Quick Check values 1 to 6.
const DEPLOYMENT_FREQUENCY: &[Bucket] = &[
    bucket("rarely", "Less than once every six months", 2.5, (1, 1)),
    bucket(
        "half_yearly",
        "Between once a month and once every six months",
        1.87,
        (2, 2),
    ),
    bucket(
        "monthly",
        "Between once a week and once a month",
        1.16,
        (3, 3),
    ),
    bucket("weekly", "Between once a day and once a week", 0.42, (4, 4)),
    bucket("daily", "Between once an hour and once a day", 0.0, (5, 5)),
    bucket(
        "several_a_day",
        "On demand, several times a day",
        -0.7,
        (6, 6),
    ),
];

// Log10 of hours from commit to production.
const LEAD_TIME: &[Bucket] = &[
    bucket("longer", "More than six months", 3.8, (1, 1)),
    bucket("under_six_months", "One to six months", 3.26, (2, 2)),
    bucket("under_month", "One week to one month", 2.53, (3, 3)),
    bucket("under_week", "One day to one week", 1.92, (4, 4)),
    bucket("under_day", "One hour to one day", 0.6, (5, 5)),
    bucket("under_hour", "Less than one hour", -0.3, (6, 6)),
];

// Log10 of hours to restore service. "longer" (more than one month) was the
// worst option of revisions 1 and 2; it spans the Quick Check's two worst.
const RECOVERY_TIME: &[Bucket] = &[
    bucket("over_six_months", "More than six months", 3.8, (1, 1)),
    bucket("under_six_months", "One to six months", 3.25, (2, 2)),
    bucket("under_month", "One week to one month", 2.53, (3, 3)),
    bucket("under_week", "One day to one week", 1.9, (4, 4)),
    bucket("under_day", "One hour to one day", 0.8, (5, 5)),
    bucket("under_hour", "Less than one hour", -0.3, (6, 6)),
];
const RECOVERY_TIME_EARLIER: &[Bucket] = &[bucket(
    "longer",
    "More than one month (earlier scale)",
    3.2,
    (1, 2),
)];

// Percent of deployments needing remediation: the buckets of revisions 1 and 2.
const CHANGE_FAILURE_RATE_EARLIER: &[Bucket] = &[
    bucket("over_30", "More than 30% (earlier scale)", 45.0, (31, 100)),
    bucket("up_to_30", "16–30% (earlier scale)", 22.0, (16, 30)),
    bucket("up_to_15", "6–15% (earlier scale)", 10.0, (6, 15)),
    bucket("up_to_5", "0–5% (earlier scale)", 3.0, (0, 5)),
];

const REWORK_RATE_EARLIER: &[Bucket] = &[
    bucket("over_25", "More than 25% (earlier scale)", 40.0, (26, 100)),
    bucket("up_to_25", "10–25% (earlier scale)", 17.0, (10, 25)),
    bucket("under_10", "Less than 10% (earlier scale)", 5.0, (0, 9)),
];

/// Whole percentages as ids ("12") and texts ("12%"): each is a slice of
/// one string, so the choices need no table of their own.
const PERCENT_IDS: &str = "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100";
const PERCENT_TEXTS: &str = "0% 1% 2% 3% 4% 5% 6% 7% 8% 9% 10% 11% 12% 13% 14% 15% 16% 17% 18% 19% 20% 21% 22% 23% 24% 25% 26% 27% 28% 29% 30% 31% 32% 33% 34% 35% 36% 37% 38% 39% 40% 41% 42% 43% 44% 45% 46% 47% 48% 49% 50% 51% 52% 53% 54% 55% 56% 57% 58% 59% 60% 61% 62% 63% 64% 65% 66% 67% 68% 69% 70% 71% 72% 73% 74% 75% 76% 77% 78% 79% 80% 81% 82% 83% 84% 85% 86% 87% 88% 89% 90% 91% 92% 93% 94% 95% 96% 97% 98% 99% 100%";

/// The id and text of a whole percentage.
fn percent_words(percent: usize) -> (&'static str, &'static str) {
    let (id, text) = match percent {
        0..=9 => (2 * percent..2 * percent + 1, 3 * percent..3 * percent + 2),
        10..=99 => (
            20 + 3 * (percent - 10)..22 + 3 * (percent - 10),
            30 + 4 * (percent - 10)..33 + 4 * (percent - 10),
        ),
        _ => (290..293, 390..394),
    };
    (&PERCENT_IDS[id], &PERCENT_TEXTS[text])
}

/// A percentage question offers 101 choices, least mature first: "100" is
/// choice 0 and "0" choice 100, so choice `i` is `100 - i` percent.
const PERCENTS: usize = 101;

/// The options offered for a time or frequency, worst first (empty for a
/// percentage).
pub fn buckets(metric: Metric) -> &'static [Bucket] {
    match metric {
        Metric::DeploymentFrequency => DEPLOYMENT_FREQUENCY,
        Metric::LeadTime => LEAD_TIME,
        Metric::RecoveryTime => RECOVERY_TIME,
        Metric::ChangeFailureRate | Metric::ReworkRate => &[],
    }
}

/// Answers of earlier revisions that are still read but no longer offered.
pub fn earlier_buckets(metric: Metric) -> &'static [Bucket] {
    match metric {
        Metric::RecoveryTime => RECOVERY_TIME_EARLIER,
        Metric::ChangeFailureRate => CHANGE_FAILURE_RATE_EARLIER,
        Metric::ReworkRate => REWORK_RATE_EARLIER,
        Metric::DeploymentFrequency | Metric::LeadTime => &[],
    }
}

/// How many choices are offered: the rest are earlier-scale answers.
pub fn offered(metric: Metric) -> usize {
    if metric.is_percent() {
        PERCENTS
    } else {
        buckets(metric).len()
    }
}

/// Every choice a metric question reads: the offered ones, least mature
/// first, then the earlier-scale ones.
pub fn choices(metric: Metric) -> Vec<Choice> {
    let offered: Vec<Choice> = if metric.is_percent() {
        (0..PERCENTS)
            .rev()
            .map(|p| {
                let (id, text) = percent_words(p);
                Choice { id, text }
            })
            .collect()
    } else {
        buckets(metric)
            .iter()
            .map(|b| Choice {
                id: b.id,
                text: b.text,
            })
            .collect()
    };
    offered
        .into_iter()
        .chain(earlier_buckets(metric).iter().map(|b| Choice {
            id: b.id,
            text: b.text,
        }))
        .collect()
}

/// The choice index of a whole percentage.
pub fn percent_choice(percent: u8) -> usize {
    100 - usize::from(percent.min(100))
}

#[cfg(test)]
#[test]
fn every_percentage_has_its_own_words() {
    for p in 0..PERCENTS {
        assert_eq!(
            percent_words(p),
            (p.to_string().as_str(), format!("{p}%").as_str())
        );
    }
}

/// What one answer means for the rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    /// Position on the metric's scale, where the clusters are.
    pub position: f32,
    /// The Quick Check's answer values it covers: 1 to 6 for a time or
    /// frequency, 0 to 100 (percent) for a rate; equal ends when exact.
    pub span: (u8, u8),
    /// An earlier-scale answer, covering a range.
    pub earlier: bool,
}

/// The reading of a choice index, or None when out of range.
pub fn reading(metric: Metric, index: usize) -> Option<Reading> {
    let offered = offered(metric);
    if index < offered {
        if metric.is_percent() {
            let percent = (100 - index) as u8;
            return Some(Reading {
                position: f32::from(percent),
                span: (percent, percent),
                earlier: false,
            });
        }
        let b = buckets(metric)[index];
        return Some(Reading {
            position: b.position,
            span: b.span,
            earlier: false,
        });
    }
    earlier_buckets(metric)
        .get(index - offered)
        .map(|b| Reading {
            position: b.position,
            span: b.span,
            earlier: true,
        })
}

/// The 2024 cluster table, per key, best band first. The 2024 report did
/// not cluster the rework rate; no rule asks for its clusters, and it is
/// given the failure rate's only so this stays total.
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
        Metric::ChangeFailureRate | Metric::ReworkRate => [
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

/// The spread of the cluster values, used to weigh the keys equally.
pub fn scale_width(metric: Metric) -> f32 {
    let positions = clusters(metric).map(|c| c.position);
    let max = positions.iter().cloned().fold(f32::MIN, f32::max);
    let min = positions.iter().cloned().fold(f32::MAX, f32::min);
    max - min
}
