//! Reads the calibration set (`tests/calibration/organisations.json`).

use devops_maturity::core::model::answers::{Answer, Answers};
use devops_maturity::core::model::bank::{self, Kind};
use serde_json::Value;

pub struct Organisation {
    pub id: String,
    pub description: String,
    pub answers: Answers,
    pub expect: serde_json::Map<String, Value>,
    pub cites: Vec<String>,
}

pub fn organisations() -> Vec<Organisation> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/calibration/organisations.json"
    );
    let text = std::fs::read_to_string(path).expect("the calibration set");
    let root: Value = serde_json::from_str(&text).expect("calibration JSON");
    root["organisations"]
        .as_array()
        .expect("organisations")
        .iter()
        .map(organisation)
        .collect()
}

/// A choice id, or a whole percentage written as a number.
fn choice_id(value: &Value) -> String {
    match value {
        Value::Number(n) => n.to_string(),
        other => other.as_str().expect("a choice id").to_string(),
    }
}

#[allow(dead_code)]
pub fn by_id(id: &str) -> Organisation {
    organisations()
        .into_iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("no organisation {id}"))
}

fn organisation(value: &Value) -> Organisation {
    let id = value["id"].as_str().expect("id").to_string();
    let otherwise = value["otherwise"].as_str().expect("otherwise");
    let mut answers = Answers::new();
    for question in bank::questions() {
        let choice = match otherwise {
            "best" => question.best_choice(),
            "worst" => question.worst_choice(),
            "dont_know" | "open" => None,
            other => panic!("{id}: unknown otherwise {other:?}"),
        };
        let answer = match (otherwise, question.kind, choice) {
            // Context and the rework rate are not ranked: each organisation
            // states them when they matter.
            ("open", _, _) | (_, Kind::Context(_), _) => continue,
            (_, Kind::Metric(m), _) if !m.is_key() => continue,
            ("dont_know", _, _) => Answer::DontKnow,
            (_, _, Some(index)) => Answer::Choice(index as u8),
            (_, _, None) => continue,
        };
        answers.set(question.id, answer).unwrap();
    }
    for (question, choice) in value["answers"].as_object().expect("answers") {
        answers
            .set_by_id(question, &choice_id(choice))
            .unwrap_or_else(|e| panic!("{id}: {e}"));
    }
    Organisation {
        id,
        description: value["description"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        answers,
        expect: value["expect"].as_object().expect("expect").clone(),
        cites: value["cites"]
            .as_array()
            .map(|c| {
                c.iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default(),
    }
}
