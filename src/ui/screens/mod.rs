//! One file or folder a screen.

pub mod assessments;
pub mod compare;
pub mod history;
pub mod no_such_page;
pub mod opened_result;
pub mod overview;
pub mod questionnaire;
pub mod results;
pub mod review;
pub mod team;
