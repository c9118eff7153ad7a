//! Nothing a person saved is lost or changed: the storage, import, two-tab
//! and address holes of the second hostile run, each as it was found.

use crate::support::session::Session;
use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::formats::{permalink, team_link};
use devops_maturity::core::model::answers::Answers;
use devops_maturity::core::model::saved_state::STORAGE_KEY;
use devops_maturity::core::rules::team::Respondent;
use serde_json::{json, Value};

fn click(question: &str, value: &str) -> String {
    format!("document.querySelector('input[name=\"{question}\"][value=\"{value}\"]').click(); return true;")
}

async fn stored(browser: &Browser) -> Value {
    browser
        .js(&format!(
            "return JSON.parse(localStorage[{STORAGE_KEY:?}]);"
        ))
        .await
}

async fn seed(browser: &Browser, raw: &str) {
    browser
        .js(&format!(
            "localStorage.setItem({STORAGE_KEY:?}, {raw:?}); return true;"
        ))
        .await;
    browser.client.refresh().await.unwrap();
    browser.wait_for_app().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_repaired_date_is_now_in_storage_on_the_card_and_in_the_history() {
    let session = Session::open(1280, 900).await;
    let browser = &session.browser;
    browser.wait_for("main h1").await;
    seed(
        browser,
        r#"{"format":"devops-maturity/store","version":2,"current":"x","assessments":[
            {"id":"x","name":"Far","created_ms":1e300,"updated_ms":1e300,"answers":{},
             "history":[{"taken_ms":1e300,"answers":{}},{"taken_ms":-1e300,"answers":{}}]}]}"#,
    )
    .await;
    let notice = browser.text_of(".notice").await;
    assert!(notice.contains("it was set to 20"), "{notice}");
    let now = browser.js("return Date.now();").await.as_f64().unwrap();
    let saved = stored(browser).await;
    let created = saved["assessments"][0]["created_ms"].as_f64().unwrap();
    assert!(
        (now - created).abs() < 60_000.0,
        "{created} is not now ({now})"
    );
    browser.click_button("Your assessments").await;
    let card = browser.text_of(".assessment-card").await;
    assert!(!card.contains("1970"), "{card}");
    browser.click_button("History").await;
    browser.wait_for("#history-title").await;
    let page = browser.text_of("main").await;
    assert!(!page.contains("1970"), "{page}");
    session.finish().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_saved_value_that_cannot_be_read_is_never_written_over() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for_app().await;
    let mut kept = devops_maturity::core::model::saved_state::Store::fresh(1_763_000_000_000.0);
    kept.rename(&kept.current.clone(), "Kept", 1_763_000_000_000.0);
    let raw = kept.encode();
    browser
        .js(&format!(
            "localStorage.setItem({STORAGE_KEY:?}, {raw:?}); return true;"
        ))
        .await;
    // getItem throws for the app's key; setItem still works.
    browser
        .before_each_page(&format!(
            "const get = Storage.prototype.getItem; Storage.prototype.getItem = function (k) {{ \
             if (k === {STORAGE_KEY:?}) throw new DOMException('denied', 'SecurityError'); \
             return get.call(this, k); }};"
        ))
        .await;
    browser.client.refresh().await.unwrap();
    browser.wait_for_app().await;
    let notice = browser.text_of(".notices").await;
    assert!(notice.contains("no longer saved"), "{notice}");
    browser.click_button("Start the assessment").await;
    browser.open_section("culture").await;
    browser.js(&click("culture.ownership", "silos")).await;
    // The value it could not read is exactly as it was.
    let now = browser
        .js(&format!("return localStorage[{STORAGE_KEY:?}];"))
        .await;
    assert_eq!(now, json!(raw));
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn another_tabs_unreadable_write_is_kept_aside_before_anything_is_saved() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let client = &browser.client;
    client.goto(&server.base_url).await.unwrap();
    browser.click_button("Start the assessment").await;
    browser.open_section("culture").await;
    let first = client.window().await.unwrap();
    let second = client.new_window(true).await.unwrap().handle;
    for (garbage, answer) in [
        ("garbage{{{", "silos"),
        (
            r#"{"format":"devops-maturity/store","version":3}"#,
            "escalation",
        ),
    ] {
        client.switch_to_window(second.clone()).await.unwrap();
        client.goto(&server.base_url).await.unwrap();
        browser.wait_for_app().await;
        browser
            .js(&format!(
                "localStorage.setItem({STORAGE_KEY:?}, {garbage:?}); return true;"
            ))
            .await;
        client.switch_to_window(first.clone()).await.unwrap();
        browser
            .wait_until(
                "the other tab's write kept aside",
                &format!(
                    "return Object.keys(localStorage).some(k => k.includes('unreadable-from-another-tab') \
                     && localStorage[k] === {garbage:?});"
                ),
            )
            .await;
        let notice = browser.text_of(".notice").await;
        assert!(notice.contains("Nothing was lost"), "{notice}");
        browser.js(&click("culture.ownership", answer)).await;
        let saved = stored(&browser).await;
        assert_eq!(
            saved["assessments"][0]["answers"]["culture.ownership"], answer,
            "{garbage}: {saved}"
        );
    }
    browser.close().await;
}

/// Runs `script` in both tabs at the same wall-clock millisecond.
async fn at_once(
    browser: &Browser,
    tabs: [&fantoccini::wd::WindowHandle; 2],
    scripts: [String; 2],
) {
    let at = browser
        .js("return Date.now() + 400;")
        .await
        .as_f64()
        .unwrap();
    for (tab, script) in tabs.iter().zip(scripts) {
        browser
            .client
            .switch_to_window((*tab).clone())
            .await
            .unwrap();
        browser
            .js(&format!(
                "const at = {at}; setTimeout(() => {{ while (Date.now() < at) {{}} {script} }}, \
                 Math.max(0, at - Date.now() - 20)); return true;"
            ))
            .await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn two_tabs_adding_people_in_the_same_instant_keep_everyone() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let client = &browser.client;
    client
        .goto(&format!("{}#/team", server.base_url))
        .await
        .unwrap();
    browser.wait_for("#team-links").await;
    let first = client.window().await.unwrap();
    let second = client.new_window(false).await.unwrap().handle;
    client.switch_to_window(second.clone()).await.unwrap();
    client
        .goto(&format!("{}#/team", server.base_url))
        .await
        .unwrap();
    browser.wait_for("#team-links").await;
    // Each person's answers differ, so none is skipped as a duplicate.
    let link = |label: &str, answer: &str, round: usize| {
        let mut answers = Answers::new();
        answers.set_by_id("ci.pr_tests", answer).unwrap();
        let ownership = ["silos", "escalation", "you_build_it"][round];
        answers.set_by_id("culture.ownership", ownership).unwrap();
        format!(
            "{}#{}",
            server.base_url,
            permalink::encode(&answers, Some(label))
        )
    };
    for round in 0..3 {
        let paste = |link: String| {
            format!(
                "const t = document.querySelector('#team-links'); t.value = {link:?}; \
                 t.dispatchEvent(new Event('input', {{ bubbles: true }})); \
                 [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Add links').click();"
            )
        };
        at_once(
            &browser,
            [&first, &second],
            [
                paste(link(&format!("First {round}"), "yes", round)),
                paste(link(&format!("Second {round}"), "no", round)),
            ],
        )
        .await;
        let want = 2 * (round + 1);
        for tab in [&first, &second] {
            client.switch_to_window(tab.clone()).await.unwrap();
            browser
                .wait_until(
                    &format!("round {round}: {want} people saved and shown"),
                    &format!(
                        "const s = JSON.parse(localStorage.getItem({STORAGE_KEY:?})); \
                         return !!s.team && document.body.textContent.includes('Second {round}') \
                           && document.body.textContent.includes('First {round}');"
                    ),
                )
                .await;
        }
        let saved = stored(&browser).await;
        let team = team_link::decode(saved["team"].as_str().unwrap()).unwrap();
        let labels: Vec<String> = team.iter().map(|r: &Respondent| r.label.clone()).collect();
        assert_eq!(team.len(), want, "round {round}: {labels:?}");
    }
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn two_tabs_answering_one_question_in_the_same_instant_show_what_is_saved() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let client = &browser.client;
    let (first, second) = browser
        .two_tabs_at_section(&server.base_url, "culture")
        .await;
    for round in 0..20 {
        let (a, b) = if round % 2 == 0 {
            ("silos", "escalation")
        } else {
            ("escalation", "silos")
        };
        let pick = |value: &str| {
            format!("document.querySelector('input[name=\"culture.ownership\"][value=\"{value}\"]').click();")
        };
        at_once(&browser, [&first, &second], [pick(a), pick(b)]).await;
        for tab in [&first, &second] {
            client.switch_to_window(tab.clone()).await.unwrap();
            browser
                .wait_until(
                    &format!("round {round}: the tab shows what is saved"),
                    &format!(
                        "const s = JSON.parse(localStorage.getItem({STORAGE_KEY:?})); \
                         const saved = s.assessments[0].answers['culture.ownership']; \
                         return document.querySelector(`input[name=\"culture.ownership\"][value=\"${{saved}}\"]`)?.checked === true;"
                    ),
                )
                .await;
        }
    }
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_crafted_page_address_cannot_put_a_link_into_the_summary() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    browser.allow_clipboard().await;
    let crafted = format!(
        "{}?x=)**INJECTED**[Verify](https://evil.example/phish)(#/results",
        server.base_url
    );
    browser.client.goto(&crafted).await.unwrap();
    browser.wait_for("#results-title").await;
    browser.click_button("Copy summary (Markdown)").await;
    let summary = browser.clipboard().await;
    assert!(
        !summary.contains("evil.example") && !summary.contains("INJECTED"),
        "{summary}"
    );
    let last = summary.lines().last().unwrap();
    assert!(
        last.starts_with(&format!("[Open the full result]({}#r=", server.base_url)),
        "{last}"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn one_of_two_snapshots_taken_at_one_time_is_deleted_alone() {
    let session = Session::open(1280, 900).await;
    let browser = &session.browser;
    browser.wait_for("main h1").await;
    seed(
        browser,
        r#"{"format":"devops-maturity/store","version":2,"current":"x","assessments":[
            {"id":"x","name":"Twins","created_ms":1,"updated_ms":2,"answers":{},
             "history":[{"taken_ms":1763000000000,"name":"One","answers":{}},
                        {"taken_ms":1763000000000,"name":"Two","answers":{}}]}]}"#,
    )
    .await;
    browser.click_button("History").await;
    browser.wait_for(".snapshot-list").await;
    browser
        .js("document.querySelectorAll('.snapshot-list li')[0].querySelector('button').click(); return true;")
        .await;
    let confirmations = browser
        .js("return document.querySelectorAll('.snapshot-list .confirm').length;")
        .await;
    assert_eq!(confirmations, 1);
    browser.click_button("Delete for good").await;
    browser
        .wait_until(
            "one snapshot left",
            "return document.querySelectorAll('.snapshot-list li').length === 1;",
        )
        .await;
    let saved = stored(browser).await;
    assert_eq!(
        saved["assessments"][0]["history"].as_array().unwrap().len(),
        1
    );
    session.finish().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn an_app_that_cannot_load_says_so_on_the_prerendered_page() {
    let server = StaticServer::start_failing_wasm(&dist_dir());
    let browser = Browser::start(390, 844).await;
    browser.navigate_without_waiting(&server.base_url).await;
    browser
        .wait_until(
            "the prerendered landing",
            "return !!document.querySelector('#landing-title');",
        )
        .await;
    let hidden = browser
        .js("return getComputedStyle(document.querySelector('.boot-failed')).visibility;")
        .await;
    assert_eq!(
        hidden, "hidden",
        "not at once: a slow network is not a failure"
    );
    browser
        .wait_until_for(
            "the notice that the app did not start",
            "return getComputedStyle(document.querySelector('.boot-failed')).visibility === 'visible';",
            20,
        )
        .await;
    let text = browser
        .js("return document.querySelector('.boot-failed').textContent;")
        .await;
    let text = text.as_str().unwrap_or_default().to_string();
    assert!(text.contains("The app has not started"), "{text}");
    browser.screenshot("boot-failed-390").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn two_tabs_typing_notes_in_the_same_instant_keep_every_keystroke() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let client = &browser.client;
    let (first, second) = browser
        .two_tabs_at_section(&server.base_url, "culture")
        .await;
    let note = |id: &str| format!("note-{}", id.replace('.', "-"));
    for tab in [&first, &second] {
        client.switch_to_window(tab.clone()).await.unwrap();
        browser
            .js("document.querySelectorAll('details.note').forEach(d => d.open = true); return true;")
            .await;
    }
    for trial in 0..6 {
        let typing = |id: &str, text: &str| {
            format!(
                "const t = document.getElementById({:?}); t.focus(); t.value = t.value + {text:?}; \
                 t.dispatchEvent(new Event('input', {{ bubbles: true }}));",
                note(id)
            )
        };
        at_once(
            &browser,
            [&first, &second],
            [
                typing("culture.ownership", &format!("a{trial}")),
                typing("culture.postmortems", &format!("b{trial}")),
            ],
        )
        .await;
        for tab in [&first, &second] {
            client.switch_to_window(tab.clone()).await.unwrap();
            browser
                .wait_until(
                    &format!("trial {trial}: both notes whole, saved and shown"),
                    &format!(
                        "const n = JSON.parse(localStorage.getItem({STORAGE_KEY:?})).assessments[0].notes; \
                         const a = n['culture.ownership'], b = n['culture.postmortems']; \
                         return a?.endsWith('a{trial}') && b?.endsWith('b{trial}') \
                           && document.getElementById({:?}).value === a \
                           && document.getElementById({:?}).value === b;",
                        note("culture.ownership"),
                        note("culture.postmortems")
                    ),
                )
                .await;
        }
    }
    let saved = stored(&browser).await;
    let notes = &saved["assessments"][0]["notes"];
    assert_eq!(notes["culture.ownership"], "a0a1a2a3a4a5");
    assert_eq!(notes["culture.postmortems"], "b0b1b2b3b4b5");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_pasted_line_far_longer_than_a_link_is_refused_at_once() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    browser
        .client
        .goto(&format!("{}#/team", server.base_url))
        .await
        .unwrap();
    browser.wait_for("#team-links").await;
    let took = browser
        .js("const t = document.querySelector('#team-links'); t.value = 'r=' + 'A'.repeat(1 << 20); \
             t.dispatchEvent(new Event('input', { bubbles: true })); const start = performance.now(); \
             [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Add links').click(); \
             return performance.now() - start;")
        .await;
    let said = browser.text_of(".team-outcomes").await;
    assert!(said.contains("far longer than any link"), "{said}");
    // Reported, not asserted as a timing: the line is refused unread.
    println!("a 1 MB line was refused in {took} ms");
    browser.close().await;
}
