use super::*;
use crate::core::model::answers::Answer;
use crate::core::testing::{all_best, person};

/// All best answers, with some changed.
fn best_with(changes: &[(&str, Answer)]) -> Answers {
    let mut answers = all_best();
    for (id, answer) in changes {
        answers.set(id, *answer).unwrap();
    }
    answers
}

/// The answer choosing `choice_id`.
fn choice(question_id: &str, choice_id: &str) -> Answer {
    let index = bank::question(question_id)
        .unwrap()
        .choice_index(choice_id)
        .unwrap();
    Answer::Choice(index as u8)
}

const NO: Answer = Answer::Choice(bank::NO_INDEX as u8);

#[test]
fn medians_of_odd_and_even_counts() {
    assert_eq!(median(&[3]), 3.0);
    assert_eq!(median(&[5, 1, 3]), 3.0);
    assert_eq!(median(&[4, 1, 3, 2]), 2.5);
    assert_eq!(median(&[2, 2, 5, 5]), 3.5);
    assert_eq!(median(&[]), 1.0);
}

#[test]
fn an_odd_team_takes_the_middle_level_and_the_weakest_median() {
    // "Tests on every pull request" gates CI level 2: "no" holds CI at 1.
    let team = [
        person("A", all_best()),
        person("B", best_with(&[("ci.pr_tests", NO)])),
        person("C", best_with(&[("ci.pr_tests", NO)])),
    ];
    let report = aggregate(&team);
    let ci = report
        .dimensions
        .iter()
        .find(|d| d.dimension == "ci")
        .unwrap();
    assert_eq!(ci.levels, vec![5, 1, 1]);
    assert_eq!((ci.min, ci.median, ci.max), (1, 1.0, 5));
    assert_eq!(report.level, 1.0);
    assert_eq!(report.weakest, vec!["ci"]);
    assert_eq!(report.respondent_levels, vec![5, 1, 1]);
    let other = report
        .dimensions
        .iter()
        .find(|d| d.dimension == "culture")
        .unwrap();
    assert_eq!(other.median, 5.0);
}

#[test]
fn an_even_team_can_have_a_half_level_median() {
    let team = [
        person("A", all_best()),
        person("B", all_best()),
        person("C", best_with(&[("ci.pr_tests", NO)])),
        person("D", best_with(&[("ci.pr_tests", NO)])),
    ];
    let report = aggregate(&team);
    assert_eq!(report.level, 3.0, "median of 1, 1, 5, 5");
    assert_eq!(level_text(report.level), "3");
    let team = [
        person("A", all_best()),
        person("B", best_with(&[("ci.pr_tests", NO)])),
    ];
    let report = aggregate(&team);
    assert_eq!(report.level, 3.0);
    let team = [
        person("A", best_with(&[("ci.red_blocks", NO)])),
        person("B", best_with(&[("ci.pr_tests", NO)])),
    ];
    let ci = aggregate(&team).dimensions[1].clone();
    assert_eq!(ci.dimension, "ci");
    assert_eq!(ci.median, (f64::from(ci.levels[0]) + 1.0) / 2.0);
    assert_eq!(level_text(1.5), "1.5");
}

#[test]
fn disagreements_are_answers_two_or_more_levels_apart_largest_first() {
    let team = [
        person("A", all_best()),
        person(
            "B",
            best_with(&[
                ("ci.pr_tests", NO),
                (
                    "dora.deploy_frequency",
                    choice("dora.deploy_frequency", "daily"),
                ),
            ]),
        ),
        person(
            "C",
            best_with(&[(
                "dora.deploy_frequency",
                choice("dora.deploy_frequency", "half_yearly"),
            )]),
        ),
    ];
    let report = aggregate(&team);
    let ids: Vec<&str> = report.disagreements.iter().map(|d| d.question.id).collect();
    // Four answer steps apart before a yes against a no (one step, though
    // the "no" caps the area four levels lower).
    assert_eq!(ids, vec!["dora.deploy_frequency", "ci.pr_tests"]);
    let first = &report.disagreements[0];
    assert_eq!((first.spread, first.unit), (4, "answer steps"));
    let second = &report.disagreements[1];
    assert_eq!((second.spread, second.unit), (4, "levels"));
    assert_eq!(second.answers[1].text, "No");
    assert_eq!(second.answers[0].text, "Yes");
    // Neighbouring buckets are not a disagreement.
    let team = [
        person("A", all_best()),
        person(
            "B",
            best_with(&[(
                "dora.deploy_frequency",
                choice("dora.deploy_frequency", "daily"),
            )]),
        ),
    ];
    assert!(aggregate(&team).disagreements.is_empty());
}

#[test]
fn not_applicable_and_dont_know_are_shown_but_not_compared() {
    let team = [
        person(
            "A",
            best_with(&[("platform.golden_paths", Answer::NotApplicable)]),
        ),
        person("B", best_with(&[("platform.golden_paths", NO)])),
        person("C", best_with(&[("ci.pr_tests", Answer::DontKnow)])),
        person("D", best_with(&[("ci.pr_tests", NO)])),
    ];
    let report = aggregate(&team);
    // A's "not applicable" against B's "no": only one real answer each... B
    // and C, D say yes to golden paths, so B's no is the outlier.
    let golden = report
        .disagreements
        .iter()
        .find(|d| d.question.id == "platform.golden_paths")
        .expect("yes against no");
    assert_eq!(golden.answers[0].text, "Not applicable");
    assert_eq!(golden.answers[0].position, None);
    let pr = report
        .disagreements
        .iter()
        .find(|d| d.question.id == "ci.pr_tests")
        .unwrap();
    assert_eq!(pr.answers[2].text, "Don’t know");
    assert_eq!(pr.answers[2].position, None);
    // Not applicable does not lower A's platform level.
    let platform = report
        .dimensions
        .iter()
        .find(|d| d.dimension == "platform")
        .unwrap();
    assert_eq!(platform.levels[0], 5);
}

#[test]
fn a_respondent_on_another_revision_is_not_compared_on_questions_they_were_not_asked() {
    // Pretend revision 2 added "ci.red_blocks", and A answered revision 1.
    let asked = |revision: u32, id: &str| revision >= 2 || id != "ci.red_blocks";
    let mut a = person("A", best_with(&[("ci.red_blocks", NO)]));
    a.revision = 1;
    let mut b = person("B", all_best());
    b.revision = 2;
    let report = aggregate_with(&[a.clone(), b.clone()], asked);
    assert!(
        report
            .disagreements
            .iter()
            .all(|d| d.question.id != "ci.red_blocks"),
        "A was never asked"
    );
    // With both on the same revision it is a disagreement.
    a.revision = 2;
    let report = aggregate_with(&[a, b], asked);
    let red = report
        .disagreements
        .iter()
        .find(|d| d.question.id == "ci.red_blocks")
        .unwrap();
    assert!(red.answers.iter().all(|a| a.position.is_some()));
    let text = aggregate_with(&[person("X", all_best())], |_, _| false).disagreements;
    assert!(text.is_empty());
}

#[test]
fn dora_bands_side_by_side_with_their_spread() {
    let team = [person("A", all_best()), person("B", Answers::new())];
    let report = aggregate(&team);
    assert_eq!(report.dora.overall, ["Elite", "not known"]);
    assert_eq!(report.dora.overall_spread, 0, "only known bands count");
    let deploy = &report.dora.metrics[0];
    assert_eq!(deploy.bands, ["Elite", "not known"]);
    assert_eq!(deploy.spread, 0, "only known answers count");
}
