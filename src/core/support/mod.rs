//! Small helpers with no knowledge of assessments.

pub mod compact;
pub mod plain_text;
pub mod time;
