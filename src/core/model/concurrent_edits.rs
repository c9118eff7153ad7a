//! Two tabs writing in the same instant: each reads the saved state, applies
//! its own edit and writes, so the later write drops the earlier tab's edit.
//! When a tab hears of the other's write it re-applies what it changed (from
//! the state it started from to the state it wrote) wherever the other tab
//! left that value as it was, then saves the result, so both edits survive.
//! A value the other tab changed too is theirs: the later deliberate edit wins.

use std::collections::BTreeMap;

use crate::core::model::bank;
use crate::core::model::saved_state::{Assessment, Store};

/// The other tab's state with this tab's lost edits put back, or None when
/// nothing of this tab's was lost.
pub fn reapply_lost_edits(base: &Store, mine: &Store, theirs: &Store) -> Option<Store> {
    let mut merged = theirs.clone();
    for own in &mine.assessments {
        match base.get(&own.id) {
            Some(before) => {
                if let Some(target) = merged.assessments.iter_mut().find(|a| a.id == own.id) {
                    reapply(before, own, target);
                }
            }
            // Created here and never seen there: add it back.
            None if merged.get(&own.id).is_none() => merged.assessments.push(own.clone()),
            None => {}
        }
    }
    if mine.team != base.team && merged.team == base.team {
        merged.team = mine.team.clone();
    }
    (merged != *theirs).then_some(merged)
}

fn reapply(before: &Assessment, own: &Assessment, target: &mut Assessment) {
    let mut changed = false;
    for question in bank::questions() {
        let mine = own.answers.get(question.id);
        let was = before.answers.get(question.id);
        if mine != was && target.answers.get(question.id) == was {
            match mine {
                Some(answer) => {
                    let _ = target.answers.set(question.id, answer);
                }
                None => target.answers.clear(question.id),
            }
            changed = true;
        }
        changed |= put_back(&before.notes, &own.notes, &mut target.notes, question.id);
    }
    if own.name != before.name && target.name == before.name {
        target.name = own.name.clone();
        changed = true;
    }
    for dimension in bank::DIMENSIONS {
        changed |= put_back(
            &before.targets,
            &own.targets,
            &mut target.targets,
            dimension.id,
        );
    }
    for snapshot in &own.history {
        let new_here = !before
            .history
            .iter()
            .any(|s| s.taken_ms == snapshot.taken_ms);
        let missing_there = !target
            .history
            .iter()
            .any(|s| s.taken_ms == snapshot.taken_ms);
        if new_here && missing_there {
            target.history.push(snapshot.clone());
            changed = true;
        }
    }
    if changed {
        target.updated_ms = target.updated_ms.max(own.updated_ms);
    }
}

/// Puts one entry of this tab's map back into the other tab's, where this
/// tab changed it and the other left it as it was; says whether it did.
fn put_back<V: Clone + PartialEq>(
    before: &BTreeMap<&'static str, V>,
    mine: &BTreeMap<&'static str, V>,
    target: &mut BTreeMap<&'static str, V>,
    key: &'static str,
) -> bool {
    let (was, now) = (before.get(key), mine.get(key));
    if now == was || target.get(key) != was {
        return false;
    }
    match now {
        Some(value) => target.insert(key, value.clone()),
        None => target.remove(key),
    };
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answer;

    #[test]
    fn simultaneous_edits_to_different_questions_both_survive() {
        let base = Store::fresh(0.0);
        let mut mine = base.clone();
        mine.set_answer("ci.pr_tests", Some(Answer::Choice(0)), 1.0);
        let mut theirs = base.clone();
        theirs.set_answer("ci.red_blocks", Some(Answer::Choice(0)), 1.0);
        let merged = reapply_lost_edits(&base, &mine, &theirs).expect("an edit was lost");
        let answers = &merged.current().answers;
        assert_eq!(answers.get("ci.pr_tests"), Some(Answer::Choice(0)));
        assert_eq!(answers.get("ci.red_blocks"), Some(Answer::Choice(0)));
        // Hearing the merged state again changes nothing.
        assert_eq!(reapply_lost_edits(&base, &mine, &merged), None);
    }

    #[test]
    fn a_value_the_other_tab_also_changed_is_theirs() {
        let base = Store::fresh(0.0);
        let mut mine = base.clone();
        mine.set_answer("ci.pr_tests", Some(Answer::Choice(0)), 1.0);
        let mut theirs = base.clone();
        theirs.set_answer("ci.pr_tests", Some(Answer::Choice(1)), 2.0);
        assert_eq!(reapply_lost_edits(&base, &mine, &theirs), None);
    }

    #[test]
    fn an_assessment_created_here_is_added_back_and_a_rename_kept() {
        let base = Store::fresh(0.0);
        let mut mine = base.clone();
        mine.create("Team B", 5.0);
        let first = base.current().id.clone();
        mine.rename(&first, "Renamed", 5.0);
        let mut theirs = base.clone();
        theirs.set_answer("culture.postmortems", Some(Answer::Choice(2)), 6.0);
        let merged = reapply_lost_edits(&base, &mine, &theirs).unwrap();
        assert_eq!(merged.assessments.len(), 2);
        assert_eq!(merged.get(&first).unwrap().name, "Renamed");
        assert_eq!(
            merged
                .get(&first)
                .unwrap()
                .answers
                .get("culture.postmortems"),
            Some(Answer::Choice(2))
        );
    }
}
