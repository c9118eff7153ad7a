//! Sharing end to end: permalinks across browser profiles, JSON export and
//! import, the Markdown summary, and every kind of bad input refused.

use serde_json::Value;

use crate::support::session::Session;
use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::model::saved_state::STORAGE_KEY;

const ANSWERS: &[(&str, &str)] = &[
    ("culture.ownership", "you_build_it"),
    ("culture.postmortems", "structured"),
    ("culture.actions_completed", "yes"),
];

async fn answer_some(browser: &Browser, server: &StaticServer) {
    browser.client.goto(&server.base_url).await.unwrap();
    browser.click_button("Start the assessment").await;
    browser.open_section("culture").await;
    browser.wait_for("#section-title").await;
    for (question, value) in ANSWERS {
        browser
            .js(&format!("document.querySelector('input[name=\"{question}\"][value=\"{value}\"]').click(); return true;"))
            .await;
    }
    browser
        .js("document.querySelectorAll('details.note')[0].open = true; return true;")
        .await;
    browser
        .wait_for("#note-culture-ownership")
        .await
        .send_keys("rota checked")
        .await
        .unwrap();
    browser.click_button("See results").await;
    browser.wait_for("#results-title").await;
}

async fn levels_shown(browser: &Browser) -> Value {
    browser
        .js("return [document.querySelector('#overall-title').textContent, \
                     [...document.querySelectorAll('.profile tbody tr')].map(r => r.cells[1].textContent).join(','), \
                     document.querySelector('.dora .band').textContent];")
        .await
}

async fn stored(browser: &Browser) -> Value {
    browser
        .js(&format!("return localStorage.getItem({STORAGE_KEY:?});"))
        .await
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_copied_link_opens_read_only_elsewhere_and_can_be_saved_and_compared() {
    let server = StaticServer::start(&dist_dir(), "/tools/maturity/");
    let sender = Browser::start(1280, 900).await;
    sender.allow_clipboard().await;
    answer_some(&sender, &server).await;
    let expected = levels_shown(&sender).await;
    sender.click_button("Copy link").await;
    sender
        .wait_until(
            "the copy",
            "return document.querySelector('.share-status').textContent.includes('Link copied');",
        )
        .await;
    let link = sender.clipboard().await;
    let shown: Value = sender
        .js("return document.querySelector('#share-link').value;")
        .await;
    assert_eq!(shown, link.as_str());
    assert!(
        link.starts_with(&format!("{}#r=", server.base_url)),
        "{link}"
    );
    let fragment = link.split('#').nth(1).unwrap();
    assert!(fragment.len() <= 100, "{fragment}");

    sender.click_button("Copy summary (Markdown)").await;
    sender.wait_until("the copy", "return document.querySelector('.share-status').textContent.includes('Summary copied');").await;
    let summary = sender.clipboard().await;
    assert!(
        summary.starts_with("**DevOps maturity: `My assessment`**"),
        "{summary}"
    );
    assert!(summary.contains(&format!("({link})")), "{summary}");
    sender.close().await;

    // A fresh profile with an assessment of its own.
    let receiver = Browser::start(1280, 900).await;
    receiver.client.goto(&server.base_url).await.unwrap();
    receiver.click_button("Start the assessment").await;
    receiver.open_section("culture").await;
    receiver.js("document.querySelector('input[name=\"culture.ownership\"][value=\"silos\"]').click(); return true;").await;
    let before = stored(&receiver).await;

    receiver.client.goto(&link).await.unwrap();
    receiver.wait_for("#shared-title").await;
    assert!(receiver
        .text_of(".shared-banner")
        .await
        .contains("Read-only"));
    assert_eq!(levels_shown(&receiver).await, expected);
    assert_eq!(
        stored(&receiver).await,
        before,
        "opening a link changes nothing stored"
    );
    let no_inputs = receiver
        .js("return document.querySelectorAll('main input[type=radio]').length;")
        .await;
    assert_eq!(no_inputs, 0, "nothing to edit in the shared view");

    receiver.click_button("Compare with mine").await;
    receiver.screenshot("shared-compare").await;
    let rows: Value = receiver
        .js("return [...document.querySelectorAll('.comparison tbody tr')].map(r => [r.cells[0].textContent, r.cells[3].textContent]);")
        .await;
    assert_eq!(
        rows[1],
        serde_json::json!(["Culture & collaboration", "Theirs 2 higher"])
    );

    receiver.click_button("Save a copy").await;
    receiver.wait_for("#results-title").await;
    assert_eq!(levels_shown(&receiver).await, expected);
    let names: Value = receiver
        .js(&format!("return JSON.parse(localStorage.getItem({STORAGE_KEY:?})).assessments.map(a => a.name);"))
        .await;
    assert_eq!(names, serde_json::json!(["My assessment", "Shared result"]));
    let hash: Value = receiver.js("return location.hash;").await;
    assert_eq!(
        hash, "#/results",
        "the link gives way to the results' own address once saved"
    );
    receiver.assert_no_console_errors().await;
    receiver.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn broken_links_say_why_and_leave_the_normal_start() {
    let session = Session::open(1280, 900).await;
    let (server, browser) = (&session.server, &session.browser);
    browser.wait_for("main h1").await;
    let before = stored(browser).await;
    let cases = [
        (
            "r=AQEABHCAAAAEAAAAAAAYNwCAAQIK",
            "incomplete or was changed",
        ),
        (
            "r=AQEABHCAAAAEAAAAAAAYNwCAAQIKHtt",
            "incomplete or was changed",
        ),
        ("r=not*base64", "characters this app's links never have"),
        // One character appended: said as changed, not as invalid content.
        (
            "r=AQMABFiAAAAEAAAAAADATRsAAAwQUADgJgA",
            "incomplete or was changed",
        ),
        (
            "r=AgEABHCAAAAEAAAAAAAYNwCAAQIKHts",
            "incomplete or was changed",
        ),
    ];
    for (i, (fragment, message)) in cases.into_iter().enumerate() {
        // Alternate between opening the link as a new page and pasting it
        // into the open one.
        if i % 2 == 0 {
            browser.client.goto("about:blank").await.unwrap();
        }
        let url = format!("{}#{fragment}", server.base_url);
        browser.client.goto(&url).await.unwrap();
        browser.wait_for("#landing-title").await;
        let notice = browser.text_of(".notice.warning").await;
        assert!(
            notice.contains("could not be opened") && notice.contains(message),
            "{fragment}: {notice}"
        );
        browser
            .js("document.querySelectorAll('.notice button').forEach(b => b.click()); return true;")
            .await;
    }
    assert_eq!(stored(browser).await, before);
    // An in-page anchor is not a shared link: no message.
    browser.client.goto("about:blank").await.unwrap();
    let anchor = format!("{}#main", server.base_url);
    browser.client.goto(&anchor).await.unwrap();
    browser.wait_for("#landing-title").await;
    let notices = browser
        .js("return document.querySelectorAll('.notice').length;")
        .await;
    assert_eq!(notices, 0);
    session.finish().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn an_export_imports_into_a_fresh_profile_with_identical_results() {
    let server = StaticServer::start(&dist_dir(), "/");
    let sender = Browser::start(1280, 900).await;
    answer_some(&sender, &server).await;
    let expected = levels_shown(&sender).await;
    sender.click_button("Download JSON").await;
    let file = sender.downloaded(".json").await;
    let exported: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(exported["format"], "devops-maturity/assessment");
    assert_eq!(exported["notes"]["culture.ownership"], "rota checked");
    assert_eq!(exported["result"]["dora"]["edition"], "DORA 2024");

    let receiver = Browser::start(1280, 900).await;
    receiver.client.goto(&server.base_url).await.unwrap();
    receiver.click_button("Your assessments").await;
    receiver
        .wait_for("#import-file")
        .await
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
    receiver.wait_for("#results-title").await;
    assert_eq!(levels_shown(&receiver).await, expected);
    assert!(receiver.text_of(".notice").await.contains("Imported"));
    receiver.open_section("culture").await;
    let note: Value = receiver
        .js("return document.querySelector('#note-culture-ownership').value;")
        .await;
    assert_eq!(note, "rota checked");

    // Dropping the same file adds another copy; nothing is replaced.
    receiver.click_button("Your assessments").await;
    let text = std::fs::read_to_string(&file).unwrap();
    receiver
        .client
        .execute(
            "const dt = new DataTransfer(); dt.items.add(new File([arguments[0]], 'dropped.json', {type: 'application/json'})); \
             document.querySelector('.drop-zone').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true})); return true;",
            vec![text.into()],
        )
        .await
        .unwrap();
    receiver.wait_for("#results-title").await;
    let count: Value = receiver
        .js(&format!(
            "return JSON.parse(localStorage.getItem({STORAGE_KEY:?})).assessments.length;"
        ))
        .await;
    assert_eq!(count, 3);
    receiver.assert_no_console_errors().await;
    sender.close().await;
    receiver.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn every_kind_of_bad_file_is_refused_with_its_reason_and_nothing_changes() {
    let session = Session::open(1280, 900).await;
    let browser = &session.browser;
    browser.click_button("Your assessments").await;
    browser.wait_for("#import-file").await;
    let before = stored(browser).await;
    let dir = browser.downloads();
    let valid = r#"{"format":"devops-maturity/assessment","version":1,"name":"x","answers":{"ci.pr_tests":"yes"}}"#;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("notes.txt", "level: 3, probably".into(), "not valid JSON"),
        (
            "other.json",
            r#"{"format":"acme/report","version":1}"#.into(),
            "not \"devops-maturity/assessment\"",
        ),
        (
            "future.json",
            valid.replace("\"version\":1", "\"version\":2").into(),
            "version 2",
        ),
        (
            "unknown.json",
            valid.replace("ci.pr_tests", "k8s.pods").into(),
            "does not have: k8s.pods",
        ),
        (
            "types.json",
            valid.replace("\"yes\"", "true").into(),
            "should be a string",
        ),
        (
            "huge.json",
            format!("{{\"pad\":\"{}\"}}", "x".repeat(1_200_000)).into(),
            "is 1200010 bytes, over the limit of 1048576 bytes (1 MiB)",
        ),
        (
            "just-over.json",
            format!("{{\"pad\":\"{}\"}}", "x".repeat(1_048_567)).into(),
            "is 1048577 bytes, over the limit of 1048576 bytes (1 MiB)",
        ),
        (
            "latin1.json",
            [
                &br#"{"format":"devops-maturity/assessment","version":1,"name":"Caf"#[..],
                &[0xe9],
                &br#"","answers":{}}"#[..],
            ]
            .concat(),
            "is not UTF-8 text",
        ),
    ];
    for (name, content, message) in cases {
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        browser
            .wait_for("#import-file")
            .await
            .send_keys(path.to_str().unwrap())
            .await
            .unwrap();
        browser
            .wait_until(name, &format!("return (document.querySelector('.import-error')?.textContent || '').includes({name:?});"))
            .await;
        let error = browser.text_of(".import-error").await;
        assert!(
            error.contains(message) && error.contains("Nothing was changed"),
            "{name}: {error}"
        );
        assert_eq!(stored(browser).await, before, "{name} changed storage");
    }
    session.finish().await;
}
