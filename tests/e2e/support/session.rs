//! The sequence nearly every end-to-end test starts and ends with: serve
//! `dist/` at the root, open a fresh Chromium on the start page, and at the
//! end fail on any console error and close the browser.

use super::browser::Browser;
use super::dist_dir;
use super::server::StaticServer;

pub struct Session {
    pub server: StaticServer,
    pub browser: Browser,
}

impl Session {
    /// `dist/` served at `/`, a fresh browser of this size on the start page.
    pub async fn open(width: u32, height: u32) -> Session {
        let server = StaticServer::start(&dist_dir(), "/");
        let browser = Browser::start(width, height).await;
        browser.client.goto(&server.base_url).await.unwrap();
        Session { server, browser }
    }

    /// Fails on any browser console error (CSP violations included), then
    /// closes the browser.
    pub async fn finish(self) {
        self.browser.assert_no_console_errors().await;
        self.browser.close().await;
    }
}
