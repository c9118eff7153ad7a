//! The DORA Quick Check's scores, computed as it computes them
//! (github.com/dora-team/dora.dev, `svelte/quick-check/src/lib/data-service.ts`
//! and `utils.ts`), with its benchmarks.
//!
//! - Each key scores 0–10, best 10: a time or frequency answer `v` (1 worst to
//!   6 best) scores `(v − 1) / 5 × 10`; a rate of `p`% scores `p / 100 × −10 + 10`
//!   (`calculatePerformanceScore` through `recode_numeric_range`).
//! - The overall score is the mean of the keys answered, in the order lead
//!   time, deployment frequency, recovery time, change failure rate (and the
//!   rework rate in the 2025 edition), shown to one decimal like
//!   JavaScript's `toFixed(1)` (`calculatePerformanceAverage`).
//! - Throughput is the mean of lead time, deployment frequency and recovery
//!   time; stability the change failure rate, with the rework rate in 2025
//!   (`calculateAll`).
//! - Benchmarks: a group's published mean and standard deviation per key;
//!   the failure and rework rates and "instability" are turned round
//!   (10 − mean) and the overall mean is recomputed as the mean of the key
//!   means, the published deviation kept (`transformMetrics`).
//!
//! Beyond it: a key not known is left out as the Quick Check leaves it out,
//! and the range it leaves (0 to 10) is given too; an answer on an earlier
//! revision's scale (a percentage bucket) scores as the range it covers.

use serde::Serialize;

use crate::core::model::answers::{Answers, Standing};
use crate::core::model::bank::benchmarks::{self as data, Group};
use crate::core::model::bank::dora::{self as table, Metric};
use crate::core::model::bank::{self};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Edition {
    #[serde(rename = "2024")]
    Y2024,
    #[serde(rename = "2025")]
    Y2025,
}

impl Edition {
    pub const ALL: [Edition; 2] = [Edition::Y2025, Edition::Y2024];

    pub fn name(self) -> &'static str {
        match self {
            Edition::Y2024 => "2024",
            Edition::Y2025 => "2025",
        }
    }

    /// The keys in the Quick Check's order.
    pub fn metrics(self) -> &'static [Metric] {
        const FOUR: [Metric; 4] = [
            Metric::LeadTime,
            Metric::DeploymentFrequency,
            Metric::RecoveryTime,
            Metric::ChangeFailureRate,
        ];
        const FIVE: [Metric; 5] = [
            Metric::LeadTime,
            Metric::DeploymentFrequency,
            Metric::RecoveryTime,
            Metric::ChangeFailureRate,
            Metric::ReworkRate,
        ];
        match self {
            Edition::Y2024 => &FOUR,
            Edition::Y2025 => &FIVE,
        }
    }

    /// The comparison groups: industries first, then organisation sizes.
    pub fn groups(self) -> &'static [Group] {
        match self {
            Edition::Y2024 => data::EDITION_2024,
            Edition::Y2025 => data::EDITION_2025,
        }
    }

    pub fn by_name(name: &str) -> Option<Edition> {
        Edition::ALL.into_iter().find(|e| e.name() == name)
    }
}

/// A 0–10 score as the Quick Check shows it, in tenths: `low` and `high`
/// are equal unless an earlier-scale answer or an unknown key leaves a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Score {
    pub low: u16,
    pub high: u16,
}

impl Score {
    /// "7.2", or "7.0–7.4" for a range.
    pub fn text(&self) -> String {
        if self.low == self.high {
            tenths_text(self.low)
        } else {
            format!("{}–{}", tenths_text(self.low), tenths_text(self.high))
        }
    }
}

/// A benchmark: mean and one standard deviation, in hundredths of a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Benchmark {
    pub mean: u16,
    pub sd: u16,
}

impl Benchmark {
    /// "5.1 ± 2.6"
    pub fn text(&self) -> String {
        format!(
            "{} ± {}",
            tenths_text(rounded_tenths(self.mean)),
            tenths_text(rounded_tenths(self.sd))
        )
    }

    /// The band of mean ± one deviation on the 0–10 axis, clipped, in hundredths.
    pub fn band(&self) -> (u16, u16) {
        (
            self.mean.saturating_sub(self.sd),
            (self.mean + self.sd).min(1000),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyScore {
    pub metric: Metric,
    pub name: &'static str,
    pub answer_text: Option<&'static str>,
    /// None when the key is not known.
    pub score: Option<Score>,
    pub benchmark: Option<Benchmark>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuickCheck {
    pub edition: Edition,
    pub group: &'static str,
    pub group_name: &'static str,
    pub keys: Vec<KeyScore>,
    /// The mean of the keys known; None when none is.
    pub overall: Option<Score>,
    /// With keys not known: where the overall score could still be.
    pub overall_range: Option<Score>,
    pub throughput: Option<Score>,
    pub stability: Option<Score>,
    pub overall_benchmark: Option<Benchmark>,
    pub throughput_benchmark: Option<Benchmark>,
    pub stability_benchmark: Option<Benchmark>,
    pub unknown: usize,
}

/// The overall score a summary shows: the edition whose keys are all known,
/// else the 2025 edition's with how many are not.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct QuickCheckScore {
    pub edition: Edition,
    pub overall: Score,
    pub unknown: usize,
    pub keys: usize,
}

pub fn headline_score(answers: &Answers) -> Option<QuickCheckScore> {
    let results = Edition::ALL.map(|e| quick_check(answers, e, "all"));
    let qc = results
        .iter()
        .find(|qc| qc.unknown == 0)
        .unwrap_or(&results[0]);
    Some(QuickCheckScore {
        edition: qc.edition,
        overall: qc.overall?,
        unknown: qc.unknown,
        keys: qc.keys.len(),
    })
}

/// The Quick Check's categorical score, `recode_numeric_range(v, 1, 6, 0, 10)`.
pub fn categorical_score(value: u8) -> f64 {
    let value = f64::from(value.clamp(1, 6));
    ((value - 1.0) / (6.0 - 1.0)) * (10.0 - 0.0) + 0.0
}

/// The Quick Check's percentage score, `recode_numeric_range(p, 0, 100, 10, 0)`.
pub fn percentage_score(percent: u8) -> f64 {
    let percent = f64::from(percent.min(100));
    ((percent - 0.0) / (100.0 - 0.0)) * (0.0 - 10.0) + 10.0
}

/// The scores (worst end, best end) an answer's span covers.
fn span_scores(metric: Metric, (a, b): (u8, u8)) -> (f64, f64) {
    if metric.is_percent() {
        (percentage_score(b), percentage_score(a))
    } else {
        (categorical_score(a), categorical_score(b))
    }
}

/// The same, in tenths (exact: every answer scores a whole tenth).
pub fn span_tenths(metric: Metric, span: (u8, u8)) -> (u16, u16) {
    let (low, high) = span_scores(metric, span);
    (to_fixed_tenths(low), to_fixed_tenths(high))
}

/// A key's score range from the answers, None when not known.
fn key_scores(answers: &Answers, metric: Metric) -> Option<(f64, f64)> {
    match answers.standing(bank::known(metric.question_id())) {
        Standing::Chosen(i) => table::reading(metric, i).map(|r| span_scores(metric, r.span)),
        _ => None,
    }
}

/// The Quick Check for these answers, against one comparison group (by id;
/// an unknown id compares with all industries).
pub fn quick_check(answers: &Answers, edition: Edition, group: &str) -> QuickCheck {
    let groups = edition.groups();
    let group = groups.iter().find(|g| g.id == group).unwrap_or(&groups[0]);
    let metrics = edition.metrics();
    let scores: Vec<Option<(f64, f64)>> = metrics.iter().map(|m| key_scores(answers, *m)).collect();
    let keys = metrics
        .iter()
        .zip(&scores)
        .map(|(&metric, score)| {
            let question = bank::known(metric.question_id());
            let answer_text = match answers.standing(question) {
                Standing::Chosen(i) => question.choices().get(i).map(|c| c.text),
                _ => None,
            };
            KeyScore {
                metric,
                name: metric.name(),
                answer_text,
                score: score.map(|(l, h)| Score {
                    low: to_fixed_tenths(l),
                    high: to_fixed_tenths(h),
                }),
                benchmark: key_benchmark(group, metric),
            }
        })
        .collect();
    let unknown = scores.iter().filter(|s| s.is_none()).count();
    let overall = mean_score(&scores);
    let overall_range = (unknown > 0 && unknown < scores.len()).then(|| {
        let filled = |end: f64| {
            scores
                .iter()
                .map(|s| Some(s.unwrap_or((end, end))))
                .collect::<Vec<_>>()
        };
        Score {
            low: mean_score(&filled(0.0)).map_or(0, |s| s.low),
            high: mean_score(&filled(10.0)).map_or(100, |s| s.high),
        }
    });
    let (throughput, stability) = scores.split_at(3);
    QuickCheck {
        edition,
        group: group.id,
        group_name: group.name,
        keys,
        overall,
        overall_range,
        throughput: mean_score(throughput),
        stability: mean_score(stability),
        overall_benchmark: overall_benchmark(group, metrics),
        throughput_benchmark: figure(group, data::THROUGHPUT)
            .map(|(mean, sd)| Benchmark { mean, sd }),
        stability_benchmark: figure(group, data::INSTABILITY).map(|(mean, sd)| Benchmark {
            mean: 1000 - mean.min(1000),
            sd,
        }),
        unknown,
    }
}

/// The mean of the known scores, summed in order from 0 as the Quick Check
/// does (`reduce((a, b) => a + b, 0) / length`), each end on its own.
fn mean_score(scores: &[Option<(f64, f64)>]) -> Option<Score> {
    let known: Vec<(f64, f64)> = scores.iter().flatten().copied().collect();
    if known.is_empty() {
        return None;
    }
    let n = known.len() as f64;
    let low = known.iter().fold(0.0, |a, s| a + s.0) / n;
    let high = known.iter().fold(0.0, |a, s| a + s.1) / n;
    Some(Score {
        low: to_fixed_tenths(low),
        high: to_fixed_tenths(high),
    })
}

fn figure(group: &Group, index: usize) -> Option<(u16, u16)> {
    group.figures[index]
}

fn figure_index(metric: Metric) -> usize {
    match metric {
        Metric::LeadTime => data::LEAD_TIME,
        Metric::DeploymentFrequency => data::DEPLOYMENT_FREQUENCY,
        Metric::RecoveryTime => data::RECOVERY_TIME,
        Metric::ChangeFailureRate => data::CHANGE_FAILURE_RATE,
        Metric::ReworkRate => data::REWORK_RATE,
    }
}

/// A key's benchmark with the rates turned round to "higher is better".
fn key_benchmark(group: &Group, metric: Metric) -> Option<Benchmark> {
    let (mean, sd) = figure(group, figure_index(metric))?;
    let mean = if metric.is_percent() {
        1000 - mean.min(1000)
    } else {
        mean
    };
    Some(Benchmark { mean, sd })
}

/// The overall benchmark: the mean of the edition's key means, with the
/// published deviation of the overall average.
fn overall_benchmark(group: &Group, metrics: &[Metric]) -> Option<Benchmark> {
    let (_, sd) = figure(group, data::OVERALL)?;
    let means: Vec<u16> = metrics
        .iter()
        .filter_map(|m| key_benchmark(group, *m))
        .map(|b| b.mean)
        .collect();
    if means.is_empty() {
        return None;
    }
    let sum: u32 = means.iter().map(|&m| u32::from(m)).sum();
    let n = means.len() as u32;
    Some(Benchmark {
        mean: ((sum + n / 2) / n) as u16,
        sd,
    })
}

/// JavaScript's `x.toFixed(1)` for 0 ≤ x, as tenths: the `n` for which
/// `n / 10 − x` is nearest zero on the exact value of the double, the larger
/// on a tie (ECMA-262, Number.prototype.toFixed).
pub fn to_fixed_tenths(x: f64) -> u16 {
    if x.is_nan() || x <= 0.0 {
        return 0;
    }
    if x >= 6553.0 {
        return u16::MAX;
    }
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), exponent - 1075)
    };
    // x = mantissa × 2^exp exactly; 10x likewise (57 bits at most).
    let tens = mantissa * 10;
    if exp >= 0 {
        return (tens << exp) as u16;
    }
    let shift = (-exp) as u32;
    if shift >= 63 {
        // Below 2^-10: 10x is under 0.01.
        return 0;
    }
    let whole = tens >> shift;
    let rest = tens & ((1u64 << shift) - 1);
    let half = 1u64 << (shift - 1);
    (whole + u64::from(rest >= half)) as u16
}

/// Hundredths rounded to tenths, halves up.
fn rounded_tenths(hundredths: u16) -> u16 {
    (hundredths + 5) / 10
}

/// "7.2" from 72: no float formatting.
pub fn tenths_text(tenths: u16) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_fixed_matches_javascript_on_halves_and_binary_ties() {
        assert_eq!(to_fixed_tenths(7.25), 73, "an exact tie goes up");
        assert_eq!(to_fixed_tenths(7.85), 78, "7.85 is 7.8499… in binary");
        assert_eq!(to_fixed_tenths(0.05), 1, "0.05 is 0.05000000000000000277…");
        assert_eq!(to_fixed_tenths(10.0), 100);
        assert_eq!(to_fixed_tenths(0.0), 0);
        assert_eq!(tenths_text(73), "7.3");
    }

    #[test]
    fn scores_follow_the_quick_check_formulas() {
        // data-service.test.ts: 1 → 0, 6 → 10, 3.5 → 5; 0% → 10, 100% → 0, 50% → 5.
        assert_eq!(categorical_score(1), 0.0);
        assert_eq!(categorical_score(6), 10.0);
        assert_eq!(percentage_score(0), 10.0);
        assert_eq!(percentage_score(100), 0.0);
        assert_eq!(percentage_score(50), 5.0);
    }

    #[test]
    fn benchmarks_are_turned_round_as_the_quick_check_does() {
        // data-service.test.ts: 2025 all industries: failure rate 1.9 → 8.1,
        // rework 2.2 → 7.8, instability 2.1 → stability 7.9, overall
        // (5.5 + 4.8 + 7.4 + 8.1 + 7.8) / 5 = 6.72.
        let qc = quick_check(&Answers::new(), Edition::Y2025, "all");
        let key = |m: Metric| {
            qc.keys
                .iter()
                .find(|k| k.metric == m)
                .unwrap()
                .benchmark
                .unwrap()
        };
        assert_eq!(key(Metric::ChangeFailureRate).mean, 810);
        assert_eq!(key(Metric::ReworkRate).mean, 780);
        assert_eq!(qc.stability_benchmark.unwrap().mean, 790);
        assert_eq!(qc.overall_benchmark.unwrap().mean, 672);
        assert_eq!(qc.overall, None);
        assert_eq!(qc.unknown, 5);
        let y2024 = quick_check(&Answers::new(), Edition::Y2024, "all");
        assert!(y2024.keys.iter().all(|k| k.metric != Metric::ReworkRate));
        assert_eq!(
            y2024.throughput_benchmark, None,
            "2024 publishes no group figures"
        );
    }
}
