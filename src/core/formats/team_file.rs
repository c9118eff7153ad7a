//! The team view as a file (`devops-maturity/team` version 1: respondents'
//! answers by stable id, plus the computed team result) and as a Markdown
//! summary for chat.

use serde_json::{json, Map, Value};

use crate::core::formats::answer_values::{answer_id, offered_in};
use crate::core::formats::export::ImportError;
use crate::core::formats::packing::short_text;
use crate::core::model::bank;
use crate::core::model::belonging::Belonging;
use crate::core::model::product;
use crate::core::model::saved_state::answers_to_ids;
use crate::core::rules::team::{
    aggregate, level_text, Respondent, TeamReport, MAX_LABEL_CHARS, MAX_RESPONDENTS, TEAM_RULE,
};
use crate::core::support::compact::object_from;
use crate::core::support::time::iso8601;

pub const FORMAT: &str = "devops-maturity/team";
pub const VERSION: u64 = 1;

pub fn is_team_export(value: &Value) -> bool {
    value.get("format").and_then(Value::as_str) == Some(FORMAT)
}

/// Half levels keep their half: 2.5 stays 2.5, 3.0 becomes 3.
pub fn level_value(level: f64) -> Value {
    if level.fract() == 0.0 {
        json!(level as u8)
    } else {
        json!(level)
    }
}

pub fn export(respondents: &[Respondent], now_ms: f64) -> Value {
    let report = aggregate(respondents);
    let people: Vec<Value> = respondents
        .iter()
        .map(|r| {
            let mut person = json!({
                "label": r.label,
                "bank_revision": r.revision,
                "answers": answers_to_ids(&r.answers, &Default::default()),
            });
            if !r.belonging.team.is_empty() {
                person["team"] = r.belonging.team.clone().into();
            }
            if !r.belonging.path.is_empty() {
                person["org_path"] = r.belonging.path_text().into();
            }
            person
        })
        .collect();
    let dimensions = object_from(report.dimensions.iter().map(|d| {
        (
            d.dimension.to_string(),
            json!({
                "min": d.min,
                "median": level_value(d.median),
                "max": d.max,
                "levels": d.levels,
            }),
        )
    }));
    let disagreements: Vec<Value> = report
        .disagreements
        .iter()
        .map(|d| {
            json!({
                "question": d.question.id,
                "spread": d.spread,
                "unit": d.unit,
                "answers": d.answers.iter().map(|a| a.text.as_str()).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "format": FORMAT,
        "version": VERSION,
        "app_version": product::VERSION,
        "bank_revision": bank::REVISION,
        "exported": iso8601(now_ms),
        "respondents": people,
        "result": {
            "level": level_value(report.level),
            "rule": TEAM_RULE,
            "respondent_levels": report.respondent_levels,
            "dimensions": dimensions,
            "disagreements": disagreements,
            "dora": {
                "edition": bank::dora::EDITION,
                "overall": report.dora.overall,
                "overall_spread": report.dora.overall_spread,
            },
        },
    })
}

fn wrong(field: String, expected: &'static str) -> ImportError {
    ImportError::WrongType { field, expected }
}

/// Reads a team export's respondents; the result part is ignored.
pub fn import(text: &str) -> Result<Vec<Respondent>, ImportError> {
    if text.len() > crate::core::formats::export::MAX_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    import_parsed(text, &value)
}

/// As [`import`], for a text already parsed into `value`.
pub fn import_parsed(text: &str, value: &Value) -> Result<Vec<Respondent>, ImportError> {
    if text.len() > crate::core::formats::export::MAX_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    if let Some(key) = crate::core::formats::strict_json::duplicate_key(text) {
        return Err(ImportError::DuplicateKey(key));
    }
    let object = value.as_object().ok_or(ImportError::NotAnObject)?;
    match object.get("version") {
        Some(v) if crate::core::formats::strict_json::whole_number(v) == Some(VERSION) => {}
        Some(v) => return Err(ImportError::UnsupportedVersion(v.to_string())),
        None => return Err(ImportError::UnsupportedVersion("(missing)".into())),
    }
    let people = object
        .get("respondents")
        .and_then(Value::as_array)
        .filter(|p| p.len() <= MAX_RESPONDENTS)
        .ok_or_else(|| wrong("respondents".into(), "a list of at most 50 respondents"))?;
    let mut respondents = Vec::new();
    for (i, person) in people.iter().enumerate() {
        let field = format!("respondents[{i}]");
        let person: &Map<String, Value> = person
            .as_object()
            .ok_or_else(|| wrong(field.clone(), "an object"))?;
        let label = person
            .get("label")
            .and_then(Value::as_str)
            .and_then(|l| short_text(l, MAX_LABEL_CHARS))
            .unwrap_or_else(|| format!("Respondent {}", i + 1));
        let revision = person
            .get("bank_revision")
            .and_then(crate::core::formats::strict_json::whole_number)
            .and_then(|r| u32::try_from(r).ok())
            .filter(|r| bank::released_table(*r).is_some())
            .ok_or_else(|| wrong(format!("{field}.bank_revision"), "a released revision"))?;
        let answers = person
            .get("answers")
            .and_then(Value::as_object)
            .ok_or_else(|| wrong(format!("{field}.answers"), "an object"))?;
        let text = |name: &str| -> Result<&str, ImportError> {
            match person.get(name) {
                None | Some(Value::Null) => Ok(""),
                Some(Value::String(text)) => Ok(text),
                Some(_) => Err(wrong(format!("{field}.{name}"), "a string")),
            }
        };
        let mut respondent = Respondent {
            label,
            answers: Default::default(),
            revision,
            belonging: Belonging::new(text("team")?, text("org_path")?),
        };
        for (id, choice) in answers {
            let choice = answer_id(id, choice).ok_or_else(|| {
                wrong(
                    format!("{field}.answers.{id}"),
                    "a string, or a whole percentage from 0 to 100",
                )
            })?;
            respondent
                .answers
                .set_by_id(id, &choice)
                .map_err(ImportError::Answer)?;
            // Each person's answers are read in the revision they give: an
            // answer that revision did not offer would be packed as another.
            offered_in(revision, id, &choice).map_err(ImportError::Revision)?;
        }
        respondents.push(respondent);
    }
    Ok(respondents)
}

/// The team download's file name: "devops-maturity-team-2026-11-23.json".
pub fn file_name(now_ms: f64) -> String {
    format!("devops-maturity-team-{}.json", &iso8601(now_ms)[..10])
}

/// A short Markdown summary: lists and bold only, as for one result.
pub fn summary(respondents: &[Respondent], report: &TeamReport, link: &str) -> String {
    let names: Vec<String> = respondents
        .iter()
        .map(|r| crate::core::support::plain_text::markdown_literal(&r.label))
        .collect();
    let mut out = format!(
        "**DevOps maturity: team of {}** ({})\n**Team level {} of 5** (lowest median of the four \
         delivery stages, held to what the people's DORA keys support)\n\n",
        report.size,
        names.join(", "),
        level_text(report.level)
    );
    for d in &report.dimensions {
        out.push_str(&format!(
            "- {}: median {} (lowest {}, highest {})\n",
            d.name,
            level_text(d.median),
            d.min,
            d.max
        ));
    }
    if report.disagreements.is_empty() {
        out.push_str("\n**No question has answers two or more levels apart.**\n");
    } else {
        out.push_str(&format!(
            "\n**Talk about these first ({} questions with answers two or more levels apart):**\n",
            report.disagreements.len()
        ));
        for d in report.disagreements.iter().take(5) {
            out.push_str(&format!("- {} ({})\n", d.question.short, d.gap_text()));
        }
    }
    out.push_str(&format!(
        "\n**{} bands, person by person:**\n",
        bank::dora::EDITION
    ));
    for metric in &report.dora.metrics {
        out.push_str(&format!("- {}: {}\n", metric.name, metric.bands.join(", ")));
    }
    out.push_str(&format!("- Overall: {}\n", report.dora.overall.join("; ")));
    let (open, total) = respondents
        .iter()
        .map(|r| crate::core::model::progress::overall(&r.answers))
        .fold((0, 0), |(open, total), p| {
            (open + p.total - p.answered, total + p.total)
        });
    out.push_str(&format!(
        "\n{open} of {total} answers are still open across the team.\n\n[Open the team view]({link})\n"
    ));
    out
}
