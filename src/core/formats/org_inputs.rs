//! Reading an organisation's results: assessment exports, team files, roll-up
//! files and result or team links (pasted, or one per line in a .txt file),
//! mixed. Each input is read on its own: a bad one is listed with its reason
//! and skipped, and the rest load.

use serde_json::Value;

use crate::core::formats::export;
use crate::core::formats::opened_link::{classify, LinkKind, MANGLED};
use crate::core::formats::permalink;
use crate::core::formats::rollup;
use crate::core::formats::team_file;
use crate::core::formats::team_inputs::{fragment_of, MAX_LINE_CHARS};
use crate::core::formats::team_link;
use crate::core::model::belonging::Belonging;
use crate::core::rules::org::Member;
use crate::core::rules::team::Respondent;

/// A roll-up of the largest organisation fits; anything larger is refused
/// unread.
pub const MAX_FILE_BYTES: usize = 64 << 20;

/// What one input (or one line of it) gave, for the list of inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct InputNote {
    /// "checkout.json", "links.txt, line 3", "pasted line 2".
    pub source: String,
    pub message: String,
    pub refused: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Read {
    pub members: Vec<Member>,
    pub notes: Vec<InputNote>,
    /// The organisation's target level, when a roll-up named one.
    pub target: Option<u8>,
    /// Results that named no team: each is its own team, under its name.
    pub without_team: usize,
}

impl Read {
    pub fn refused(&self) -> usize {
        self.notes.iter().filter(|n| n.refused).count()
    }

    pub fn refuse(&mut self, source: &str, message: impl Into<String>) {
        self.notes.push(InputNote {
            source: source.to_string(),
            message: message.into(),
            refused: true,
        });
    }

    fn read(&mut self, source: &str, count: usize, what: &str) {
        self.notes.push(InputNote {
            source: source.to_string(),
            message: format!("read: {count} {what}"),
            refused: false,
        });
    }

    /// Adds a member; a result without a team becomes a team of its own,
    /// named as the result is.
    fn add(&mut self, id: String, date_ms: f64, mut respondent: Respondent, source: &str) {
        if respondent.belonging.team.is_empty() {
            self.without_team += 1;
            let name = if respondent.label.is_empty() {
                source.to_string()
            } else {
                respondent.label.clone()
            };
            respondent.belonging = Belonging::new(&name, &respondent.belonging.path_text());
        }
        self.members.push(Member {
            id,
            date_ms,
            respondent,
            source: source.to_string(),
        });
    }
}

/// FNV-1a: an id for results that carry none (links, team files), so the
/// same result read twice counts once.
pub fn content_id(kind: &str, text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in kind.bytes().chain(text.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{kind}-{hash:016x}")
}

/// Reads one file by its content: JSON of this app, or lines of links.
pub fn read_file(read: &mut Read, source: &str, text: &str, now_ms: f64) {
    if text.len() > MAX_FILE_BYTES {
        return read.refuse(
            source,
            format!(
                "the file is {} MB, larger than any file of this app (at most {} MB)",
                text.len() >> 20,
                MAX_FILE_BYTES >> 20
            ),
        );
    }
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if !trimmed.starts_with('{') {
        if source.to_ascii_lowercase().ends_with(".txt") || looks_like_links(trimmed) {
            return read_links(read, source, text, now_ms);
        }
        return read.refuse(
            source,
            "this is neither a file of this app (JSON) nor a list of result links",
        );
    }
    let value: Value = match serde_json::from_str(trimmed) {
        Ok(value) => value,
        Err(e) => return read.refuse(source, format!("not valid JSON ({e})")),
    };
    if export::is_export(&value) {
        match export::import_parsed(trimmed, &value, now_ms) {
            Ok(assessment) => {
                let id = if assessment.id.is_empty() {
                    content_id("file", trimmed)
                } else {
                    assessment.id.clone()
                };
                let revision = value
                    .get("bank_revision")
                    .and_then(crate::core::formats::strict_json::whole_number)
                    .and_then(|r| u32::try_from(r).ok())
                    .unwrap_or(crate::core::formats::answer_values::UNMARKED_REVISION);
                read.read(source, 1, "assessment");
                read.add(
                    id,
                    assessment.updated_ms,
                    Respondent {
                        label: assessment.name,
                        answers: assessment.answers,
                        revision,
                        belonging: assessment.belonging,
                    },
                    source,
                );
            }
            Err(e) => read.refuse(source, e.to_string()),
        }
    } else if team_file::is_team_export(&value) {
        match team_file::import_parsed(trimmed, &value) {
            Ok(people) if people.is_empty() => read.refuse(source, "this team file holds no one"),
            Ok(people) => {
                let date = value
                    .get("exported")
                    .and_then(Value::as_str)
                    .and_then(crate::core::support::time::parse_iso8601)
                    .unwrap_or(now_ms);
                read.read(source, people.len(), "people of a team file");
                let shared = people
                    .iter()
                    .find(|p| !p.belonging.team.is_empty())
                    .map(|p| p.belonging.clone());
                for (i, mut person) in people.into_iter().enumerate() {
                    // A team file is one team: those without one join it.
                    if person.belonging.team.is_empty() {
                        person.belonging = shared
                            .clone()
                            .unwrap_or_else(|| Belonging::new(&format!("Team of {source}"), ""));
                    }
                    let id = content_id("team", &format!("{trimmed}\u{0}{i}"));
                    read.add(id, date, person, source);
                }
            }
            Err(e) => read.refuse(source, e.to_string()),
        }
    } else if rollup::is_rollup(&value) {
        match rollup::import(&value) {
            Ok(rolled) => {
                read.read(source, rolled.members.len(), "results of a roll-up");
                read.target = rolled.target.or(read.target);
                read.members.extend(rolled.members);
            }
            Err(e) => read.refuse(source, e),
        }
    } else {
        let format = value.get("format").and_then(Value::as_str);
        read.refuse(
            source,
            match format {
                Some(f) => format!(
                    "the file's format is “{}”, not an assessment, team or organisation file of this app",
                    crate::core::support::plain_text::single_line(f).chars().take(60).collect::<String>()
                ),
                None => "this JSON is not a file of this app (it has no “format”)".to_string(),
            },
        );
    }
}

fn looks_like_links(text: &str) -> bool {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .take(3)
        .any(|l| l.contains("r=") || l.contains("t=") || l.contains('#'))
}

/// Reads result and team links, one per line; blank lines are skipped.
/// `source` names where the lines came from ("pasted" or a file name).
pub fn read_links(read: &mut Read, source: &str, text: &str, now_ms: f64) {
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let where_ = format!("{source}, line {}", index + 1);
        if line.len() > MAX_LINE_CHARS {
            read.refuse(
                &where_,
                format!(
                    "this line is {} characters long, far longer than any link this app makes",
                    line.chars().count()
                ),
            );
            continue;
        }
        let fragment = fragment_of(line);
        match classify(fragment) {
            LinkKind::Team => match team_link::decode(fragment) {
                Ok(people) if people.is_empty() => {
                    read.refuse(&where_, "this team link holds no one")
                }
                Ok(people) => {
                    read.read(&where_, people.len(), "people of a team link");
                    for (i, person) in people.into_iter().enumerate() {
                        let id = content_id("link", &format!("{fragment}\u{0}{i}"));
                        read.add(id, now_ms, person, &where_);
                    }
                }
                Err(e) => read.refuse(&where_, e.to_string()),
            },
            LinkKind::Mangled => read.refuse(&where_, MANGLED),
            _ => match permalink::decode(fragment) {
                Ok(shared) => {
                    read.read(&where_, 1, "result link");
                    let id = content_id("link", fragment);
                    let respondent = Respondent {
                        label: shared.name.unwrap_or_default(),
                        answers: shared.answers,
                        revision: shared.revision,
                        belonging: shared.belonging,
                    };
                    read.add(id, now_ms, respondent, &where_);
                }
                Err(crate::core::formats::packing::LinkError::NotAPermalink) => read.refuse(
                    &where_,
                    "this is not a link to a result (it should contain “#r=”)",
                ),
                Err(e) => read.refuse(&where_, e.to_string()),
            },
        }
    }
}

#[cfg(test)]
mod tests;
