//! Two sets of answers side by side: any two saved assessments or snapshots.

use crate::core::model::answers::Answers;
use crate::core::model::bank::{self, Question};
use crate::core::model::saved_state::Store;
use crate::core::rules::history::snapshot_labels;

/// Something that can be compared: an assessment's current answers, or one of
/// its snapshots.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub assessment: String,
    /// The snapshot's time; None for the current answers.
    pub snapshot: Option<f64>,
}

impl Source {
    /// A stable text key, for form controls: "a1b2" or "a1b2@1700000000000".
    pub fn key(&self) -> String {
        match self.snapshot {
            Some(ms) => format!("{}@{}", self.assessment, ms as u64),
            None => self.assessment.clone(),
        }
    }
}

/// Every comparable source with its label, assessments in order, each
/// followed by its snapshots newest first.
pub fn sources(store: &Store) -> Vec<(Source, String)> {
    let mut out = Vec::new();
    for a in &store.assessments {
        out.push((
            Source {
                assessment: a.id.clone(),
                snapshot: None,
            },
            format!("{} (current answers)", a.name),
        ));
        for (s, label) in a.history.iter().zip(snapshot_labels(&a.history)).rev() {
            out.push((
                Source {
                    assessment: a.id.clone(),
                    snapshot: Some(s.taken_ms),
                },
                format!("{}: snapshot of {label}", a.name),
            ));
        }
    }
    out
}

/// The pair "Compare two" opens on, as (before, after) keys: the current
/// answers against the newest snapshot of the current assessment whose
/// answers differ from them; else against the newest other source that
/// differs; else against any other source (or itself when it is alone).
pub fn default_pair(store: &Store) -> (String, String) {
    let current = store.current();
    let after = Source {
        assessment: current.id.clone(),
        snapshot: None,
    };
    let all = sources(store);
    let differs = |source: &Source| {
        resolve(store, &source.key()).is_some_and(|(_, answers)| answers != current.answers)
    };
    let others = || all.iter().map(|(s, _)| s).filter(|s| **s != after);
    let before = others()
        .find(|s| s.assessment == current.id && differs(s))
        .or_else(|| others().find(|s| differs(s)))
        .or_else(|| others().next())
        .unwrap_or(&after);
    (before.key(), after.key())
}

/// The answers behind a source's key, with its label.
pub fn resolve(store: &Store, key: &str) -> Option<(String, Answers)> {
    sources(store)
        .into_iter()
        .find(|(source, _)| source.key() == key)
        .and_then(|(source, label)| {
            let a = store.get(&source.assessment)?;
            let answers = match source.snapshot {
                None => a.answers.clone(),
                Some(ms) => a.history.iter().find(|s| s.taken_ms == ms)?.answers.clone(),
            };
            Some((label, answers))
        })
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnswerChange {
    pub question: &'static Question,
    pub left: &'static str,
    pub right: &'static str,
}

/// The questions answered differently, in bank order.
pub fn changed_answers(left: &Answers, right: &Answers) -> Vec<AnswerChange> {
    bank::questions()
        .filter(|q| left.get(q.id) != right.get(q.id))
        .map(|q| AnswerChange {
            question: q,
            left: left.standing(q).describe(q),
            right: right.standing(q).describe(q),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answer;

    #[test]
    fn lists_assessments_and_snapshots_and_resolves_them() {
        let mut store = Store::fresh(0.0);
        store.set_answer("ci.pr_tests", Some(Answer::Choice(0)), 1.0);
        store.take_snapshot(1_000.0);
        store.set_answer("ci.pr_tests", Some(Answer::Choice(1)), 2.0);
        store.create("Team B", 3.0);
        let all = sources(&store);
        assert_eq!(all.len(), 3);
        assert_eq!(all[1].1, "My assessment: snapshot of 1970-01-01 00:00 UTC");
        let (_, then) = resolve(&store, &all[1].0.key()).unwrap();
        let (_, now) = resolve(&store, &all[0].0.key()).unwrap();
        let changes = changed_answers(&then, &now);
        assert_eq!(changes.len(), 1);
        assert_eq!((changes[0].left, changes[0].right), ("No", "Yes"));
        assert!(resolve(&store, "nope").is_none());
    }
}

#[cfg(test)]
mod default_pair_tests {
    use super::*;
    use crate::core::model::answers::Answer;

    #[test]
    fn opens_on_the_newest_snapshot_that_differs_from_now() {
        let mut store = Store::fresh(0.0);
        store.set_answer("ci.pr_tests", Some(Answer::Choice(1)), 1.0);
        store.take_snapshot(10.0);
        store.set_answer("ci.pr_tests", Some(Answer::Choice(0)), 2.0);
        store.take_snapshot(20.0);
        // The newest snapshot equals now; the one before differs.
        let id = store.current().id.clone();
        assert_eq!(default_pair(&store), (format!("{id}@10"), id.clone()));
        // Nothing differs: another source all the same, never a crash.
        let alone = Store::fresh(0.0);
        let only = alone.current().id.clone();
        assert_eq!(default_pair(&alone), (only.clone(), only));
    }
}
