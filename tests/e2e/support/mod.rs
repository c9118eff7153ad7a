pub mod browser;
pub mod org_files;
pub mod server;
pub mod session;

use std::path::PathBuf;

/// The release build under test: `$DIST_DIR`, or `dist/` in the crate.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("DIST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no release build at {}: run scripts/build.sh (or scripts/test.sh) first",
        dir.display()
    );
    dir
}
