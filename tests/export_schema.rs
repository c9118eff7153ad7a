//! Exports validate against the published JSON Schema.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::answers_from;

use devops_maturity::core::formats::export::{export, import};
use devops_maturity::core::formats::team_file;
use devops_maturity::core::model::bank;
use devops_maturity::core::model::saved_state::Assessment;
use devops_maturity::core::rules::team::Respondent;
use proptest::prelude::*;

fn schema() -> jsonschema::Validator {
    let text = include_str!("../schema/assessment-v1.schema.json");
    jsonschema::validator_for(&serde_json::from_str(text).unwrap()).expect("a valid schema")
}

fn assessment(picks: &[u8]) -> Assessment {
    let mut a = Assessment::new("id".into(), "Team – Q3".into(), 1_700_000_000_000.0);
    a.answers = answers_from(picks);
    for (q, pick) in bank::questions().zip(picks) {
        if pick % 7 == 0 {
            a.notes.insert(q.id, format!("evidence for {}", q.id));
        }
    }
    a
}

#[test]
fn an_empty_and_a_full_export_validate() {
    let validator = schema();
    for picks in [vec![0u8; 58], vec![200u8; 58]] {
        let doc = export(&assessment(&picks), 1_800_000_000_000.0);
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

#[test]
fn the_schema_rejects_what_import_rejects() {
    let validator = schema();
    let mut doc = export(&assessment(&[3; 58]), 0.0);
    doc["version"] = 2.into();
    assert!(!validator.is_valid(&doc));
    assert!(import(&doc.to_string(), 0.0).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_export_validates_and_imports_back(picks in proptest::collection::vec(any::<u8>(), 58)) {
        let original = assessment(&picks);
        let doc = export(&original, 1_800_000_000_000.0);
        prop_assert!(schema().is_valid(&doc));
        let back = import(&doc.to_string(), 0.0).unwrap();
        prop_assert_eq!(back.answers, original.answers);
        prop_assert_eq!(back.notes, original.notes);
    }

    #[test]
    fn import_never_panics(text in ".{0,400}") {
        let _ = import(&text, 0.0);
    }
}

fn team_schema() -> jsonschema::Validator {
    let text = include_str!("../schema/team-v1.schema.json");
    jsonschema::validator_for(&serde_json::from_str(text).unwrap()).expect("a valid schema")
}

fn team_of(picks: &[Vec<u8>]) -> Vec<Respondent> {
    picks
        .iter()
        .enumerate()
        .map(|(i, p)| Respondent {
            label: format!("Person {}", i + 1),
            answers: answers_from(p),
            revision: bank::REVISION,
            belonging: Default::default(),
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn every_team_export_validates_and_imports_back(
        picks in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 58), 0..7)
    ) {
        let team = team_of(&picks);
        let doc = team_file::export(&team, 1_800_000_000_000.0);
        let errors: Vec<String> = team_schema().iter_errors(&doc).map(|e| e.to_string()).collect();
        prop_assert!(errors.is_empty(), "{:?}", errors);
        prop_assert_eq!(team_file::import(&doc.to_string()).unwrap(), team);
    }
}

#[test]
fn an_organisations_roll_up_validates() {
    use devops_maturity::core::formats::rollup;
    use devops_maturity::core::rules::org::{build, sample};
    let text = include_str!("../schema/org-v1.schema.json");
    let validator =
        jsonschema::validator_for(&serde_json::from_str(text).unwrap()).expect("a valid schema");
    // Many seeds: medians, half levels and open questions vary with each.
    for seed in 0..20 {
        let org = build(sample::members(40, seed, 1_800_000_000_000.0));
        let doc = rollup::export(&org, 3, 1_800_000_000_000.0);
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "seed {seed}: {errors:#?}");
    }
    let org = build(sample::members(60, 9, 1_800_000_000_000.0));
    let doc = rollup::export(&org, 3, 1_800_000_000_000.0);
    let mut future = doc.clone();
    future["version"] = 2.into();
    assert!(!validator.is_valid(&future));
    assert!(rollup::import(&future).is_err());
}
