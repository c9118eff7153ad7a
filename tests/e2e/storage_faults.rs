//! Saving when the browser gets in the way: two tabs, storage that is off.

use crate::support::session::Session;
use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::model::saved_state::{OLDER_KEYS, STORAGE_KEY};

fn click(question: &str, value: &str) -> String {
    format!("document.querySelector('input[name=\"{question}\"][value=\"{value}\"]').click(); return true;")
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn two_tabs_on_one_assessment_do_not_overwrite_each_other() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let client = &browser.client;
    let (first, second) = browser
        .two_tabs_at_section(&server.base_url, "culture")
        .await;
    browser
        .js(&click("culture.ownership", "you_build_it"))
        .await;

    // The first tab hears about it and shows the other tab's answer.
    client.switch_to_window(first.clone()).await.unwrap();
    browser
        .wait_until("the other tab's answer", "return document.querySelector('input[name=\"culture.ownership\"][value=\"you_build_it\"]').checked;")
        .await;
    let notice = browser.text_of(".notice").await;
    assert!(notice.contains("changed in another tab"), "{notice}");
    // An answer given here keeps the other tab's answer too.
    browser.js(&click("culture.postmortems", "informal")).await;
    let stored = browser
        .js(&format!("const s = JSON.parse(localStorage.getItem({STORAGE_KEY:?})); return s.assessments[0].answers;"))
        .await;
    assert_eq!(stored["culture.ownership"], "you_build_it");
    assert_eq!(stored["culture.postmortems"], "informal");

    client.switch_to_window(second).await.unwrap();
    browser
        .wait_until("the first tab's answer", "return document.querySelector('input[name=\"culture.postmortems\"][value=\"informal\"]').checked;")
        .await;
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn without_local_storage_the_app_works_in_memory_and_says_so() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    // As when storage is disabled: touching localStorage throws.
    browser
        .before_each_page(
            "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });",
        )
        .await;
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("main h1").await;
    let notice = browser.text_of(".notices").await;
    assert!(
        notice.contains("cannot be saved in this browser"),
        "{notice}"
    );
    assert!(notice.contains("Not saved"), "{notice}");
    browser.click_button("Start the assessment").await;
    browser.open_section("culture").await;
    browser.wait_for("#section-title").await;
    browser.js(&click("culture.ownership", "silos")).await;
    browser.click_button("See results").await;
    let level = browser.text_of("#overall-title").await;
    assert_eq!(
        level, "No verdict yet",
        "one culture answer is below the minimum"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_full_storage_keeps_the_answers_in_memory_and_says_so() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    browser
        .before_each_page(
            "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
        )
        .await;
    browser.client.goto(&server.base_url).await.unwrap();
    browser.click_button("Start the assessment").await;
    browser.open_section("culture").await;
    browser.wait_for("#section-title").await;
    browser.js(&click("culture.ownership", "silos")).await;
    let notice = browser.text_of(".notice.warning").await;
    assert!(notice.contains("storage may be full"), "{notice}");
    let checked = browser
        .js("return document.querySelector('input[name=\"culture.ownership\"][value=\"silos\"]').checked;")
        .await;
    assert_eq!(checked, true, "the answer is kept in memory");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_value_from_a_future_version_is_kept_aside_and_explained() {
    let session = Session::open(1280, 900).await;
    let browser = &session.browser;
    browser.wait_for("main h1").await;
    let future = r#"{"format":"devops-maturity/store","version":7,"everything":"new"}"#;
    browser
        .js(&format!(
            "localStorage.setItem({STORAGE_KEY:?}, {future:?}); return true;"
        ))
        .await;
    browser.client.refresh().await.unwrap();
    let notice = browser.text_of(".notice.warning").await;
    assert!(
        notice.contains("comes from a newer version of this app"),
        "{notice}"
    );
    let kept = browser
        .js(&format!(
            "return Object.keys(localStorage).filter(k => k.startsWith({:?})).map(k => localStorage.getItem(k));",
            format!("{STORAGE_KEY}.unreadable.")
        ))
        .await;
    assert_eq!(kept, serde_json::json!([future]), "nothing lost");
    session.finish().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn assessments_saved_by_the_first_release_open_and_their_copy_stays() {
    let session = Session::open(1280, 900).await;
    let browser = &session.browser;
    browser.wait_for("main h1").await;
    // As release 1 wrote it, under its own key.
    let v1 = r#"{"format":"devops-maturity/store","version":1,"current":"aold","assessments":[{"id":"aold","name":"Payments, 2026 Q3","created_ms":1760000000000,"updated_ms":1760000000000,"answers":{"culture.ownership":"you_build_it"},"notes":{"culture.ownership":"on-call rota"}}]}"#;
    let old_key = OLDER_KEYS[0];
    browser
        .js(&format!(
            "localStorage.clear(); localStorage.setItem({old_key:?}, {v1:?}); return true;"
        ))
        .await;
    browser.client.refresh().await.unwrap();
    browser.wait_for("main h1").await;
    browser.click_button("Your assessments").await;
    let card = browser.text_of(".assessment-card").await;
    assert!(card.contains("Payments, 2026 Q3"), "{card}");
    let keys = browser
        .js(&format!(
            "return [localStorage.getItem({old_key:?}), JSON.parse(localStorage.getItem({STORAGE_KEY:?})).version];"
        ))
        .await;
    assert_eq!(
        keys,
        serde_json::json!([v1, 2]),
        "the old copy is left as it was"
    );
    browser.open_section("culture").await;
    let checked = browser
        .js("return document.querySelector('input[name=\"culture.ownership\"][value=\"you_build_it\"]').checked;")
        .await;
    assert_eq!(checked, true);
    session.finish().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn an_unreadable_saved_team_is_explained_and_kept_aside_before_it_is_replaced() {
    let session = Session::open(1280, 900).await;
    let browser = &session.browser;
    browser.wait_for("main h1").await;
    browser
        .js(&format!(
            "const s = JSON.parse(localStorage.getItem({STORAGE_KEY:?})); s.team = 't=edited-by-hand'; \
             localStorage.setItem({STORAGE_KEY:?}, JSON.stringify(s)); return true;"
        ))
        .await;
    browser.client.refresh().await.unwrap();
    browser.click_button("Team").await;
    let alert = browser.text_of(".team .inline-notice").await;
    assert!(alert.contains("could not be read"), "{alert}");
    browser.click_button("Add my current assessment").await;
    browser.wait_for(".team-levels").await;
    let kept = browser
        .js(&format!(
            "return Object.keys(localStorage).filter(k => k.startsWith({:?})).map(k => localStorage.getItem(k));",
            format!("{STORAGE_KEY}.unreadable-team.")
        ))
        .await;
    assert_eq!(
        kept,
        serde_json::json!(["t=edited-by-hand"]),
        "nothing lost"
    );
    let notice = browser.text_of(".notice").await;
    assert!(notice.contains("kept in local storage"), "{notice}");
    session.finish().await;
}

async fn open_ci_section(browser: &Browser) {
    browser.click_button("Start the assessment").await;
    browser.click_button("Begin the quick start").await;
    browser.wait_for("#section-title").await;
    browser
        .js("[...document.querySelectorAll('.section-nav button')][2].click(); return true;")
        .await;
    browser.wait_for("#q-ci-red_blocks").await;
}

/// Both tabs answer at the same instant, 20 rounds: no edit may be lost, in
/// storage or on either screen.
#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn two_tabs_writing_in_the_same_instant_lose_nothing() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let client = &browser.client;
    client.goto(&server.base_url).await.unwrap();
    open_ci_section(&browser).await;
    let first = client.window().await.unwrap();
    let second = client.new_window(false).await.unwrap().handle;
    client.switch_to_window(second.clone()).await.unwrap();
    client.goto(&server.base_url).await.unwrap();
    open_ci_section(&browser).await;

    for round in 0..20 {
        let value = if round % 2 == 0 { "yes" } else { "no" };
        // Both clicks are scheduled for the same wall-clock millisecond.
        let at = browser
            .js("return Date.now() + 400;")
            .await
            .as_f64()
            .unwrap();
        for (window, question) in [(&first, "ci.pr_tests"), (&second, "ci.red_blocks")] {
            client.switch_to_window(window.clone()).await.unwrap();
            browser
                .js(&format!(
                    "const at = {at}; setTimeout(() => {{ while (Date.now() < at) {{}} \
                     document.querySelector('input[name=\"{question}\"][value=\"{value}\"]').click(); }}, \
                     Math.max(0, at - Date.now() - 20)); return true;"
                ))
                .await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        for window in [&first, &second] {
            client.switch_to_window(window.clone()).await.unwrap();
            browser
                .wait_until(
                    &format!("round {round}: both answers saved and shown"),
                    &format!(
                        "const s = JSON.parse(localStorage.getItem({STORAGE_KEY:?})); \
                         const a = s.assessments[0].answers; \
                         const shown = q => document.querySelector(`input[name=\"${{q}}\"][value=\"{value}\"]`).checked; \
                         return a['ci.pr_tests'] === '{value}' && a['ci.red_blocks'] === '{value}' \
                           && shown('ci.pr_tests') && shown('ci.red_blocks');"
                    ),
                )
                .await;
        }
    }
    browser.assert_no_console_errors().await;
    browser.close().await;
}
