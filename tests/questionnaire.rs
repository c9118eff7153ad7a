//! The questionnaire's order, quick start and skip rules, which are data in
//! the bank: each is checked against the rules that score the answers.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::answers_from;

use std::collections::HashSet;

use devops_maturity::core::model::answers::{Answer, Answers, Standing};
use devops_maturity::core::model::bank::questionnaire::{self, sections, AREA_ORDER, QUICK_START};
use devops_maturity::core::model::bank::skips::{Settle, SKIP_RULES};
use devops_maturity::core::model::bank::stages::{STAGES, VERDICT_MINIMUM};
use devops_maturity::core::model::bank::{self, Kind, DIMENSIONS};
use devops_maturity::core::rules::report::assess;
use devops_maturity::core::rules::scoring::allowed_level;
use devops_maturity::core::rules::verdict::Status;
use proptest::prelude::*;

fn position(id: &str) -> usize {
    questionnaire::in_order()
        .iter()
        .position(|q| q.id == id)
        .unwrap_or_else(|| panic!("{id} is not asked"))
}

#[test]
fn every_question_is_asked_exactly_once() {
    let asked: Vec<&str> = questionnaire::in_order().iter().map(|q| q.id).collect();
    let unique: HashSet<&str> = asked.iter().copied().collect();
    assert_eq!(unique.len(), asked.len(), "a question is asked twice");
    assert_eq!(
        asked.len(),
        bank::questions().count(),
        "a question is never asked"
    );
}

#[test]
fn the_quick_start_is_small_and_enough_for_a_verdict() {
    assert!(QUICK_START.len() <= 12);
    assert_eq!(
        QUICK_START[0], "org.product_engineers",
        "size first: it sets the targets"
    );
    for id in VERDICT_MINIMUM {
        assert!(QUICK_START.contains(&id), "{id} is needed for a verdict");
    }
    for stage in STAGES {
        assert!(QUICK_START.contains(&stage.gate_question), "{}", stage.id);
    }
    // Answered, even with "don't know" throughout, it gives a verdict.
    let mut answers = Answers::new();
    for id in QUICK_START {
        answers.set(id, Answer::DontKnow).unwrap();
    }
    assert_ne!(assess(&answers).headline.status, Status::NeedsAnswers);
    assert_eq!(sections()[0].questions().len(), QUICK_START.len());
}

#[test]
fn context_and_outcomes_come_first_then_the_stages_in_order() {
    let areas: HashSet<&str> = AREA_ORDER.iter().copied().collect();
    let all: HashSet<&str> = DIMENSIONS.iter().map(|d| d.id).collect();
    assert_eq!(areas, all, "every area once");
    // The outcomes: the four keys and the size, before any practice.
    let first_practice = questionnaire::in_order()
        .iter()
        .position(|q| matches!(q.kind, Kind::Practice { .. }))
        .unwrap();
    for id in [
        "org.product_engineers",
        "dora.deploy_frequency",
        "dora.recovery_time",
    ] {
        assert!(position(id) < first_practice, "{id}");
    }
    // Stage areas in the order of the delivery stages, before culture,
    // platform, security and debt.
    let at = |area: &str| AREA_ORDER.iter().position(|a| *a == area).unwrap();
    let stages: Vec<usize> = STAGES.iter().map(|s| at(s.dimension)).collect();
    assert!(stages.windows(2).all(|w| w[0] < w[1]), "{stages:?}");
    for later in ["culture", "platform", "security", "toil"] {
        assert!(at(later) > at("reliability"), "{later}");
    }
}

#[test]
fn skip_rules_name_real_questions_and_come_after_what_settles_them() {
    let followers: HashSet<&str> = SKIP_RULES.iter().map(|r| r.question).collect();
    for rule in SKIP_RULES {
        let question = bank::question(rule.question).expect(rule.question);
        let earlier = bank::question(rule.when).expect(rule.when);
        for choice in rule.chosen {
            assert!(
                earlier.choice_index(choice).is_some(),
                "{}: {choice}",
                rule.when
            );
        }
        if let Settle::As(choice) = rule.settle {
            assert!(
                question.choice_index(choice).is_some(),
                "{}: {choice}",
                rule.question
            );
        }
        assert!(
            position(rule.when) < position(rule.question),
            "{} must be asked before {}",
            rule.when,
            rule.question
        );
        assert!(
            !followers.contains(rule.when),
            "{} settles and is settled",
            rule.when
        );
        assert!(
            rule.reason.len() > 10 && !rule.reason.ends_with('.'),
            "{}",
            rule.question
        );
    }
}

/// The rule's guarantee: a settled question never lets its area score higher
/// than the person could have scored by answering it. A settled answer is
/// the least mature choice; a skipped question is one whose every answer
/// allows at least what the settling answer already allows, so it is moot.
#[test]
fn a_settled_question_never_raises_a_level() {
    for rule in SKIP_RULES {
        let question = known(rule.question);
        let earlier = known(rule.when);
        match rule.settle {
            Settle::As(choice) => {
                assert_eq!(
                    question.choice_index(choice),
                    question.worst_choice(),
                    "{} is settled as its least mature answer",
                    rule.question
                );
            }
            Settle::Skipped => {
                assert_eq!(question.dimension, earlier.dimension, "{}", rule.question);
                for choice in rule.chosen {
                    let settling = allowed_level(
                        earlier,
                        Standing::Chosen(earlier.choice_index(choice).unwrap()),
                    );
                    let least = (0..question.choices().len())
                        .map(|i| allowed_level(question, Standing::Chosen(i)))
                        .min()
                        .unwrap();
                    assert!(
                        settling <= least,
                        "{} could hold {} at {least}, but {} already holds it at {settling}",
                        rule.question,
                        question.dimension,
                        rule.when
                    );
                }
            }
        }
    }
}

#[test]
fn nothing_after_incidents_skips_the_follow_up_actions_and_it_is_settled() {
    let mut answers = Answers::new();
    answers.set_by_id("culture.postmortems", "none").unwrap();
    let question = known("culture.actions_completed");
    assert_eq!(answers.standing(question), Standing::NotApplicable);
    assert!(!answers.is_open(question));
    let rule = answers.settled_by(question.id).unwrap();
    assert_eq!(
        rule.reason,
        "nothing happens after incidents, so there are no follow-up actions"
    );
    // An earlier "yes" is kept, and counts again once reviews happen.
    answers
        .set_by_id("culture.actions_completed", "yes")
        .unwrap();
    assert_eq!(answers.standing(question), Standing::NotApplicable);
    answers
        .set_by_id("culture.postmortems", "structured")
        .unwrap();
    assert_eq!(
        answers.standing(question),
        Standing::Chosen(bank::YES_INDEX)
    );
}

/// docs/scoring.md §11 lists every skip rule and every question that offers
/// "not applicable", so the page cannot fall behind the bank.
#[test]
fn the_scoring_page_lists_every_skip_rule_and_not_applicable_question() {
    let page =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/scoring.md")).unwrap();
    let section = &page[page.find("## 11. The questionnaire").expect("§11")..];
    for rule in SKIP_RULES {
        for id in [rule.question, rule.when] {
            assert!(
                section.contains(&format!("`{id}`")),
                "{id} is not in docs/scoring.md §11"
            );
        }
    }
    for question in bank::questions().filter(|q| q.allows_not_applicable) {
        assert!(
            section.contains(&format!("| `{}` |", question.id)),
            "{}",
            question.id
        );
    }
}

fn known(id: &str) -> &'static bank::Question {
    bank::question(id).unwrap_or_else(|| panic!("{id}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A question an earlier answer settles gives exactly the result the
    /// person would get by choosing that answer themselves: every part of the
    /// engine reads the settled answer, none the stored one.
    #[test]
    fn a_settled_answer_is_the_same_as_choosing_it(
        picks in proptest::collection::vec(any::<u8>(), 58),
        rule in 0..SKIP_RULES.len(),
    ) {
        let rule = &SKIP_RULES[rule];
        let mut settled = answers_from(&picks);
        settled.set_by_id(rule.when, rule.chosen[0]).unwrap();
        let mut chosen = settled.clone();
        match rule.settle {
            Settle::As(choice) => chosen.set_by_id(rule.question, choice).unwrap(),
            Settle::Skipped => chosen.clear(rule.question),
        }
        let left = serde_json::to_value(assess(&settled)).unwrap();
        let right = serde_json::to_value(assess(&chosen)).unwrap();
        prop_assert_eq!(left, right);
    }
}
