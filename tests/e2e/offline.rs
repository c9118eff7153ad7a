//! Offline and hosting: the single file from file:// in Chromium and Firefox,
//! the hosted build under a sub-path, its service worker, and no request to
//! anything but the app's own files.

use serde_json::Value;

use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::formats::permalink;
use devops_maturity::core::model::answers::Answers;

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
    browser.open_section("culture").await;
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
        .starts_with("No verdict yet"));
    let culture: Value = browser
        .js("return document.querySelector('.profile tbody tr').cells[1].textContent;")
        .await;
    // Two level-3 statements; the unanswered level-4 practice caps it at 3.
    assert_eq!(culture, "3");

    // A reload stays on the results; the start page shows the answers kept.
    browser.client.refresh().await.unwrap();
    browser.wait_for("#overall-title").await;
    browser.open_afresh(url).await;
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
    browser.open_afresh(&format!("{base}#{fragment}")).await;
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
    browser.assert_no_console_errors().await;
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
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn after_one_visit_the_service_worker_serves_the_app_without_a_server() {
    let server = StaticServer::start(&dist_dir(), "/tools/maturity/");
    let browser = Browser::start(1280, 900).await;
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("#landing-title").await;
    browser.wait_for_service_worker().await;
    browser.click_button("Start the assessment").await;
    browser.open_section("culture").await;
    browser.js(&click("culture.ownership", "silos")).await;
    let url = server.base_url.clone();
    drop(server);

    browser.open_afresh(&url).await;
    browser.wait_for("#landing-title").await;
    let resume = browser.text_of(".resume-line").await;
    assert!(resume.contains("1 of 58 questions answered"), "{resume}");
    browser
        .js("document.querySelector('.resume-line a').click(); return true;")
        .await;
    browser.wait_for("#overall-title").await;
    browser.close().await;
}

/// Copies dist/ to a fresh folder the test may change.
fn copy_of_dist(label: &str) -> std::path::PathBuf {
    let to = std::env::temp_dir().join(format!("devops-maturity-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&to);
    std::fs::create_dir_all(&to).unwrap();
    for entry in std::fs::read_dir(dist_dir()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
    to
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_new_release_replaces_the_cache_whole_and_deletes_the_old_one() {
    let site = copy_of_dist("releases");
    let server = StaticServer::start(&site, "/app/");
    let browser = Browser::start(1280, 900).await;
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("#landing-title").await;
    browser.wait_for_service_worker().await;
    let first: Value = browser
        .client
        .execute_async(
            "const done = arguments[0]; caches.keys().then(done);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(first.as_array().unwrap().len(), 1, "{first}");
    let old_name = first[0].as_str().unwrap().to_string();

    // The next release: a changed page, so a new cache name. (Assets keep
    // their hashed names and SRI hashes; a real release renames them.)
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    std::fs::write(
        site.join("index.html"),
        index.replace(
            "<title>",
            "<meta name=\"release\" content=\"two\">\n  <title>",
        ),
    )
    .unwrap();
    let worker = std::fs::read_to_string(site.join("sw.js")).unwrap();
    let new_name = "devops-maturity-release-two";
    std::fs::write(site.join("sw.js"), worker.replace(&old_name, new_name)).unwrap();

    // Reload until the new worker has taken over (update check, install, activate).
    let mut names = Value::Null;
    for _ in 0..20 {
        browser.client.refresh().await.unwrap();
        browser.wait_for("#landing-title").await;
        browser
            .client
            .execute_async(
                "const done = arguments[0]; navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => done(true), () => done(false));",
                vec![],
            )
            .await
            .unwrap();
        names = browser
            .client
            .execute_async(
                "const done = arguments[0]; caches.keys().then(done);",
                vec![],
            )
            .await
            .unwrap();
        if names == serde_json::json!([new_name]) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    assert_eq!(
        names,
        serde_json::json!([new_name]),
        "the old cache must be gone"
    );
    browser.client.refresh().await.unwrap();
    browser.wait_for("#landing-title").await;
    let release: Value = browser
        .js("return document.querySelector('meta[name=release]')?.content ?? '';")
        .await;
    assert_eq!(release, "two", "the page runs on the new release's files");
    browser.close().await;
    let _ = std::fs::remove_dir_all(site);
}
