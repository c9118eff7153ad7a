//! How answers and results travel: result and team links (and the bytes they
//! share), assessment and team files, the answers file of the command line,
//! Markdown summaries, and what an opened fragment or pasted line is.

pub mod answer_values;
pub mod answers_file;
pub mod export;
pub mod markdown;
pub mod opened_link;
pub mod org_inputs;
pub mod packing;
pub mod permalink;
pub mod rollup;
pub mod share_url;
pub mod strict_json;
pub mod team_file;
pub mod team_inputs;
pub mod team_link;

#[cfg(test)]
mod team_tests;
