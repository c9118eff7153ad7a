//! Everything that touches the browser, one concern a file.

pub mod clipboard;
pub mod crash_notice;
pub mod download;
pub mod file_reading;
pub mod fragment;
pub mod indexed_db;
pub mod local_storage;
pub mod offline_download;
pub mod prerendered;
pub mod printing;
pub mod service_worker;
