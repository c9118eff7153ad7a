//! The full result of an assessment, computed from answers alone.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::core::model::answers::Answers;
use crate::core::model::bank::{self, dora::EDITION};
use crate::core::model::levels;
use crate::core::rules::crosswalk::{self, Framework};
use crate::core::rules::dora::{self, DoraResult};
use crate::core::rules::fix_first::{self, FixFirst};
use crate::core::rules::honesty::{self, HonestyCheck};
use crate::core::rules::quick_check::{self, QuickCheckScore};
use crate::core::rules::roadmap::{self, Roadmap};
use crate::core::rules::scoring::{self, DimensionScore, Summary};
use crate::core::rules::target::{self, TargetAdvice};
use crate::core::rules::verdict::{self, Headline};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub bank_revision: u32,
    pub dora_edition: &'static str,
    /// The headline level (the low end of the range while it is provisional).
    pub level: u8,
    pub level_name: &'static str,
    pub rule: &'static str,
    pub headline: Headline,
    pub summary: Summary,
    pub dimensions: Vec<DimensionScore>,
    pub dora: DoraResult,
    /// The DORA Quick Check's overall score, in the edition whose keys are
    /// all known (the 2025 edition adds the rework rate); None when no key is.
    pub quick_check: Option<QuickCheckScore>,
    pub honesty: HonestyCheck,
    pub fix_first: FixFirst,
    pub targets: TargetAdvice,
    pub roadmap: Roadmap,
    pub frameworks: Vec<Framework>,
}

/// The report with the advised targets.
pub fn assess(answers: &Answers) -> Report {
    assess_with_targets(answers, &BTreeMap::new())
}

/// The report with the person's own targets (by dimension id) where set.
pub fn assess_with_targets(answers: &Answers, targets: &BTreeMap<&'static str, u8>) -> Report {
    let dimensions = scoring::score_all(answers);
    let summary = scoring::summarise(&dimensions);
    let headline = verdict::headline(answers, &dimensions);
    let dora = dora::classify(answers);
    let stage_high = headline
        .stages
        .iter()
        .map(|s| s.high)
        .min()
        .unwrap_or(headline.stage_level);
    let honesty = honesty::check(headline.stage_level, stage_high, &dora);
    let quick_check = quick_check::headline_score(answers);
    let fix_first = fix_first::decide(answers, &headline);
    let targets = target::advise(answers, &dimensions, targets);
    let roadmap = roadmap::plan(answers, &dimensions, &targets, &fix_first, headline.level);
    let frameworks = crosswalk::all(&crosswalk::Inputs {
        answers,
        scores: &dimensions,
        dora: &dora,
        headline: &headline,
    });
    // With questions open, each model is read again with them at their best,
    // so it shows a range instead of calling a level-3 organisation level 1.
    let frameworks = if dimensions.iter().any(|d| d.counts.unanswered > 0) {
        let best = at_best(answers);
        let best_scores = scoring::score_all(&best);
        let best_headline = verdict::headline(&best, &best_scores);
        crosswalk::with_ranges(
            frameworks,
            crosswalk::all(&crosswalk::Inputs {
                answers: &best,
                scores: &best_scores,
                dora: &dora::classify(&best),
                headline: &best_headline,
            }),
        )
    } else {
        frameworks
    };
    Report {
        bank_revision: bank::REVISION,
        dora_edition: EDITION,
        level: headline.level,
        level_name: levels::info(headline.level).name,
        rule: verdict::RULE,
        headline,
        summary,
        dimensions,
        dora,
        quick_check,
        honesty,
        fix_first,
        targets,
        roadmap,
        frameworks,
    }
}

/// The answers with every open question that can cap at its best answer:
/// the high end every model can still reach.
fn at_best(answers: &Answers) -> Answers {
    let mut best = answers.clone();
    for question in bank::questions().filter(|q| q.can_cap() && answers.is_open(q)) {
        if let Some(index) = question.best_choice() {
            let _ = best.set(
                question.id,
                crate::core::model::answers::Answer::Choice(index as u8),
            );
        }
    }
    best
}
