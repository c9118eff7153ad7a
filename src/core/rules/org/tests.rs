use super::views::{self, Column, Filter};
use super::*;
use crate::core::model::answers::{Answer, Answers};
use crate::core::rules::report::assess;
use crate::core::testing::all_best;

const DAY: f64 = DAY_MS;

fn member(id: &str, team: &str, path: &str, day: f64, answers: Answers) -> Member {
    Member {
        id: id.into(),
        date_ms: day * DAY,
        respondent: Respondent {
            label: id.into(),
            answers,
            revision: bank::REVISION,
            belonging: Belonging::new(team, path),
        },
        source: format!("{id}.json"),
    }
}

fn settled() -> Answers {
    let mut answers = all_best();
    answers
        .set_by_id("org.product_engineers", "under_50")
        .unwrap();
    answers.set_by_id("dora.rework_rate", "5").unwrap();
    answers
}

#[test]
fn a_team_of_one_reads_exactly_as_its_own_result() {
    for seed in 0..30 {
        let mut random = sample::Random::new(seed);
        let answers = sample::answers(&mut random, (seed % 5 + 1) as u8, seed % 3 == 0);
        let report = assess(&answers);
        let org = build(vec![member("a", "Atlas", "Payments", 10.0, answers)]);
        let now = org.teams[0].now();
        if report.headline.status == Status::NeedsAnswers {
            assert_eq!(now.level, None, "seed {seed}");
            assert_eq!(now.level_text(), "none yet");
        } else {
            assert_eq!(
                now.level,
                Some(f64::from(report.headline.level)),
                "seed {seed}"
            );
            assert_eq!(
                now.level_text(),
                report.headline.level_text(),
                "seed {seed}"
            );
            assert_eq!(now.fix_title(), report.fix_first.title);
        }
        assert_eq!(now.band_text(), report.dora.overall.text(), "seed {seed}");
        for (area, score) in now.areas.iter().zip(&report.dimensions) {
            let expected = (!score.unanswered()).then_some(f64::from(score.level));
            assert_eq!(*area, expected, "seed {seed} {}", score.dimension);
        }
    }
}

#[test]
fn the_newest_copy_counts_and_dates_form_rounds() {
    let mut worse = settled();
    worse.set_by_id("ci.pr_tests", "no").unwrap();
    let org = build(vec![
        member("a", "Atlas", "Payments", 100.0, settled()),
        member("a", "Atlas", "Payments", 90.0, worse.clone()),
        member("b", "atlas", "payments", 10.0, worse),
    ]);
    assert_eq!(org.teams.len(), 1, "letter case does not make another team");
    let team = &org.teams[0];
    assert_eq!(team.rounds.len(), 2, "90 days apart: two rounds");
    assert_eq!(team.now().people, 1);
    assert_eq!(team.now().date_ms, 100.0 * DAY);
    assert!(org.notes[0].starts_with("1 copy"), "{:?}", org.notes);
    let changes = views::changes(&[team]);
    assert_eq!(changes.len(), 1);
    assert!(changes[0].headline().unwrap() > 0.0);
}

#[test]
fn people_of_one_round_combine_by_the_team_rule() {
    let mut low = settled();
    low.set_by_id("delivery.pipeline", "manual").unwrap();
    let org = build(vec![
        member("a", "Atlas", "P", 1.0, settled()),
        member("b", "Atlas", "P", 2.0, settled()),
        member("c", "Atlas", "P", 3.0, low.clone()),
        member("d", "Atlas", "P", 4.0, Answers::new()),
    ]);
    let now = org.teams[0].now();
    assert_eq!((now.people, now.without_verdict), (4, 1));
    // The median of the deploy stage over the three with a verdict is the best.
    assert_eq!(now.level, Some(5.0));
    let two = build(vec![
        member("a", "Atlas", "P", 1.0, settled()),
        member("c", "Atlas", "P", 3.0, low.clone()),
    ]);
    let low_level = f64::from(assess(&low).headline.level);
    assert_eq!(two.teams[0].now().level, Some((5.0 + low_level) / 2.0));
    assert_eq!(
        two.teams[0].now().level_text(),
        team::level_text((5.0 + low_level) / 2.0)
    );
}

#[test]
fn the_same_name_under_two_paths_is_two_teams_and_said() {
    let org = build(vec![
        member("a", "Checkout", "Payments", 1.0, settled()),
        member("b", "Checkout", "Retail / Web", 1.0, settled()),
    ]);
    assert_eq!(org.teams.len(), 2);
    assert!(
        org.notes
            .iter()
            .any(|n| n.contains("“Checkout” is under 2 paths")),
        "{:?}",
        org.notes
    );
}

#[test]
fn practices_count_teams_and_name_those_that_do_not() {
    let mut no = settled();
    no.set_by_id("ci.pr_tests", "no").unwrap();
    let mut unknown = settled();
    unknown.set("ci.pr_tests", Answer::DontKnow).unwrap();
    let org = build(vec![
        member("a", "A", "X", 1.0, settled()),
        member("b", "B", "X", 1.0, no.clone()),
        member("c", "C", "X", 1.0, unknown),
        member("d", "D", "X", 1.0, no),
        member("e", "D", "X", 2.0, settled()),
    ]);
    let teams: Vec<&Team> = org.teams.iter().collect();
    let shares = views::practice_shares(&teams);
    let pr = shares
        .iter()
        .find(|s| s.question.id == "ci.pr_tests")
        .unwrap();
    assert_eq!(pr.yes, 1);
    assert_eq!(pr.not_yes, vec![1, 3], "B says no, D is split");
    assert_eq!(pr.unknown, 1);
    assert_eq!(pr.share(), Some(1.0 / 3.0));
    assert_eq!(
        shares[0].question.id, "ci.pr_tests",
        "the lowest share first"
    );
}

#[test]
fn filters_and_sorts_keep_unknown_values_last() {
    let org = build(sample::members(40, 7, 1_800_000_000_000.0));
    assert_eq!(org.teams.len(), 40);
    let all: Vec<&Team> = views::select(&org, &Filter::default(), Column::Headline, true)
        .into_iter()
        .map(|i| &org.teams[i])
        .collect();
    assert_eq!(all.len(), 40);
    let levels: Vec<Option<f64>> = all.iter().map(|t| t.now().level).collect();
    let known = levels.iter().take_while(|l| l.is_some()).count();
    assert!(levels[known..].iter().all(Option::is_none));
    assert!(levels[..known].windows(2).all(|w| w[0] >= w[1]));
    let payments = Filter {
        path: vec!["payments".into()],
        ..Filter::default()
    };
    let some = views::select(&org, &payments, Column::Team, false);
    assert!(!some.is_empty() && some.len() < 40);
    assert!(some
        .iter()
        .all(|&i| org.teams[i].belonging.path[0] == "Payments"));
    let groups = views::groups(&org, &some);
    assert!(groups
        .iter()
        .all(|(path, _)| path.starts_with("Payments / ")));
    assert_eq!(
        groups.iter().map(|(_, t)| t.len()).sum::<usize>(),
        some.len()
    );
    let summary = views::summarise(&all);
    let counted: usize =
        summary.settled.iter().sum::<usize>() + summary.provisional + summary.no_verdict;
    assert_eq!(counted, 40);
    let (_, title, count) = summary.top_fix.clone().unwrap();
    assert!(!title.is_empty() && count > 0);
    let shares = views::area_shares(&all, 3);
    for share in &shares {
        assert_eq!(share.at_level.iter().sum::<usize>() + share.unknown, 40);
        assert_eq!(
            share.at_or_above_target,
            share.at_level[2..].iter().sum::<usize>()
        );
    }
    assert!(
        !views::changes(&all).is_empty(),
        "some sample teams have two rounds"
    );
}

#[test]
fn a_sample_is_the_same_for_one_seed_and_varied() {
    let a = sample::members(40, 1, 0.0);
    assert_eq!(a, sample::members(40, 1, 0.0));
    assert_ne!(a, sample::members(40, 2, 0.0));
    let org = build(a);
    let levels: std::collections::BTreeSet<u8> = org
        .teams
        .iter()
        .filter_map(|t| t.now().level.map(views::whole))
        .collect();
    assert!(levels.len() >= 3, "{levels:?}");
    let sizes: std::collections::BTreeSet<usize> =
        org.teams.iter().map(|t| t.now().people).collect();
    assert!(sizes.len() >= 3, "{sizes:?}");
}
