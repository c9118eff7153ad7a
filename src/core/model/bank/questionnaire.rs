//! The order the questionnaire asks in, as data: a quick start with the
//! questions that carry most of the verdict, then the areas in the order the
//! verdict reasons. Order never changes an id: links and files name
//! questions and choices by id, and the packing order of a link is its
//! revision's frozen table, not this order.

use super::stages::VERDICT_MINIMUM;
use super::{dimensions, questions, Question};

/// Organisation size (it sets the advised targets), then the verdict's
/// minimum: the four DORA keys (the outcomes that hold or cap the verdict)
/// and the question that places each delivery stage. So a quick start ends
/// with a provisional result.
pub const QUICK_START: [&str; 1 + VERDICT_MINIMUM.len()] = quick_start();

const fn quick_start() -> [&'static str; 1 + VERDICT_MINIMUM.len()] {
    let mut ids = ["org.product_engineers"; 1 + VERDICT_MINIMUM.len()];
    let mut i = 0;
    while i < VERDICT_MINIMUM.len() {
        ids[i + 1] = VERDICT_MINIMUM[i];
        i += 1;
    }
    ids
}

/// After the quick start: the rest of the outcomes and how they are measured,
/// the practices in the order of the delivery stages (build and test, deploy
/// with its infrastructure, observe, recover), then culture, platform,
/// security and operational debt.
pub const AREA_ORDER: [&str; 10] = [
    "measurement",
    "ci",
    "delivery",
    "infra",
    "observability",
    "reliability",
    "culture",
    "platform",
    "security",
    "toil",
];

const QUICK_START_ID: &str = "quick";

/// One section of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// `quick`, or the id of the area whose remaining questions it asks.
    pub id: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
}

impl Section {
    pub fn is_quick_start(&self) -> bool {
        self.id == QUICK_START_ID
    }

    /// The questions this section asks, in order.
    pub fn questions(&self) -> Vec<&'static Question> {
        if self.is_quick_start() {
            QUICK_START.iter().map(|id| super::known(id)).collect()
        } else {
            questions()
                .filter(|q| q.dimension == self.id && !is_quick_start(q.id))
                .collect()
        }
    }
}

const QUICK: Section = Section {
    id: QUICK_START_ID,
    name: "Quick start",
    summary: "Your size, the four DORA delivery keys and how each delivery stage works: \
              enough for a provisional result, which the later sections narrow.",
};

/// Every section in the order asked: the quick start, then each area.
pub fn sections() -> Vec<Section> {
    std::iter::once(QUICK)
        .chain(AREA_ORDER.iter().map(|id| {
            let area = dimensions::by_id(id).expect("AREA_ORDER names areas");
            Section {
                id: area.id,
                name: area.name,
                summary: area.summary,
            }
        }))
        .collect()
}

pub fn section(id: &str) -> Option<Section> {
    sections().into_iter().find(|s| s.id == id)
}

/// The position in [`sections`] of the section with this id.
pub fn index_of_section(id: &str) -> Option<usize> {
    sections().iter().position(|s| s.id == id)
}

/// The position in [`sections`] of the section that asks this question.
pub fn index_of_question(question_id: &str) -> Option<usize> {
    sections()
        .iter()
        .position(|s| s.questions().iter().any(|q| q.id == question_id))
}

pub fn is_quick_start(question_id: &str) -> bool {
    QUICK_START.contains(&question_id)
}

/// Every question in the order the questionnaire asks it.
pub fn in_order() -> Vec<&'static Question> {
    sections().iter().flat_map(|s| s.questions()).collect()
}
