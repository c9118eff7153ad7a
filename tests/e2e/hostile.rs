//! Regressions for the holes hostile testing found: a stored date no
//! calendar can show, a full storage at start, mangled links, a screen that
//! did not follow the address, and the offline download while offline.

use crate::support::session::Session;
use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::formats::permalink;
use devops_maturity::core::model::answers::Answers;
use devops_maturity::core::model::saved_state::STORAGE_KEY;

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_stored_date_beyond_any_calendar_is_repaired_and_nothing_breaks() {
    let session = Session::open(1280, 900).await;
    let browser = &session.browser;
    browser.wait_for("main h1").await;
    let damaged = r#"{"format":"devops-maturity/store","version":2,"current":"x","assessments":[
        {"id":"x","name":"Far future","created_ms":-1e300,"updated_ms":1e300,"answers":{"ci.pr_tests":"yes"}},
        {"id":"x","name":"Twin","created_ms":1,"updated_ms":8640000000000001,"answers":{}}]}"#;
    browser
        .js(&format!(
            "localStorage.setItem({STORAGE_KEY:?}, {damaged:?}); return true;"
        ))
        .await;
    browser.client.refresh().await.unwrap();
    let notice = browser.text_of(".notice").await;
    assert!(notice.contains("repaired"), "{notice}");
    assert!(notice.contains("same id"), "{notice}");
    // The list of assessments shows, and clicking on still works.
    browser.click_button("Your assessments").await;
    browser.wait_for("#assessments-title").await;
    let names = browser
        .js("return [...document.querySelectorAll('.assessment-list > li')].length;")
        .await;
    assert_eq!(names, 2);
    browser.click_button("Results").await;
    browser.wait_for("#results-title").await;
    browser.click_button("Your assessments").await;
    browser.wait_for("#assessments-title").await;
    let stored = browser
        .js(&format!("const s = JSON.parse(localStorage.getItem({STORAGE_KEY:?})); return [s.assessments[0].id !== s.assessments[1].id, s.assessments.every(a => Math.abs(a.updated_ms) <= 8.64e15 && Math.abs(a.created_ms) <= 8.64e15)];"))
        .await;
    assert_eq!(stored, serde_json::json!([true, true]));
    let crashed = browser
        .js("return !!document.getElementById('crash-notice');")
        .await;
    assert_eq!(crashed, false);
    session.finish().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_storage_full_at_start_saves_again_once_there_is_room() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    browser
        .before_each_page(
            "window.__full = true; const set = Storage.prototype.setItem; \
             Storage.prototype.setItem = function (k, v) { \
               if (window.__full) throw new DOMException('full', 'QuotaExceededError'); \
               return set.call(this, k, v); };",
        )
        .await;
    browser.client.goto(&server.base_url).await.unwrap();
    browser.click_button("Start the assessment").await;
    browser.open_section("culture").await;
    browser.wait_for("#section-title").await;
    let click = |q: &str, v: &str| {
        format!(
            "document.querySelector('input[name=\"{q}\"][value=\"{v}\"]').click(); return true;"
        )
    };
    browser.js(&click("culture.ownership", "silos")).await;
    assert!(browser.text_of(".memory-only").await.contains("Not saved"));
    // Space is freed: the next change is saved, and says so.
    browser.js("window.__full = false; return true;").await;
    browser.js(&click("culture.postmortems", "informal")).await;
    browser
        .wait_until("the saved notice", "return [...document.querySelectorAll('.notice')].some(n => n.textContent.includes('kept in this browser again')) && !document.querySelector('.memory-only');")
        .await;
    // After a reload (full again at start, but reading works) both answers are there.
    browser.client.refresh().await.unwrap();
    browser.open_section("culture").await;
    let kept = browser
        .js("return [document.querySelector('input[name=\"culture.ownership\"][value=\"silos\"]').checked, document.querySelector('input[name=\"culture.postmortems\"][value=\"informal\"]').checked];")
        .await;
    assert_eq!(kept, serde_json::json!([true, true]));

    // The visible button tries again too.
    browser.js("window.__full = true; return true;").await;
    browser.js(&click("culture.ownership", "escalation")).await;
    browser.wait_for(".memory-only").await;
    browser.js("window.__full = false; return true;").await;
    browser.click_button("Try saving again").await;
    browser
        .wait_until("saved again", "return !document.querySelector('.memory-only') && JSON.parse(localStorage.getItem('devops-maturity.store.v2')).assessments[0].answers['culture.ownership'] === 'escalation';")
        .await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn mangled_links_are_named_and_the_screen_follows_the_address() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let mut answers = Answers::new();
    answers.set_by_id("ci.pr_tests", "yes").unwrap();
    let link = permalink::encode(&answers, Some("Ana"));
    let base = server.base_url.clone();

    for mangled in [link.replacen("r=", "R=", 1), link.replacen("r=", "", 1)] {
        browser.open_afresh(&format!("{base}#{mangled}")).await;
        browser.wait_for("#landing-title").await;
        let notice = browser.text_of(".notice.warning").await;
        assert!(
            notice.contains("looks like a result or team link"),
            "{mangled}: {notice}"
        );
    }

    // A shared result on screen, then a bad link typed into the address bar.
    browser.open_afresh(&format!("{base}#{link}")).await;
    browser.wait_for(".shared-banner").await;
    browser
        .js("location.hash = 'r=AQEAbroken'; return true;")
        .await;
    browser.wait_for("#landing-title").await;
    // And back to an entry without a fragment.
    browser.open_afresh(&format!("{base}#{link}")).await;
    browser.wait_for(".shared-banner").await;
    browser.js("history.pushState(null, '', location.pathname); window.dispatchEvent(new HashChangeEvent('hashchange')); return true;").await;
    browser.wait_for("#landing-title").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_offline_download_gives_way_to_a_note_while_offline() {
    let session = Session::open(1280, 900).await;
    let browser = &session.browser;
    browser.wait_for("main .offline-link").await;
    browser
        .js("Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false, configurable: true }); window.dispatchEvent(new Event('offline')); return true;")
        .await;
    browser
        .wait_until("the note", "return !document.querySelector('main .offline-link') && !!document.querySelector('main .offline-note');")
        .await;
    browser
        .js("Object.defineProperty(Navigator.prototype, 'onLine', { get: () => true, configurable: true }); window.dispatchEvent(new Event('online')); return true;")
        .await;
    browser.wait_for("main .offline-link").await;
    session.finish().await;
}
