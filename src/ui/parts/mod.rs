//! Components that several screens use.

pub mod belonging_fields;
pub mod disclosure;
pub mod import_panel;
pub mod level_comparison;
pub mod notices;
pub mod offline_link;
pub mod question_focus;
pub mod share_panel;
