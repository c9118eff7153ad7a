//! The pure core: the question bank as data, scoring, DORA bands, the decision
//! chain, roadmap, targets and framework crosswalk. No leptos, no web-sys:
//! tested natively and shared by the browser app and the command line.

pub mod answers;
pub mod answers_file;
pub mod bank;
mod compact;
pub mod compare;
pub mod crosswalk;
pub mod dora;
pub mod export;
pub mod facts;
pub mod fix_first;
pub mod history;
pub mod honesty;
pub mod levels;
pub mod markdown;
pub mod merge;
pub mod opened_link;
mod packing;
pub mod permalink;
pub mod plain_text;
pub mod product;
pub mod progress;
pub mod report;
pub mod roadmap;
pub mod scoring;
pub mod store;
pub mod target;
pub mod team;
pub mod time;
pub mod verdict;

#[cfg(test)]
mod testing;
