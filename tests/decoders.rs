//! Every decoder of outside input, fed arbitrary and mangled data: none may
//! panic. (Result links and JSON imports have their own property tests.)
#![cfg(not(target_arch = "wasm32"))]

use devops_maturity::core::answers::Answer;
use devops_maturity::core::answers_file;
use devops_maturity::core::store::Store;
use devops_maturity::core::team::{self, inputs, link, Respondent};
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
            let mut answers = devops_maturity::core::answers::Answers::new();
            answers.set("infra.iac", Answer::Choice(i)).unwrap();
            Respondent {
                label: format!("Person “{i}”"),
                answers,
                revision: 1,
            }
        })
        .collect();
    link::encode(&people)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn the_stored_state_decoder_never_panics_on_any_text(text in ".{0,300}") {
        let _ = Store::decode(&text);
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
        if let Ok(store) = Store::decode(&text) {
            // Whatever decodes is usable and encodes again.
            let _ = store.current();
            prop_assert!(Store::decode(&store.encode()).is_ok());
        }
    }

    #[test]
    fn the_team_link_decoder_never_panics(text in "t=[A-Za-z0-9_-]{0,400}") {
        let _ = link::decode(&text);
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
        if let Ok(people) = link::decode(&text) {
            let _ = team::aggregate(&people);
        }
    }

    #[test]
    fn pasted_text_and_team_files_never_panic(text in ".{0,300}") {
        let mut people = Vec::new();
        let _ = inputs::add_links(&mut people, &text);
        let _ = inputs::add_file(&mut people, &text, 0.0);
        let _ = team::export::import(&text);
    }

    #[test]
    fn the_answers_file_reader_never_panics(text in ".{0,300}") {
        let _ = answers_file::parse(&text);
    }
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(Store::decode(&deep).is_err());
    assert!(answers_file::parse(&deep).is_err());
    assert!(devops_maturity::core::export::import(&deep, 0.0).is_err());
    assert!(team::export::import(&deep).is_err());
}
