use std::collections::HashSet;

use super::*;
use crate::core::model::answers::{DONT_KNOW, NOT_APPLICABLE};

#[test]
fn question_ids_are_unique_and_belong_to_a_dimension() {
    let mut seen = HashSet::new();
    for q in questions() {
        assert!(seen.insert(q.id), "duplicate question id {}", q.id);
        assert!(
            dimensions::by_id(q.dimension).is_some(),
            "{} has no dimension",
            q.id
        );
        assert!(
            q.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.'),
            "{} must stay URL- and JSON-friendly",
            q.id
        );
    }
}

#[test]
fn questions_are_grouped_in_dimension_order() {
    let order: Vec<&str> = DIMENSIONS.iter().map(|d| d.id).collect();
    let mut last = 0;
    for q in questions() {
        let position = order.iter().position(|d| *d == q.dimension).unwrap();
        assert!(position >= last, "{} is out of dimension order", q.id);
        last = position;
    }
}

#[test]
fn every_question_has_its_texts() {
    for q in questions() {
        assert!(
            q.prompt.ends_with('?'),
            "{} prompt must be a question",
            q.id
        );
        assert!(q.short.len() >= 8, "{} short", q.id);
        assert!(q.why.len() >= 40, "{} why", q.id);
        assert!(q.evidence.len() >= 20, "{} evidence", q.id);
    }
}

#[test]
fn every_option_maps_to_a_level_and_ids_are_unique_per_question() {
    for q in questions() {
        let choices = q.choices();
        assert!(choices.len() >= 2, "{} needs at least two choices", q.id);
        let ids: HashSet<&str> = choices.iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), choices.len(), "{} repeats a choice id", q.id);
        assert!(
            !ids.contains(DONT_KNOW) && !ids.contains(NOT_APPLICABLE),
            "{}",
            q.id
        );
        match q.kind {
            Kind::Statement(options) => {
                assert!(options
                    .iter()
                    .all(|o| (MIN_LEVEL..=MAX_LEVEL).contains(&o.level)));
                assert!(
                    options.windows(2).all(|w| w[0].level <= w[1].level),
                    "{} options must rise in level",
                    q.id
                );
                assert_eq!(options[0].level, MIN_LEVEL, "{} must offer level 1", q.id);
            }
            Kind::Practice { gate } => assert!((2..=MAX_LEVEL).contains(&gate), "{}", q.id),
            Kind::Metric(_) | Kind::Context(_) => {}
        }
    }
}

#[test]
fn every_dimension_has_scored_questions() {
    for d in DIMENSIONS {
        let scored = questions_of(d.id).filter(|q| q.is_scored()).count();
        assert!(scored >= 2, "{} has {scored} scored questions", d.id);
    }
}

#[test]
fn the_four_dora_keys_and_the_team_size_are_asked() {
    for metric in Metric::ALL {
        let q = question(metric.question_id()).expect("metric question");
        assert_eq!(q.kind, Kind::Metric(metric));
    }
    assert!(question("org.product_engineers").is_some());
    assert!(question("dora.rework_rate").is_some());
}

#[test]
fn released_ids_never_change_within_a_revision() {
    let released = released_table(REVISION).expect("the current revision is released");
    assert_eq!(
        id_table(),
        released,
        "question or choice ids changed: add new ids and bump REVISION instead"
    );
}

#[test]
fn every_checklist_item_is_a_practice() {
    for id in super::CHECKLIST_ITEMS {
        let q = question(id).unwrap_or_else(|| panic!("{id} is not in the bank"));
        assert!(
            matches!(q.kind, Kind::Practice { .. }),
            "{id} is not a practice"
        );
    }
}
