//! An organisation's teams: each person's result read once, people of one
//! team combined by the team rules, dates of one team kept as its history.
//!
//! - A team is its organisation path and name (letter case ignored).
//! - The same assessment (id) read twice counts once: the newest is kept.
//! - A team's results form rounds: a result more than [`ROUND_GAP_DAYS`]
//!   after the first of a round starts the next one. The latest round is the
//!   team's result now; the one before is what "change over time" compares.
//! - Only people whose answers give a verdict count towards a level: an open
//!   question is not an answer.

pub mod sample;
pub mod views;

use std::collections::BTreeMap;

use crate::core::model::answers::Standing;
use crate::core::model::bank::{self, Kind, Metric, DIMENSIONS};
use crate::core::model::belonging::Belonging;
use crate::core::rules::dora::{self, OverallBand};
use crate::core::rules::fix_first;
use crate::core::rules::scoring;
use crate::core::rules::team::{self, Respondent};
use crate::core::rules::verdict::{self, Status};

/// Results of one team this many days apart belong to different rounds.
pub const ROUND_GAP_DAYS: f64 = 28.0;
const DAY_MS: f64 = 86_400_000.0;
/// The level most organisations aim every area at (seed 001's "Defined").
pub const DEFAULT_TARGET: u8 = 3;

/// One person's result as read from a file or link.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The assessment's id; results of one id count once (the newest).
    pub id: String,
    /// When the answers were last changed (milliseconds since the epoch).
    pub date_ms: f64,
    pub respondent: Respondent,
    /// Where it was read from (a file name, "pasted line 3").
    pub source: String,
}

/// How a team stands on a yes/no practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stand {
    Yes,
    No,
    /// As many of its people say yes as say no.
    Split,
    NotApplicable,
    Unknown,
}

impl Stand {
    pub fn text(self) -> &'static str {
        match self {
            Stand::Yes => "yes",
            Stand::No => "no",
            Stand::Split => "split",
            Stand::NotApplicable => "not applicable",
            Stand::Unknown => "not known",
        }
    }
}

/// A team's combined result at one round.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamResult {
    /// The newest result of the round.
    pub date_ms: f64,
    pub people: usize,
    /// People whose answers give no verdict yet (not counted in levels).
    pub without_verdict: usize,
    /// The team's level by the team rule; None without any verdict.
    pub level: Option<f64>,
    /// The highest level open questions could still give (equal when settled).
    pub high: Option<f64>,
    pub provisional: bool,
    /// Each area's median level, in the order of `DIMENSIONS`; None when no
    /// one answered anything in it.
    pub areas: Vec<Option<f64>>,
    /// Each key's median position, then the nearest cluster over them.
    pub band: OverallBand,
    /// The fix first most of its people's answers lead to: (step, title).
    pub fix_first: Option<(&'static str, String)>,
    /// Each yes/no practice, in bank order (see [`practices`]).
    pub practices: Vec<Stand>,
}

impl TeamResult {
    /// "3", "2.5", "2–3" while provisional, or "none yet".
    pub fn level_text(&self) -> String {
        match (self.level, self.high) {
            (Some(low), Some(high)) if self.provisional && high > low => {
                format!("{}–{}", team::level_text(low), team::level_text(high))
            }
            (Some(level), _) => team::level_text(level),
            _ => "none yet".to_string(),
        }
    }

    /// The band in words, as one person's result says it.
    pub fn band_text(&self) -> String {
        self.band.text()
    }

    pub fn fix_title(&self) -> &str {
        self.fix_first
            .as_ref()
            .map_or("", |(_, title)| title.as_str())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Round {
    pub members: Vec<Member>,
    pub result: TeamResult,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Team {
    pub belonging: Belonging,
    /// Oldest first; never empty.
    pub rounds: Vec<Round>,
}

impl Team {
    pub fn now(&self) -> &TeamResult {
        &self.rounds[self.rounds.len() - 1].result
    }

    pub fn before(&self) -> Option<&TeamResult> {
        self.rounds
            .len()
            .checked_sub(2)
            .map(|i| &self.rounds[i].result)
    }

    pub fn path_text(&self) -> String {
        self.belonging.path_text()
    }

    pub fn name(&self) -> &str {
        &self.belonging.team
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Org {
    /// Sorted by path, then name.
    pub teams: Vec<Team>,
    /// What was combined or replaced, for the list of inputs.
    pub notes: Vec<String>,
}

/// The yes/no practices, in bank order.
pub fn practices() -> impl Iterator<Item = &'static bank::Question> {
    bank::questions().filter(|q| matches!(q.kind, Kind::Practice { .. }))
}

/// Teams from everyone's results.
pub fn build(members: Vec<Member>) -> Org {
    let (groups, notes) = group(members);
    assemble(groups.into_iter().map(team_of).collect(), notes)
}

/// Everyone's results by team (the newest of each assessment id), with a
/// note of what was replaced. Each group is made a team by [`team_of`],
/// which the command line runs on several threads.
pub fn group(members: Vec<Member>) -> (Vec<Vec<Member>>, Vec<String>) {
    let mut notes = Vec::new();
    let mut newest: BTreeMap<String, Member> = BTreeMap::new();
    let mut replaced = 0;
    for member in members {
        match newest.get(&member.id) {
            Some(kept) if kept.date_ms > member.date_ms => replaced += 1,
            Some(_) => {
                replaced += 1;
                newest.insert(member.id.clone(), member);
            }
            None => {
                newest.insert(member.id.clone(), member);
            }
        }
    }
    if replaced > 0 {
        notes.push(format!(
            "{replaced} {} of an assessment read more than once: the newest of each is kept.",
            if replaced == 1 { "copy" } else { "copies" }
        ));
    }
    let mut by_team: BTreeMap<(String, String), Vec<Member>> = BTreeMap::new();
    for member in newest.into_values() {
        let b = &member.respondent.belonging;
        let key = (b.path_text().to_lowercase(), b.team.to_lowercase());
        by_team.entry(key).or_default().push(member);
    }
    (by_team.into_values().collect(), notes)
}

/// The organisation from its teams, sorted by path and name.
pub fn assemble(mut teams: Vec<Team>, mut notes: Vec<String>) -> Org {
    teams.sort_by(|a, b| {
        (a.path_text().to_lowercase(), a.name().to_lowercase())
            .cmp(&(b.path_text().to_lowercase(), b.name().to_lowercase()))
    });
    notes.extend(same_name_elsewhere(&teams));
    Org { teams, notes }
}

/// "“Checkout” is under 2 paths (Payments, Retail): shown as 2 teams."
fn same_name_elsewhere(teams: &[Team]) -> Vec<String> {
    let mut paths: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for team in teams {
        paths
            .entry(team.name().to_lowercase())
            .or_default()
            .push(team.path_text());
    }
    teams
        .iter()
        .filter_map(|team| {
            let list = paths.remove(&team.name().to_lowercase())?;
            (list.len() > 1).then(|| {
                let shown: Vec<String> = list
                    .iter()
                    .map(|p| {
                        if p.is_empty() {
                            "no path".into()
                        } else {
                            p.clone()
                        }
                    })
                    .collect();
                format!(
                    "“{}” is under {} paths ({}): shown as {} teams.",
                    team.name(),
                    list.len(),
                    shown.join("; "),
                    list.len()
                )
            })
        })
        .collect()
}

/// One team's rounds from its results.
pub fn team_of(mut members: Vec<Member>) -> Team {
    members.sort_by(|a, b| a.date_ms.total_cmp(&b.date_ms));
    let belonging = members[members.len() - 1].respondent.belonging.clone();
    let mut rounds: Vec<Vec<Member>> = Vec::new();
    for member in members {
        match rounds.last_mut() {
            Some(round) if member.date_ms - round[0].date_ms <= ROUND_GAP_DAYS * DAY_MS => {
                round.push(member)
            }
            _ => rounds.push(vec![member]),
        }
    }
    Team {
        belonging,
        rounds: rounds
            .into_iter()
            .map(|members| Round {
                result: combine(&members),
                members,
            })
            .collect(),
    }
}

/// What one person's answers give, computed once.
struct Person {
    status: Status,
    low: u8,
    high: u8,
    stages: Vec<(usize, u8, u8)>,
    supports: Option<u8>,
    areas: Vec<Option<u8>>,
    positions: [Option<f32>; 4],
    fix: Option<(&'static str, String)>,
    practices: Vec<Standing>,
}

fn person(respondent: &Respondent) -> Person {
    let answers = &respondent.answers;
    let scores = scoring::score_all(answers);
    let headline = verdict::headline(answers, &scores);
    let verdict = headline.status != Status::NeedsAnswers;
    let stages = scores
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            bank::stages::STAGES
                .iter()
                .any(|st| st.dimension == s.dimension)
        })
        .map(|(i, s)| (i, s.level, s.high))
        .collect();
    Person {
        status: headline.status,
        low: headline.level,
        high: headline.high,
        stages,
        supports: headline.outcome.as_ref().map(|o| o.supports),
        areas: scores
            .iter()
            .map(|s| (!s.unanswered()).then_some(s.level))
            .collect(),
        positions: Metric::ALL.map(|m| dora::position(answers, m)),
        fix: verdict.then(|| {
            let fix = fix_first::decide(answers, &headline);
            (fix.step, fix.title)
        }),
        practices: practices().map(|q| answers.standing(q)).collect(),
    }
}

/// Combines one round's people by the team rule: the lowest median of the
/// delivery stages, held to the median of the levels their DORA keys
/// support; each area the median of those who answered in it.
pub fn combine(members: &[Member]) -> TeamResult {
    let people: Vec<Person> = members.iter().map(|m| person(&m.respondent)).collect();
    let judged: Vec<&Person> = people
        .iter()
        .filter(|p| p.status != Status::NeedsAnswers)
        .collect();
    let rule = |pick: &dyn Fn(&(usize, u8, u8)) -> u8| -> Option<f64> {
        let first = judged.first()?;
        let stage_level = (0..first.stages.len())
            .map(|k| {
                let levels: Vec<u8> = judged.iter().map(|p| pick(&p.stages[k])).collect();
                team::median(&levels)
            })
            .fold(f64::from(bank::MAX_LEVEL), f64::min);
        let supported: Vec<u8> = judged.iter().filter_map(|p| p.supports).collect();
        Some(team::held_to_outcomes(stage_level, &supported))
    };
    // One person's level is their headline, exactly as their own page says.
    let (level, high) = match judged.as_slice() {
        [one] => (Some(f64::from(one.low)), Some(f64::from(one.high))),
        _ => (rule(&|s| s.1), rule(&|s| s.2)),
    };
    let areas = (0..DIMENSIONS.len())
        .map(|i| {
            let levels: Vec<u8> = people.iter().filter_map(|p| p.areas[i]).collect();
            (!levels.is_empty()).then(|| team::median(&levels))
        })
        .collect();
    let positions: [Option<f32>; 4] = std::array::from_fn(|k| {
        let mut known: Vec<f32> = people.iter().filter_map(|p| p.positions[k]).collect();
        known.sort_by(f32::total_cmp);
        match known.len() {
            0 => None,
            n if n % 2 == 1 => Some(known[n / 2]),
            n => Some((known[n / 2 - 1] + known[n / 2]) / 2.0),
        }
    });
    let practices = (0..practices().count())
        .map(|k| stand(people.iter().map(|p| p.practices[k])))
        .collect();
    TeamResult {
        date_ms: members.iter().map(|m| m.date_ms).fold(f64::MIN, f64::max),
        people: members.len(),
        without_verdict: people.len() - judged.len(),
        level,
        high: match (level, high) {
            (Some(l), Some(h)) => Some(h.max(l)),
            _ => level,
        },
        provisional: judged.iter().any(|p| p.status == Status::Provisional),
        areas,
        band: dora::overall(&positions),
        fix_first: most_common_fix(judged.iter().filter_map(|p| p.fix.clone())),
        practices,
    }
}

fn stand(standings: impl Iterator<Item = Standing>) -> Stand {
    let (mut yes, mut no, mut na, mut all) = (0, 0, 0, 0);
    for standing in standings {
        all += 1;
        match standing {
            Standing::Chosen(bank::YES_INDEX) => yes += 1,
            Standing::Chosen(_) => no += 1,
            Standing::NotApplicable => na += 1,
            _ => {}
        }
    }
    match (yes, no) {
        (0, 0) if na > 0 && na == all => Stand::NotApplicable,
        (0, 0) => Stand::Unknown,
        (y, n) if y > n => Stand::Yes,
        (y, n) if n > y => Stand::No,
        _ => Stand::Split,
    }
}

/// The order fixes are taken in on a tie: the decision chain's own order.
pub fn fix_rank(step: &str) -> usize {
    std::iter::once("raise_stage")
        .chain(fix_first::chain_fixes().map(|(step, _, _)| step))
        .chain(["bed_in", "optimise"])
        .position(|s| s == step)
        .unwrap_or(usize::MAX)
}

/// The fix most often given; on a tie, the earlier in the decision chain.
pub fn most_common_fix(
    fixes: impl Iterator<Item = (&'static str, String)>,
) -> Option<(&'static str, String)> {
    let mut counts: Vec<((&'static str, String), usize)> = Vec::new();
    for fix in fixes {
        match counts.iter_mut().find(|(f, _)| f.0 == fix.0) {
            Some((_, n)) => *n += 1,
            None => counts.push((fix, 1)),
        }
    }
    counts
        .into_iter()
        .min_by_key(|((step, _), n)| (std::cmp::Reverse(*n), fix_rank(step)))
        .map(|(fix, _)| fix)
}

#[cfg(test)]
mod tests;
