//! Places the four DORA keys in the 2024 performance clusters.
//!
//! Each metric goes to the nearest cluster on its own scale. The overall band
//! is the lower of two: the cluster nearest across the throughput keys and the
//! one nearest across the stability keys, each metric weighted by the spread
//! of its cluster values. Ties go to the lower band, and a metric answered
//! "don't know" counts as its worst bucket: what cannot be shown is not assumed.

use serde::Serialize;

use crate::core::model::answers::{Answers, Standing};
use crate::core::model::bank::dora::{self as table, Band, Metric, EDITION};
use crate::core::model::bank::{self};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricBand {
    pub metric: Metric,
    pub name: &'static str,
    /// The chosen bucket's id, or None when unknown.
    pub answer: Option<&'static str>,
    pub answer_text: Option<&'static str>,
    /// The band used: the nearest cluster (the lower one on a tie).
    pub band: Band,
    /// Every cluster equally near (e.g. high and medium both recover within a day).
    pub also: Vec<Band>,
    pub known: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoraResult {
    pub edition: &'static str,
    pub metrics: Vec<MetricBand>,
    pub overall: Band,
    /// How many of the four keys were answered from knowledge.
    pub known: usize,
    pub note: &'static str,
}

/// Said wherever bands are shown, because the 2024 table is not monotonic.
pub const FAILURE_RATE_NOTE: &str = "In the DORA 2024 clusters the high performers' change \
failure rate (about 20%) is higher than the medium performers' (about 10%): medium teams \
deploy less often but fail less. A failure rate is therefore placed in the cluster it is \
closest to, not on a best-to-worst scale.";

impl MetricBand {
    /// The band in words, naming every equally near cluster ("High or
    /// Medium"): the one wording the page, the summary and the files use.
    pub fn band_text(&self) -> String {
        self.also
            .iter()
            .map(|b| b.name())
            .collect::<Vec<_>>()
            .join(" or ")
    }
}

pub fn classify(answers: &Answers) -> DoraResult {
    let mut metrics = Vec::new();
    let mut chosen = Vec::new();
    for metric in Metric::ALL {
        let question = bank::known(metric.question_id());
        let buckets = table::buckets(metric);
        let (bucket, known) = match answers.standing(question) {
            Standing::Chosen(i) => (&buckets[i], true),
            // Not known counts as the worst bucket, the first.
            _ => (&buckets[0], false),
        };
        chosen.push(bucket);
        let clusters = table::clusters(metric);
        let nearest = nearest(clusters.map(|c| (c.band, (bucket.position - c.position).abs())));
        metrics.push(MetricBand {
            metric,
            name: metric.name(),
            answer: known.then_some(bucket.id),
            answer_text: known.then_some(bucket.text),
            band: *nearest.last().expect("at least one nearest band"),
            also: nearest,
            known,
        });
    }
    let overall = overall_band(&chosen);
    DoraResult {
        edition: EDITION,
        known: metrics.iter().filter(|m| m.known).count(),
        metrics,
        overall,
        note: FAILURE_RATE_NOTE,
    }
}

/// The overall band, given one bucket per key in the order of
/// [`Metric::ALL`]: the lower of the throughput pair's nearest cluster
/// (deployment frequency and lead time) and the stability pair's (change
/// failure rate and recovery time). Seed 001: two keys measure throughput and
/// two stability, and "you need all four, because optimizing one in isolation
/// usually breaks another", so elite speed cannot hide a low stability.
fn overall_band(buckets: &[&table::Bucket]) -> Band {
    let throughput = nearest_across(&Metric::ALL[..2], &buckets[..2]);
    let stability = nearest_across(&Metric::ALL[2..], &buckets[2..]);
    throughput.max(stability)
}

/// The cluster nearest across some keys, each weighted by the spread of its
/// cluster values; a tie goes to the lower band.
fn nearest_across(metrics: &[Metric], buckets: &[&table::Bucket]) -> Band {
    let mut distance = [0.0f32; 4];
    for (metric, bucket) in metrics.iter().zip(buckets) {
        let width = table::scale_width(*metric);
        for (i, cluster) in table::clusters(*metric).iter().enumerate() {
            distance[i] += (bucket.position - cluster.position).abs() / width;
        }
    }
    *nearest(std::array::from_fn(|i| (Band::ALL[i], distance[i])))
        .last()
        .expect("at least one nearest band")
}

/// The best overall band the answers allow when every key not known takes
/// whichever bucket helps most: what the known keys alone establish. None
/// when no key is known. The change failure rate is tried in every bucket,
/// because its clusters are not in best-to-worst order.
pub fn best_case_band(answers: &Answers) -> Option<Band> {
    let mut chosen: Vec<&'static table::Bucket> = Vec::new();
    let mut known = 0;
    let mut failure_rate_known = true;
    for metric in Metric::ALL {
        let buckets = table::buckets(metric);
        match answers.standing(bank::known(metric.question_id())) {
            Standing::Chosen(i) => {
                known += 1;
                chosen.push(&buckets[i]);
            }
            _ => {
                // The speed keys' best bucket is their last.
                failure_rate_known &= metric != Metric::ChangeFailureRate;
                chosen.push(buckets.last().expect("every metric has buckets"));
            }
        }
    }
    if known == 0 {
        return None;
    }
    if failure_rate_known {
        return Some(overall_band(&chosen));
    }
    let failure_rate = Metric::ALL
        .iter()
        .position(|m| *m == Metric::ChangeFailureRate)
        .expect("the failure rate is a key");
    table::buckets(Metric::ChangeFailureRate)
        .iter()
        .map(|bucket| {
            chosen[failure_rate] = bucket;
            overall_band(&chosen)
        })
        .min_by_key(|band| band.rank())
}

/// The bands at the smallest distance, best first.
fn nearest(distances: [(Band, f32); 4]) -> Vec<Band> {
    let best = distances.iter().map(|d| d.1).fold(f32::MAX, f32::min);
    let mut bands: Vec<Band> = distances
        .iter()
        .filter(|d| d.1 - best < 1e-4)
        .map(|d| d.0)
        .collect();
    crate::core::support::compact::sort_by_key(&mut bands, |b| *b);
    bands
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(metric: Metric, bucket: &str) -> Answers {
        let mut answers = Answers::new();
        answers.set_by_id(metric.question_id(), bucket).unwrap();
        answers
    }

    fn band_of(metric: Metric, bucket: &str) -> Band {
        classify(&with(metric, bucket))
            .metrics
            .into_iter()
            .find(|m| m.metric == metric)
            .unwrap()
            .band
    }

    #[test]
    fn deployment_frequency_buckets_follow_the_2024_table() {
        use Band::*;
        let f = Metric::DeploymentFrequency;
        assert_eq!(band_of(f, "several_a_day"), Elite);
        assert_eq!(band_of(f, "daily"), High);
        assert_eq!(band_of(f, "weekly"), High);
        assert_eq!(band_of(f, "monthly"), Medium);
        assert_eq!(band_of(f, "half_yearly"), Low);
        assert_eq!(band_of(f, "rarely"), Low);
    }

    #[test]
    fn lead_time_buckets_follow_the_2024_table() {
        use Band::*;
        let m = Metric::LeadTime;
        assert_eq!(band_of(m, "under_hour"), Elite);
        assert_eq!(band_of(m, "under_day"), Elite);
        assert_eq!(band_of(m, "under_week"), High);
        assert_eq!(band_of(m, "under_month"), Medium);
        assert_eq!(band_of(m, "under_six_months"), Low);
        assert_eq!(band_of(m, "longer"), Low);
    }

    #[test]
    fn failure_rate_goes_to_the_nearest_cluster_not_a_ranking() {
        use Band::*;
        let m = Metric::ChangeFailureRate;
        assert_eq!(band_of(m, "up_to_5"), Elite);
        assert_eq!(band_of(m, "up_to_15"), Medium);
        assert_eq!(band_of(m, "up_to_30"), High);
        assert_eq!(band_of(m, "over_30"), Low);
    }

    #[test]
    fn recovery_within_a_day_matches_high_and_medium() {
        use Band::*;
        let m = Metric::RecoveryTime;
        assert_eq!(band_of(m, "under_hour"), Elite);
        let result = classify(&with(m, "under_day"));
        let recovery = &result.metrics[3];
        assert_eq!(recovery.also, vec![High, Medium]);
        assert_eq!(recovery.band, Medium, "ties go to the lower band");
        assert_eq!(band_of(m, "under_week"), Low);
        assert_eq!(band_of(m, "under_month"), Low);
        assert_eq!(band_of(m, "longer"), Low);
    }

    fn all(buckets: [&str; 4]) -> Answers {
        let mut answers = Answers::new();
        for (metric, bucket) in Metric::ALL.iter().zip(buckets) {
            answers.set_by_id(metric.question_id(), bucket).unwrap();
        }
        answers
    }

    #[test]
    fn overall_band_is_the_nearest_cluster_across_all_four() {
        use Band::*;
        let elite = all(["several_a_day", "under_day", "up_to_5", "under_hour"]);
        assert_eq!(classify(&elite).overall, Elite);
        let high = all(["daily", "under_week", "up_to_30", "under_day"]);
        assert_eq!(classify(&high).overall, High);
        let medium = all(["monthly", "under_month", "up_to_15", "under_day"]);
        assert_eq!(classify(&medium).overall, Medium);
        let low = all(["half_yearly", "under_six_months", "over_30", "under_month"]);
        assert_eq!(classify(&low).overall, Low);
        assert_eq!(classify(&low).edition, "DORA 2024");
    }

    #[test]
    fn unknown_metrics_count_as_their_worst_bucket() {
        let result = classify(&Answers::new());
        assert_eq!(result.overall, Band::Low);
        assert_eq!(result.known, 0);
        assert!(result
            .metrics
            .iter()
            .all(|m| !m.known && m.answer.is_none()));
    }
}
