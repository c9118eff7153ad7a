//! Nothing saved is lost or changed on its way out and back: any stored
//! state, however odd (dates beyond a calendar, long notes and names, more
//! snapshots than are kept, what a newer release wrote), is read with its
//! repairs said, and each assessment then exports and imports back unchanged.
#![cfg(not(target_arch = "wasm32"))]

use devops_maturity::core::formats::export::{export, import};
use devops_maturity::core::model::bank;
use devops_maturity::core::model::saved_state::Store;
use proptest::prelude::*;
use serde_json::{json, Value};

const NOW: f64 = 1_795_000_000_000.0;

fn time() -> impl Strategy<Value = Value> {
    prop_oneof![
        (-62_135_596_800_000i64..=253_402_300_799_999i64).prop_map(|t| json!(t)),
        Just(json!(1e300)),
        Just(json!(-1e300)),
        Just(json!(1e15)),
        Just(json!(8e15)),
        Just(json!(-1e13)),
        Just(json!(1.5)),
        Just(json!(253_402_300_800_000i64)),
    ]
}

fn text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::string::string_regex(&format!("[a-zA-Z0-9 .,!?'-]{{0,{max}}}")).unwrap(),
        proptest::string::string_regex("[\\PC\\n\\t\\u{202E}\\u{2066}]{0,40}").unwrap(),
        (0..3usize).prop_map(move |n| "x".repeat([max, max + 1, max * 2][n])),
    ]
}

fn answers() -> impl Strategy<Value = Value> {
    let questions: Vec<&'static bank::Question> = bank::questions().collect();
    proptest::collection::vec((0..questions.len() + 2, any::<u8>()), 0..20).prop_map(move |picks| {
        let mut map = serde_json::Map::new();
        for (q, pick) in picks {
            match questions.get(q) {
                Some(question) => {
                    let choices = question.choices();
                    let id = match usize::from(pick) % (choices.len() + 2) {
                        i if i < choices.len() => choices[i].id,
                        i if i == choices.len() => "dont_know",
                        _ if question.allows_not_applicable => "not_applicable",
                        _ => "dont_know",
                    };
                    map.insert(question.id.to_string(), json!(id));
                }
                // What a newer release might ask.
                None => {
                    map.insert(format!("future.q{q}"), json!(format!("c{pick}")));
                }
            }
        }
        Value::Object(map)
    })
}

fn snapshot() -> impl Strategy<Value = Value> {
    (time(), text(80), answers(), any::<bool>()).prop_map(|(taken, name, answers, extra)| {
        let mut s = json!({ "taken_ms": taken, "name": name, "answers": answers });
        if extra {
            s["tag"] = json!({ "by": "a newer release" });
        }
        s
    })
}

fn assessment() -> impl Strategy<Value = Value> {
    (
        text(80),
        time(),
        time(),
        answers(),
        proptest::collection::vec((0..62usize, text(2000)), 0..4),
        proptest::collection::vec((0..12usize, 0..8u8), 0..4),
        proptest::collection::vec(snapshot(), 0..4),
        0..3usize,
        any::<bool>(),
    )
        .prop_map(
            |(name, created, updated, answers, notes, targets, history, many, extra)| {
                let questions: Vec<&str> = bank::questions().map(|q| q.id).collect();
                let mut note_map = serde_json::Map::new();
                for (q, note) in notes {
                    let id = questions
                        .get(q)
                        .map_or(format!("future.q{q}"), |q| q.to_string());
                    note_map.insert(id, json!(note));
                }
                let mut target_map = serde_json::Map::new();
                for (d, level) in targets {
                    let id = bank::DIMENSIONS
                        .get(d)
                        .map_or(format!("future{d}"), |d| d.id.to_string());
                    target_map.insert(id, json!(level));
                }
                // Sometimes more snapshots than are kept.
                let mut history = history;
                if many == 2 {
                    let first = history
                        .first()
                        .cloned()
                        .unwrap_or(json!({"taken_ms": 1, "answers": {}}));
                    history.extend(std::iter::repeat_n(first, 105));
                }
                let mut a = json!({
                    "id": "x", "name": name, "created_ms": created, "updated_ms": updated,
                    "answers": answers, "notes": note_map, "targets": target_map,
                    "history": history,
                });
                if extra {
                    a["owner"] = json!({ "team": "Payments" });
                }
                a
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_stored_assessment_exports_and_imports_back_unchanged(a in assessment()) {
        let raw = json!({
            "format": "devops-maturity/store", "version": 2, "current": "x",
            "assessments": [a],
        })
        .to_string();
        let (store, _repairs) = Store::decode_repairing(&raw, NOW).unwrap();
        let stored = store.current().clone();
        // What was stored reads back the same, with no further repair.
        let (again, repairs) = Store::decode_repairing(&store.encode(), NOW + 1.0).unwrap();
        prop_assert!(repairs.is_empty(), "{repairs:?}");
        prop_assert_eq!(again.current(), &stored);
        let file = export(&stored, NOW).to_string();
        let mut back = import(&file, NOW + 5.0).map_err(|e| TestCaseError::fail(e.to_string()))?;
        back.id = stored.id.clone();
        prop_assert_eq!(&back, &stored);
    }
}
