//! A made-up organisation to try the view with, and for the tests and the
//! benchmark: teams of varied sizes, paths, levels and dates, from a seed
//! (the same seed always gives the same organisation).
//!
//! Each team has a tendency (a level); each person answers around it: the
//! statement nearest their level, practices in place up to it, DORA keys on
//! the matching side of the scale. Some people answered only part of it, and
//! some teams have an earlier round about four months before.

use crate::core::model::answers::{Answer, Answers};
use crate::core::model::bank::{self, questionnaire, Kind};
use crate::core::model::belonging::Belonging;
use crate::core::rules::org::Member;
use crate::core::rules::team::Respondent;

const DAY_MS: f64 = 86_400_000.0;

const GROUPS: &[&str] = &[
    "Payments / Checkout",
    "Payments / Billing",
    "Payments / Fraud",
    "Retail / Web",
    "Retail / Mobile",
    "Retail / Search",
    "Platform / Runtime",
    "Platform / Developer experience",
    "Platform / Data",
    "Corporate / Finance systems",
    "Corporate / HR systems",
    "Logistics / Warehouse",
    "Logistics / Routing",
];

const NAMES: &[&str] = &[
    "Atlas", "Beacon", "Comet", "Delta", "Ember", "Falcon", "Glacier", "Harbor", "Iris", "Juniper",
    "Kestrel", "Lumen", "Meridian", "Nova", "Orbit", "Pioneer", "Quartz", "Raven", "Summit",
    "Tidal", "Umbra", "Vertex", "Willow", "Zephyr",
];

/// splitmix64: small, fast and the same on every platform.
pub struct Random(u64);

impl Random {
    pub fn new(seed: u64) -> Random {
        Random(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// One person of a sample team: (assessment id, label, answers).
pub type SamplePerson = (String, String, Answers);

/// One sample team: its place and its rounds (oldest first), each a date and
/// its people.
pub struct SampleTeam {
    pub belonging: Belonging,
    pub rounds: Vec<(f64, Vec<SamplePerson>)>,
}

impl SampleTeam {
    pub fn members(&self) -> impl Iterator<Item = Member> + '_ {
        self.rounds.iter().flat_map(move |(date, people)| {
            people.iter().map(move |(id, label, answers)| Member {
                id: id.clone(),
                date_ms: *date,
                respondent: Respondent {
                    label: label.clone(),
                    answers: answers.clone(),
                    revision: bank::REVISION,
                    belonging: self.belonging.clone(),
                },
                source: "sample".to_string(),
            })
        })
    }
}

/// `count` teams, the newest results within 60 days before `now_ms`.
pub fn organisation(count: usize, seed: u64, now_ms: f64) -> Vec<SampleTeam> {
    let mut random = Random::new(seed);
    (0..count)
        .map(|t| {
            let group = GROUPS[random.below(GROUPS.len())];
            let name = match t / NAMES.len() {
                0 => NAMES[t % NAMES.len()].to_string(),
                n => format!("{} {}", NAMES[t % NAMES.len()], n + 1),
            };
            // Most organisations sit around levels 2 and 3.
            let tendency: u8 = [1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5][random.below(11)];
            let size = [1, 1, 1, 1, 1, 2, 2, 3, 3, 4][random.below(10)];
            let newest = now_ms - (random.below(60) as f64) * DAY_MS;
            let mut rounds = Vec::new();
            if random.chance(40) {
                let before = newest - (100 + random.below(100)) as f64 * DAY_MS;
                let earlier = tendency.saturating_sub(random.below(2) as u8).max(1);
                rounds.push((before, people(&mut random, t, 0, size, earlier, seed)));
            }
            rounds.push((newest, people(&mut random, t, 1, size, tendency, seed)));
            SampleTeam {
                belonging: Belonging::new(&name, group),
                rounds,
            }
        })
        .collect()
}

fn people(
    random: &mut Random,
    team: usize,
    round: usize,
    size: usize,
    tendency: u8,
    seed: u64,
) -> Vec<SamplePerson> {
    (0..size)
        .map(|p| {
            // People of one team mostly agree within a level.
            let level = match random.below(4) {
                0 => tendency.saturating_sub(1).max(1),
                1 => (tendency + 1).min(5),
                _ => tendency,
            };
            // One person in six answered only part of it.
            let partial = random.chance(16);
            (
                format!("sample-{seed}-{team}-{round}-{p}"),
                format!("Person {}", p + 1),
                answers(random, level, partial),
            )
        })
        .collect()
}

/// Answers of someone whose practice sits at about `level`.
pub fn answers(random: &mut Random, level: u8, partial: bool) -> Answers {
    let mut answers = Answers::new();
    for question in bank::questions() {
        // A partial answer has the quick start and about half the rest.
        if partial && !questionnaire::is_quick_start(question.id) && random.chance(50) {
            continue;
        }
        // Each answer strays a level now and then, as real answers do.
        let here = match random.below(30) {
            0 => level.saturating_sub(1).max(1),
            1 => (level + 1).min(5),
            _ => level,
        };
        let answer = match question.kind {
            Kind::Statement(statements) => {
                let nearest = (0..statements.len())
                    .min_by_key(|&i| (i64::from(statements[i].level) - i64::from(here)).abs())
                    .unwrap_or(0);
                Answer::Choice(nearest as u8)
            }
            Kind::Practice { gate } => {
                if random.chance(4) {
                    Answer::DontKnow
                } else if gate <= here {
                    Answer::Choice(bank::YES_INDEX as u8)
                } else {
                    Answer::Choice(bank::NO_INDEX as u8)
                }
            }
            Kind::Metric(metric) if metric.is_percent() => {
                // Level 5 fails a few per cent of changes, level 1 about 40%.
                let percent = [40, 25, 15, 8, 2][usize::from(here - 1)] + random.below(4);
                let _ = answers.set_by_id(question.id, &percent.to_string());
                continue;
            }
            Kind::Metric(_) => {
                if here == 1 && random.chance(30) {
                    Answer::DontKnow
                } else {
                    let (worst, best) = (
                        question.worst_choice().unwrap_or(0),
                        question.best_choice().unwrap_or(0),
                    );
                    let span = best as f64 - worst as f64;
                    let at =
                        worst as f64 + span * [0.2, 0.45, 0.7, 0.85, 1.0][usize::from(here - 1)];
                    Answer::Choice(at.round().max(0.0) as u8)
                }
            }
            Kind::Context(options) => Answer::Choice(random.below(options.len()) as u8),
        };
        let _ = answers.set(question.id, answer);
    }
    answers
}

/// The members of a sample organisation.
pub fn members(count: usize, seed: u64, now_ms: f64) -> Vec<Member> {
    organisation(count, seed, now_ms)
        .iter()
        .flat_map(|t| t.members().collect::<Vec<_>>())
        .collect()
}
