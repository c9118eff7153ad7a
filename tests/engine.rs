//! The assessment engine on hand-built personas and random answers.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::answers_from;

use devops_maturity::core::answers::{Answer, Answers};
use devops_maturity::core::bank::{self, dora, Band, Kind, Question};
use devops_maturity::core::honesty::Verdict;
use devops_maturity::core::report::{assess, Report};
use devops_maturity::core::scoring::score_all;
use proptest::prelude::*;

fn best(q: &Question) -> &'static str {
    match q.kind {
        Kind::Statement(options) => options.last().unwrap().id,
        Kind::Practice { .. } => "yes",
        Kind::Metric(m) => dora::buckets(m)[0].id,
        Kind::Context(options) => options[2.min(options.len() - 1)].id,
    }
}

fn everything_best() -> Answers {
    let mut answers = Answers::new();
    for q in bank::questions() {
        answers.set_by_id(q.id, best(q)).unwrap();
    }
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
    assert_eq!(report.dora.overall, Band::Elite);
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
    assert!(report.roadmap.iter().all(|p| p.items.is_empty()));
}

#[test]
fn an_all_manual_shop_is_level_one_whatever_else_it_claims() {
    let answers = set(everything_best(), &[("delivery.pipeline", "manual")]);
    let report = assess(&answers);
    assert_eq!(level(&report, "delivery"), 1);
    assert_eq!(report.level, 1, "the weakest link decides");
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
        "Level 4 needs “SLOs with error budgets”; you answered no."
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
    assert_eq!(report.dora.overall, Band::Low);
    assert_eq!(report.honesty.verdict, Verdict::PracticesAhead);
    assert_eq!(report.honesty.bands_apart, 3);
    assert!(report.honesty.message.contains("overestimate"));
    assert_eq!(
        report.fix_first.first_no,
        Some(1),
        "lead time is the first no"
    );
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
        .rationale
        .contains("buy the platform pieces"));
}

#[test]
fn results_carry_the_dora_edition_and_bank_revision() {
    let json = serde_json::to_value(assess(&Answers::new())).unwrap();
    assert_eq!(json["dora_edition"], "DORA 2024");
    assert_eq!(json["dora"]["edition"], "DORA 2024");
    assert_eq!(json["bank_revision"], 1);
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
        (Kind::Practice { .. }, Some(Answer::Choice(1))) => vec![Answer::Choice(0)],
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
            prop_assert!(after.level <= before.level);
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
