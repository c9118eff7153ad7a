//! What an assessment is: the question bank, answers, the saved state and
//! the level scale.

pub mod answers;
pub mod bank;
pub mod belonging;
pub mod concurrent_edits;
pub mod levels;
pub mod product;
pub mod progress;
pub mod saved_state;
