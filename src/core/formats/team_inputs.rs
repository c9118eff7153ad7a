//! Adding respondents from what people paste (links, one per line, as copied
//! from chat) and from files (assessment or team exports). Each input gets its
//! own outcome, and a bad one never stops the rest.

use serde_json::Value;

use crate::core::formats::export;
use crate::core::formats::opened_link::{classify, LinkKind, MANGLED};
use crate::core::formats::packing::short_text;
use crate::core::formats::permalink;
use crate::core::formats::team_link;
use crate::core::model::bank;
use crate::core::rules::team::{Respondent, MAX_LABEL_CHARS, MAX_RESPONDENTS};

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Added(String),
    /// Same answers as someone already in the team.
    Duplicate {
        label: String,
        of: String,
    },
    Refused(String),
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Added(label) => write!(f, "added “{label}”"),
            Outcome::Duplicate { label, of } => write!(
                f,
                "skipped “{label}”: the same answers as “{of}”, already in the team"
            ),
            Outcome::Refused(reason) => write!(f, "not added: {reason}"),
        }
    }
}

impl Outcome {
    pub fn is_added(&self) -> bool {
        matches!(self, Outcome::Added(_))
    }

    /// Whether something went wrong: a skipped duplicate is information.
    pub fn is_refused(&self) -> bool {
        matches!(self, Outcome::Refused(_))
    }

    /// Why it was refused, without "not added".
    pub fn reason(&self) -> Option<&str> {
        match self {
            Outcome::Refused(reason) => Some(reason),
            _ => None,
        }
    }
}

/// Adds one respondent unless the team is full or already has these answers.
pub fn add(team: &mut Vec<Respondent>, mut respondent: Respondent) -> Outcome {
    let label = short_text(&respondent.label, MAX_LABEL_CHARS)
        .unwrap_or_else(|| format!("Respondent {}", team.len() + 1));
    if let Some(same) = team
        .iter()
        .find(|r| r.answers == respondent.answers && r.revision == respondent.revision)
    {
        return Outcome::Duplicate {
            label,
            of: same.label.clone(),
        };
    }
    if team.len() >= MAX_RESPONDENTS {
        return Outcome::Refused(format!(
            "a team view holds at most {MAX_RESPONDENTS} people"
        ));
    }
    respondent.label = label.clone();
    team.push(respondent);
    Outcome::Added(label)
}

/// The longest line read as a link: a team link of 50 people with long labels
/// and an address around it.
pub const MAX_LINE_CHARS: usize = team_link::MAX_FRAGMENT_CHARS + 2_000;

/// The fragment of a pasted line: a whole address, `#r=…`, or `r=…`, also
/// wrapped in the angle brackets some chat apps add.
pub fn fragment_of(line: &str) -> &str {
    let line = line.trim().trim_start_matches('<').trim_end_matches('>');
    match line.rfind('#') {
        Some(at) => &line[at + 1..],
        None => line,
    }
}

/// Adds every link in the pasted text: one outcome per non-blank line, with
/// its line number (from 1).
pub fn add_links(team: &mut Vec<Respondent>, text: &str) -> Vec<(usize, Vec<Outcome>)> {
    let mut outcomes = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        // Refused unread: no link of this app is anywhere near this long.
        let outcome = if line.len() > MAX_LINE_CHARS {
            vec![Outcome::Refused(format!(
                "this line is {} characters long, far longer than any link this app makes",
                line.chars().count()
            ))]
        } else {
            add_link(team, fragment_of(line))
        };
        outcomes.push((index + 1, outcome));
    }
    outcomes
}

fn add_link(team: &mut Vec<Respondent>, fragment: &str) -> Vec<Outcome> {
    match classify(fragment) {
        LinkKind::Team => {
            return match team_link::decode(fragment) {
                Ok(members) if members.is_empty() => {
                    vec![Outcome::Refused("this team link holds no one".into())]
                }
                Ok(members) => members.into_iter().map(|r| add(team, r)).collect(),
                Err(e) => vec![Outcome::Refused(e.to_string())],
            };
        }
        LinkKind::Mangled => return vec![Outcome::Refused(MANGLED.to_string())],
        LinkKind::Result
        | LinkKind::Screen(_)
        | LinkKind::OrgView
        | LinkKind::NoSuchScreen
        | LinkKind::None => {}
    }
    match permalink::decode(fragment) {
        Ok(shared) => {
            let label = shared.name.unwrap_or_default();
            vec![add(
                team,
                Respondent {
                    label,
                    answers: shared.answers,
                    revision: shared.revision,
                    belonging: shared.belonging,
                },
            )]
        }
        Err(crate::core::formats::packing::LinkError::NotAPermalink) => vec![Outcome::Refused(
            "this is not a link to a result (it should contain “#r=”)".into(),
        )],
        Err(e) => vec![Outcome::Refused(e.to_string())],
    }
}

/// Adds the respondents of a file: an assessment export (one) or a team
/// export (each of its respondents).
pub fn add_file(team: &mut Vec<Respondent>, text: &str, now_ms: f64) -> Vec<Outcome> {
    let parsed = (text.len() <= export::MAX_BYTES)
        .then(|| serde_json::from_str::<Value>(text).ok())
        .flatten();
    if parsed
        .as_ref()
        .is_some_and(crate::core::formats::team_file::is_team_export)
    {
        return match crate::core::formats::team_file::import(text) {
            Ok(members) if members.is_empty() => {
                vec![Outcome::Refused("this team file holds no one".into())]
            }
            Ok(members) => members.into_iter().map(|r| add(team, r)).collect(),
            Err(e) => vec![Outcome::Refused(e.to_string())],
        };
    }
    match export::import(text, now_ms) {
        Ok(assessment) => vec![add(
            team,
            Respondent {
                label: assessment.name,
                answers: assessment.answers,
                revision: parsed
                    .as_ref()
                    .and_then(|v| v.get("bank_revision")?.as_u64())
                    .and_then(|r| u32::try_from(r).ok())
                    .filter(|r| bank::released_table(*r).is_some())
                    .unwrap_or(bank::REVISION),
                belonging: assessment.belonging,
            },
        )],
        Err(e) => vec![Outcome::Refused(e.to_string())],
    }
}

/// Two tabs changed the team view in the same instant: the other tab's team
/// with this tab's changes put back (people it added, people it removed).
/// None when a saved team cannot be read.
pub fn merge_teams(
    base: Option<&str>,
    mine: Option<&str>,
    theirs: Option<&str>,
) -> Option<Option<String>> {
    let read = |team: Option<&str>| match team {
        None => Some(Vec::new()),
        Some(link) => team_link::decode(link).ok(),
    };
    let (base, mine, mut merged) = (read(base)?, read(mine)?, read(theirs)?);
    for person in mine.iter().filter(|p| !base.contains(p)) {
        if !merged.contains(person) && merged.len() < MAX_RESPONDENTS {
            merged.push(person.clone());
        }
    }
    for person in base.iter().filter(|p| !mine.contains(p)) {
        merged.retain(|p| p != person);
    }
    Some((!merged.is_empty()).then(|| team_link::encode(&merged)))
}
