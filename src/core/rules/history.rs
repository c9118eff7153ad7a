//! An assessment over time: its snapshots' levels per dimension, what changed
//! since the last one, and which roadmap items were completed in between.

use crate::core::model::answers::Answers;
use crate::core::model::bank::DIMENSIONS;
use crate::core::model::saved_state::{Assessment, Snapshot};
use crate::core::rules::report::assess_with_targets;
use crate::core::support::time::{minute_utc, second_utc};

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// "2026-11-22 14:05 UTC", or "Now" for unsaved current answers.
    pub label: String,
    /// None for the current answers.
    pub taken_ms: Option<f64>,
    /// Per dimension, in bank order.
    pub levels: Vec<u8>,
    /// The headline level (the low end of a range).
    pub level: u8,
    /// The headline as a table shows it: "3", "1–3" or "none yet".
    pub headline: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub dimension: &'static str,
    pub name: &'static str,
    pub from: u8,
    pub to: u8,
}

impl Change {
    pub fn delta(&self) -> i8 {
        self.to as i8 - self.from as i8
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// The snapshots, oldest first, then the current answers when they differ
    /// from the last snapshot.
    pub points: Vec<Point>,
    /// Per dimension, in bank order.
    pub targets: Vec<u8>,
    /// From the second-last point to the last; empty with fewer than two.
    pub changes: Vec<Change>,
    /// Roadmap items of the second-last point that the last no longer needs.
    pub completed: Vec<String>,
}

/// When each snapshot was taken, as its list shows it: to the minute
/// ("2026-11-22 14:05 UTC"), to the second where another snapshot shares
/// the minute, numbered ("…, 2") where another shares the second too.
pub fn snapshot_moments(history: &[Snapshot]) -> Vec<String> {
    let minute = |ms: f64| (ms / 60_000.0).floor();
    let second = |ms: f64| (ms / 1000.0).floor();
    history
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let same_minute = history
                .iter()
                .filter(|o| minute(o.taken_ms) == minute(s.taken_ms))
                .count();
            if same_minute == 1 {
                return minute_utc(s.taken_ms);
            }
            let same_second: Vec<usize> = (0..history.len())
                .filter(|&j| second(history[j].taken_ms) == second(s.taken_ms))
                .collect();
            match same_second.iter().position(|&j| j == i) {
                Some(n) if same_second.len() > 1 => {
                    format!("{}, {}", second_utc(s.taken_ms), n + 1)
                }
                _ => second_utc(s.taken_ms),
            }
        })
        .collect()
}

/// Each snapshot as people refer to it, unique in its list: its name with
/// its time, or the time.
pub fn snapshot_labels(history: &[Snapshot]) -> Vec<String> {
    history
        .iter()
        .zip(snapshot_moments(history))
        .map(|(s, moment)| {
            if s.name.is_empty() {
                moment
            } else {
                format!("{} ({moment})", s.name)
            }
        })
        .collect()
}

pub fn history(assessment: &Assessment) -> History {
    let mut moments: Vec<(String, Option<f64>, &Answers)> = assessment
        .history
        .iter()
        .zip(snapshot_labels(&assessment.history))
        .map(|(s, label)| (label, Some(s.taken_ms), &s.answers))
        .collect();
    if assessment.history.last().map(|s| &s.answers) != Some(&assessment.answers) {
        moments.push(("Now".to_string(), None, &assessment.answers));
    }
    let reports: Vec<_> = moments
        .iter()
        .map(|(_, _, answers)| assess_with_targets(answers, &assessment.targets))
        .collect();
    let points: Vec<Point> = moments
        .iter()
        .zip(&reports)
        .map(|((label, taken_ms, _), report)| Point {
            label: label.clone(),
            taken_ms: *taken_ms,
            levels: report.dimensions.iter().map(|d| d.level).collect(),
            level: report.level,
            headline: report.headline.level_text(),
        })
        .collect();
    // The last point always holds the current answers: either "Now", or a last
    // snapshot equal to them.
    let targets = reports
        .last()
        .map(|r| r.targets.targets.iter().map(|t| t.target).collect())
        .unwrap_or_default();
    let (changes, completed) = match reports.len() {
        0 | 1 => (Vec::new(), Vec::new()),
        n => {
            let (before, after) = (&reports[n - 2], &reports[n - 1]);
            let changes = DIMENSIONS
                .iter()
                .zip(before.dimensions.iter().zip(&after.dimensions))
                .map(|(d, (b, a))| Change {
                    dimension: d.id,
                    name: d.name,
                    from: b.level,
                    to: a.level,
                })
                .collect();
            let still_open: Vec<String> = after
                .roadmap
                .open_work()
                .into_iter()
                .map(|(id, _)| id)
                .collect();
            let completed = before
                .roadmap
                .open_work()
                .into_iter()
                .filter(|(id, _)| !still_open.contains(id))
                .map(|(_, title)| title)
                .collect();
            (changes, completed)
        }
    };
    History {
        points,
        targets,
        changes,
        completed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answer;
    use crate::core::model::saved_state::Store;

    #[test]
    fn three_snapshots_give_three_points_and_the_last_change() {
        let mut store = Store::fresh(0.0);
        store.take_snapshot(86_400_000.0);
        store.set_answer("ci.pr_tests", Some(Answer::Choice(0)), 1.0);
        store.take_snapshot(2.0 * 86_400_000.0);
        store.set_answer("ci.red_blocks", Some(Answer::Choice(0)), 2.0);
        store.set_answer("ci.commit_builds", Some(Answer::Choice(2)), 2.0);
        store.take_snapshot(3.0 * 86_400_000.0 + 3_600_000.0);
        let h = history(store.current());
        assert_eq!(h.points.len(), 3, "no extra point: nothing changed since");
        assert_eq!(h.points[2].label, "1970-01-04 01:00 UTC");
        let ci: Vec<u8> = h.points.iter().map(|p| p.levels[1]).collect();
        let ci_change = h.changes.iter().find(|c| c.dimension == "ci").unwrap();
        assert_eq!((ci_change.from, ci_change.to), (ci[1], ci[2]));
        assert!(h
            .changes
            .iter()
            .filter(|c| c.dimension != "ci")
            .all(|c| c.delta() == 0));
        assert_eq!(h.targets, vec![3; 10]);

        store.set_answer("infra.iac", Some(Answer::Choice(4)), 5.0);
        let h = history(store.current());
        assert_eq!(h.points.len(), 4);
        assert_eq!(h.points[3].label, "Now");
        assert_eq!(h.points[3].taken_ms, None);
    }

    #[test]
    fn roadmap_items_done_between_the_last_two_points_are_listed() {
        let mut store = Store::fresh(0.0);
        store.take_snapshot(1.0);
        store.set_answer("delivery.pipeline", Some(Answer::Choice(2)), 2.0);
        store.set_answer("ci.commit_builds", Some(Answer::Choice(2)), 2.0);
        let h = history(store.current());
        assert!(
            h.completed
                .iter()
                .any(|t| t.starts_with("Build a CI/CD pipeline")),
            "{:?}",
            h.completed
        );
    }

    #[test]
    fn the_current_fix_is_never_called_completed() {
        // Before: the gate fails first and "make releases safe" is a later
        // constraint; after: the gate holds and it is the fix first. Same
        // work, still open.
        let mut store = Store::fresh(0.0);
        for (id, choice) in [
            ("dora.deploy_frequency", "weekly"),
            ("dora.lead_time", "under_day"),
            ("dora.change_failure_rate", "40"),
            ("dora.recovery_time", "under_day"),
            ("delivery.change_approval", "on_demand"),
            ("delivery.pipeline", "automated"),
            ("ci.commit_builds", "every_commit"),
        ] {
            let q = crate::core::model::bank::question(id).unwrap();
            let i = q.choice_index(choice).unwrap() as u8;
            store.set_answer(id, Some(Answer::Choice(i)), 1.0);
        }
        store.take_snapshot(2.0);
        let daily = crate::core::model::bank::question("dora.deploy_frequency")
            .unwrap()
            .choice_index("daily")
            .unwrap() as u8;
        store.set_answer("dora.deploy_frequency", Some(Answer::Choice(daily)), 3.0);
        let h = history(store.current());
        let report = crate::core::rules::report::assess(&store.current().answers);
        assert_eq!(report.fix_first.step, "stable");
        assert!(
            !h.completed.contains(&report.fix_first.title),
            "{:?}",
            h.completed
        );
        assert!(h.completed.contains(&"Automate the gate".to_string()));
    }

    #[test]
    fn no_snapshots_is_just_now() {
        let store = Store::fresh(0.0);
        let h = history(store.current());
        assert_eq!(h.points.len(), 1);
        assert!(h.changes.is_empty() && h.completed.is_empty());
    }

    #[test]
    fn snapshots_in_the_same_minute_or_second_are_told_apart() {
        let mut store = Store::fresh(0.0);
        let noon = 1_764_504_840_000.0; // 2025-11-30 12:14:00 UTC
        for ms in [
            noon - 3_600_000.0,
            noon + 5_000.0,
            noon + 41_000.0,
            noon + 41_500.0,
        ] {
            store.take_snapshot(ms);
        }
        let id = store.current().id.clone();
        store.name_snapshot(&id, 2, noon + 41_000.0, "Before the audit");
        let labels = snapshot_labels(&store.current().history);
        assert_eq!(
            labels,
            [
                "2025-11-30 11:14 UTC",
                "2025-11-30 12:14:05 UTC",
                "Before the audit (2025-11-30 12:14:41 UTC, 1)",
                "2025-11-30 12:14:41 UTC, 2",
            ]
        );
        let h = history(store.current());
        let points: Vec<&str> = h.points.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(points, labels);
    }
}
