//! Every decoder of outside input, fed arbitrary and mangled data: none may
//! panic. (Result links and JSON imports have their own property tests.)
#![cfg(not(target_arch = "wasm32"))]

use devops_maturity::core::formats::answers_file;
use devops_maturity::core::formats::team_file;
use devops_maturity::core::formats::team_inputs;
use devops_maturity::core::formats::team_link;
use devops_maturity::core::model::answers::Answer;
use devops_maturity::core::model::saved_state::Store;
use devops_maturity::core::rules::team::{self, Respondent};
use devops_maturity::core::support::time::{is_valid_ms, iso8601};
use proptest::prelude::*;

fn valid_store() -> String {
    let mut store = Store::fresh(1_700_000_000_000.0);
    store.set_answer("ci.pr_tests", Some(Answer::Choice(0)), 1.0);
    store.set_answer("infra.iac", Some(Answer::DontKnow), 2.0);
    store.set_note("ci.pr_tests", "dashboard “CI” ✓", 3.0);
    store.create("Second", 4.0);
    store.set_target("ci", Some(4), 5.0);
    store.take_snapshot(6.0);
    store.set_team(Some(valid_team_link()));
    store.encode()
}

fn valid_team_link() -> String {
    let people: Vec<Respondent> = (0..3u8)
        .map(|i| {
            let mut answers = devops_maturity::core::model::answers::Answers::new();
            answers.set("infra.iac", Answer::Choice(i)).unwrap();
            Respondent {
                label: format!("Person “{i}”"),
                answers,
                revision: 1,
                belonging: Default::default(),
            }
        })
        .collect();
    team_link::encode(&people)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn the_stored_state_decoder_never_panics_on_any_text(text in ".{0,300}") {
        let _ = Store::decode(&text, 0.0);
    }

    #[test]
    fn a_mangled_store_is_refused_or_read_never_panics(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<char>()), 1..8)
    ) {
        let mut chars: Vec<char> = valid_store().chars().collect();
        for (index, c) in edits {
            let i = index.index(chars.len());
            chars[i] = c;
        }
        let text: String = chars.into_iter().collect();
        if let Ok(store) = Store::decode(&text, 0.0) {
            // Whatever decodes is usable and encodes again.
            let _ = store.current();
            prop_assert!(Store::decode(&store.encode(), 0.0).is_ok());
        }
    }

    #[test]
    fn the_team_link_decoder_never_panics(text in "t=[A-Za-z0-9_-]{0,400}") {
        let _ = team_link::decode(&text);
    }

    #[test]
    fn a_mangled_team_link_is_refused_or_read_never_panics(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4)
    ) {
        let mut bytes: Vec<u8> = valid_team_link().into_bytes();
        for (index, b) in edits {
            let i = 2 + index.index(bytes.len() - 2);
            bytes[i] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[usize::from(b % 64)];
        }
        let text = String::from_utf8(bytes).unwrap();
        if let Ok(people) = team_link::decode(&text) {
            let _ = team::aggregate(&people);
        }
    }

    #[test]
    fn pasted_text_and_team_files_never_panic(text in ".{0,300}") {
        let mut people = Vec::new();
        let _ = team_inputs::add_links(&mut people, &text);
        let _ = team_inputs::add_file(&mut people, &text, 0.0);
        let _ = team_file::import(&text);
    }

    #[test]
    fn the_answers_file_reader_never_panics(text in ".{0,300}") {
        let _ = answers_file::parse(&text);
    }
}

/// Numbers a damaged or hostile value may hold where a time, a level or a
/// size belongs.
fn odd_number() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("1e300".to_string()),
        Just("-1e300".to_string()),
        Just("8640000000000001".to_string()),
        Just("-8640000000000001".to_string()),
        Just("1.7976931348623157e308".to_string()),
        Just("-0.0".to_string()),
        Just("18446744073709551616".to_string()),
        Just("255".to_string()),
        Just("256".to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(|f| format!("{f:e}")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Out-of-range times, levels and sizes, and names with control
    /// characters: read, repaired where needed, never a panic, and every
    /// time the result holds can be shown as a date.
    #[test]
    fn stored_numbers_out_of_range_and_odd_names_are_repaired(
        created in odd_number(),
        updated in odd_number(),
        taken in odd_number(),
        target in odd_number(),
        name in "[a-z\\n\\r\\t\u{0}-\u{1f}\u{2028}#*\\[\\]() ]{0,40}",
    ) {
        let raw = format!(
            r#"{{"format":"devops-maturity/store","version":2,"current":"a",
                "assessments":[{{"id":"a","name":{name},"created_ms":{created},"updated_ms":{updated},
                  "answers":{{}},"targets":{{"ci":{target}}},
                  "history":[{{"taken_ms":{taken},"answers":{{}}}}]}}]}}"#,
            name = serde_json::to_string(&name).unwrap()
        );
        if let Ok((store, _repairs)) = Store::decode_repairing(&raw, 1_700_000_000_000.0) {
            for a in &store.assessments {
                prop_assert!(is_valid_ms(a.created_ms) && is_valid_ms(a.updated_ms));
                prop_assert!(a.history.iter().all(|s| is_valid_ms(s.taken_ms)));
                let one_line = !a.name.chars().any(|c| c.is_control() || c == '\u{2028}');
                prop_assert!(one_line);
                prop_assert!(a.targets.values().all(|l| (1..=5).contains(l)));
                let _ = iso8601(a.updated_ms);
            }
        }
    }
}

#[test]
fn dates_beyond_a_calendar_and_shared_ids_are_repaired_and_said() {
    let raw = r#"{"format":"devops-maturity/store","version":2,"current":"x",
        "assessments":[
          {"id":"x","name":"First","created_ms":1,"updated_ms":1e300,"answers":{}},
          {"id":"x","name":"Second","created_ms":-1e300,"updated_ms":2,"answers":{}}]}"#;
    let (mut store, repairs) = Store::decode_repairing(raw, 1_700_000_000_000.0).unwrap();
    assert_eq!(repairs.len(), 3, "{repairs:?}");
    assert_eq!(store.assessments[0].updated_ms, 1_700_000_000_000.0);
    assert_eq!(store.assessments[1].created_ms, 1_700_000_000_000.0);
    assert_ne!(store.assessments[0].id, store.assessments[1].id);
    assert!(repairs.iter().any(|r| r.contains("same id")));
    // Deleting one no longer deletes both.
    let second = store.assessments[1].id.clone();
    store.delete(&second, 3.0);
    assert_eq!(store.assessments.len(), 1);
    assert_eq!(store.assessments[0].name, "First");
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(Store::decode(&deep, 0.0).is_err());
    assert!(answers_file::parse(&deep).is_err());
    assert!(devops_maturity::core::formats::export::import(&deep, 0.0).is_err());
    assert!(team_file::import(&deep).is_err());
}
