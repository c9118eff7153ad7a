//! The assessment engine on hand-built personas and random answers.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::answers_from;

use devops_maturity::core::model::answers::{Answer, Answers};
use devops_maturity::core::model::bank::{self, dora, Band, Kind, Question};
use devops_maturity::core::rules::fix_first::DecidedBy;
use devops_maturity::core::rules::honesty::Verdict;
use devops_maturity::core::rules::report::{assess, Report};
use devops_maturity::core::rules::scoring::score_all;
use proptest::prelude::*;

/// Every ranked question at its best, in a mid-sized organisation.
fn everything_best() -> Answers {
    let mut answers = Answers::new();
    for q in bank::questions() {
        if let Some(best) = q.best_choice() {
            answers.set(q.id, Answer::Choice(best as u8)).unwrap();
        }
    }
    answers
        .set_by_id("org.product_engineers", "under_150")
        .unwrap();
    answers.set_by_id("dora.rework_rate", "over_25").unwrap();
    answers
}

fn set(mut answers: Answers, pairs: &[(&str, &str)]) -> Answers {
    for (q, choice) in pairs {
        answers
            .set_by_id(q, choice)
            .unwrap_or_else(|e| panic!("{q}: {e}"));
    }
    answers
}

fn level(report: &Report, dimension: &str) -> u8 {
    report
        .dimensions
        .iter()
        .find(|d| d.dimension == dimension)
        .unwrap()
        .level
}

fn framework(report: &Report, id: &str) -> (u8, &'static str) {
    let f = report.frameworks.iter().find(|f| f.id == id).unwrap();
    (f.level, f.level_name)
}

#[test]
fn a_team_doing_everything_well_is_level_five_and_elite_everywhere() {
    let report = assess(&everything_best());
    assert_eq!(report.level, 5);
    assert_eq!(report.level_name, "Optimizing");
    assert_eq!(report.summary.confidence, 1.0);
    assert_eq!(report.dora.overall.single(), Some(Band::Elite));
    assert_eq!(report.honesty.verdict, Verdict::Consistent);
    assert_eq!(report.fix_first.first_no, None);
    assert_eq!(report.fix_first.title, "Optimise");
    assert_eq!(framework(&report, "five_stage"), (5, "Optimized"));
    assert_eq!(framework(&report, "dora_levels"), (5, "Optimizing"));
    assert_eq!(
        framework(&report, "operational_excellence"),
        (5, "Continuously Improved")
    );
    assert_eq!(
        framework(&report, "five_stage_roadmap"),
        (5, "Platform engineering")
    );
    assert_eq!(
        framework(&report, "platform_engineering"),
        (5, "Continuous Evolution")
    );
    let roadmap: Vec<&str> = report.roadmap.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(roadmap, ["chain.optimise"], "only optimisation is left");
}

#[test]
fn an_all_manual_shop_is_level_one_whatever_else_it_claims() {
    let answers = set(everything_best(), &[("delivery.pipeline", "manual")]);
    let report = assess(&answers);
    assert_eq!(level(&report, "delivery"), 1);
    assert_eq!(report.level, 1, "the lowest delivery stage decides");
    assert_eq!(report.summary.weakest, vec!["delivery"]);
    assert!(report.summary.mean > 4.0, "the mean shows the rest");
    assert_eq!(report.summary.spread, 4);
    assert_eq!(report.fix_first.first_no, Some(0));
    assert_eq!(report.fix_first.title, "Automate the gate");
    let reason = &report.dimensions[2].binding[0].reason;
    assert!(reason.contains("By hand"), "{reason}");
    assert_eq!(framework(&report, "dora_levels").0, 1);
    assert_eq!(framework(&report, "operational_excellence").0, 1);
}

#[test]
fn without_slos_reliability_cannot_pass_level_four() {
    let answers = set(everything_best(), &[("reliability.slos", "no")]);
    let report = assess(&answers);
    assert_eq!(level(&report, "reliability"), 3);
    let binding = &report
        .dimensions
        .iter()
        .find(|d| d.dimension == "reliability")
        .unwrap()
        .binding;
    assert_eq!(binding.len(), 1);
    assert_eq!(
        binding[0].reason,
        "Level 4 needs “SLOs with error budgets”; the answer was no."
    );
    // The roadmap-stage model stops at stage 3 too.
    assert_eq!(framework(&report, "five_stage_roadmap").0, 3);
}

#[test]
fn the_stage_rule_does_not_count_stage_four_without_stage_three() {
    let answers = set(everything_best(), &[("observability.tracing", "no")]);
    let report = assess(&answers);
    let stages = report
        .frameworks
        .iter()
        .find(|f| f.id == "five_stage_roadmap")
        .unwrap();
    assert_eq!(stages.level, 2);
    assert_eq!(stages.parts[2].label, "Not done");
    assert_eq!(stages.parts[3].label, "Done");
    assert!(stages.parts[3]
        .detail
        .contains("does not count until every earlier stage"));
}

#[test]
fn practices_ahead_of_outcomes_are_called_out() {
    let answers = set(
        everything_best(),
        &[
            ("dora.deploy_frequency", "half_yearly"),
            ("dora.lead_time", "under_six_months"),
            ("dora.change_failure_rate", "over_30"),
            ("dora.recovery_time", "under_month"),
        ],
    );
    let report = assess(&answers);
    assert_eq!(report.dora.overall.text(), "Low");
    assert_eq!(report.dora.supports, Some(Band::Low));
    assert_eq!(report.honesty.verdict, Verdict::PracticesAhead);
    assert_eq!(report.honesty.bands_apart, 3);
    assert!(report.honesty.message.contains("overestimate"));
    assert_eq!(report.headline.stage_level, 5);
    assert_eq!(report.level, 2, "DORA low supports level 2 at most");
    assert_eq!(
        report.fix_first.first_no,
        Some(0),
        "deploying twice a year is not deploying on demand, whatever the practices say"
    );
    assert_eq!(report.fix_first.chain[0].decided_by, DecidedBy::Outcomes);
}

#[test]
fn unknown_delivery_metrics_cap_measurement_and_are_flagged() {
    let mut answers = everything_best();
    for metric in bank::Metric::ALL {
        answers.set(metric.question_id(), Answer::DontKnow).unwrap();
    }
    let report = assess(&answers);
    assert_eq!(level(&report, "measurement"), 2);
    assert_eq!(report.honesty.verdict, Verdict::Unmeasured);
    assert_eq!(report.dora.known, 0);
    assert!(report.summary.confidence < 1.0);
}

#[test]
fn small_organisations_are_steered_away_from_platform_teams() {
    let answers = set(
        everything_best(),
        &[
            ("org.product_engineers", "under_50"),
            ("platform.consistency", "automated_but_different"),
        ],
    );
    let report = assess(&answers);
    assert!(report.targets.targets.iter().all(|t| t.target == 3));
    assert_eq!(report.fix_first.first_no, Some(3));
    assert!(report
        .fix_first
        .action
        .starts_with("Buy managed platform pieces"));
    assert!(!report
        .fix_first
        .action
        .contains("Build golden paths on a self-service"));
}

#[test]
fn results_carry_the_dora_edition_and_bank_revision() {
    let json = serde_json::to_value(assess(&Answers::new())).unwrap();
    assert_eq!(json["dora_edition"], "DORA 2024");
    assert_eq!(json["dora"]["edition"], "DORA 2024");
    assert_eq!(json["bank_revision"], 3);
    assert!(json["dora"]["note"]
        .as_str()
        .unwrap()
        .contains("higher than the medium"));
}

/// The answers one step better than `answer` for this question, if any.
fn better(q: &Question, answer: Option<Answer>) -> Vec<Answer> {
    let n = q.choices().len() as u8;
    match (q.kind, answer) {
        (Kind::Statement(_), Some(Answer::Choice(i))) => ((i + 1)..n).map(Answer::Choice).collect(),
        (Kind::Practice { .. }, Some(Answer::Choice(0))) => vec![Answer::Choice(1)],
        (_, None | Some(Answer::DontKnow)) => (0..n).map(Answer::Choice).collect(),
        _ => vec![],
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_better_answer_never_lowers_a_level(picks in proptest::collection::vec(any::<u8>(), 58)) {
        let answers = answers_from(&picks);
        let before = score_all(&answers);
        for q in bank::questions() {
            for improved in better(q, answers.get(q.id)) {
                let mut changed = answers.clone();
                changed.set(q.id, improved).unwrap();
                for (b, a) in before.iter().zip(score_all(&changed)) {
                    prop_assert!(a.level >= b.level, "{} fell from {} to {} when {} improved", b.dimension, b.level, a.level, q.id);
                }
            }
        }
    }

    #[test]
    fn dont_know_never_raises_a_score(picks in proptest::collection::vec(any::<u8>(), 58)) {
        let answers = answers_from(&picks);
        let before = assess(&answers);
        for q in bank::questions() {
            if answers.get(q.id) == Some(Answer::NotApplicable) {
                continue;
            }
            let mut changed = answers.clone();
            changed.set(q.id, Answer::DontKnow).unwrap();
            let after = assess(&changed);
            // An unknown DORA key never caps the headline (it caps the
            // measurement dimension and lowers confidence instead).
            if !matches!(q.kind, Kind::Metric(_)) {
                prop_assert!(after.level <= before.level, "headline rose when {} became don't know", q.id);
            }
            for (b, a) in before.dimensions.iter().zip(&after.dimensions) {
                prop_assert!(a.level <= b.level, "{} rose when {} became don't know", b.dimension, q.id);
            }
            prop_assert!(after.summary.confidence <= before.summary.confidence);
        }
    }

    #[test]
    fn every_result_is_within_range(picks in proptest::collection::vec(any::<u8>(), 58)) {
        let report = assess(&answers_from(&picks));
        prop_assert!((1..=5).contains(&report.level));
        prop_assert!(report.dimensions.iter().all(|d| (1..=5).contains(&d.level)));
        prop_assert!(report.dimensions.iter().all(|d| d.binding.iter().all(|c| c.level == d.level)));
        prop_assert!((0.0..=1.0).contains(&report.summary.confidence));
        prop_assert!(report.frameworks.iter().all(|f| f.level <= 5));
    }
}

#[test]
fn the_bank_has_as_many_questions_as_the_properties_draw() {
    assert_eq!(bank::questions().count(), 58);
}

/// The verdict's properties (issue: one believable verdict).
mod verdict_properties {
    use super::*;
    use devops_maturity::core::rules::fix_first::pipeline_missing;
    use devops_maturity::core::rules::roadmap::{entry_path, Source};
    use devops_maturity::core::rules::verdict::{level_supported_by, range, Status};

    fn all_keys_chosen(answers: &Answers) -> bool {
        bank::Metric::ALL
            .iter()
            .all(|m| matches!(answers.get(m.question_id()), Some(Answer::Choice(_))))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn with_the_four_keys_answered_the_headline_never_exceeds_what_their_band_supports(
            picks in proptest::collection::vec(any::<u8>(), 58),
            keys in proptest::array::uniform4(any::<u8>()),
        ) {
            let mut answers = answers_from(&picks);
            for (metric, pick) in bank::Metric::ALL.iter().zip(keys) {
                let n = dora::offered(*metric) as u8;
                answers.set(metric.question_id(), Answer::Choice(pick % n)).unwrap();
            }
            prop_assert!(all_keys_chosen(&answers));
            let report = assess(&answers);
            let supports = level_supported_by(report.dora.supports.unwrap());
            prop_assert!(report.level <= supports);
            prop_assert!(report.headline.high <= supports);
            prop_assert!(report.level <= report.headline.stage_level);
        }

        #[test]
        fn answering_an_open_question_never_widens_the_range(
            picks in proptest::collection::vec(any::<u8>(), 58),
            which in any::<prop::sample::Index>(),
            choice in any::<u8>(),
        ) {
            let answers = answers_from(&picks);
            let open: Vec<&Question> = bank::questions()
                .filter(|q| answers.get(q.id).is_none())
                .collect();
            prop_assume!(!open.is_empty());
            let question = open[which.index(open.len())];
            let (low, high) = range(&answers);
            let n = question.choices().len() as u8;
            let answer = match choice % (n + 1) {
                0 => Answer::DontKnow,
                i => Answer::Choice(i - 1),
            };
            let mut answered = answers.clone();
            answered.set(question.id, answer).unwrap();
            let (new_low, new_high) = range(&answered);
            prop_assert!(new_low >= low && new_high <= high,
                "{}: {low}–{high} became {new_low}–{new_high}", question.id);
        }

        #[test]
        fn the_fix_first_step_is_the_roadmaps_first_item(
            picks in proptest::collection::vec(any::<u8>(), 58),
        ) {
            let answers = answers_from(&picks);
            let report = assess(&answers);
            let first = &report.roadmap.items[0];
            prop_assert_eq!(&first.id, &format!("chain.{}", report.fix_first.step));
            prop_assert_eq!(&first.title, &report.fix_first.title);
            let is_fix_first = matches!(first.source, Source::FixFirst { .. });
            prop_assert!(is_fix_first);
            // The pipeline blocks everything: when it is missing it is part
            // of the first item, and the entry path keeps its own order.
            prop_assert_eq!(pipeline_missing(&answers), first.includes.contains(&"pipeline"));
            let order: Vec<&str> = entry_path().map(|(id, _)| id).collect();
            let positions: Vec<usize> = report.roadmap.items.iter()
                .filter(|i| matches!(i.source, Source::EntryPath { .. }))
                .map(|i| order.iter().position(|id| *id == i.id).unwrap())
                .collect();
            prop_assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
            // Every later item comes after every unmet entry-path item it
            // could depend on: next-level steps close the list.
            let first_next_level = report.roadmap.items.iter()
                .position(|i| matches!(i.source, Source::NextLevel));
            let last_entry = report.roadmap.items.iter()
                .rposition(|i| matches!(i.source, Source::EntryPath { .. }));
            if let (Some(next), Some(entry)) = (first_next_level, last_entry) {
                prop_assert!(entry < next);
            }
        }

        /// Every key, the change failure rate included: what the outcomes
        /// support is monotone, so a better answer (a later offered one,
        /// options running least mature first) never lowers the headline.
        #[test]
        fn a_better_outcome_never_lowers_the_headline(
            picks in proptest::collection::vec(any::<u8>(), 58),
            key in 0usize..4,
        ) {
            let answers = answers_from(&picks);
            let metric = bank::Metric::ALL[key];
            let id = metric.question_id();
            let offered = dora::offered(metric) as u8;
            let before = assess(&answers);
            // Better: a later offered answer, or for an earlier-scale answer
            // any offered one at least as good on the scale.
            let position = |i: u8| dora::reading(metric, usize::from(i)).unwrap().position;
            let candidates: Vec<u8> = match answers.get(id) {
                Some(Answer::Choice(i)) if i < offered => (i + 1..offered).collect(),
                Some(Answer::Choice(i)) => (0..offered).filter(|&b| position(b) <= position(i)).collect(),
                _ => (0..offered).collect(),
            };
            for better in candidates {
                let mut improved = answers.clone();
                improved.set(id, Answer::Choice(better)).unwrap();
                let after = assess(&improved);
                if matches!(answers.get(id), Some(Answer::Choice(_))) {
                    prop_assert!(after.level >= before.level,
                        "{id} improved to #{better}: {} fell to {}", before.level, after.level);
                    prop_assert!(after.headline.high >= before.headline.high);
                    prop_assert!(after.dora.supports <= before.dora.supports,
                        "{id} improved, outcomes support less");
                }
            }
        }

        /// A key not known never shows a band, and the overall cluster
        /// then includes every cluster the known keys' own clusters allow.
        #[test]
        fn an_unknown_key_never_contradicts_the_keys_shown(
            picks in proptest::collection::vec(any::<u8>(), 58),
        ) {
            let report = assess(&answers_from(&picks));
            let dora = &report.dora;
            for m in &dora.metrics {
                prop_assert_eq!(m.known, !m.nearest.is_empty());
                prop_assert_eq!(m.known, m.supports.is_some());
            }
            prop_assert_eq!(dora.overall.unknown, 4 - dora.known);
            if dora.known == 0 {
                prop_assert!(dora.overall.bands.is_empty());
                prop_assert_eq!(dora.supports, None);
            } else {
                prop_assert!(!dora.overall.bands.is_empty());
                // The cap is the weakest known key's: never better than any
                // key shown, and reached by one of them.
                let worst = dora.metrics.iter().filter_map(|m| m.supports).max();
                prop_assert_eq!(dora.supports, worst);
            }
        }

        #[test]
        fn a_verdict_needs_the_minimum_and_a_settled_one_has_no_range(
            picks in proptest::collection::vec(any::<u8>(), 58),
        ) {
            let report = assess(&answers_from(&picks));
            let h = &report.headline;
            prop_assert!(h.level <= h.high);
            match h.status {
                Status::Settled => prop_assert_eq!(h.level, h.high),
                Status::Provisional => {
                    prop_assert!(h.level < h.high);
                    prop_assert!(!h.answer_next.is_empty(), "a range says what narrows it");
                }
                Status::NeedsAnswers => prop_assert!(!h.answer_next.is_empty()),
            }
        }
    }

    #[test]
    fn a_lower_failure_rate_is_nearer_medium_but_never_supports_less() {
        // ~20% is the high cluster, ~10% the medium one: the nearest cluster
        // follows the table, what the outcomes support does not drop.
        let mut answers = everything_best();
        for (id, answer) in [
            ("dora.deploy_frequency", "daily"),
            ("dora.lead_time", "under_week"),
            ("dora.recovery_time", "under_day"),
            ("dora.change_failure_rate", "22"),
        ] {
            answers.set_by_id(id, answer).unwrap();
        }
        let at_twenty = assess(&answers);
        answers.set_by_id("dora.change_failure_rate", "10").unwrap();
        let at_ten = assess(&answers);
        assert_eq!(at_twenty.dora.metrics[2].nearest, [Band::High]);
        assert_eq!(at_ten.dora.metrics[2].nearest, [Band::Medium]);
        assert_eq!(at_twenty.dora.supports, Some(Band::High));
        assert_eq!(at_ten.dora.supports, Some(Band::High));
        assert!(at_ten.level >= at_twenty.level);
        assert!(at_ten.dora.note.contains("higher than the medium"));
    }
}

/// After the quick start most of the entry path is unknown: such a step is
/// still listed, but marked as not shown by the answers, never as a fact;
/// and a step an answer already covers is not listed at all.
#[test]
fn a_roadmap_step_the_answers_do_not_settle_says_so() {
    let quick = set(
        Answers::new(),
        &[
            ("org.product_engineers", "under_150"),
            ("dora.deploy_frequency", "daily"),
            ("dora.lead_time", "under_day"),
            ("dora.change_failure_rate", "12"),
            ("dora.recovery_time", "under_day"),
            ("ci.commit_builds", "fast_trusted"),
            ("delivery.pipeline", "automated"),
            ("observability.telemetry", "centralised"),
            ("reliability.incident_response", "defined"),
        ],
    );
    let step = |answers: &Answers| {
        assess(answers)
            .roadmap
            .items
            .into_iter()
            .find(|i| i.id == "structured_logging")
    };
    let open = step(&quick).expect("listed while its questions are open");
    assert!(open.unconfirmed);
    assert_eq!(
        open.line(),
        "Structured logging with central aggregation (unless already in place: the answers do not show it yet)"
    );
    let missing = step(&set(quick.clone(), &[("observability.json_logs", "no")])).unwrap();
    assert!(!missing.unconfirmed);
    assert_eq!(missing.line(), missing.title);
    assert!(step(&set(quick.clone(), &[("observability.json_logs", "yes")])).is_none());
    // "Structured logs, metrics and distributed traces" is structured logging.
    let three = set(quick, &[("observability.telemetry", "three_pillars")]);
    assert!(step(&three).is_none(), "the answer already says it");
}
