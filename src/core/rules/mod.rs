//! What the answers mean: area levels, the headline verdict, DORA bands, the
//! honesty check, the decision chain, targets, roadmap, the crosswalk into the
//! sources' models, teams, history and comparisons.

pub mod compare;
pub mod crosswalk;
pub mod dora;
pub mod facts;
pub mod fix_first;
pub mod history;
pub mod honesty;
pub mod org;
pub mod quick_check;
pub mod report;
pub mod roadmap;
pub mod scoring;
pub mod target;
pub mod team;
pub mod verdict;
