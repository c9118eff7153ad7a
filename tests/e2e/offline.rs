//! Offline and hosting: the single file from file:// in Chromium and Firefox,
//! the hosted build under a sub-path, its service worker, and no request to
//! anything but the app's own files.

use serde_json::Value;

use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::answers::Answers;
use devops_maturity::core::permalink;

const OFFLINE: &str = "devops-maturity-offline.html";

fn offline_url() -> String {
    format!("file://{}", dist_dir().join(OFFLINE).display())
}

fn click(question: &str, value: &str) -> String {
    format!("document.querySelector('input[name=\"{question}\"][value=\"{value}\"]').click(); return true;")
}

/// Answer, see results, reload, find the answers kept.
async fn main_flow(browser: &Browser, url: &str) {
    browser.client.goto(url).await.unwrap();
    browser.wait_for("#landing-title").await;
    browser.click_button("Start the assessment").await;
    browser.click_button("Begin with the first section").await;
    browser.wait_for("#section-title").await;
    browser
        .js(&click("culture.ownership", "you_build_it"))
        .await;
    browser
        .js(&click("culture.postmortems", "structured"))
        .await;
    browser.click_button("See results").await;
    assert!(browser
        .text_of("#overall-title")
        .await
        .starts_with("Overall level 1"));
    let culture: Value = browser
        .js("return document.querySelector('.profile tbody tr').cells[1].textContent;")
        .await;
    // Two level-3 statements; the unanswered level-4 practice caps it at 3.
    assert_eq!(culture, "3");

    browser.client.refresh().await.unwrap();
    browser.wait_for("#landing-title").await;
    let resume = browser.text_of(".resume-line").await;
    assert!(resume.contains("2 of 58 questions answered"), "{resume}");
    let notices: Value = browser
        .js("return document.querySelector('.notices').textContent;")
        .await;
    assert!(
        !notices.as_str().unwrap().contains("cannot be saved"),
        "{notices}"
    );
}

async fn opens_a_permalink(browser: &Browser, base: &str) {
    let mut answers = Answers::new();
    answers
        .set_by_id("culture.ownership", "learning_org")
        .unwrap();
    let fragment = permalink::encode(&answers, Some("From a file"));
    browser.client.goto("about:blank").await.unwrap();
    browser
        .client
        .goto(&format!("{base}#{fragment}"))
        .await
        .unwrap();
    let title = browser.text_of("#shared-title").await;
    assert_eq!(title, "Shared result: From a file");
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_single_file_works_from_file_urls_in_chromium() {
    let browser = Browser::start(1280, 900).await;
    main_flow(&browser, &offline_url()).await;
    let offline_links = browser
        .js("return document.querySelectorAll('.offline-link').length;")
        .await;
    assert_eq!(
        offline_links, 0,
        "the file does not offer to download itself"
    );
    opens_a_permalink(&browser, &offline_url()).await;

    // Export and import work from the file too.
    browser.client.goto(&offline_url()).await.unwrap();
    browser.click_button("Results").await;
    browser.click_button("Download JSON").await;
    let file = browser.downloaded(".json").await;
    browser.click_button("Your assessments").await;
    browser
        .wait_for("#import-file")
        .await
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
    browser.wait_for("#results-title").await;
    assert!(browser.text_of(".notice").await.contains("Imported"));
    let errors = browser.console_errors().await;
    assert!(
        errors.is_empty(),
        "browser console errors (CSP included): {errors:#?}"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and geckodriver: run scripts/test.sh"]
async fn the_single_file_works_from_file_urls_in_firefox_with_strict_origins() {
    let browser = Browser::start_firefox().await;
    main_flow(&browser, &offline_url()).await;
    opens_a_permalink(&browser, &offline_url()).await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_hosted_build_works_under_a_sub_path_and_asks_only_for_its_own_files() {
    let server = StaticServer::start(&dist_dir(), "/tools/maturity/");
    let browser = Browser::start(1280, 900).await;
    main_flow(&browser, &server.base_url).await;
    let link: Value = browser
        .js("return document.querySelector('.offline-link').href;")
        .await;
    assert_eq!(link, format!("{}{OFFLINE}", server.base_url));
    assert!(dist_dir().join(OFFLINE).is_file());

    let requested: Value = browser
        .js("return performance.getEntries().filter(e => e.name.includes('://')).map(e => e.name);")
        .await;
    let requested: Vec<String> = serde_json::from_value(requested).unwrap();
    assert!(requested.len() >= 3, "{requested:?}");
    for url in &requested {
        assert!(
            url.starts_with(&server.base_url),
            "a request left the app's own files: {url}"
        );
    }
    let policy: Value = browser
        .js("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content;")
        .await;
    assert!(
        policy.as_str().unwrap().contains("connect-src 'self'"),
        "{policy}"
    );
    let errors = browser.console_errors().await;
    assert!(
        errors.is_empty(),
        "browser console errors (CSP included): {errors:#?}"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn after_one_visit_the_service_worker_serves_the_app_without_a_server() {
    let server = StaticServer::start(&dist_dir(), "/tools/maturity/");
    let browser = Browser::start(1280, 900).await;
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("#landing-title").await;
    browser
        .wait_until(
            "the service worker",
            "return !!navigator.serviceWorker.controller;",
        )
        .await;
    browser.click_button("Start the assessment").await;
    browser.click_button("Begin with the first section").await;
    browser.js(&click("culture.ownership", "silos")).await;
    let url = server.base_url.clone();
    drop(server);

    browser.client.goto("about:blank").await.unwrap();
    browser.client.goto(&url).await.unwrap();
    browser.wait_for("#landing-title").await;
    let resume = browser.text_of(".resume-line").await;
    assert!(resume.contains("1 of 58 questions answered"), "{resume}");
    browser.click_button("See results").await;
    browser.wait_for("#overall-title").await;
    browser.close().await;
}
