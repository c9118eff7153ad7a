//! The landing is in the HTML: it paints before the wasm has arrived, its
//! Start link works then, and the app takes over with the same text and
//! nothing moving.

use crate::support::browser::Browser;
use crate::support::dist_dir;
use crate::support::server::{StaticServer, WasmGate};
use devops_maturity::core::model::product;

/// Text, and where the landing's main parts are, as the person sees them.
const LOOK: &str = "
    const box = (css) => {
        const r = document.querySelector(css).getBoundingClientRect();
        return [css, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(' ');
    };
    return {
        started: document.documentElement.dataset.app === 'started',
        text: document.body.innerText,
        start: [...document.querySelectorAll('a.button.primary')].map((a) => a.getAttribute('href') + ' ' + a.textContent),
        boxes: ['header', 'main h1', '.hero .lead', '.hero .actions', '.facts', 'footer'].map(box),
    };";

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_landing_paints_before_the_wasm_and_the_app_takes_over_without_a_shift() {
    for (width, height) in [(390, 844), (1280, 800)] {
        let gate = WasmGate::default();
        let server = StaticServer::start_holding_wasm(&dist_dir(), gate.clone());
        let browser = Browser::start(1280, 900).await;
        browser.emulate_phone(width, height).await;
        browser.navigate_without_waiting(&server.base_url).await;
        browser
            .wait_until(
                "the prerendered landing",
                "return !!document.querySelector('main h1') && document.readyState !== 'loading'",
            )
            .await;

        let before = browser.js(LOOK).await;
        assert_eq!(before["started"], false, "the wasm was held back");
        let text = before["text"].as_str().unwrap();
        assert!(
            text.contains("How mature is your software delivery, really?"),
            "{text}"
        );
        assert!(text.contains(product::PRIVACY), "{text}");
        assert_eq!(
            before["start"],
            serde_json::json!(["#/questions Start the assessment"]),
            "Start is a link to the questionnaire"
        );
        browser
            .screenshot(&format!("first-paint-before-wasm-{width}"))
            .await;

        gate.release();
        browser.wait_for_app().await;
        let after = browser.js(LOOK).await;
        assert_eq!(after["text"], before["text"], "the same text at {width} px");
        assert_eq!(after["start"], before["start"]);
        assert_eq!(
            after["boxes"], before["boxes"],
            "nothing moved at {width} px"
        );
        let shift = browser
            .js("return new Promise((done) => {
                    new PerformanceObserver((list) => done(list.getEntries()
                        .filter((e) => !e.hadRecentInput)
                        .reduce((sum, e) => sum + e.value, 0)))
                        .observe({ type: 'layout-shift', buffered: true });
                    setTimeout(() => done(0), 500);
                 })")
            .await;
        assert_eq!(shift.as_f64(), Some(0.0), "layout shift at {width} px");
        browser.assert_no_console_errors().await;
        browser.close().await;
    }
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn start_works_before_the_wasm_has_arrived() {
    let gate = WasmGate::default();
    let server = StaticServer::start_holding_wasm(&dist_dir(), gate.clone());
    let browser = Browser::start(1280, 900).await;
    browser.navigate_without_waiting(&server.base_url).await;
    browser
        .wait_until(
            "the prerendered Start link",
            "return !!document.querySelector('a.button.primary')",
        )
        .await;
    browser
        .js("document.querySelector('a.button.primary').click()")
        .await;
    assert_eq!(
        browser.js("return location.hash").await,
        "#/questions",
        "the link changed the address"
    );
    gate.release();
    let heading = browser.text_of("#overview-title").await;
    assert_eq!(heading, "Before you begin");
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_offline_file_holds_the_landing_too() {
    let url = format!(
        "file://{}",
        dist_dir().join("devops-maturity-offline.html").display()
    );
    let browser = Browser::start(1280, 900).await;
    browser.disable_scripts(true).await;
    browser.client.goto(&url).await.unwrap();
    let without_scripts = browser.js("return document.body.innerText").await;
    // With scripts off the <noscript> note shows too; the rest must match.
    let noscript = browser
        .js("return document.querySelector('noscript').innerText")
        .await;
    let text = without_scripts.as_str().unwrap();
    assert!(
        text.contains("How mature is your software delivery, really?"),
        "{text}"
    );
    assert!(
        !text.contains("Download for offline use"),
        "the file does not offer itself: {text}"
    );

    browser.disable_scripts(false).await;
    browser.client.goto(&url).await.unwrap();
    browser.wait_for_app().await;
    let mounted = browser.js("return document.body.innerText").await;
    let static_text = normalise(text).replace(&normalise(noscript.as_str().unwrap()), "");
    assert_eq!(
        normalise(&static_text),
        normalise(mounted.as_str().unwrap()),
        "the same landing before and after the app starts"
    );
    browser.close().await;
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
