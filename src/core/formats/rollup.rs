//! The organisation's roll-up as it travels: a JSON file with a published
//! schema (`schema/org-v1.schema.json`) that reopens the view, CSV for
//! spreadsheets (one row per team) and Markdown for chat.
//!
//! The JSON holds every result it was built from (`members`, what an import
//! reads) and the computed teams and summary (for tools that only read).

use serde_json::{json, Map, Value};

use crate::core::formats::answer_values::{answer_id, offered_in, revision_of};
use crate::core::formats::team_file;
use crate::core::model::bank::{self, Band, DIMENSIONS};
use crate::core::model::belonging::Belonging;
use crate::core::model::product;
use crate::core::model::saved_state::answers_to_ids;
use crate::core::rules::org::views::{self, Summary};
use crate::core::rules::org::{Member, Org, Team, TeamResult};
use crate::core::rules::team::{level_text, Respondent, MAX_LABEL_CHARS};
use crate::core::support::compact::object_from;
use crate::core::support::plain_text::markdown_literal;
use crate::core::support::time::{iso8601, parse_iso8601};

pub const FORMAT: &str = "devops-maturity/org";
pub const VERSION: u64 = 1;
/// More results than any organisation the view is built for.
pub const MAX_MEMBERS: usize = 50_000;

pub fn is_rollup(value: &Value) -> bool {
    value.get("format").and_then(Value::as_str) == Some(FORMAT)
}

/// A level as the team file writes it (2.5 stays 2.5, 3.0 is 3); null
/// when there is none.
fn level_value(level: Option<f64>) -> Value {
    level.map_or(Value::Null, team_file::level_value)
}

fn result_json(result: &TeamResult) -> Value {
    json!({
        "date": iso8601(result.date_ms),
        "people": result.people,
        "without_verdict": result.without_verdict,
        "level": level_value(result.level),
        "level_high": level_value(result.high),
        "provisional": result.provisional,
        "level_text": result.level_text(),
        "band": result.band.single(),
        "band_text": result.band_text(),
        "areas": object_from(
            DIMENSIONS
                .iter()
                .zip(&result.areas)
                .map(|(d, l)| (d.id.to_string(), level_value(*l))),
        ),
        "fix_first": result.fix_first.as_ref().map(|(step, title)| json!({"step": step, "title": title})),
    })
}

/// The roll-up file.
pub fn export(org: &Org, target: u8, now_ms: f64) -> Value {
    let teams: Vec<&Team> = org.teams.iter().collect();
    let summary = views::summarise(&teams);
    let members: Vec<Value> = org
        .teams
        .iter()
        .flat_map(|t| t.rounds.iter().flat_map(|r| r.members.iter()))
        .map(|m| {
            let r = &m.respondent;
            json!({
                "id": m.id,
                "date": iso8601(m.date_ms),
                "team": r.belonging.team,
                "org_path": r.belonging.path_text(),
                "label": r.label,
                "bank_revision": r.revision,
                "answers": answers_to_ids(&r.answers, &Default::default()),
            })
        })
        .collect();
    json!({
        "format": FORMAT,
        "version": VERSION,
        "app_version": product::VERSION,
        "bank_revision": bank::REVISION,
        "dora_edition": bank::dora::EDITION,
        "generated": iso8601(now_ms),
        "target": target,
        "members": members,
        "teams": org.teams.iter().map(|t| json!({
            "team": t.name(),
            "org_path": t.path_text(),
            "now": result_json(t.now()),
            "before": t.before().map(result_json),
        })).collect::<Vec<_>>(),
        "summary": summary_json(&summary),
    })
}

fn summary_json(s: &Summary) -> Value {
    json!({
        "teams": s.teams,
        "people": s.people,
        "settled_by_level": s.settled,
        "provisional": s.provisional,
        "no_verdict": s.no_verdict,
        "bands": object_from(Band::ALL.iter().map(|b| (b.name().to_lowercase(), json!(s.bands[usize::from(b.rank())])))),
        "band_uncertain": s.band_uncertain,
        "top_fix_first": s.top_fix.as_ref().map(|(step, title, n)| json!({"step": step, "title": title, "teams": n})),
        "median_profile": object_from(DIMENSIONS.iter().zip(&s.median_profile).map(|(d, l)| (d.id.to_string(), level_value(*l)))),
    })
}

pub struct Rolled {
    pub members: Vec<Member>,
    pub target: Option<u8>,
}

/// Reads a roll-up's results (its computed parts are ignored, as they are
/// recomputed). A result that cannot be read refuses the file, naming it.
pub fn import(value: &Value) -> Result<Rolled, String> {
    let object = value
        .as_object()
        .ok_or("the roll-up is not a JSON object")?;
    match object.get("version") {
        Some(v) if crate::core::formats::strict_json::whole_number(v) == Some(VERSION) => {}
        Some(v) => {
            return Err(format!(
                "the roll-up has version {v}, which this version of the app cannot read"
            ))
        }
        None => return Err("the roll-up has no version".into()),
    }
    let target = object
        .get("target")
        .and_then(Value::as_u64)
        .and_then(|t| u8::try_from(t).ok())
        .filter(|t| crate::core::model::levels::is_level(*t));
    let list = object
        .get("members")
        .and_then(Value::as_array)
        .filter(|m| m.len() <= MAX_MEMBERS)
        .ok_or_else(|| format!("“members” must be a list of at most {MAX_MEMBERS} results"))?;
    let mut members = Vec::with_capacity(list.len());
    for (i, entry) in list.iter().enumerate() {
        members.push(member(entry).map_err(|e| format!("members[{i}]: {e}"))?);
    }
    Ok(Rolled { members, target })
}

fn member(entry: &Value) -> Result<Member, String> {
    let entry: &Map<String, Value> = entry.as_object().ok_or("not an object")?;
    let text = |field: &str| -> Result<&str, String> {
        match entry.get(field) {
            None | Some(Value::Null) => Ok(""),
            Some(Value::String(s)) => Ok(s),
            Some(_) => Err(format!("“{field}” is not a string")),
        }
    };
    let id: String = text("id")?.chars().take(64).collect();
    if id.is_empty() {
        return Err("the result has no id".into());
    }
    let date_ms = parse_iso8601(text("date")?).ok_or("“date” is not a date")?;
    let revision = revision_of(entry.get("bank_revision").unwrap_or(&Value::Null))
        .map_err(|e| e.to_string())?;
    let mut respondent = Respondent {
        label: crate::core::formats::packing::short_text(text("label")?, MAX_LABEL_CHARS)
            .unwrap_or_default(),
        answers: Default::default(),
        revision,
        belonging: Belonging::new(text("team")?, text("org_path")?),
    };
    let answers = entry
        .get("answers")
        .and_then(Value::as_object)
        .ok_or("“answers” is not an object")?;
    for (id, choice) in answers {
        let choice =
            answer_id(id, choice).ok_or_else(|| format!("answers.{id} is not an answer"))?;
        respondent
            .answers
            .set_by_id(id, &choice)
            .map_err(|e| e.to_string())?;
        offered_in(revision, id, &choice).map_err(|e| e.to_string())?;
    }
    Ok(Member {
        id,
        date_ms,
        respondent,
        source: String::new(),
    })
}

/// A CSV cell: quoted when it holds a separator, quote or line break; a
/// leading `=`, `+`, `-` or `@` is made text so no spreadsheet runs it.
fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// One row per team: path, team, date, headline, band, each area, fix first.
pub fn csv(teams: &[&Team]) -> String {
    let mut header = vec!["path", "team", "date", "headline", "band"];
    header.extend(DIMENSIONS.iter().map(|d| d.name));
    header.push("fix first");
    let mut out = header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for team in teams {
        let now = team.now();
        let mut row = vec![
            team.path_text(),
            team.name().to_string(),
            iso8601(now.date_ms)[..10].to_string(),
            now.level_text(),
            now.band_text(),
        ];
        row.extend(
            now.areas
                .iter()
                .map(|a| a.map(level_text).unwrap_or_default()),
        );
        row.push(now.fix_title().to_string());
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// The summary lines every output starts with.
pub fn summary_lines(summary: &Summary) -> Vec<String> {
    let mut lines = vec![format!(
        "{} teams, {} people.",
        summary.teams, summary.people
    )];
    let levels: Vec<String> = summary
        .settled
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(i, n)| format!("{n} at level {}", i + 1))
        .collect();
    let mut spread = levels;
    if summary.provisional > 0 {
        spread.push(format!("{} provisional", summary.provisional));
    }
    if summary.no_verdict > 0 {
        spread.push(format!("{} with no verdict yet", summary.no_verdict));
    }
    lines.push(format!("Headline levels: {}.", spread.join(", ")));
    let mut bands: Vec<String> = Band::ALL
        .iter()
        .filter(|b| summary.bands[usize::from(b.rank())] > 0)
        .map(|b| format!("{} {}", summary.bands[usize::from(b.rank())], b.name()))
        .collect();
    if summary.band_uncertain > 0 {
        bands.push(format!("{} not certain", summary.band_uncertain));
    }
    lines.push(format!(
        "{} nearest clusters: {}.",
        bank::dora::EDITION,
        bands.join(", ")
    ));
    if let Some((_, title, n)) = &summary.top_fix {
        lines.push(format!(
            "Most common fix first: {title} ({n} of {} teams).",
            summary.teams
        ));
    }
    let profile: Vec<String> = DIMENSIONS
        .iter()
        .zip(&summary.median_profile)
        .map(|(d, l)| format!("{} {}", d.name, l.map_or("–".to_string(), level_text)))
        .collect();
    lines.push(format!("Median profile: {}.", profile.join("; ")));
    lines
}

/// For chat: the summary, each area's share at or above the target, and the
/// teams in a table.
pub fn markdown(teams: &[&Team], target: u8) -> String {
    let summary = views::summarise(teams);
    let mut out = String::from("**DevOps maturity: the organisation**\n\n");
    for line in summary_lines(&summary) {
        out.push_str(&format!("- {line}\n"));
    }
    out.push_str(&format!("\n**Areas at level {target} or above**\n\n"));
    for share in views::area_shares(teams, target) {
        out.push_str(&format!(
            "- {}: {} of {} teams\n",
            share.name, share.at_or_above_target, summary.teams
        ));
    }
    out.push_str("\n| Path | Team | Headline | Band | Fix first |\n|---|---|---|---|---|\n");
    for team in teams {
        let now = team.now();
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            if team.path_text().is_empty() {
                String::new()
            } else {
                markdown_literal(&team.path_text())
            },
            markdown_literal(team.name()),
            now.level_text(),
            now.band_text(),
            now.fix_title(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::org::{build, sample};

    #[test]
    fn the_roll_up_reopens_the_same_view() {
        let org = build(sample::members(40, 3, 1_800_000_000_000.0));
        let file = export(&org, 4, 1_800_000_000_000.0);
        let text = serde_json::to_string(&file).unwrap();
        let mut read = crate::core::formats::org_inputs::Read::default();
        crate::core::formats::org_inputs::read_file(&mut read, "org.json", &text, 0.0);
        assert_eq!(read.refused(), 0, "{:?}", read.notes);
        assert_eq!(read.target, Some(4));
        let again = build(read.members);
        assert_eq!(again.teams.len(), org.teams.len());
        for (a, b) in again.teams.iter().zip(&org.teams) {
            assert_eq!(a.belonging, b.belonging);
            assert_eq!(a.rounds.len(), b.rounds.len());
            assert_eq!(a.now().level, b.now().level);
            assert_eq!(a.now().areas, b.now().areas);
        }
    }

    #[test]
    fn csv_cells_cannot_run_as_formulas() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("Payments / Web"), "Payments / Web");
        let org = build(sample::members(5, 1, 1_800_000_000_000.0));
        let teams: Vec<&Team> = org.teams.iter().collect();
        let text = csv(&teams);
        assert_eq!(text.lines().count(), 6);
        assert!(text.starts_with("path,team,date,headline,band,Culture & collaboration"));
        assert!(text.lines().next().unwrap().ends_with(",fix first"));
    }
}
