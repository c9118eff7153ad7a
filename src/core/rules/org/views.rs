//! What the organisation view shows, computed from the teams: the summary,
//! filters and sorting, each area's and practice's share of teams, groups by
//! path, and change over time.

use crate::core::model::bank::{Band, DIMENSIONS, MAX_LEVEL, MIN_LEVEL};
use crate::core::rules::org::{practices, Org, Stand, Team, TeamResult};
use crate::core::rules::team;

/// A level counted in whole steps: 2.5 is not yet 3.
pub fn whole(level: f64) -> u8 {
    level
        .floor()
        .clamp(f64::from(MIN_LEVEL), f64::from(MAX_LEVEL)) as u8
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    pub teams: usize,
    pub people: usize,
    /// Settled teams by level, index 0 for level 1.
    pub settled: [usize; 5],
    pub provisional: usize,
    pub no_verdict: usize,
    /// Teams whose keys put them in one cluster, best first; the rest.
    pub bands: [usize; 4],
    pub band_uncertain: usize,
    /// The most common fix first, its title, and how many teams share it.
    pub top_fix: Option<(&'static str, String, usize)>,
    /// Each area's median over the teams that have a level in it.
    pub median_profile: Vec<Option<f64>>,
}

pub fn summarise(teams: &[&Team]) -> Summary {
    let mut summary = Summary {
        teams: teams.len(),
        median_profile: vec![None; DIMENSIONS.len()],
        ..Summary::default()
    };
    for team in teams {
        let now = team.now();
        summary.people += now.people;
        match now.level {
            None => summary.no_verdict += 1,
            Some(_) if now.provisional => summary.provisional += 1,
            Some(level) => summary.settled[usize::from(whole(level) - 1)] += 1,
        }
        match now.band.single() {
            Some(band) => summary.bands[usize::from(band.rank())] += 1,
            None => summary.band_uncertain += 1,
        }
    }
    let fixes: Vec<(&'static str, String)> = teams
        .iter()
        .filter_map(|t| t.now().fix_first.clone())
        .collect();
    summary.top_fix =
        crate::core::rules::org::most_common_fix(fixes.iter().cloned()).map(|(step, title)| {
            let count = fixes.iter().filter(|(s, _)| *s == step).count();
            (step, title, count)
        });
    for (i, slot) in summary.median_profile.iter_mut().enumerate() {
        let levels: Vec<f64> = teams.iter().filter_map(|t| t.now().areas[i]).collect();
        *slot = median(levels);
    }
    summary
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => None,
        n if n % 2 == 1 => Some(values[n / 2]),
        n => Some((values[n / 2 - 1] + values[n / 2]) / 2.0),
    }
}

/// What the heat map shows: every field narrows; empty means "any".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// Teams whose path starts with these parts.
    pub path: Vec<String>,
    /// Whole headline level; 0 for teams with no verdict yet.
    pub level: Option<u8>,
    pub band: Option<BandFilter>,
    /// A fix-first step id.
    pub fix: Option<String>,
    /// Letters in the team's name or path (letter case ignored).
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandFilter {
    One(Band),
    /// Keys unknown or a tie: no single cluster.
    Uncertain,
}

impl Filter {
    pub fn keeps(&self, team: &Team) -> bool {
        let now = team.now();
        let path_ok = self.path.len() <= team.belonging.path.len()
            && self
                .path
                .iter()
                .zip(&team.belonging.path)
                .all(|(a, b)| a.eq_ignore_ascii_case(b));
        let level_ok = match self.level {
            None => true,
            Some(0) => now.level.is_none(),
            Some(l) => now.level.is_some_and(|v| whole(v) == l),
        };
        let band_ok = match self.band {
            None => true,
            Some(BandFilter::One(b)) => now.band.single() == Some(b),
            Some(BandFilter::Uncertain) => now.band.single().is_none(),
        };
        let fix_ok = self
            .fix
            .as_deref()
            .is_none_or(|f| now.fix_first.as_ref().is_some_and(|(s, _)| *s == f));
        let text = self.text.trim().to_lowercase();
        let text_ok = text.is_empty()
            || team.name().to_lowercase().contains(&text)
            || team.path_text().to_lowercase().contains(&text);
        path_ok && level_ok && band_ok && fix_ok && text_ok
    }
}

/// A heat map column to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Path,
    Team,
    Date,
    Headline,
    Band,
    /// An area, by its index in `DIMENSIONS`.
    Area(usize),
    Fix,
}

/// The teams the filter keeps (by index in `org.teams`), sorted by the
/// column (ties by path and name). Teams without a value sort last either
/// way.
pub fn select(org: &Org, filter: &Filter, by: Column, descending: bool) -> Vec<usize> {
    let mut teams: Vec<usize> = (0..org.teams.len())
        .filter(|&i| filter.keeps(&org.teams[i]))
        .collect();
    let number = |value: Option<f64>| value.map(|v| (v * 2.0) as i64);
    // The teams are kept in path-then-name order, so an index is that order;
    // names are lowered once, not at every comparison.
    let names: Vec<String> = if by == Column::Team {
        org.teams.iter().map(|t| t.name().to_lowercase()).collect()
    } else {
        Vec::new()
    };
    teams.sort_by(|&ia, &ib| {
        let (x, y) = (org.teams[ia].now(), org.teams[ib].now());
        let order = match by {
            Column::Path => std::cmp::Ordering::Equal,
            Column::Team => names[ia].cmp(&names[ib]),
            Column::Date if descending => y.date_ms.total_cmp(&x.date_ms),
            Column::Date => x.date_ms.total_cmp(&y.date_ms),
            Column::Headline => cmp_missing_last(number(x.level), number(y.level), descending),
            Column::Band => cmp_missing_last(band_rank(x), band_rank(y), !descending),
            Column::Area(i) => cmp_missing_last(number(x.areas[i]), number(y.areas[i]), descending),
            Column::Fix => cmp_missing_last(
                x.fix_first
                    .as_ref()
                    .map(|(s, _)| crate::core::rules::org::fix_rank(s)),
                y.fix_first
                    .as_ref()
                    .map(|(s, _)| crate::core::rules::org::fix_rank(s)),
                descending,
            ),
        };
        if matches!(by, Column::Path | Column::Team) && descending {
            order.then(ia.cmp(&ib)).reverse()
        } else {
            order.then(ia.cmp(&ib))
        }
    });
    teams
}

fn band_rank(result: &TeamResult) -> Option<u8> {
    result.band.single().map(Band::rank)
}

/// Missing values last, whichever way the known ones are ordered.
fn cmp_missing_last<T: Ord>(a: Option<T>, b: Option<T>, descending: bool) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match (a, b) {
        (Some(a), Some(b)) if descending => b.cmp(&a),
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Less,
        (None, Some(_)) => Greater,
        (None, None) => Equal,
    }
}

/// The selected teams by path, each group where its first team is (so a
/// sort orders the groups by their best team too).
pub fn groups(org: &Org, selected: &[usize]) -> Vec<(String, Vec<usize>)> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = Default::default();
    for &i in selected {
        let path = org.teams[i].path_text();
        match index.get(&path.to_lowercase()) {
            Some(&g) => groups[g].1.push(i),
            None => {
                index.insert(path.to_lowercase(), groups.len());
                groups.push((path, vec![i]));
            }
        }
    }
    groups
}

/// Short area names for narrow columns, in the order of `DIMENSIONS`.
pub const AREA_SHORT: [&str; 10] = [
    "Culture",
    "CI",
    "Deploy",
    "Infra",
    "Observe",
    "Reliability",
    "Security",
    "Measure",
    "Platform",
    "Toil",
];

/// A group's median headline and areas, for the printed report.
pub fn group_profile(org: &Org, members: &[usize]) -> (Option<f64>, Vec<Option<f64>>) {
    let teams: Vec<&Team> = members.iter().map(|&i| &org.teams[i]).collect();
    let headline = median(teams.iter().filter_map(|t| t.now().level).collect());
    let areas = (0..DIMENSIONS.len())
        .map(|a| median(teams.iter().filter_map(|t| t.now().areas[a]).collect()))
        .collect();
    (headline, areas)
}

/// One area across the teams.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaShare {
    pub dimension: &'static str,
    pub name: &'static str,
    /// Teams at each whole level, index 0 for level 1.
    pub at_level: [usize; 5],
    /// Teams with no level in this area.
    pub unknown: usize,
    pub at_or_above_target: usize,
}

pub fn area_shares(teams: &[&Team], target: u8) -> Vec<AreaShare> {
    DIMENSIONS
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mut share = AreaShare {
                dimension: d.id,
                name: d.name,
                at_level: [0; 5],
                unknown: 0,
                at_or_above_target: 0,
            };
            for team in teams {
                match team.now().areas[i] {
                    Some(level) => {
                        share.at_level[usize::from(whole(level) - 1)] += 1;
                        if level >= f64::from(target) {
                            share.at_or_above_target += 1;
                        }
                    }
                    None => share.unknown += 1,
                }
            }
            share
        })
        .collect()
}

/// One yes/no practice across the teams.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeShare {
    pub question: &'static crate::core::model::bank::Question,
    pub yes: usize,
    /// Teams that answered no, or split evenly: the ones to talk to.
    pub not_yes: Vec<usize>,
    pub not_applicable: usize,
    pub unknown: usize,
}

impl PracticeShare {
    /// Yes among the teams that answered it (not "not applicable" or unknown).
    pub fn share(&self) -> Option<f64> {
        let answered = self.yes + self.not_yes.len();
        (answered > 0).then(|| self.yes as f64 / answered as f64)
    }
}

/// Each practice, lowest share of yes first (unanswered ones last). The
/// teams that do not are given by their index in `teams`.
pub fn practice_shares(teams: &[&Team]) -> Vec<PracticeShare> {
    let mut shares: Vec<PracticeShare> = practices()
        .enumerate()
        .map(|(k, question)| {
            let mut share = PracticeShare {
                question,
                yes: 0,
                not_yes: Vec::new(),
                not_applicable: 0,
                unknown: 0,
            };
            for (i, team) in teams.iter().enumerate() {
                match team.now().practices[k] {
                    Stand::Yes => share.yes += 1,
                    Stand::No | Stand::Split => share.not_yes.push(i),
                    Stand::NotApplicable => share.not_applicable += 1,
                    Stand::Unknown => share.unknown += 1,
                }
            }
            share
        })
        .collect();
    shares.sort_by(|a, b| {
        cmp_missing_last(
            a.share().map(|s| (s * 1000.0) as i64),
            b.share().map(|s| (s * 1000.0) as i64),
            false,
        )
    });
    shares
}

/// A team's result then and now.
#[derive(Debug, Clone, PartialEq)]
pub struct Change<'a> {
    pub team: &'a Team,
    pub then: &'a TeamResult,
    pub now: &'a TeamResult,
}

impl Change<'_> {
    /// Headline now minus then (None when either has no verdict).
    pub fn headline(&self) -> Option<f64> {
        Some(self.now.level? - self.then.level?)
    }

    /// Each area's now minus then.
    pub fn areas(&self) -> Vec<Option<f64>> {
        self.now
            .areas
            .iter()
            .zip(&self.then.areas)
            .map(|(n, t)| Some((*n)? - (*t)?))
            .collect()
    }
}

/// The teams with results from two rounds.
pub fn changes<'a>(teams: &[&'a Team]) -> Vec<Change<'a>> {
    teams
        .iter()
        .filter_map(|team| {
            Some(Change {
                team,
                then: team.before()?,
                now: team.now(),
            })
        })
        .collect()
}

/// The spread of settled and provisional headline levels among teams with
/// two rounds: (then, now), each as [`Summary::settled`] plus the rest.
pub fn spread_then_and_now(changes: &[Change]) -> ([usize; 6], [usize; 6]) {
    let spread = |results: &mut dyn Iterator<Item = &TeamResult>| {
        let mut counts = [0; 6];
        for r in results {
            match r.level {
                Some(level) => counts[usize::from(whole(level) - 1)] += 1,
                None => counts[5] += 1,
            }
        }
        counts
    };
    (
        spread(&mut changes.iter().map(|c| c.then)),
        spread(&mut changes.iter().map(|c| c.now)),
    )
}

/// "+1", "−0.5", "0": a change of level in words.
pub fn delta_text(delta: f64) -> String {
    match delta {
        d if d > 0.0 => format!("+{}", team::level_text(d)),
        d if d < 0.0 => format!("−{}", team::level_text(-d)),
        _ => "0".to_string(),
    }
}
