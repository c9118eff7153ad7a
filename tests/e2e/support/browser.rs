//! Headless Chromium through ChromeDriver, one private profile per session.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// Chromium flags that keep a root, headless browser quiet on a closed network.
const CHROMIUM_ARGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
];

pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: TempDir,
    firefox: bool,
}

impl Browser {
    /// Starts ChromeDriver and a fresh headless Chromium at the given window size.
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::start_with(width, height, &[]).await
    }

    /// As [`Browser::start`], with a mouse: `(pointer: fine)` and
    /// `(hover: hover)`, which headless Chromium does not report by default
    /// (it has no pointing device) and DevTools cannot emulate.
    pub async fn start_with_mouse(width: u32, height: u32) -> Browser {
        let mouse = "--blink-settings=primaryPointerType=4,availablePointerTypes=4,\
                     primaryHoverType=2,availableHoverTypes=2";
        Browser::start_with(width, height, &[mouse]).await
    }

    async fn start_with(width: u32, height: u32, extra: &[&str]) -> Browser {
        let driver_path =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let (driver, port) = spawn_driver(&driver_path);
        let profile = TempDir::new("chromium-profile");
        let mut args: Vec<String> = CHROMIUM_ARGS.iter().map(|s| s.to_string()).collect();
        args.push(format!("--user-data-dir={}", profile.path.display()));
        args.push(format!("--window-size={width},{height}"));
        args.extend(extra.iter().map(|a| a.to_string()));
        let mut caps = serde_json::Map::new();
        let downloads = profile.path.join("downloads");
        std::fs::create_dir_all(&downloads).unwrap();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "args": args,
                "binary": "/usr/bin/chromium",
                "prefs": {
                    "download.default_directory": downloads,
                    "download.prompt_for_download": false,
                },
            }),
        );
        caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));

        let client = connect(port, caps, Duration::from_secs(20)).await;
        Browser {
            client,
            driver,
            profile,
            firefox: false,
        }
    }

    /// Starts geckodriver and a fresh headless Firefox. File pages keep their
    /// strict origin policy (WebDriver would relax it), so a file:// test
    /// proves what a person double-clicking the file gets.
    pub async fn start_firefox() -> Browser {
        let driver_path = std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".into());
        let (driver, port) = spawn_driver(&driver_path);
        let profile = TempDir::new("firefox-downloads");
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("firefox"));
        caps.insert(
            "moz:firefoxOptions".into(),
            json!({
                "binary": std::env::var("FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into()),
                "args": ["-headless"],
                "prefs": {
                    "security.fileuri.strict_origin_policy": true,
                    "browser.download.folderList": 2,
                    "browser.download.dir": profile.path.join("downloads"),
                },
            }),
        );
        std::fs::create_dir_all(profile.path.join("downloads")).unwrap();
        let client = connect(port, caps, Duration::from_secs(60)).await;
        Browser {
            client,
            driver,
            profile,
            firefox: true,
        }
    }

    /// Waits until the app has replaced the prerendered landing (whose
    /// elements look alike but do nothing and are about to be removed).
    pub async fn wait_for_app(&self) {
        self.wait_until(
            "the app to start",
            "return document.documentElement.dataset.app === 'started'",
        )
        .await;
    }

    /// Waits for the app, then for an element to appear, with a clear
    /// failure naming the selector.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.wait_for_app().await;
        match self
            .client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
        {
            Ok(element) => element,
            Err(e) => {
                let errors = self.console_errors().await;
                panic!("element {css:?} never appeared: {e}\nbrowser console errors: {errors:#?}")
            }
        }
    }

    /// Emulates a phone: a true CSS-pixel viewport (headless windows cannot be
    /// narrower than about 500 px) with touch-style mobile layout.
    pub async fn emulate_phone(&self, width: u32, height: u32) {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": true }),
        )
        .await;
    }

    /// Emulates a CSS media type ("print", or "" for the screen).
    pub async fn emulate_media(&self, media: &str) {
        self.cdp("Emulation.setEmulatedMedia", json!({ "media": media }))
            .await;
    }

    /// Where this browser's downloads land.
    pub fn downloads(&self) -> std::path::PathBuf {
        self.profile.path.join("downloads")
    }

    /// Waits for a finished download whose name ends with `suffix`.
    pub async fn downloaded(&self, suffix: &str) -> std::path::PathBuf {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let entries: Vec<std::path::PathBuf> = std::fs::read_dir(self.downloads())
                .unwrap()
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            let in_progress = entries
                .iter()
                .any(|p| p.to_string_lossy().ends_with(".crdownload"));
            let found = entries.into_iter().find(|p| {
                p.to_string_lossy().ends_with(suffix)
                    && std::fs::metadata(p).is_ok_and(|m| m.len() > 0)
            });
            if let (Some(path), false) = (found, in_progress) {
                return path;
            }
            assert!(Instant::now() < deadline, "no download ending in {suffix}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Lets the page use the clipboard, as a person's click would.
    pub async fn allow_clipboard(&self) {
        self.cdp(
            "Browser.grantPermissions",
            json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
        )
        .await;
    }

    /// What is on the clipboard now.
    pub async fn clipboard(&self) -> String {
        let script = "const done = arguments[arguments.length - 1]; \
                      navigator.clipboard.readText().then(done, e => done('clipboard error: ' + e));";
        let value = self
            .client
            .execute_async(script, vec![])
            .await
            .expect("read clipboard");
        value.as_str().unwrap_or_default().to_string()
    }

    /// Emulates `prefers-color-scheme` ("light" or "dark").
    pub async fn emulate_color_scheme(&self, scheme: &str) {
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        )
        .await;
    }

    /// Starts loading `url` and returns at once: WebDriver's own navigation
    /// would wait for the load event, which a held-back wasm never lets fire.
    pub async fn navigate_without_waiting(&self, url: &str) {
        self.cdp("Page.navigate", json!({ "url": url })).await;
    }

    /// Turns script execution off (or on again) for the next loads.
    pub async fn disable_scripts(&self, disabled: bool) {
        self.cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": disabled }),
        )
        .await;
    }

    async fn cdp(&self, cmd: &'static str, params: serde_json::Value) -> serde_json::Value {
        self.client
            .issue_cmd(Cdp { cmd, params })
            .await
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    /// Prints the page as the browser's "Save as PDF" would (print media),
    /// saves it under target/screenshots and returns its bytes.
    pub async fn print_pdf(&self, name: &str) -> Vec<u8> {
        use base64::Engine;
        let result = self
            .cdp(
                "Page.printToPDF",
                json!({ "printBackground": false, "preferCSSPageSize": true }),
            )
            .await;
        let data = result["data"].as_str().expect("PDF data");
        let pdf = base64::engine::general_purpose::STANDARD
            .decode(data)
            .expect("base64 PDF");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.pdf")), &pdf).unwrap();
        pdf
    }

    /// Browser console entries at SEVERE level (errors and uncaught exceptions).
    /// Firefox offers no console log over WebDriver: empty there.
    pub async fn console_errors(&self) -> Vec<String> {
        if self.firefox {
            return Vec::new();
        }
        let log = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("read browser log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Fails the test if the browser console has errors (CSP violations and
    /// uncaught exceptions included).
    pub async fn assert_no_console_errors(&self) {
        let errors = self.console_errors().await;
        assert!(errors.is_empty(), "browser console errors: {errors:#?}");
    }

    /// Saves a PNG screenshot under target/screenshots for a person to look at.
    pub async fn screenshot(&self, name: &str) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    /// The whole page, beyond the viewport, for looking at a long screen.
    pub async fn screenshot_full_page(&self, name: &str) {
        use base64::Engine;
        let shot = self
            .cdp(
                "Page.captureScreenshot",
                json!({ "format": "png", "captureBeyondViewport": true }),
            )
            .await;
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().expect("screenshot data"))
            .expect("base64 PNG");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}

/// A DevTools protocol command sent through ChromeDriver.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: serde_json::Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// ChromeDriver's log endpoint, which fantoccini does not wrap.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": "browser" }).to_string()),
        )
    }
}

/// Starts a WebDriver server on a free loopback port.
fn spawn_driver(path: &str) -> (Child, u16) {
    let port = free_port();
    let driver = Command::new(path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start {path}: {e} (scripts/bootstrap.sh --browsers installs it)")
        });
    (driver, port)
}

/// Opens a session, retrying while the driver starts up.
async fn connect(
    port: u16,
    caps: serde_json::Map<String, serde_json::Value>,
    wait: Duration,
) -> Client {
    let url = format!("http://127.0.0.1:{port}/");
    let deadline = Instant::now() + wait;
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&url)
            .await
        {
            Ok(client) => return client,
            Err(e) if Instant::now() > deadline => panic!("no WebDriver session on {url}: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(150)).await,
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct TempDir {
    path: std::path::PathBuf,
}

impl TempDir {
    fn new(label: &str) -> TempDir {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let unique = format!(
            "devops-maturity-{label}-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let path = std::env::temp_dir().join(unique);
        std::fs::create_dir_all(&path).unwrap();
        TempDir { path }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

impl Browser {
    /// Runs a script and returns its value.
    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Clicks the first button, or link styled as one, whose text is exactly
    /// `text`.
    pub async fn click_button(&self, text: &str) {
        self.wait_for_app().await;
        let xpath = format!(
            "//*[self::button or self::a[contains(@class, 'button')]][normalize-space()='{text}']"
        );
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|e| panic!("no button {text:?}: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click {text:?}: {e}"));
    }

    /// The visible text of the first element matching `css`.
    pub async fn text_of(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap()
    }

    /// Opens a questionnaire section by its address, as a link would.
    pub async fn open_section(&self, id: &str) {
        self.wait_for_app().await;
        self.js(&format!("location.hash = '#/questions/{id}'; return true;"))
            .await;
        self.wait_until(
            "the section",
            &format!("return !!document.querySelector('#section-title') && location.hash === '#/questions/{id}';"),
        )
        .await;
    }

    /// The app open at one section in two tabs of this browser (sharing its
    /// local storage), the second one active; returns both tabs.
    pub async fn two_tabs_at_section(
        &self,
        base: &str,
        section: &str,
    ) -> (fantoccini::wd::WindowHandle, fantoccini::wd::WindowHandle) {
        let mut tabs = Vec::new();
        for new in [false, true] {
            if new {
                let handle = self.client.new_window(false).await.unwrap().handle;
                self.client.switch_to_window(handle).await.unwrap();
            }
            self.client.goto(base).await.unwrap();
            self.click_button("Start the assessment").await;
            self.open_section(section).await;
            tabs.push(self.client.window().await.unwrap());
        }
        let second = tabs.pop().unwrap();
        (tabs.pop().unwrap(), second)
    }

    /// Waits until a script returns true.
    pub async fn wait_until(&self, what: &str, script: &str) {
        self.wait_until_for(what, script, 10).await;
    }

    /// Waits up to `seconds` until a script returns true.
    pub async fn wait_until_for(&self, what: &str, script: &str, seconds: u64) {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        loop {
            if self.js(script).await == serde_json::Value::Bool(true) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Browser {
    /// Presses and releases one key, as a keyboard would, on whatever has focus.
    pub async fn press(&self, key: fantoccini::key::Key) {
        self.press_char(key.into()).await;
    }

    /// Presses and releases the key of one character ('1', 'a').
    pub async fn press_char(&self, value: char) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let actions = KeyActions::new("keyboard".to_string())
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
        self.client
            .perform_actions(actions)
            .await
            .expect("key press");
    }

    /// Presses Tab until `script` (an expression over `el`, the focused
    /// element) is true; fails after `limit` presses.
    pub async fn tab_to(&self, what: &str, condition: &str, limit: usize) {
        let script = format!("const el = document.activeElement; return !!(el && ({condition}));");
        for _ in 0..limit {
            if self.js(&script).await == serde_json::Value::Bool(true) {
                return;
            }
            self.press(fantoccini::key::Key::Tab).await;
        }
        panic!("could not reach {what} with {limit} Tab presses");
    }
}

impl Browser {
    /// Loads `url` as a new page, even when it differs from the current
    /// address only after the `#` (which alone would not reload).
    pub async fn open_afresh(&self, url: &str) {
        self.client.goto("about:blank").await.unwrap();
        self.client.goto(url).await.unwrap();
    }

    /// Waits until a service worker controls the page.
    pub async fn wait_for_service_worker(&self) {
        self.wait_until(
            "the service worker",
            "return !!navigator.serviceWorker.controller;",
        )
        .await;
    }

    /// Runs `source` in every page before the page's own scripts.
    pub async fn before_each_page(&self, source: &str) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": source }),
        )
        .await;
    }
}
