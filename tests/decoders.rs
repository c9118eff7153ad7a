//! Every decoder of outside input, fed arbitrary and mangled data: none may
//! panic. (Permalinks and JSON imports have their own property tests.)
#![cfg(not(target_arch = "wasm32"))]

use devops_maturity::core::answers::Answer;
use devops_maturity::core::answers_file;
use devops_maturity::core::store::Store;
use proptest::prelude::*;

fn valid_store() -> String {
    let mut store = Store::fresh(1_700_000_000_000.0);
    store.set_answer("ci.pr_tests", Some(Answer::Choice(0)), 1.0);
    store.set_answer("infra.iac", Some(Answer::DontKnow), 2.0);
    store.set_note("ci.pr_tests", "dashboard “CI” ✓", 3.0);
    store.create("Second", 4.0);
    store.encode()
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
}
