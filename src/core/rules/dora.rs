//! The four DORA keys against the 2024 performance clusters: each key's
//! nearest cluster, the nearest cluster over all four, and the monotone cap,
//! the band the outcomes support.
//!
//! - **Nearest cluster** (descriptive): each key goes to the cluster nearest
//!   on its own scale; over all four, to the cluster with the smallest sum of
//!   distances, each key weighted by the spread of its cluster values. A tie
//!   is said as a tie ("High or Medium"). A key not known widens the overall
//!   cluster to every cluster it could still be; it never counts as its worst.
//! - **What the outcomes support** (the cap): a key supports the best cluster
//!   it is at least as good as: its nearest cluster, or any cluster whose
//!   typical value is no better than the answer. The outcomes support the
//!   weakest known key's cluster: seed 001, "you need all four". Improving
//!   any key can never lower it, although the 2024 high cluster fails more
//!   often (~20%) than medium (~10%).

use serde::Serialize;

use crate::core::model::answers::{Answers, Standing};
use crate::core::model::bank::dora::{self as table, Band, Metric, EDITION};
use crate::core::model::bank::{self};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricBand {
    pub metric: Metric,
    pub name: &'static str,
    /// The chosen answer's id, or None when not known.
    pub answer: Option<&'static str>,
    pub answer_text: Option<&'static str>,
    /// The nearest clusters, best first (several when equally near, e.g. high
    /// and medium both recover within a day); empty when not known.
    pub nearest: Vec<Band>,
    /// The best cluster the answer is at least as good as; None when not known.
    pub supports: Option<Band>,
    pub known: bool,
}

/// The nearest cluster over all four keys.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverallBand {
    /// Best first: one cluster, several on a tie, or, with keys not known,
    /// every cluster the nearest could still be. Empty when no key is known.
    pub bands: Vec<Band>,
    /// Keys not known.
    pub unknown: usize,
}

impl OverallBand {
    /// "High", "High or Medium" (a tie), "Medium to Elite, 2 keys unknown",
    /// or "not known": the one wording everywhere.
    pub fn text(&self) -> String {
        if self.bands.is_empty() {
            return "not known".to_string();
        }
        let names: Vec<&str> = self.bands.iter().map(|b| b.name()).collect();
        let contiguous = self
            .bands
            .windows(2)
            .all(|w| w[1].rank() == w[0].rank() + 1);
        let span = match (self.unknown, names.as_slice()) {
            (0, _) | (_, [_]) | (_, [_, _]) => names.join(" or "),
            (_, [best, .., worst]) if contiguous => format!("{worst} to {best}"),
            _ => names.join(" or "),
        };
        match self.unknown {
            0 => span,
            1 => format!("{span}, 1 key unknown"),
            n => format!("{span}, {n} keys unknown"),
        }
    }

    /// The one cluster, when it is certain.
    pub fn single(&self) -> Option<Band> {
        match self.bands.as_slice() {
            [one] if self.unknown == 0 => Some(*one),
            _ => None,
        }
    }
}

/// The one improvement that would raise what the outcomes support most.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MoveUp {
    pub metric: Metric,
    pub name: &'static str,
    /// The least improvement that gets the key there: "30% or less",
    /// "“One day to one week” or better".
    pub to: String,
    /// The cluster the key then supports.
    pub band: Band,
    /// What the outcomes then support (unchanged when other keys hold it too).
    pub supports_after: Band,
    /// Other keys that hold the outcomes at the same cluster.
    pub also_holding: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoraResult {
    pub edition: &'static str,
    /// The four keys, in the order of [`Metric::ALL`].
    pub metrics: Vec<MetricBand>,
    pub overall: OverallBand,
    /// What the outcomes support: the weakest known key's cluster. None when
    /// no key is known.
    pub supports: Option<Band>,
    /// How many of the four keys were answered from knowledge.
    pub known: usize,
    pub move_up: Option<MoveUp>,
    pub note: &'static str,
}

/// Said wherever bands are shown, because the 2024 table is not monotonic.
pub const FAILURE_RATE_NOTE: &str = "In the DORA 2024 clusters the high performers' change \
failure rate (about 20%) is higher than the medium performers' (about 10%): medium teams \
deploy less often but fail less. A failure rate is placed in the cluster it is closest to; \
what the outcomes support never drops when a key improves, so 10% supports as much as 20%.";

impl MetricBand {
    /// The nearest cluster in words, naming every equally near one ("High
    /// or Medium"), or "not known": the one wording of page, summary and files.
    pub fn band_text(&self) -> String {
        if self.nearest.is_empty() {
            return "not known".to_string();
        }
        self.nearest
            .iter()
            .map(|b| b.name())
            .collect::<Vec<_>>()
            .join(" or ")
    }
}

/// A key's position on its scale, when known.
pub fn position(answers: &Answers, metric: Metric) -> Option<f32> {
    match answers.standing(bank::known(metric.question_id())) {
        Standing::Chosen(i) => table::reading(metric, i).map(|r| r.position),
        _ => None,
    }
}

/// The clusters nearest to a position on one key's scale, best first.
pub fn nearest_on(metric: Metric, position: f32) -> Vec<Band> {
    nearest(table::clusters(metric).map(|c| (c.band, (position - c.position).abs())))
}

/// The best cluster a position is at least as good as. Every scale runs
/// best (low) to worst (high), so that is the best of the nearest clusters
/// and every cluster at or beyond the position: the running best of the
/// nearest cluster as the answer improves.
pub fn supported_on(metric: Metric, position: f32) -> Band {
    let beyond = table::clusters(metric)
        .into_iter()
        .filter(|c| c.position >= position)
        .map(|c| c.band);
    nearest_on(metric, position)
        .into_iter()
        .chain(beyond)
        .min()
        .unwrap_or(Band::Low)
}

pub fn classify(answers: &Answers) -> DoraResult {
    let positions: [Option<f32>; 4] = Metric::ALL.map(|m| position(answers, m));
    let metrics: Vec<MetricBand> = Metric::ALL
        .iter()
        .zip(positions)
        .map(|(&metric, position)| {
            let question = bank::known(metric.question_id());
            let choice = match answers.standing(question) {
                Standing::Chosen(i) => question.choices().get(i).copied(),
                _ => None,
            };
            MetricBand {
                metric,
                name: metric.name(),
                answer: choice.map(|c| c.id),
                answer_text: choice.map(|c| c.text),
                nearest: position.map_or_else(Vec::new, |p| nearest_on(metric, p)),
                supports: position.map(|p| supported_on(metric, p)),
                known: position.is_some(),
            }
        })
        .collect();
    let known = positions.iter().flatten().count();
    let supports = supports_of(&positions);
    DoraResult {
        edition: EDITION,
        overall: overall(&positions),
        move_up: move_up(answers, &positions),
        supports,
        known,
        metrics,
        note: FAILURE_RATE_NOTE,
    }
}

/// The weakest known key's supported cluster; None when no key is known.
fn supports_of(positions: &[Option<f32>; 4]) -> Option<Band> {
    Metric::ALL
        .iter()
        .zip(positions)
        .filter_map(|(m, p)| p.map(|p| supported_on(*m, p)))
        .max()
}

/// What the outcomes support, for answers: see [`classify`].
pub fn supported_band(answers: &Answers) -> Option<Band> {
    supports_of(&Metric::ALL.map(|m| position(answers, m)))
}

/// The nearest cluster over all four keys; every key not known takes every
/// answer it could have, and the clusters nearest for any of them are kept.
pub fn overall(positions: &[Option<f32>; 4]) -> OverallBand {
    let unknown = positions.iter().filter(|p| p.is_none()).count();
    if unknown == positions.len() {
        return OverallBand {
            bands: Vec::new(),
            unknown,
        };
    }
    // Each key's distance to the four clusters and its own nearest one, for
    // its answer or, when not known, for every answer it could have.
    let candidates: Vec<Vec<Candidate>> = Metric::ALL
        .iter()
        .zip(positions)
        .map(|(m, p)| match p {
            Some(p) => vec![candidate(*m, *p)],
            None => (0..table::offered(*m))
                .filter_map(|i| table::reading(*m, i))
                .map(|r| candidate(*m, r.position))
                .collect(),
        })
        .collect();
    let mut seen = [false; 4];
    visit(&candidates, [0.0; 4], 0, &mut seen);
    OverallBand {
        bands: Band::ALL
            .into_iter()
            .filter(|b| seen[b.rank() as usize])
            .collect(),
        unknown,
    }
}

/// One key's answer: its distance to each cluster (best band first),
/// weighted by the spread of its cluster values so every key counts alike,
/// and the rank of its own nearest cluster (the better of a tie).
struct Candidate {
    distances: [f32; 4],
    rank: u8,
}

fn candidate(metric: Metric, position: f32) -> Candidate {
    let width = table::scale_width(metric);
    Candidate {
        distances: table::clusters(metric).map(|c| (position - c.position).abs() / width),
        rank: nearest_on(metric, position).first().map_or(3, |b| b.rank()),
    }
}

/// Sums the distances over every combination of the keys' candidates and
/// marks the clusters nearest for any of them. A cluster two or more bands
/// better than one of the keys does not describe the organisation (seed 001:
/// "you need all four"), so only clusters at most one band better than the
/// weakest key are candidates: elite speed with a low failure rate and
/// recovery is never called elite.
fn visit(candidates: &[Candidate4], sum: [f32; 4], weakest: u8, seen: &mut [bool; 4]) {
    let Some((first, rest)) = candidates.split_first() else {
        let allowed = |i: usize| i as u8 + 1 >= weakest;
        let best = (0..4)
            .filter(|&i| allowed(i))
            .map(|i| sum[i])
            .fold(f32::MAX, f32::min);
        for i in (0..4).filter(|&i| allowed(i)) {
            seen[i] |= sum[i] - best < 1e-4;
        }
        return;
    };
    for c in first {
        if seen.iter().all(|s| *s) {
            return;
        }
        let sum = std::array::from_fn(|i| sum[i] + c.distances[i]);
        visit(rest, sum, weakest.max(c.rank), seen);
    }
}

type Candidate4 = Vec<Candidate>;

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

/// The least improvement of each key holding the outcomes down that lifts
/// it to a better cluster; the one that raises what the outcomes support
/// most, then the one that gains most on the Quick Check's 0–10 scale.
fn move_up(answers: &Answers, positions: &[Option<f32>; 4]) -> Option<MoveUp> {
    let supports = supports_of(positions)?;
    if supports == Band::Elite {
        return None;
    }
    let holding: Vec<usize> = (0..4)
        .filter(|&i| positions[i].is_some_and(|p| supported_on(Metric::ALL[i], p) == supports))
        .collect();
    let mut best: Option<(MoveUp, (u8, i32))> = None;
    for &i in &holding {
        let metric = Metric::ALL[i];
        let question = bank::known(metric.question_id());
        let Standing::Chosen(now) = answers.standing(question) else {
            continue;
        };
        let Some((index, band)) = least_improvement(metric, now, supports) else {
            continue;
        };
        let mut after = *positions;
        after[i] = table::reading(metric, index).map(|r| r.position);
        let supports_after = supports_of(&after).unwrap_or(supports);
        let gain = score_gain(metric, now, index);
        let rank = (supports.rank() - supports_after.rank(), gain);
        let choice = question.choices()[index];
        let to = if metric.is_percent() {
            format!("{} or less", choice.text)
        } else {
            format!("“{}” or better", choice.text)
        };
        let also_holding = holding
            .iter()
            .filter(|&&j| j != i)
            .map(|&j| Metric::ALL[j].name())
            .collect();
        let candidate = MoveUp {
            metric,
            name: metric.name(),
            to,
            band,
            supports_after,
            also_holding,
        };
        if best.as_ref().is_none_or(|(_, r)| rank > *r) {
            best = Some((candidate, rank));
        }
    }
    best.map(|(m, _)| m)
}

/// The nearest offered answer better than `now` whose cluster is better than
/// `than`, with that cluster.
fn least_improvement(metric: Metric, now: usize, than: Band) -> Option<(usize, Band)> {
    let offered = table::offered(metric);
    // An earlier-scale answer improves from the offered answer at its
    // position's worst end.
    let start = if now < offered {
        now + 1
    } else {
        let reading = table::reading(metric, now)?;
        (0..offered)
            .find(|&i| table::reading(metric, i).is_some_and(|r| r.position <= reading.position))
            .unwrap_or(offered)
    };
    (start..offered).find_map(|i| {
        let band = supported_on(metric, table::reading(metric, i)?.position);
        (band < than).then_some((i, band))
    })
}

/// Tenths of the Quick Check's 0–10 score gained by moving a key between
/// two choices (from the low end of an earlier-scale answer).
fn score_gain(metric: Metric, from: usize, to: usize) -> i32 {
    let tenths = |i: usize| {
        table::reading(metric, i).map_or(0, |r| {
            i32::from(crate::core::rules::quick_check::span_tenths(metric, r.span).0)
        })
    };
    tenths(to) - tenths(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(metric: Metric, answer: &str) -> Answers {
        let mut answers = Answers::new();
        answers.set_by_id(metric.question_id(), answer).unwrap();
        answers
    }

    fn key(metric: Metric, answer: &str) -> MetricBand {
        classify(&with(metric, answer))
            .metrics
            .into_iter()
            .find(|m| m.metric == metric)
            .unwrap()
    }

    fn band_of(metric: Metric, answer: &str) -> Vec<Band> {
        key(metric, answer).nearest
    }

    #[test]
    fn deployment_frequency_follows_the_2024_table() {
        use Band::*;
        let f = Metric::DeploymentFrequency;
        assert_eq!(band_of(f, "several_a_day"), [Elite]);
        assert_eq!(band_of(f, "daily"), [High]);
        assert_eq!(band_of(f, "weekly"), [High]);
        assert_eq!(band_of(f, "monthly"), [Medium]);
        assert_eq!(band_of(f, "half_yearly"), [Low]);
        assert_eq!(band_of(f, "rarely"), [Low]);
    }

    #[test]
    fn lead_time_follows_the_2024_table() {
        use Band::*;
        let m = Metric::LeadTime;
        assert_eq!(band_of(m, "under_hour"), [Elite]);
        assert_eq!(band_of(m, "under_day"), [Elite]);
        assert_eq!(band_of(m, "under_week"), [High]);
        assert_eq!(band_of(m, "under_month"), [Medium]);
        assert_eq!(band_of(m, "under_six_months"), [Low]);
        assert_eq!(band_of(m, "longer"), [Low]);
    }

    #[test]
    fn a_failure_rate_goes_to_the_nearest_cluster_and_supports_the_best_it_beats() {
        use Band::*;
        let m = Metric::ChangeFailureRate;
        let at = |p: &str| (key(m, p).nearest, key(m, p).supports.unwrap());
        assert_eq!(at("3"), (vec![Elite], Elite));
        assert_eq!(
            at("10"),
            (vec![Medium], High),
            "10% is as good as the high cluster"
        );
        assert_eq!(
            at("15"),
            (vec![High, Medium], High),
            "a tie is said as a tie"
        );
        assert_eq!(at("22"), (vec![High], High));
        assert_eq!(at("30"), (vec![High, Low], High));
        assert_eq!(at("45"), (vec![Low], Low));
        // Earlier-scale buckets keep the place they had.
        assert_eq!(at("up_to_15"), (vec![Medium], High));
        assert_eq!(at("over_30"), (vec![Low], Low));
    }

    #[test]
    fn recovery_within_a_day_matches_high_and_medium_and_supports_high() {
        use Band::*;
        let m = Metric::RecoveryTime;
        assert_eq!(band_of(m, "under_hour"), [Elite]);
        let day = key(m, "under_day");
        assert_eq!(day.nearest, [High, Medium]);
        assert_eq!(day.band_text(), "High or Medium");
        assert_eq!(day.supports, Some(High));
        assert_eq!(band_of(m, "under_week"), [Low]);
        assert_eq!(band_of(m, "under_six_months"), [Low]);
        assert_eq!(band_of(m, "over_six_months"), [Low]);
        assert_eq!(
            band_of(m, "longer"),
            [Low],
            "the earlier scale's worst answer"
        );
    }

    fn all(answers: [&str; 4]) -> Answers {
        let mut out = Answers::new();
        for (metric, answer) in Metric::ALL.iter().zip(answers) {
            out.set_by_id(metric.question_id(), answer).unwrap();
        }
        out
    }

    #[test]
    fn the_overall_cluster_is_the_nearest_across_all_four() {
        use Band::*;
        let cases = [
            (["several_a_day", "under_day", "3", "under_hour"], "Elite"),
            (["daily", "under_week", "22", "under_day"], "High"),
            (["monthly", "under_month", "10", "under_day"], "Medium"),
            (
                ["half_yearly", "under_six_months", "45", "under_month"],
                "Low",
            ),
            // The "rounded down twice": two keys in High, two tied
            // between High and Medium.
            (["daily", "under_week", "up_to_15", "under_day"], "High"),
            // Two Low keys are not Medium.
            (["monthly", "longer", "over_30", "under_day"], "Low"),
        ];
        for (answers, want) in cases {
            assert_eq!(classify(&all(answers)).overall.text(), want, "{answers:?}");
        }
        assert_eq!(classify(&all(cases[0].0)).edition, "DORA 2024");
        assert_eq!(classify(&all(cases[0].0)).overall.single(), Some(Elite));
    }

    #[test]
    fn unknown_keys_widen_the_overall_cluster_and_never_show_a_band() {
        let none = classify(&Answers::new());
        assert_eq!(none.overall.text(), "not known");
        assert_eq!(none.supports, None);
        assert!(none
            .metrics
            .iter()
            .all(|m| !m.known && m.band_text() == "not known"));
        let mut answers = Answers::new();
        answers.set_by_id("dora.deploy_frequency", "daily").unwrap();
        answers
            .set_by_id("dora.recovery_time", "under_day")
            .unwrap();
        let two = classify(&answers);
        assert!(two.overall.bands.len() > 1);
        assert!(
            two.overall.text().ends_with(", 2 keys unknown"),
            "{}",
            two.overall.text()
        );
        assert_eq!(two.supports, Some(Band::High));
    }

    #[test]
    fn the_weakest_key_sets_what_outcomes_support_and_says_what_moves_it() {
        let result = classify(&all(["several_a_day", "under_day", "45", "under_hour"]));
        assert_eq!(result.supports, Some(Band::Low));
        let up = result.move_up.unwrap();
        assert_eq!(up.metric, Metric::ChangeFailureRate);
        assert_eq!(up.to, "30% or less");
        assert_eq!((up.band, up.supports_after), (Band::High, Band::High));
        assert!(up.also_holding.is_empty());
        // Two keys at Low: improving one alone moves nothing, so the one that
        // gains most on the Quick Check scale is named with the other.
        let two = classify(&all(["several_a_day", "longer", "45", "under_hour"]));
        let up = two.move_up.unwrap();
        assert_eq!(up.supports_after, Band::Low);
        assert_eq!(up.also_holding.len(), 1);
        assert_eq!(
            classify(&all(["several_a_day", "under_hour", "2", "under_hour"])).move_up,
            None
        );
    }
}
